// The session middleware: who is asking (the cookie's session, its account and org unit), and the CSRF
// check on every state-changing request of a signed-in user.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AuthService } from '../../app/auth.service.ts';
import { CSRF_HEADER } from '../../shared/api/auth.schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv, SessionUser } from '../context.ts';
import { clearSessionCookie, readSessionCookie } from './cookies.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Paths a user who must change their password may still use: signing in and out, the form, health. */
function allowedBeforePasswordChange(path: string): boolean {
  return path.startsWith('/api/auth/') || path === '/api/health' || path.startsWith('/api/docs');
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sets `user` from the session cookie (null when there is none or it ended: the cookie is cleared,
 * and routes that need a user answer 401). For a signed-in user, a POST/PUT/PATCH/DELETE must carry
 * the session's CSRF token in x-csrf-token (403 CSRF_INVALID): a page of another site can make the
 * browser send the cookie (SameSite aside, older browsers), but cannot read the token.
 */
export function sessionMiddleware(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c);
    const active = token === undefined ? null : await auth.authenticate(token);
    if (token !== undefined && !active) clearSessionCookie(c);
    if (active) {
      const { account, session } = active;
      const user: SessionUser = {
        id: account.id,
        username: account.username,
        name: account.name,
        role: account.role,
        orgUnitId: account.orgUnit.id,
        orgUnit: account.orgUnit,
        csrfToken: session.csrfToken,
        sessionId: session.tokenHash,
      };
      c.set('user', user);
      if (!SAFE_METHODS.has(c.req.method) && !sameToken(c.req.header(CSRF_HEADER), session.csrfToken)) {
        throw new AppError('CSRF_INVALID', {}, { status: 403 });
      }
      if (account.mustChangePassword && !allowedBeforePasswordChange(c.req.path)) {
        throw new AppError('PASSWORD_CHANGE_REQUIRED', {}, { status: 403 });
      }
    }
    await next();
  };
}

/**
 * Refuses a body that is not JSON with 415 JSON_REQUIRED. On sign-in this is the CSRF defence: there
 * is no session yet to hold a token, and a cross-site HTML form can only send
 * application/x-www-form-urlencoded, multipart/form-data or text/plain — a page that wants to send
 * application/json must ask with a CORS preflight, which this server never grants.
 */
export const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new AppError('JSON_REQUIRED', {}, { status: 415 });
  await next();
};
