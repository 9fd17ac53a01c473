// Signing in and out, who am I, and changing one's own password.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { userView, type AuthService } from '../../app/auth.service.ts';
import { LoginBody, PasswordChangeBody, SessionView } from '../../shared/api/auth.schema.ts';
import { z } from 'zod';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../auth/cookies.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import { requireJson } from '../auth/session.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { AppError } from '../../shared/errors.ts';

/** What every error answers (src/http/errors.ts). */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

const login = defineRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in with username and password',
  tags: ['auth'],
  access: { public: true },
  middleware: [requireJson],
  request: { body: jsonBody(LoginBody) },
  responses: {
    200: jsonContent(SessionView, 'Signed in: the session cookie is set; send csrfToken as x-csrf-token'),
    401: jsonContent(ErrorBody, 'INVALID_CREDENTIALS'),
    415: jsonContent(ErrorBody, 'JSON_REQUIRED'),
    429: jsonContent(ErrorBody, 'LOGIN_LOCKED or TOO_MANY_ATTEMPTS'),
  },
});

const logout = defineRoute({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Sign out (ends this session)',
  tags: ['auth'],
  access: { signedIn: true },
  responses: { 204: { description: 'Signed out; the cookie is cleared' } },
});

const me = defineRoute({
  method: 'get',
  path: '/api/auth/me',
  summary: 'The signed-in user and the session’s CSRF token',
  tags: ['auth'],
  access: { signedIn: true },
  responses: {
    200: jsonContent(SessionView, 'The signed-in user'),
    401: jsonContent(ErrorBody, 'UNAUTHENTICATED'),
  },
});

const changePassword = defineRoute({
  method: 'post',
  path: '/api/auth/password',
  summary: 'Change my password (other sessions are signed out)',
  tags: ['auth'],
  access: { signedIn: true },
  request: { body: jsonBody(PasswordChangeBody) },
  responses: {
    204: { description: 'Changed' },
    400: jsonContent(
      ErrorBody,
      'PASSWORD_WRONG, PASSWORD_TOO_SHORT, PASSWORD_IS_USERNAME, PASSWORD_TOO_COMMON, PASSWORD_UNCHANGED',
    ),
    429: jsonContent(ErrorBody, 'LOGIN_LOCKED or TOO_MANY_ATTEMPTS'),
  },
});

export interface AuthRouteDeps {
  auth: AuthService;
  /** The per-address limit on failed attempts at a password (sign-in and password change). */
  throttle: LoginThrottle;
}

/** The answers that count against the address: a wrong password, and a guess at a locked account. */
const GUESS_FAILURES = ['INVALID_CREDENTIALS', 'PASSWORD_WRONG', 'LOGIN_LOCKED'] as const;

/** The signed-in user; the route's access check has made sure there is one. */
function signedInUser(c: Context<AppEnv>) {
  const user = c.get('user');
  if (!user) throw new AppError('UNAUTHENTICATED', {}, { status: 401 });
  return user;
}

export function authRoutes(app: OpenAPIHono<AppEnv>, { auth, throttle }: AuthRouteDeps): void {
  app.openapi(login, async (c) => {
    const { username, password } = c.req.valid('json');
    const ip = c.get('client').address;
    const signedIn = await throttle.attempt(ip, c.get('deps').clock(), GUESS_FAILURES, () =>
      auth.login({
        username,
        password,
        ip,
        userAgent: c.req.header('user-agent') ?? null,
        previousToken: readSessionCookie(c) ?? null,
      }),
    );
    setSessionCookie(c, signedIn.token);
    return c.json({ user: userView(signedIn.account), csrfToken: signedIn.csrfToken }, 200);
  });

  app.openapi(logout, async (c) => {
    await auth.logout(signedInUser(c).sessionId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const user = signedInUser(c);
    return c.json({ user: await auth.currentUser(user.id), csrfToken: user.csrfToken }, 200);
  });

  app.openapi(changePassword, async (c) => {
    const user = signedInUser(c);
    // A session is no licence to guess the password: the same limits as signing in.
    await throttle.attempt(c.get('client').address, c.get('deps').clock(), GUESS_FAILURES, () =>
      auth.changePassword(user.id, user.sessionId, c.req.valid('json')),
    );
    return c.body(null, 204);
  });
}
