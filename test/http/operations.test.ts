// For whoever runs pkp: /api/ready says whether to send this server requests (503 when its database
// does not answer), and /metrics gives Prometheus the latency by route, the saves, the conflicts and
// the failed sign-ins — to this machine, or to a scraper with the token.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb, type Store } from '../../src/data/db.ts';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import { createTestDatabase, type TestDatabase } from '../db/postgres-databases.ts';
import { call, callJson, createTestApp, describeHttp, signIn, TEST_YEAR, UNITS } from './harness.ts';
import { makeTempDir, removeDir } from '../cli/helpers.ts';

const base = `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}`;
const LOCAL = { 'x-test-client-ip': '127.0.0.1' };
const TOKEN = 'pkp-metrics-token-for-tests';

/** The value of one sample line, e.g. `pkp_saves_total{route="…"}`; 0 when absent. */
function sample(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describeHttp('operations', (t) => {
  it('answers /api/ready while the database answers with every migration', async () => {
    const res = await t.app.request('/api/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: t.kind });
  });

  it('counts saves, conflicts and failed sign-ins by route, to this machine only without the token', async () => {
    const pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    const grid = (await callJson<EntriesView>(t.app, pelaksana, 'GET', `${base}/entries`)).body;
    const version = grid.values.find(
      (v) => v.indicatorCode === 'SPM.01' && v.month === `${TEST_YEAR}-04`,
    )!.version;
    const path = `${base}/entries/SPM.01/${TEST_YEAR}-04`;
    const saved = await call(t.app, pelaksana, 'PUT', path, {
      numerator: 3,
      expectedVersion: version,
      reason: 'koreksi register',
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(
      (
        await call(t.app, pelaksana, 'PUT', path, {
          numerator: 4,
          expectedVersion: version,
          reason: 'koreksi register',
        })
      ).status,
    ).toBe(409);
    const wrong = await call(t.app, null, 'POST', '/api/auth/login', { username: 'nobody', password: 'x' });
    expect(wrong.status).toBe(401);

    expect((await t.app.request('/metrics')).status).toBe(403);
    const res = await t.app.request('/metrics', { headers: LOCAL });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const route = 'route="/api/puskesmas/:code/years/:year/entries/:indicatorCode/:month"';
    expect(sample(text, 'pkp_saves_total', route)).toBe(1);
    expect(sample(text, 'pkp_conflicts_total', route)).toBe(1);
    expect(text).toMatch(/^pkp_sign_in_failures_total \d+$/m);
    expect(
      sample(
        text,
        'pkp_http_request_duration_seconds_count',
        `${route.replace('route', 'method="PUT",route')},status="200"`,
      ),
    ).toBe(1);
    expect(text).toContain('pkp_process_cpu_seconds_total');
  });

  it('lets a scraper elsewhere in with the bearer token, and no one with another', async () => {
    const { app } = await createTestApp(t.store, { clock: t.clock, metricsToken: TOKEN });
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    expect((await app.request('/metrics', bearer(TOKEN))).status).toBe(200);
    expect((await app.request('/metrics', bearer('pkp-metrics-token-for-test'))).status).toBe(403);
    expect((await app.request('/metrics')).status).toBe(403);
  });
});

describeHttp('readiness without a database', (t) => {
  let store: Store;
  let tmp: string;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    tmp = await makeTempDir('pkp-ready-');
    if (t.kind === 'postgres') database = await createTestDatabase();
    store = await openDb(database ? { databaseUrl: database.url } : { dataDir: tmp });
  });
  afterAll(async () => {
    await database?.drop();
    await removeDir(tmp);
  });

  it('answers 503 with the reason once its database is gone, never a figure', async () => {
    const { app } = await createTestApp(store, { clock: t.clock });
    expect((await app.request('/api/ready')).status).toBe(200);
    await store.close();
    const res = await app.request('/api/ready');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/^database: /),
    });
  });
});
