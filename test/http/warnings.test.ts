// Plausibility warnings over HTTP: who reads them, who marks them checked and in which status, and
// the 409 when the figures moved under the checker.
import { beforeAll, expect, it } from 'vitest';
import { yearKeyOf } from '../../src/app/year-key.ts';
import { setAssessmentStatus } from '../../src/data/repositories/assessments.repository.ts';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import type {
  DistrictWarningsView,
  WarningChangedBody,
  WarningView,
  YearWarningsView,
} from '../../src/shared/api/warnings.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const yearPath = (code: string) => `/api/puskesmas/${code}/years/${TEST_YEAR}`;
const own = yearPath(UNITS.puskesmas[0]);
const MAY = `${TEST_YEAR}-05`;
const mayKey = `month-outlier:SPM.01:${MAY}`;

describeHttp('plausibility warnings over HTTP', (t) => {
  let kapus: TestSession;
  let pelaksana: TestSession;
  let verifikator: TestSession;

  /** Types May of SPM.01 as the officer would: `factor` × the stored figure. */
  async function typeMay(session: TestSession, numerator: (stored: number) => number) {
    const grid = (await callJson<EntriesView>(t.app, session, 'GET', `${own}/entries`)).body;
    const stored = grid.values.find((v) => v.indicatorCode === 'SPM.01' && v.month === MAY)!;
    const res = await callJson(t.app, session, 'PUT', `${own}/entries/SPM.01/${MAY}`, {
      numerator: numerator(stored.numerator ?? 0),
      expectedVersion: stored.version,
      // May is reported (the demo's months are): a change is a correction, with its reason.
      reason: 'Salah ketik',
    });
    expect(res.status).toBe(200);
  }

  const warningsOf = async (session: TestSession, path = own) =>
    callJson<YearWarningsView>(t.app, session, 'GET', `${path}/warnings`);

  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    verifikator = await signIn(t.app, 'verifikator.3318');
    await typeMay(pelaksana, (n) => n * 40);
  });

  it('shows the officer and the Kepala Puskesmas the month typed 40 × too large, in both languages', async () => {
    for (const session of [pelaksana, kapus]) {
      const res = await warningsOf(session);
      expect(res.status).toBe(200);
      const may = res.body.warnings.find((w) => w.key === mayKey);
      expect(may).toMatchObject({ kind: 'month-outlier', month: MAY, fields: ['numerator'], check: null });
      expect(may?.sentence.id).toMatch(/^Mei [\d.]+, \d+ × median bulan lain \([\d.,]+\)\.$/);
      expect(may?.sentence.en).toMatch(/^May [\d,]+, \d+ × the median of the other months \([\d.,]+\)\.$/);
    }
  });

  it('refuses a check by the officer, and by a viewer even a look', async () => {
    const may = (await warningsOf(kapus)).body.warnings.find((w) => w.key === mayKey)!;
    const body = { key: may.key, fingerprint: may.fingerprint, note: 'sudah dicek' };
    const officer = await callJson(t.app, pelaksana, 'POST', `${own}/warnings/checks`, body);
    expect(officer.status).toBe(403);
    const viewer = await signIn(t.app, 'viewer.3318');
    expect((await warningsOf(viewer)).status).toBe(403);
  });

  it('refuses a check without a note', async () => {
    const may = (await warningsOf(kapus)).body.warnings.find((w) => w.key === mayKey)!;
    const res = await callJson<{ code: string }>(t.app, kapus, 'POST', `${own}/warnings/checks`, {
      key: may.key,
      fingerprint: may.fingerprint,
      note: '   ',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    expect((await warningsOf(kapus)).body.warnings.find((w) => w.key === mayKey)?.check).toBeNull();
  });

  it('answers 409 with the new figures when May changed after the Kepala Puskesmas read it', async () => {
    const read = (await warningsOf(kapus)).body.warnings.find((w) => w.key === mayKey)!;
    await typeMay(pelaksana, (n) => n + 1);
    const res = await callJson<WarningChangedBody>(t.app, kapus, 'POST', `${own}/warnings/checks`, {
      key: read.key,
      fingerprint: read.fingerprint,
      note: 'sesuai register',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'WARNING_CHANGED', current: { key: mayKey, check: null } });
    expect(res.body.current?.fingerprint).not.toBe(read.fingerprint);
    expect(res.body.message).toContain('sudah berubah sejak Anda membacanya');
  });

  it('records the check of the Kepala Puskesmas, which Dinkes then sees in the district list', async () => {
    const may = (await warningsOf(kapus)).body.warnings.find((w) => w.key === mayKey)!;
    const note = 'Sweeping K1 bulan Mei, sesuai register kohort ibu.';
    const res = await callJson<WarningView>(t.app, kapus, 'POST', `${own}/warnings/checks`, {
      key: may.key,
      fingerprint: may.fingerprint,
      note,
    });
    expect(res.status).toBe(200);
    expect(res.body.check).toMatchObject({ note, checkedBy: 'kapus.p3318001' });

    const district = await callJson<DistrictWarningsView>(
      t.app,
      verifikator,
      'GET',
      `/api/districts/${UNITS.district}/years/${TEST_YEAR}/warnings`,
    );
    expect(district.status).toBe(200);
    const row = district.body.puskesmas.find((p) => p.code === UNITS.puskesmas[0])!;
    expect(row.warnings.find((w) => w.key === mayKey)?.check).toMatchObject({
      note,
      checkedBy: 'kapus.p3318001',
    });
    expect(row.checked).toBeGreaterThanOrEqual(1);
  });

  it('leaves a submitted year to Dinkes: the Kepala Puskesmas is refused, the verifikator checks', async () => {
    const submitted = yearPath(UNITS.puskesmas[2]);
    const view = await warningsOf(verifikator, submitted);
    expect(view.body.status).toBe('submitted');
    // Plant a month far above the others in the submitted year, as a value loaded before submission.
    const assessment = (await t.deps.repos.findAssessment(UNITS.puskesmas[2], TEST_YEAR))!;
    const stored = (await t.deps.repos.getMonthlyValueRecord({
      ...yearKeyOf(assessment),
      indicatorCode: 'SPM.01',
      month: MAY,
      stage: 'self',
    }))!;
    await t.deps.uow((repos) =>
      repos.saveMonthlyValue({
        ...yearKeyOf(assessment),
        indicatorCode: 'SPM.01',
        month: MAY,
        stage: 'self',
        numerator: (stored.numerator ?? 1) * 40,
        expectedVersion: stored.version,
        actor: 'demo',
      }),
    );
    const may = (await warningsOf(verifikator, submitted)).body.warnings.find((w) => w.key === mayKey)!;
    const body = { key: may.key, fingerprint: may.fingerprint, note: 'dikonfirmasi ke bidan desa' };
    const kapusOfThree = await callJson<{ code: string }>(
      t.app,
      kapus,
      'POST',
      `${submitted}/warnings/checks`,
      body,
    );
    expect(kapusOfThree.status).toBe(403); // not his Puskesmas
    const checked = await callJson<WarningView>(
      t.app,
      verifikator,
      'POST',
      `${submitted}/warnings/checks`,
      body,
    );
    expect(checked.status).toBe(200);
    expect(checked.body.check?.checkedBy).toBe('verifikator.3318');
  });

  it('refuses the Kepala Puskesmas a check once his year is submitted (YEAR_SUBMITTED)', async () => {
    const assessment = (await t.deps.repos.findAssessment(UNITS.puskesmas[0], TEST_YEAR))!;
    const may = (await warningsOf(kapus)).body.warnings.find((w) => w.key === mayKey)!;
    await setAssessmentStatus(t.store.db, { assessmentId: assessment.id, status: 'submitted', actor: 'uji' });
    try {
      const res = await callJson<{ code: string }>(t.app, kapus, 'POST', `${own}/warnings/checks`, {
        key: may.key,
        fingerprint: may.fingerprint,
        note: 'lagi',
      });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('YEAR_SUBMITTED');
    } finally {
      await setAssessmentStatus(t.store.db, { assessmentId: assessment.id, status: 'draft', actor: 'uji' });
    }
  });
});
