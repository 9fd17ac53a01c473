// PKP_TRUST_PROXY: behind a reverse proxy, the client's address (for the per-address sign-in limit)
// and its scheme (for the Secure cookie) come from X-Forwarded-For and X-Forwarded-Proto; without the
// setting those headers are ignored, since any client can send them.
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createTestApp, describeHttp, DEMO_PASSWORD, type TestApp } from './harness.ts';

/** The connection as @hono/node-server hands it to the app: here, always the proxy's. */
const PROXY = { incoming: { socket: { remoteAddress: '10.0.0.2' } } };

describeHttp('client address and scheme behind a reverse proxy', (t) => {
  /**
   * An app that reads the client from the connection (not from the harness' test header). The
   * failures are counted in the database, by every app on it: each test starts a new window.
   */
  const appWith = (trustProxy: boolean) => {
    t.clock.advance(11 * 60_000);
    return createTestApp(t.store, { trustProxy, clientIp: undefined, clock: t.clock });
  };

  const login = (app: TestApp, password: string, headers: Record<string, string>, username = 'viewer.3318') =>
    app.app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username, password }),
      },
      PROXY,
    );

  async function failTwentyTimes(app: TestApp, forwardedFor: (i: number) => string) {
    for (let i = 0; i < 20; i++) {
      // Unknown names, each once: no account's own lock-out gets in the way.
      const res = await login(app, 'tebak-tebak', { 'x-forwarded-for': forwardedFor(i) }, `tebakan.${i}`);
      expect(res.status).toBe(401);
    }
  }

  it('ignores X-Forwarded-For without PKP_TRUST_PROXY: the connection’s address is the one limited', async () => {
    const app = await appWith(false);
    await failTwentyTimes(app, (i) => `198.51.100.${i + 1}`);
    const next = await login(app, DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.99' });
    expect(next.status).toBe(429);
    expect(((await next.json()) as { code: string }).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('limits the right-most X-Forwarded-For address with PKP_TRUST_PROXY, whatever the client put before it', async () => {
    const app = await appWith(true);
    await failTwentyTimes(app, (i) => `192.0.2.${i + 1}, 198.51.100.7`);
    const sameClient = await login(app, DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.8, 198.51.100.7' });
    expect(sameClient.status).toBe(429);
    const otherClient = await login(app, DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.8' });
    expect(otherClient.status).toBe(200);
  });

  it('marks the cookie Secure for X-Forwarded-Proto: https only with PKP_TRUST_PROXY', async () => {
    const trusting = await appWith(true);
    const overHttps = await login(trusting, DEMO_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(overHttps.status).toBe(200);
    expect(overHttps.headers.get('set-cookie')).toMatch(/; Secure/);
    const overHttp = await login(trusting, DEMO_PASSWORD, { 'x-forwarded-proto': 'http' });
    expect(overHttp.headers.get('set-cookie')).not.toMatch(/Secure/);

    const ignoring = await appWith(false);
    const forged = await login(ignoring, DEMO_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(forged.status).toBe(200);
    expect(forged.headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});

it('reads PKP_TRUST_PROXY as a yes or no, off by default', () => {
  expect(loadConfig({}).PKP_TRUST_PROXY).toBe(false);
  expect(loadConfig({ PKP_TRUST_PROXY: '' }).PKP_TRUST_PROXY).toBe(false);
  for (const yes of ['1', 'true', 'TRUE', 'yes'])
    expect(loadConfig({ PKP_TRUST_PROXY: yes }).PKP_TRUST_PROXY).toBe(true);
  for (const no of ['0', 'false', 'no'])
    expect(loadConfig({ PKP_TRUST_PROXY: no }).PKP_TRUST_PROXY).toBe(false);
  expect(() => loadConfig({ PKP_TRUST_PROXY: 'nginx' })).toThrow(/PKP_TRUST_PROXY/);
});
