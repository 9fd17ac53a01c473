// Accreditation readiness over HTTP: the Puskesmas reads its own, Dinkes its district's (each
// Puskesmas and the overview), nobody a foreign one, and the viewer none; what a meeting written into
// the tables proves shows in both views.
import { beforeAll, expect, it } from 'vitest';
import { getAssessment } from '../../src/data/repositories/assessments.repository.ts';
import { getOrgUnitByCode } from '../../src/data/repositories/org-units.repository.ts';
import type { DistrictReadinessView, YearReadinessView } from '../../src/shared/api/accreditation.schema.ts';
import { addMeeting } from '../db/readiness-fixtures.ts';
import {
  ACCOUNT_OF_ROLE,
  callJson,
  describeHttp,
  signIn,
  TEST_YEAR,
  UNITS,
  type TestSession,
} from './harness.ts';

const yearPath = (code: string) => `/api/puskesmas/${code}/years/${TEST_YEAR}/accreditation`;
const districtPath = (code: string) => `/api/districts/${code}/years/${TEST_YEAR}/accreditation`;

describeHttp('accreditation readiness over HTTP', (t) => {
  const sessions: Partial<Record<keyof typeof ACCOUNT_OF_ROLE, TestSession>> = {};
  const as = (role: keyof typeof ACCOUNT_OF_ROLE) => sessions[role]!;

  beforeAll(async () => {
    for (const role of Object.keys(ACCOUNT_OF_ROLE) as (keyof typeof ACCOUNT_OF_ROLE)[])
      sessions[role] = await signIn(t.app, ACCOUNT_OF_ROLE[role]);
    const unit = (await getOrgUnitByCode(t.store.db, UNITS.puskesmas[0]))!;
    const assessment = (await getAssessment(t.store.db, unit.id, TEST_YEAR))!;
    for (const heldOn of ['2023-06-14', '2023-12-13'])
      await addMeeting(t.store.db, {
        orgUnitId: unit.id,
        assessmentId: assessment.id,
        year: TEST_YEAR,
        kind: 'review_kinerja',
        heldOn,
      });
  });

  it.each(['kepala_puskesmas', 'koordinator', 'pelaksana', 'verifikator', 'admin_dinkes'] as const)(
    'lets the %s read the readiness of Pati I, every element of 2.7.1, 2.8.3 and 2.8.4',
    async (role) => {
      const res = await callJson<YearReadinessView>(t.app, as(role), 'GET', yearPath(UNITS.puskesmas[0]));
      expect(res.status).toBe(200);
      expect(res.body.elements).toHaveLength(18);
      expect(res.body.criteria.map((c) => c.code)).toEqual(['2.7.1', '2.8.3', '2.8.4']);
      // The two reviews written into the tables are complete (attendance, minutes, a photo).
      expect(res.body.elements.find((e) => e.code === '2.8.4.a')?.status).toBe('fulfilled');
    },
  );

  it('answers in both languages and says as of which day', async () => {
    const res = await callJson<YearReadinessView>(
      t.app,
      as('kepala_puskesmas'),
      'GET',
      yearPath(UNITS.puskesmas[0]),
    );
    const a = res.body.elements.find((e) => e.code === '2.8.4.a')!;
    expect(a.checks[0]?.sentence.id).toMatch(/^2 rapat penilaian kinerja/);
    expect(a.checks[0]?.sentence.en).toMatch(/^2 performance reviews/);
    expect(res.body.asOf).toBe('2024-01-10');
  });

  it('refuses another Puskesmas of the district to a Puskesmas account', async () => {
    const res = await callJson(t.app, as('kepala_puskesmas'), 'GET', yearPath(UNITS.puskesmas[1]));
    expect(res.status).toBe(403);
  });

  it('refuses a foreign district’s Puskesmas to Dinkes', async () => {
    const res = await callJson(t.app, as('verifikator'), 'GET', yearPath(UNITS.foreignPuskesmas));
    expect(res.status).toBe(403);
  });

  it('refuses the viewer, who reads published results only', async () => {
    expect((await callJson(t.app, as('viewer'), 'GET', yearPath(UNITS.puskesmas[0]))).status).toBe(403);
    expect((await callJson(t.app, as('viewer'), 'GET', districtPath(UNITS.district))).status).toBe(403);
  });

  it('gives Dinkes the district overview, each Puskesmas with each element’s status', async () => {
    const res = await callJson<DistrictReadinessView>(
      t.app,
      as('verifikator'),
      'GET',
      districtPath(UNITS.district),
    );
    expect(res.status).toBe(200);
    expect(res.body.puskesmas.map((p) => p.code)).toEqual([...UNITS.puskesmas]);
    const column = res.body.elements.findIndex((e) => e.code === '2.8.4.a');
    expect(res.body.puskesmas.map((p) => p.elements[column])).toEqual(['fulfilled', 'missing', 'missing']);
  });

  it('refuses the district overview to a Puskesmas account and to a foreign district', async () => {
    expect((await callJson(t.app, as('kepala_puskesmas'), 'GET', districtPath(UNITS.district))).status).toBe(
      403,
    );
    expect(
      (await callJson(t.app, as('admin_dinkes'), 'GET', districtPath(UNITS.foreignDistrict))).status,
    ).toBe(403);
  });

  it('says plainly when the district has no catalog for the year', async () => {
    const res = await callJson<{ code: string }>(
      t.app,
      as('verifikator'),
      'GET',
      `/api/districts/${UNITS.district}/years/2031/accreditation`,
    );
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CATALOG_NOT_FOUND');
  });
});
