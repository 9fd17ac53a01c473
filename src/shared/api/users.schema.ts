// The user administration API's shapes (zod): an admin_dinkes manages the accounts of their district.
import { z } from 'zod';
import { ROLES } from '../../domain/access/roles.ts';
import { PASSWORD_MAX_LENGTH, UserView } from './auth.schema.ts';

/** Lower-case letters, digits, dot, dash and underscore; 3–40 characters, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, 'a–z, 0–9, . _ - (3–40 characters)');

/** An account as its admin sees it. */
export const ManagedUser = UserView.extend({
  active: z.boolean(),
  /** ISO time until which sign-in is refused after repeated failures; null when not locked. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ManagedUser = z.infer<typeof ManagedUser>;

export const UserList = z.object({ users: z.array(ManagedUser) });
export type UserList = z.infer<typeof UserList>;

export const CreateUserBody = z.object({
  username: Username,
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  /** The district itself or one of its Puskesmas; must fit the role (ROLE_UNIT_LEVELS). */
  orgUnitCode: z.string().trim().min(1).max(40),
  /** The initial password; the user must change it at the first sign-in. */
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

/** Only the fields given change. `password` resets the password (and unlocks the account). */
export const UpdateUserBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  orgUnitCode: z.string().trim().min(1).max(40).optional(),
  active: z.boolean().optional(),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH).optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const DistrictParams = z.object({ code: z.string().min(1).max(40) });
export const DistrictUserParams = DistrictParams.extend({ id: z.coerce.number().int().positive() });
