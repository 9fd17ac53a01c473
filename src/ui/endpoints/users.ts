// The accounts of a district, for its Dinkes admin.
import {
  ManagedUser,
  UserList,
  type CreateUserBody,
  type UpdateUserBody,
} from '../../shared/api/users.schema.ts';
import { path, request } from '../api.ts';

export function listUsers(district: string, signal?: AbortSignal) {
  return request('GET', path`/api/districts/${district}/users`, UserList, signal ? { signal } : {});
}

export function createUser(district: string, body: CreateUserBody) {
  return request('POST', path`/api/districts/${district}/users`, ManagedUser, { body });
}

export function updateUser(district: string, id: number, body: UpdateUserBody) {
  return request('PATCH', path`/api/districts/${district}/users/${id}`, ManagedUser, { body });
}
