// Values already stored, however odd (1e308, 1e-300, 1,5 people, a huge denominator, even Infinity
// and NaN written by hand in SQL), never break a screen: every API the screens read answers 200 with
// what the shared response schemas accept, and the odd cell can be corrected.
import { beforeAll, expect, it } from 'vitest';
import { refreshResult } from '../../src/app/refresh-result.ts';
import { getAssessment } from '../../src/data/repositories/assessments.repository.ts';
import { getOrgUnitByCode } from '../../src/data/repositories/org-units.repository.ts';
import { monthlyValues, puskesmasProfiles, rubricScores, targets } from '../../src/data/schema.ts';
import { DistrictDashboard, PuskesmasDashboard } from '../../src/shared/api/dashboard.schema.ts';
import { EntriesView, EntrySaved } from '../../src/shared/api/entries.schema.ts';
import { ProfileView } from '../../src/shared/api/profile.schema.ts';
import { RubricView } from '../../src/shared/api/rubric.schema.ts';
import { TargetsView } from '../../src/shared/api/targets.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const P1 = UNITS.puskesmas[0];
const base = `/api/puskesmas/${P1}/years/${TEST_YEAR}`;
const MARCH = `${TEST_YEAR}-03`;

/** Monthly values written straight into the database, past every check. */
const ODD_MONTHS: { code: string; numerator?: number; denominator?: number; value?: number }[] = [
  { code: 'SPM.01', numerator: 1e308 },
  { code: 'SPM.02', numerator: 1.5 },
  { code: 'SPM.03', numerator: 1e-300 },
  { code: 'SPM.04', numerator: Number.POSITIVE_INFINITY },
  { code: 'SPM.05', numerator: Number.NaN },
  { code: 'UKM.C1.A.10', numerator: 1, denominator: 1e300 },
  { code: 'UKM.H.6', numerator: 3, denominator: 1e-300 },
  { code: 'UKP.A1.3', numerator: 1e308, denominator: 1e308 },
  { code: 'UKM.D1.6', value: 1e308 },
  { code: 'UKM.B1.2', numerator: 1e308 },
];

/** Target rows likewise. */
const ODD_TARGETS: { code: string; targetValue?: number; targetSasaran?: number; sasaran?: number }[] = [
  { code: 'SPM.06', sasaran: 1e-300 },
  { code: 'SPM.07', sasaran: 1e308 },
  { code: 'SPM.08', targetSasaran: 1e308 },
  { code: 'SPM.09', sasaran: 2.5, targetValue: 1e-300 },
  { code: 'UKM.H.7', targetValue: 5e-324 },
  { code: 'UKM.C1.A.1', sasaran: 1e-300 },
];

describeHttp('odd values already stored', (t) => {
  let pelaksana: TestSession;
  let viewer: TestSession;

  beforeAll(async () => {
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    viewer = await signIn(t.app, 'viewer.3318');
    const db = t.store.db;
    const unit = (await getOrgUnitByCode(db, P1))!;
    const assessment = (await getAssessment(db, unit.id, TEST_YEAR))!;
    const year = { districtId: assessment.districtId, assessmentId: assessment.id };
    for (const m of ODD_MONTHS) {
      const row = {
        numerator: m.numerator ?? null,
        denominator: m.denominator ?? null,
        value: m.value ?? null,
        enteredBy: 'psql',
      };
      await db
        .insert(monthlyValues)
        .values({ ...year, indicatorCode: m.code, month: MARCH, stage: 'self', ...row })
        .onConflictDoUpdate({
          target: [
            monthlyValues.districtId,
            monthlyValues.assessmentId,
            monthlyValues.stage,
            monthlyValues.indicatorCode,
            monthlyValues.month,
          ],
          set: row,
        });
    }
    for (const target of ODD_TARGETS) {
      const { code, ...numbers } = target;
      const row = { targetValue: null, targetSasaran: null, sasaran: null, ...numbers, updatedBy: 'psql' };
      await db
        .insert(targets)
        .values({ ...year, indicatorCode: code, ...row })
        .onConflictDoUpdate({
          target: [targets.districtId, targets.assessmentId, targets.stage, targets.indicatorCode],
          set: row,
        });
    }
    await db
      .insert(rubricScores)
      .values({
        ...year,
        indicatorCode: 'MUT.B3.2',
        stage: 'self',
        percent: 1e308,
        enteredBy: 'psql',
      })
      .onConflictDoUpdate({
        target: [
          rubricScores.districtId,
          rubricScores.assessmentId,
          rubricScores.stage,
          rubricScores.indicatorCode,
        ],
        set: { percent: 1e308, level: null },
      });
    const profile = {
      address: 'Jl. Contoh',
      targetPopulations: { ibuHamil: 1.5, bayi: 410, kelahiranHidup: 1e308 },
    };
    await db
      .insert(puskesmasProfiles)
      .values({ orgUnitId: unit.id, year: TEST_YEAR, data: profile, updatedBy: 'psql' })
      .onConflictDoUpdate({
        target: [puskesmasProfiles.orgUnitId, puskesmasProfiles.year],
        set: { data: profile },
      });
    // The stored result as a write would refresh it with these inputs in place.
    await t.deps.uow((repos) => refreshResult(repos, year, 'self'));
  });

  const finiteEverywhere = (x: unknown): boolean =>
    typeof x === 'number'
      ? Number.isFinite(x)
      : x === null || typeof x !== 'object'
        ? true
        : Object.values(x).every(finiteEverywhere);

  it('answers the entry grid, which the screen’s schema reads, with the odd values to correct', async () => {
    const res = await callJson<unknown>(t.app, pelaksana, 'GET', `${base}/entries`);
    expect(res.status).toBe(200);
    const grid = EntriesView.parse(res.body);
    const cell = (code: string) => grid.values.find((v) => v.indicatorCode === code && v.month === MARCH);
    expect(cell('SPM.01')).toMatchObject({ numerator: 1e308 });
    expect(cell('SPM.02')).toMatchObject({ numerator: 1.5 });
    // Infinity and NaN cannot travel in JSON: the cell reads as empty and can be typed again.
    expect(cell('SPM.04')).toMatchObject({ numerator: null });
    expect(finiteEverywhere(grid.progress)).toBe(true);
    // Left out of the score, not counted as 1e308 mothers: nothing else was entered in March.
    expect(grid.progress['SPM.01']?.explanation.inputs.achieved).not.toBe(1e308);
  });

  it('answers the entry grid through March, the month of the odd values', async () => {
    const res = await callJson<unknown>(t.app, pelaksana, 'GET', `${base}/entries?through=${MARCH}`);
    expect(res.status).toBe(200);
    expect(finiteEverywhere(EntriesView.parse(res.body).progress)).toBe(true);
  });

  it('answers the targets, the rubric and the profile, each as its screen reads it', async () => {
    const targetsRes = await callJson<unknown>(t.app, pelaksana, 'GET', `${base}/targets`);
    expect(targetsRes.status).toBe(200);
    const view = TargetsView.parse(targetsRes.body);
    expect(view.rows.find((r) => r.code === 'SPM.07')).toMatchObject({ sasaran: 1e308 });

    const rubric = await callJson<unknown>(t.app, pelaksana, 'GET', `${base}/rubric`);
    expect(rubric.status).toBe(200);
    const items = RubricView.parse(rubric.body).groups.flatMap((g) => g.items);
    expect(items.find((i) => i.code === 'MUT.B3.2')).toMatchObject({ percent: 1e308 });

    const profile = await callJson<unknown>(t.app, pelaksana, 'GET', `${base}/profile`);
    expect(profile.status).toBe(200);
    // Each odd population is emptied on its own; the others are kept.
    expect(ProfileView.parse(profile.body).profile.targetPopulations).toMatchObject({
      ibuHamil: null,
      bayi: 410,
      kelahiranHidup: null,
    });
  });

  it('answers both dashboards with finite figures', async () => {
    const own = await callJson<unknown>(t.app, pelaksana, 'GET', `${base}/dashboard`);
    expect(own.status).toBe(200);
    const dashboard = PuskesmasDashboard.parse(own.body);
    expect(finiteEverywhere(dashboard)).toBe(true);
    expect(dashboard.headline?.service).toEqual(expect.any(Number));

    const district = await callJson<unknown>(
      t.app,
      viewer,
      'GET',
      `/api/districts/${UNITS.district}/years/${TEST_YEAR}/dashboard`,
    );
    expect(district.status).toBe(200);
    expect(finiteEverywhere(DistrictDashboard.parse(district.body))).toBe(true);
  });

  it('lets the officer correct the odd cell, and the correction counts', async () => {
    const grid = EntriesView.parse(
      (await callJson<unknown>(t.app, pelaksana, 'GET', `${base}/entries`)).body,
    );
    const odd = grid.values.find((v) => v.indicatorCode === 'SPM.01' && v.month === MARCH)!;
    const res = await callJson<unknown>(t.app, pelaksana, 'PUT', `${base}/entries/SPM.01/${MARCH}`, {
      numerator: 31,
      expectedVersion: odd.version,
      reason: 'salah ketik',
    });
    expect(res.status).toBe(200);
    const saved = EntrySaved.parse(res.body);
    expect(saved.value).toMatchObject({ numerator: 31, version: odd.version + 1 });
    expect(finiteEverywhere(saved)).toBe(true);
  });
});
