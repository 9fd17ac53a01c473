// The dashboards over HTTP.
import { beforeAll, expect, it } from 'vitest';
import type { DistrictDashboard, PuskesmasDashboard } from '../../src/shared/api/dashboard.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

describeHttp('dashboards over HTTP', (t) => {
  // Dinkes reads the working results; a viewer, the published ones only (test/http/workflow.test.ts).
  let dinkes: TestSession;
  beforeAll(async () => {
    dinkes = await signIn(t.app, 'verifikator.3318');
  });

  it('a Puskesmas: headline and why, service by month, lagging indicators, radar', async () => {
    const res = await callJson<PuskesmasDashboard>(
      t.app,
      dinkes,
      'GET',
      `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}/dashboard`,
    );
    expect(res.status).toBe(200);
    expect(res.body.headline).toMatchObject({ categories: { overall: expect.any(String) } });
    expect(res.body.why?.management?.children?.[0]?.children).toHaveLength(6);
    expect(res.body.monthly.map((m) => m.month)[11]).toBe(`${TEST_YEAR}-12`);
    expect(res.body.lagging.length).toBeGreaterThan(0);
    expect(res.body.radar.length).toBeGreaterThan(20);
  });

  it('a district: league table, heat map and timeliness for each Puskesmas', async () => {
    const res = await callJson<DistrictDashboard>(
      t.app,
      dinkes,
      'GET',
      `/api/districts/${UNITS.district}/years/${TEST_YEAR}/dashboard`,
    );
    expect(res.status).toBe(200);
    expect(res.body.league.map((r) => r.puskesmas.code).sort()).toEqual([...UNITS.puskesmas]);
    expect(res.body.heatmap.rows).toHaveLength(3);
    expect(res.body.heatmap.rows[0]!.scores).toHaveLength(res.body.heatmap.columns.length);
    // Pati I's December lacks two figures in the demo (what waits for its koordinator); Pati II is complete.
    const timeliness = (code: string) => res.body.timeliness.rows.find((r) => r.puskesmas.code === code);
    expect(timeliness(UNITS.puskesmas[0])).toMatchObject({ dueMonths: 12, completeMonths: 11 });
    expect(timeliness(UNITS.puskesmas[1])).toMatchObject({ dueMonths: 12, completeMonths: 12 });
  });

  it('answers 404 for a district year without a catalog', async () => {
    const res = await callJson<{ code: string }>(
      t.app,
      dinkes,
      'GET',
      `/api/districts/${UNITS.district}/years/2031/dashboard`,
    );
    expect(res).toMatchObject({ status: 404, body: { code: 'CATALOG_NOT_FOUND' } });
  });
});
