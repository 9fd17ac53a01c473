// The sign-in API's shapes (zod), shared by the server's routes and the UI's client.
import { z } from 'zod';
import { ORG_UNIT_LEVELS, ROLES } from '../../domain/access/roles.ts';

/** A new password has at least this many characters (and is not the username). */
export const PASSWORD_MIN_LENGTH = 10;
/** Longer input is refused before it is hashed. */
export const PASSWORD_MAX_LENGTH = 200;

export const OrgUnitView = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.enum(ORG_UNIT_LEVELS),
});
export type OrgUnitView = z.infer<typeof OrgUnitView>;

/** The signed-in user as the UI sees it. */
export const UserView = z.object({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** Set by an admin's (re)set password: the UI sends the user to the password form first. */
  mustChangePassword: z.boolean(),
  orgUnit: OrgUnitView,
});
export type UserView = z.infer<typeof UserView>;

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** Answer of sign-in and of "who am I": send `csrfToken` as the x-csrf-token header on every change. */
export const SessionView = z.object({
  user: UserView,
  csrfToken: z.string(),
});
export type SessionView = z.infer<typeof SessionView>;

export const PasswordChangeBody = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type PasswordChangeBody = z.infer<typeof PasswordChangeBody>;

/** The header that carries the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

export type PasswordProblem = 'PASSWORD_TOO_SHORT' | 'PASSWORD_IS_USERNAME';

/**
 * What is wrong with a new password, or null: at least PASSWORD_MIN_LENGTH characters, not the
 * username (in any letter case). The server decides with this; the UI may show it before sending.
 */
export function passwordProblem(username: string, password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'PASSWORD_IS_USERNAME';
  return null;
}
