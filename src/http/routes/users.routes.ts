// User administration of a district: list, create, update (admin_dinkes, users:manage).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { UsersService } from '../../app/users.service.ts';
import {
  CreateUserBody,
  DistrictParams,
  DistrictUserParams,
  ManagedUser,
  UpdateUserBody,
  UserList,
} from '../../shared/api/users.schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';

const access = { permission: 'users:manage', unit: { param: 'code', level: 'district' } } as const;

const listUsers = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/users',
  summary: 'The accounts of a district and its Puskesmas',
  tags: ['users'],
  access,
  request: { params: DistrictParams },
  responses: { 200: jsonContent(UserList, 'The accounts, by username') },
});

const createUser = defineRoute({
  method: 'post',
  path: '/api/districts/{code}/users',
  summary: 'Create an account (its owner changes the initial password at the first sign-in)',
  tags: ['users'],
  access,
  request: { params: DistrictParams, body: jsonBody(CreateUserBody) },
  responses: {
    201: jsonContent(ManagedUser, 'Created'),
    400: jsonContent(ErrorBody, 'ROLE_UNIT_MISMATCH, ORG_UNIT_OUTSIDE_DISTRICT, PASSWORD_TOO_SHORT, …'),
    409: jsonContent(ErrorBody, 'USERNAME_TAKEN'),
  },
});

const updateUser = defineRoute({
  method: 'patch',
  path: '/api/districts/{code}/users/{id}',
  summary: 'Change an account: name, role, org unit, active, or reset its password',
  tags: ['users'],
  access,
  request: { params: DistrictUserParams, body: jsonBody(UpdateUserBody) },
  responses: {
    200: jsonContent(ManagedUser, 'Changed'),
    400: jsonContent(ErrorBody, 'ROLE_UNIT_MISMATCH, USER_SELF_CHANGE, PASSWORD_TOO_SHORT, …'),
    404: jsonContent(ErrorBody, 'USER_NOT_FOUND (also for an account of another district)'),
  },
});

/** The admin and the district the access check resolved. */
function adminAndDistrict(c: Context<AppEnv>) {
  const user = c.get('user');
  const district = c.get('target');
  if (!user || !district) throw new AppError('FORBIDDEN', {}, { status: 403 });
  return { admin: user, district };
}

export function usersRoutes(app: OpenAPIHono<AppEnv>, { users }: { users: UsersService }): void {
  app.openapi(listUsers, async (c) => {
    const { admin, district } = adminAndDistrict(c);
    return c.json({ users: await users.list(admin, district) }, 200);
  });

  app.openapi(createUser, async (c) => {
    const { admin, district } = adminAndDistrict(c);
    return c.json(await users.create(admin, district, c.req.valid('json')), 201);
  });

  app.openapi(updateUser, async (c) => {
    const { admin, district } = adminAndDistrict(c);
    const { id } = c.req.valid('param');
    return c.json(await users.update(admin, district, id, c.req.valid('json')), 200);
  });
}
