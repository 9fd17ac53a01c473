// The assessment cycle over HTTP: a year's status and the moves each role is offered, the moves with
// their refusals in the user's words, publishing, and what a viewer sees before and after.
import { beforeAll, expect, it } from 'vitest';
import { refreshResult } from '../../src/app/refresh-result.ts';
import { moveYear } from '../../src/app/workflow.service.ts';
import { yearKeyOf } from '../../src/app/year-key.ts';
import type { DistrictDashboard, PuskesmasDashboard } from '../../src/shared/api/dashboard.schema.ts';
import type { DistrictWorkflow, YearWorkflow } from '../../src/shared/api/workflow.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const P1 = UNITS.puskesmas[0];
const year = TEST_YEAR;
const workflowOf = (code: string) => `/api/puskesmas/${code}/years/${year}/workflow`;

describeHttp('the assessment cycle over HTTP', (t) => {
  let kapus: TestSession;
  let pelaksana: TestSession;
  let verifier: TestSession;
  let admin: TestSession;
  let viewer: TestSession;

  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    verifier = await signIn(t.app, 'verifikator.3318');
    admin = await signIn(t.app, 'admin.3318');
    viewer = await signIn(t.app, 'viewer.3318');
  });

  const read = (session: TestSession, code = P1) =>
    callJson<YearWorkflow>(t.app, session, 'GET', workflowOf(code));
  const move = (session: TestSession, path: string, body: unknown, code = P1) =>
    callJson<YearWorkflow & { code?: string; message?: string }>(
      t.app,
      session,
      'POST',
      `${workflowOf(code)}/${path}`,
      body,
    );

  it('offers the Kepala Puskesmas the submission of a draft, with what it lacks; the officer and Dinkes nothing yet', async () => {
    const own = await read(kapus);
    expect(own.status).toBe(200);
    expect(own.body.status).toBe('draft');
    expect(own.body.moves).toEqual([{ move: 'submit', to: 'submitted', reason: 'optional', blocked: null }]);
    expect(own.body.submission).toMatchObject({
      months: expect.any(Array),
      unscoredItems: expect.any(Array),
    });
    expect((await read(pelaksana)).body.moves).toEqual([]);
    expect((await read(verifier)).body.moves).toEqual([]);
    expect((await read(pelaksana)).body.submission).toBeNull();
  });

  it('answers 404 for a year the district has no catalog for, whoever asks', async () => {
    for (const session of [kapus, verifier]) {
      const res = await callJson<{ code: string }>(
        t.app,
        session,
        'GET',
        `/api/puskesmas/${P1}/years/2031/workflow`,
      );
      expect([res.status, res.body.code]).toEqual([404, 'CATALOG_NOT_FOUND']);
    }
  });

  it('refuses a move without the status the user saw (400), and keeps the year as it is', async () => {
    const res = await move(kapus, 'submit', {});
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    expect((await read(kapus)).body.status).toBe('draft');
  });

  it('submits for the Kepala Puskesmas; a second click answers 409 in Indonesian', async () => {
    const res = await move(kapus, 'submit', { expectedStatus: 'draft', reason: 'Laporan PKP 2023' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('submitted');
    expect(res.body.history[0]).toMatchObject({
      actor: 'kapus.p3318001',
      move: 'submit',
      reason: 'Laporan PKP 2023',
    });
    const again = await move(kapus, 'submit', { expectedStatus: 'draft' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MOVE_STATUS_CHANGED');
    expect(again.body.message).toContain('sudah diubah orang lain');
  });

  it('offers the verifier verify and return, and asks for a reason to return', async () => {
    expect((await read(verifier)).body.moves.map((m) => [m.move, m.reason])).toEqual([
      ['return', 'required'],
      ['verify', 'optional'],
    ]);
    const bare = await move(verifier, 'return', { expectedStatus: 'submitted', reason: '  ' });
    expect(bare.status).toBe(400);
    expect(bare.body.code).toBe('MOVE_REASON_REQUIRED');
    const long = await move(verifier, 'return', { expectedStatus: 'submitted', reason: 'x'.repeat(1001) });
    expect(long.status).toBe(400);
    expect((await read(verifier)).body.status).toBe('submitted');
  });

  it('keeps verifying to the verifier and finalising to the admin (403 for the other)', async () => {
    expect((await move(admin, 'verify', { expectedStatus: 'submitted' })).status).toBe(403);
    expect((await move(verifier, 'verify', { expectedStatus: 'submitted' })).status).toBe(200);
    expect((await move(verifier, 'finalise', { expectedStatus: 'verified' })).status).toBe(403);
    const finalised = await move(admin, 'finalise', { expectedStatus: 'verified' });
    expect(finalised.status).toBe(200);
    expect(finalised.body.status).toBe('final');
    expect(finalised.body.moves.map((m) => m.move)).toEqual(['reopen']);
  });

  it('shows Dinkes the working league table, each row with its status and the result it read', async () => {
    const res = await callJson<DistrictDashboard>(
      t.app,
      admin,
      'GET',
      `/api/districts/${UNITS.district}/years/${year}/dashboard`,
    );
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('working');
    expect(res.body.publication).toBeNull();
    const byCode = new Map(res.body.league.map((r) => [r.puskesmas.code, r]));
    expect(byCode.get(P1)).toMatchObject({ status: 'final', stage: 'verified' });
    expect(byCode.get(UNITS.puskesmas[1])).toMatchObject({ status: 'draft', stage: 'self' });
    expect(res.body.timeliness.rows).toHaveLength(3);
  });

  it('shows a viewer nothing before publication: an empty league, and no Puskesmas dashboard (404)', async () => {
    const district = await callJson<DistrictDashboard>(
      t.app,
      viewer,
      'GET',
      `/api/districts/${UNITS.district}/years/${year}/dashboard`,
    );
    expect(district.status).toBe(200);
    expect(district.body).toMatchObject({ source: 'published', publication: null, league: [] });
    expect(district.body.heatmap.rows).toEqual([]);
    expect(district.body.timeliness.rows).toEqual([]);
    const puskesmas = await callJson<{ code: string; message: string }>(
      t.app,
      viewer,
      'GET',
      `/api/puskesmas/${P1}/years/${year}/dashboard`,
    );
    expect(puskesmas.status).toBe(404);
    expect(puskesmas.body.code).toBe('RESULTS_NOT_PUBLISHED');
    expect(puskesmas.body.message).toBe(
      'Hasil penilaian tahun 2023 belum dipublikasikan oleh Dinas Kesehatan.',
    );
    // Nor the workflow of a year: it is Dinkes' and the Puskesmas' business.
    expect((await read(viewer)).status).toBe(403);
  });

  it('refuses to publish until every year is final, then publishes for the admin; the viewer sees the publication', async () => {
    const path = `/api/districts/${UNITS.district}/years/${year}`;
    const blocked = await callJson<{ code: string; message: string }>(
      t.app,
      admin,
      'POST',
      `${path}/publish`,
      { expectedYears: 3 },
    );
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('PUBLICATION_BLOCKED');
    expect(blocked.body.message).toContain('2 Puskesmas belum final');

    // The two others, as their Kepala Puskesmas, a verifier and the admin would.
    for (const code of [UNITS.puskesmas[1], UNITS.puskesmas[2]]) {
      const unit = (await t.deps.repos.findOrgUnit(code))!;
      const deps = { uow: t.deps.uow, clock: t.clock };
      const at = async (
        name: 'submit' | 'verify' | 'finalise',
        role: 'kepala_puskesmas' | 'verifikator' | 'admin_dinkes',
      ) =>
        moveYear(deps, {
          unit,
          year,
          move: name,
          expectedStatus: (await t.deps.repos.findAssessment(code, year))!.status,
          editor: { username: `uji.${role}`, role },
        });
      if ((await t.deps.repos.findAssessment(code, year))!.status === 'draft')
        await at('submit', 'kepala_puskesmas');
      // Dinkes corrects one of Pati II's figures while verifying it (a correction over its own row).
      if (code === UNITS.puskesmas[1])
        await t.deps.uow(async (repos) => {
          const key = yearKeyOf((await repos.findAssessment(code, year))!);
          await repos.saveMonthlyValue({
            ...key,
            indicatorCode: 'SPM.01',
            month: `${year}-01`,
            stage: 'verified',
            numerator: 0,
            expectedVersion: 0,
            actor: 'verifikator.3318',
            reason: 'Register K1 Januari kosong',
          });
          await refreshResult(repos, key, 'verified', t.clock);
        });
      await at('verify', 'verifikator');
      await at('finalise', 'admin_dinkes');
    }
    const status = await callJson<DistrictWorkflow>(t.app, verifier, 'GET', `${path}/workflow`);
    expect(status.body.publishable).toBe(true);
    expect((await callJson(t.app, verifier, 'POST', `${path}/publish`, { expectedYears: 3 })).status).toBe(
      403,
    );
    const published = await callJson<DistrictWorkflow>(t.app, admin, 'POST', `${path}/publish`, {
      expectedYears: 3,
    });
    expect(published.status).toBe(200);
    expect(published.body.counts.published).toBe(3);
    expect(published.body.publication?.publishedBy).toBe('admin.3318');

    // A viewer reads a Puskesmas' figures as published: its verified result, Dinkes' correction in.
    const p2 = UNITS.puskesmas[1];
    const p2Key = yearKeyOf((await t.deps.repos.findAssessment(p2, year))!);
    const own = (await t.deps.repos.getResult(p2Key, 'self'))!;
    const verified = (await t.deps.repos.getResult(p2Key, 'verified'))!;
    expect(verified.service).not.toBe(own.service);
    const dashboard = await callJson<PuskesmasDashboard>(
      t.app,
      viewer,
      'GET',
      `/api/puskesmas/${p2}/years/${year}/dashboard`,
    );
    expect(dashboard.body.headline?.service).toBe(verified.service);

    const seen = await callJson<DistrictDashboard>(t.app, viewer, 'GET', `${path}/dashboard`);
    expect(seen.body.source).toBe('published');
    expect(seen.body.league).toHaveLength(3);
    expect(seen.body.league.every((r) => r.status === undefined)).toBe(true);
    expect(seen.body.heatmap.rows).toHaveLength(3);
    expect(
      (await callJson(t.app, viewer, 'GET', `/api/puskesmas/${P1}/years/${year}/dashboard`)).status,
    ).toBe(200);
  });

  it('withdraws the publication when the admin reopens a published year, and the viewer sees none again', async () => {
    const reopened = await move(admin, 'reopen', { expectedStatus: 'published', reason: 'Koreksi K4' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('verified');
    expect(reopened.body.publication).toBeNull();
    const seen = await callJson<DistrictDashboard>(
      t.app,
      viewer,
      'GET',
      `/api/districts/${UNITS.district}/years/${year}/dashboard`,
    );
    expect(seen.body.league).toEqual([]);
    expect(
      (await callJson(t.app, viewer, 'GET', `/api/puskesmas/${P1}/years/${year}/dashboard`)).status,
    ).toBe(404);
    const status = await callJson<DistrictWorkflow>(
      t.app,
      admin,
      'GET',
      `/api/districts/${UNITS.district}/years/${year}/workflow`,
    );
    expect(status.body.counts).toMatchObject({ verified: 1, final: 2 });
    expect(status.body.publications[0]).toMatchObject({ withdrawnBy: 'admin.3318' });
  });
});
