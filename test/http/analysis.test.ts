// Bab V and Bab VI over HTTP: who reads and writes them, the USG scores' bounds, and the 409 with the
// view as stored when two people write the same problem.
import { beforeAll, expect, it } from 'vitest';
import { noCauses } from '../../src/domain/improvement/causes.ts';
import type { AnalysisView } from '../../src/shared/api/analysis.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const own = `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}`;

describeHttp('Bab V and VI over HTTP', (t) => {
  let kapus: TestSession;
  let koordinator: TestSession;
  let pelaksana: TestSession;
  let verifikator: TestSession;
  let viewer: TestSession;
  let code: string;

  const problem = (over: Record<string, unknown> = {}) => ({
    problem: 'Cakupan rendah',
    causes: { ...noCauses(), metode: ['Jadwal posyandu bentrok'] },
    urgency: 3,
    seriousness: 4,
    growth: 2,
    expectedVersion: 0,
    ...over,
  });

  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    koordinator = await signIn(t.app, 'koordinator.p3318001');
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    verifikator = await signIn(t.app, 'verifikator.3318');
    viewer = await signIn(t.app, 'viewer.3318');
  });

  it('lists the indicators below target for the Puskesmas and for Dinkes, and not for the viewer', async () => {
    for (const session of [pelaksana, verifikator]) {
      const res = await callJson<AnalysisView>(t.app, session, 'GET', `${own}/analysis`);
      expect(res.status).toBe(200);
      expect(res.body.gaps.length).toBeGreaterThan(0);
      code = res.body.gaps[0]!.indicator.code;
    }
    expect((await callJson(t.app, viewer, 'GET', `${own}/analysis`)).status).toBe(403);
  });

  it('takes a problem from the koordinator, and answers a second writer of version 0 with 409 and the stored problem', async () => {
    const path = `${own}/analysis/problems/${code}`;
    const first = await callJson<AnalysisView>(t.app, koordinator, 'PUT', path, problem());
    expect(first.status).toBe(200);
    expect(first.body.problems[0]).toMatchObject({ indicator: { code }, total: 9, rank: 1, version: 1 });
    expect(first.body.gaps.find((g) => g.indicator.code === code)?.problem?.problem).toBe('Cakupan rendah');
    const second = await callJson<{ code: string; current: AnalysisView }>(
      t.app,
      kapus,
      'PUT',
      path,
      problem({ problem: 'Lain' }),
    );
    expect([second.status, second.body.code]).toEqual([409, 'STALE_VALUE']);
    expect(second.body.current.problems[0]?.problem).toBe('Cakupan rendah');
  });

  it('refuses the officer and Dinkes writing Bab V', async () => {
    for (const session of [pelaksana, verifikator])
      expect(
        (await callJson(t.app, session, 'PUT', `${own}/analysis/problems/${code}`, problem())).status,
      ).toBe(403);
  });

  it('refuses USG scores outside 1–5 and a problem without words, naming the field', async () => {
    const res = await callJson<{ code: string; issues: { path: string }[] }>(
      t.app,
      kapus,
      'PUT',
      `${own}/analysis/problems/${code}`,
      problem({ urgency: 6, problem: ' ' }),
    );
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION']);
    expect(res.body.issues.map((i) => i.path).sort()).toEqual(['problem', 'urgency']);
  });

  it('keeps an RTL action with a budget source and flags it overdue on the app’s clock', async () => {
    const res = await callJson<AnalysisView>(t.app, koordinator, 'POST', `${own}/rtl`, {
      indicatorCode: code,
      action: 'Sweeping sasaran bersama kader',
      target: 'Sasaran terjangkau 100 %',
      personInCharge: 'PJ program',
      startOn: null,
      dueOn: '2023-12-31',
      budgetSource: 'Dana Desa',
      status: 'direncanakan',
      followUp: null,
    });
    expect(res.status).toBe(200);
    // The test clock stands in January 2024: due on 31 December 2023 and still planned.
    expect(res.body.actions.at(-1)).toMatchObject({ budgetSource: 'Dana Desa', overdue: true });
  });
});
