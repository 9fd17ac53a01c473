// What the Puskesmas-year routes share: the unit and the user the access check resolved, and the
// 409 answer that carries the stored value so a screen can show both.
import type { Context } from 'hono';
import { z } from 'zod';
import type { PuskesmasUnit } from '../../app/puskesmas-year.ts';
import type { Editor } from '../../app/year-write.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../context.ts';
import { localeOf } from '../errors.ts';

/** The org unit (Puskesmas or district) and the signed-in user, as `defineRoute`'s access check left them. */
export function unitAndUser(c: Context<AppEnv>): { unit: PuskesmasUnit; editor: Editor } {
  const user = c.get('user');
  const unit = c.get('target');
  if (!user || !unit) throw new AppError('FORBIDDEN', {}, { status: 403 });
  return { unit, editor: { username: user.username, role: user.role } };
}

/** 409 STALE_VALUE with the row as it is now stored. */
export function staleResponse<T>(c: Context<AppEnv>, error: AppError, current: T) {
  return c.json(
    { code: 'STALE_VALUE' as const, message: error.localized(localeOf(c)), params: error.params, current },
    409,
  );
}

export const StaleBody = <T extends z.ZodType>(current: T) =>
  z.object({
    code: z.literal('STALE_VALUE'),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    current,
  });
