// The headers every answer carries: a Content-Security-Policy that no page may frame, and
// `Cache-Control: no-store` on every API answer (Puskesmas staff share computers).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

describeHttp('security headers', (t) => {
  let kapus: TestSession;
  let uiDir: string;
  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    uiDir = await mkdtemp(join(tmpdir(), 'pkp-ui-'));
    await writeFile(join(uiDir, 'index.html'), '<!doctype html><title>pkp ui</title>');
  });
  afterAll(async () => {
    await rm(uiDir, { recursive: true, force: true });
  });

  it('sends a Content-Security-Policy that forbids framing and foreign scripts, with the UI and the API', async () => {
    const withUi = await createTestApp(t.store, { uiDir, clock: t.clock });
    for (const path of ['/', '/puskesmas/P3318001/2023/entries', '/api/health']) {
      const res = await withUi.app.request(path);
      const policy = res.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        policy.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')] as const;
        }),
      );
      expect(directives.get('frame-ancestors'), path).toBe("'none'");
      expect(directives.get('default-src'), path).toBe("'self'");
      expect(directives.get('script-src'), path).toBe("'self'");
      expect(directives.get('object-src'), path).toBe("'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('marks every API answer no-store: data, errors, not-found and the API description', async () => {
    const entries = `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}/entries`;
    const answers = [
      await t.app.request('/api/health'),
      await t.app.request(entries, { headers: { cookie: kapus.cookie, 'accept-encoding': 'gzip' } }),
      await t.app.request('/api/auth/me'),
      await t.app.request('/api/no-such-thing'),
      await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      await t.app.request('/api/docs'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 404, 400, 200]);
    for (const res of answers) expect(res.headers.get('cache-control'), res.url).toBe('no-store');
    expect(answers[1]!.headers.get('content-encoding')).toBe('gzip');
  });
});
