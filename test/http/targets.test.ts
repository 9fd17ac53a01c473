// The targets routes over HTTP: every indicator's row, one row changed (audited, scored), the 409 flow.
import { beforeAll, expect, it } from 'vitest';
import { setAssessmentStatus } from '../../src/data/repositories/assessments.repository.ts';
import { listAudit } from '../../src/data/repositories/audit.repository.ts';
import type { PuskesmasDashboard } from '../../src/shared/api/dashboard.schema.ts';
import type { ProfileView } from '../../src/shared/api/profile.schema.ts';
import type { TargetPreview, TargetSaved, TargetsView } from '../../src/shared/api/targets.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const P1 = UNITS.puskesmas[0];
const base = `/api/puskesmas/${P1}/years/${TEST_YEAR}`;

describeHttp('targets over HTTP', (t) => {
  let kapus: TestSession;
  let admin: TestSession;
  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    admin = await signIn(t.app, 'admin.3318');
  });

  it('GET lists every indicator with its default target, own target, sasaran, applicability and version', async () => {
    const res = await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`);
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBeGreaterThan(200);
    expect(res.body.rows.find((r) => r.code === 'SPM.01')).toMatchObject({
      defaultTarget: { printed: expect.any(String), value: 100 },
      target: null,
      applicable: true,
      profileKey: 'ibuHamil',
      version: 1,
    });
    expect(res.body.services).toHaveLength(4);
  });

  it('PUT changes a row (district admin too), audits it and moves the stored result; a stale version is refused', async () => {
    const before = (await callJson<PuskesmasDashboard>(t.app, kapus, 'GET', `${base}/dashboard`)).body
      .headline!;
    const res = await callJson<TargetSaved>(t.app, admin, 'PUT', `${base}/targets/SPM.01`, {
      expectedVersion: 1,
      targetSasaran: 50_000,
      reason: 'sasaran absolut dari Dinkes',
    });
    expect(res.status).toBe(200);
    expect(res.body.row).toMatchObject({ targetSasaran: 50_000, version: 2, updatedBy: 'admin.3318' });
    expect(res.body.headline.service!).toBeLessThan(before.service!);

    const stale = await callJson<{ code: string }>(t.app, kapus, 'PUT', `${base}/targets/SPM.01`, {
      expectedVersion: 1,
      sasaran: 1_000,
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_VALUE' } });
    const row = (await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`)).body.rows.find(
      (r) => r.code === 'SPM.01',
    );
    expect(row).toMatchObject({ targetSasaran: 50_000, version: 2 });

    const assessment = (await t.deps.repos.findAssessment(P1, TEST_YEAR))!;
    const audit = await listAudit(t.store.db, {
      entity: 'target',
      assessmentId: assessment.id,
      entityKey: { indicatorCode: 'SPM.01', stage: 'self' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'admin.3318', reason: 'sasaran absolut dari Dinkes' });
  });

  it('takes a sasaran from the profile (fromProfile), and names the field when marking not applicable without a reason', async () => {
    const profile = (await callJson<ProfileView>(t.app, kapus, 'GET', `${base}/profile`)).body;
    profile.profile.targetPopulations.balita = 2_345;
    const saved = await callJson(t.app, kapus, 'PUT', `${base}/profile`, {
      rawatInap: profile.puskesmas.rawatInap,
      profile: profile.profile,
      expectedVersion: profile.version,
    });
    expect(saved.status).toBe(200);
    const row = (await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`)).body.rows.find(
      (r) => r.code === 'SPM.04',
    )!;
    const res = await callJson<TargetSaved>(t.app, kapus, 'PUT', `${base}/targets/SPM.04`, {
      expectedVersion: row.version,
      fromProfile: 'balita',
    });
    expect(res.body.row).toMatchObject({ sasaran: 2_345 });

    const refused = await callJson<{ code: string; params: { field: string }; message: string }>(
      t.app,
      kapus,
      'PUT',
      `${base}/targets/SPM.04`,
      { expectedVersion: row.version + 1, applicable: false },
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'INDICATOR_FIELD_INVALID',
      params: { field: 'notApplicableReason' },
    });
    expect(refused.body.message).toContain('wajib diisi');
  });

  it('refuses the Kepala Puskesmas a target value, in words, and changes nothing', async () => {
    const row = (await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`)).body.rows.find(
      (r) => r.code === 'SPM.02',
    )!;
    const refused = await callJson<{ code: string; message: string }>(
      t.app,
      kapus,
      'PUT',
      `${base}/targets/SPM.02`,
      { expectedVersion: row.version, target: 0 },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('TARGET_DINKES_ONLY');
    expect(refused.body.message).toContain('ditetapkan oleh Dinas Kesehatan');
    // Dinkes may set it, but not to 0 where higher is better: every achievement would score 100.
    const zero = await callJson<{ code: string; params: { field: string } }>(
      t.app,
      admin,
      'PUT',
      `${base}/targets/SPM.02`,
      { expectedVersion: row.version, target: 0 },
    );
    expect(zero).toMatchObject({
      status: 400,
      body: { code: 'INDICATOR_FIELD_INVALID', params: { field: 'target' } },
    });
    const after = (await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`)).body.rows.find(
      (r) => r.code === 'SPM.02',
    )!;
    expect(after).toMatchObject({ target: row.target, version: row.version });
  });

  it('refuses every Puskesmas change once the year is submitted, and lets Dinkes still set a target', async () => {
    const assessment = (await t.deps.repos.findAssessment(P1, TEST_YEAR))!;
    await setAssessmentStatus(t.store.db, {
      assessmentId: assessment.id,
      status: 'submitted',
      actor: 'kapus.p3318001',
    });
    try {
      const row = (await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`)).body.rows.find(
        (r) => r.code === 'SPM.03',
      )!;
      const pelaksana = await signIn(t.app, 'pelaksana.p3318001');
      const attempts = [
        callJson<{ code: string }>(t.app, kapus, 'PUT', `${base}/targets/SPM.03`, {
          expectedVersion: row.version,
          sasaran: 1,
        }),
        callJson<{ code: string }>(t.app, kapus, 'PUT', `${base}/rubric/MAN.A1.1`, {
          expectedVersion: 1,
          level: 10,
        }),
        callJson<{ code: string }>(t.app, pelaksana, 'PUT', `${base}/entries/SPM.03/2023-05`, {
          expectedVersion: 1,
          numerator: 1,
        }),
      ];
      for (const answer of await Promise.all(attempts))
        expect(answer).toMatchObject({ status: 409, body: { code: 'YEAR_SUBMITTED' } });
      const byDinkes = await callJson(t.app, admin, 'PUT', `${base}/targets/SPM.03`, {
        expectedVersion: row.version,
        target: 99,
      });
      expect(byDinkes.status).toBe(200);
    } finally {
      await setAssessmentStatus(t.store.db, {
        assessmentId: assessment.id,
        status: 'draft',
        actor: 'admin.3318',
      });
    }
  });

  it('answers 404 for an indicator the catalog does not have', async () => {
    const res = await callJson<{ code: string }>(t.app, kapus, 'PUT', `${base}/targets/TIDAK.ADA`, {
      expectedVersion: 0,
    });
    expect(res).toMatchObject({ status: 404, body: { code: 'INDICATOR_NOT_FOUND' } });
  });

  it('POST …/preview answers the score a change would give, and stores nothing', async () => {
    const rowOf = async () =>
      (await callJson<TargetsView>(t.app, kapus, 'GET', `${base}/targets`)).body.rows.find(
        (r) => r.code === 'SPM.02',
      )!;
    const before = await rowOf();
    const res = await callJson<TargetPreview>(t.app, kapus, 'POST', `${base}/targets/SPM.02/preview`, {
      sasaran: before.sasaran! * 100,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 'SPM.02', service: { categoryBefore: expect.any(String) } });
    expect(res.body.indicator.after.score!).toBeLessThan(res.body.indicator.before.score!);
    expect(await rowOf()).toEqual(before);

    const refused = await callJson<{ code: string }>(t.app, kapus, 'POST', `${base}/targets/SPM.02/preview`, {
      target: 50,
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'TARGET_DINKES_ONLY' } });
  });
});
