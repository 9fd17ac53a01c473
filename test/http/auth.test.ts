import { describe, expect, it } from 'vitest';
import { storeAccounts } from '../../src/data/adapters/accounts.ts';
import { routeTable } from '../../src/http/route.ts';
import {
  call,
  callJson,
  demoPasswordHash,
  describeHttp,
  sessionCookieOf,
  signIn,
  UNITS,
  type TestSession,
} from './harness.ts';

const MINUTE = 60_000;
let counter = 0;

interface ErrorBody {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

describeHttp('signing in and out', (t) => {
  /** A fresh pelaksana of P3318003 with the demo password (tests that lock or change it use their own). */
  async function freshAccount(options: { mustChangePassword?: boolean } = {}) {
    counter += 1;
    const unit = (await t.deps.repos.findOrgUnit(UNITS.puskesmas[2]))!;
    return storeAccounts(t.store).createAccount({
      username: `petugas.uji.${counter}`,
      name: `Petugas Uji ${counter}`,
      role: 'pelaksana',
      orgUnitId: unit.id,
      passwordHash: await demoPasswordHash(),
      mustChangePassword: options.mustChangePassword ?? false,
      at: t.clock(),
    });
  }

  const login = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('signs in with an httpOnly, SameSite=Strict session cookie and answers the user and a CSRF token', async () => {
    const res = await login({ username: 'kapus.p3318001', password: 'pkp-demo-2023' });
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('pkp_session='))!;
    expect(setCookie).toMatch(/^pkp_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const body = (await res.json()) as { user: unknown; csrfToken: string };
    expect(body.user).toEqual({
      id: expect.any(Number),
      username: 'kapus.p3318001',
      name: 'Kepala Puskesmas Pati I',
      role: 'kepala_puskesmas',
      mustChangePassword: false,
      orgUnit: { id: expect.any(Number), code: 'P3318001', name: 'Puskesmas Pati I', level: 'puskesmas' },
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await t.app.request('https://pkp.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'kapus.p3318001', password: 'pkp-demo-2023' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('answers who is signed in, with the same CSRF token; 401 UNAUTHENTICATED for nobody', async () => {
    const session = await signIn(t.app, 'viewer.3318');
    const me = await callJson<{ user: { username: string }; csrfToken: string }>(
      t.app,
      session,
      'GET',
      '/api/auth/me',
    );
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { username: 'viewer.3318' }, csrfToken: session.csrfToken });

    const anonymous = await callJson<ErrorBody>(t.app, null, 'GET', '/api/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Silakan masuk terlebih dahulu.',
    });
    const english = await callJson<ErrorBody>(t.app, null, 'GET', '/api/auth/me', undefined, {
      headers: { 'accept-language': 'en' },
    });
    expect(english.body.message).toBe('Please sign in first.');
  });

  it('gives a wrong password and an unknown username the very same answer', async () => {
    const wrongPassword = await login({ username: 'verifikator.3318', password: 'bukan-sandinya' });
    const wrongUser = await login({ username: 'tidak.ada.3318', password: 'pkp-demo-2023' });
    expect(wrongPassword.status).toBe(401);
    expect(wrongUser.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await wrongUser.json());
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a sign-in that is not sent as JSON (a cross-site form cannot send JSON)', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': type },
        body: 'username=kapus.p3318001&password=pkp-demo-2023',
      });
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as ErrorBody).code).toBe('JSON_REQUIRED');
    }
  });

  it('locks an account after 5 consecutive failures for 15 minutes, then lets it in again', async () => {
    const account = await freshAccount();
    const attempt = (password: string) => login({ username: account.username, password });
    for (let i = 0; i < 4; i++) expect((await attempt('salah-lagi-salah')).status).toBe(401);
    const locking = await attempt('salah-lagi-salah');
    expect(locking.status).toBe(429);
    expect(await locking.json()).toMatchObject({ code: 'LOGIN_LOCKED', params: { minutes: 15 } });

    t.clock.advance(7 * MINUTE);
    const stillLocked = await attempt('pkp-demo-2023');
    expect(stillLocked.status).toBe(429);
    const body = (await stillLocked.json()) as ErrorBody;
    expect(body.params).toEqual({ minutes: 8 });
    expect(body.message).toContain('8 menit');

    t.clock.advance(8 * MINUTE);
    expect((await attempt('pkp-demo-2023')).status).toBe(200);
  });

  it('allows at most 20 failed sign-ins per address in 10 minutes, for any username', async () => {
    const ip = { 'x-test-client-ip': '203.0.113.77' };
    for (let i = 0; i < 20; i++) {
      const res = await login({ username: `tebakan.${i}`, password: 'tebak-tebak' }, ip);
      expect(res.status).toBe(401);
    }
    const blocked = await login({ username: 'kapus.p3318001', password: 'pkp-demo-2023' }, ip);
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', params: { minutes: 10 } });
    const elsewhere = await login({ username: 'kapus.p3318001', password: 'pkp-demo-2023' });
    expect(elsewhere.status).toBe(200);

    t.clock.advance(10 * MINUTE);
    expect((await login({ username: 'kapus.p3318001', password: 'pkp-demo-2023' }, ip)).status).toBe(200);
  });

  it('requires the CSRF token on a change: missing or wrong is 403 and changes nothing', async () => {
    const session = await signIn(t.app, 'koordinator.p3318001');
    const missing = await callJson<ErrorBody>(t.app, session, 'POST', '/api/auth/logout', undefined, {
      csrf: false,
    });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_INVALID');
    const wrong = await callJson<ErrorBody>(t.app, session, 'POST', '/api/auth/logout', undefined, {
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.status).toBe(403);
    expect((await call(t.app, session, 'GET', '/api/auth/me')).status).toBe(200);
  });

  it('signs out: the session is deleted, the cookie cleared, and the old cookie no longer works', async () => {
    const session = await signIn(t.app, 'pelaksana.p3318001');
    const res = await call(t.app, session, 'POST', '/api/auth/logout');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^pkp_session=;.*Max-Age=0/);
    const after = await call(t.app, session, 'GET', '/api/auth/me');
    expect(after.status).toBe(401);
    expect(sessionCookieOf(after)).toBeUndefined();
    expect(after.headers.get('set-cookie')).toMatch(/^pkp_session=;/);
    expect((await call(t.app, null, 'POST', '/api/auth/logout')).status).toBe(401);
  });

  it('signs a session out after 12 hours without a request', async () => {
    const session = await signIn(t.app, 'viewer.3318');
    t.clock.advance(11 * 60 * MINUTE);
    expect((await call(t.app, session, 'GET', '/api/auth/me')).status).toBe(200);
    t.clock.advance(12 * 60 * MINUTE);
    expect((await call(t.app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('changes the password: 400 naming the field when it is weak, 204 and the new one works', async () => {
    const account = await freshAccount();
    const session = await signIn(t.app, account.username);
    const other = await signIn(t.app, account.username);
    const short = await callJson<ErrorBody>(t.app, session, 'POST', '/api/auth/password', {
      currentPassword: 'pkp-demo-2023',
      newPassword: 'pendek',
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      code: 'PASSWORD_TOO_SHORT',
      params: { field: 'newPassword', min: 10 },
    });
    const same = await callJson<ErrorBody>(t.app, session, 'POST', '/api/auth/password', {
      currentPassword: 'pkp-demo-2023',
      newPassword: account.username,
    });
    expect(same.body).toMatchObject({ code: 'PASSWORD_IS_USERNAME', params: { field: 'newPassword' } });
    const wrong = await callJson<ErrorBody>(t.app, session, 'POST', '/api/auth/password', {
      currentPassword: 'bukan-sandinya',
      newPassword: 'sandi-baru-yang-panjang',
    });
    expect(wrong.body).toMatchObject({ code: 'PASSWORD_WRONG', params: { field: 'currentPassword' } });

    const ok = await call(t.app, session, 'POST', '/api/auth/password', {
      currentPassword: 'pkp-demo-2023',
      newPassword: 'sandi-baru-yang-panjang',
    });
    expect(ok.status).toBe(204);
    expect((await call(t.app, session, 'GET', '/api/auth/me')).status).toBe(200);
    expect((await call(t.app, other, 'GET', '/api/auth/me')).status).toBe(401);
    await expect(signIn(t.app, account.username)).rejects.toThrow(/401/);
    await signIn(t.app, account.username, 'sandi-baru-yang-panjang');
  });

  it('keeps a user who must change their password to the password form until they do', async () => {
    const account = await freshAccount({ mustChangePassword: true });
    const session: TestSession = await signIn(t.app, account.username);
    expect(session.user.mustChangePassword).toBe(true);
    const me = await callJson<{ user: { mustChangePassword: boolean } }>(
      t.app,
      session,
      'GET',
      '/api/auth/me',
    );
    expect(me.body.user.mustChangePassword).toBe(true);
    const guarded = routeTable().find((r) => 'permission' in r.access && r.method === 'GET');
    if (guarded) {
      const path = guarded.path.replace(/\{[^}]+\}/g, (p) => (p === '{year}' ? '2023' : UNITS.puskesmas[2]));
      const blocked = await callJson<ErrorBody>(t.app, session, 'GET', path);
      expect(blocked.status, path).toBe(403);
      expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const changed = await call(t.app, session, 'POST', '/api/auth/password', {
      currentPassword: 'pkp-demo-2023',
      newPassword: 'sandi-pilihan-sendiri',
    });
    expect(changed.status).toBe(204);
    const after = await callJson<{ user: { mustChangePassword: boolean } }>(
      t.app,
      session,
      'GET',
      '/api/auth/me',
    );
    expect(after.body.user.mustChangePassword).toBe(false);
  });

  it('signs out a user whose account is deactivated, on their next request', async () => {
    const account = await freshAccount();
    const session = await signIn(t.app, account.username);
    await storeAccounts(t.store).updateAccount(account.id, { active: false, at: t.clock() });
    expect((await call(t.app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  describe('the API description', () => {
    it('serves a self-contained page listing every operation with who may call it', async () => {
      const res = await t.app.request('/api/docs');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      for (const route of routeTable()) expect(html, `${route.method} ${route.path}`).toContain(route.path);
      expect(html).toContain('users:manage on {code} (district)');
      expect(html).toContain('/api/docs/json');
      expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    });

    it('describes the sign-in and user routes in the OpenAPI document', async () => {
      const doc = (await (await t.app.request('/api/docs/json')).json()) as { paths: Record<string, object> };
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/auth/me', '/api/districts/{code}/users/{id}']),
      );
    });
  });
});
