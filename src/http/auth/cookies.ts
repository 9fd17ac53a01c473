// The session cookie: httpOnly (no script reads it), SameSite=Strict (no other site's page sends it),
// Path=/, Secure when the request came over https (directly, or through the trusted proxy: see
// client-origin.ts). No Max-Age: it ends with the browser session, and the server ends it sooner
// (SESSION_POLICY: 12 h idle, 7 days at most).
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';

export const SESSION_COOKIE = 'pkp_session';

const options = (c: Context<AppEnv>) =>
  ({ httpOnly: true, sameSite: 'Strict', path: '/', secure: c.get('client').https }) as const;

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, options(c));
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, options(c));
}
