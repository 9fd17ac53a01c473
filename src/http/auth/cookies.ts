// The session cookie: httpOnly (no script reads it), SameSite=Strict (no other site's page sends it),
// Path=/, Secure when the request came over https. No Max-Age: it ends with the browser session,
// and the server ends it sooner (SESSION_POLICY: 12 h idle, 7 days at most).
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'pkp_session';

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c) });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c) });
}
