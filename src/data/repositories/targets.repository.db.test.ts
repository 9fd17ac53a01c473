import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createAssessment } from '../../../test/db/fixtures.ts';
import { listAudit } from './audit.repository.ts';
import { getTarget, insertTargetsBulk, listTargets, upsertTarget } from './targets.repository.ts';

describeOnBackends('targets repository', (backend) => {
  it('creates and then updates a target, one version at a time', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = { districtId: assessment.districtId, assessmentId: assessment.id, indicatorCode: 'SPM.1' };

    const created = await upsertTarget(backend.db, {
      ...key,
      targetValue: 100,
      sasaran: 1240,
      expectedVersion: 0,
      actor: 'kapus',
    });
    const updated = await upsertTarget(backend.db, {
      ...key,
      targetValue: 100,
      sasaran: 1240,
      targetSasaran: 1200.5,
      expectedVersion: 1,
      actor: 'admin',
    });

    expect(created).toMatchObject({
      targetValue: 100,
      sasaran: 1240,
      targetSasaran: null,
      applicable: true,
      chosen: null,
      version: 1,
    });
    expect(updated).toMatchObject({ targetSasaran: 1200.5, version: 2, updatedBy: 'admin' });
    expect(updated.updatedAt).toBeInstanceOf(Date);
  });

  it('records an indicator that does not apply, with the reason', async () => {
    const { assessment } = await createAssessment(backend.db);
    const saved = await upsertTarget(backend.db, {
      districtId: assessment.districtId,
      assessmentId: assessment.id,
      indicatorCode: 'UKM-PENGEMBANGAN.1',
      applicable: false,
      notApplicableReason: 'service not chosen',
      chosen: false,
      expectedVersion: 0,
      actor: 'kapus',
    });
    expect(saved).toMatchObject({
      applicable: false,
      notApplicableReason: 'service not chosen',
      chosen: false,
      targetValue: null,
    });
  });

  it('refuses a stale version with STALE_VALUE, keeps the stored target and audits only the writes that happened', async () => {
    const { assessment } = await createAssessment(backend.db);
    const key = { districtId: assessment.districtId, assessmentId: assessment.id, indicatorCode: 'SPM.1' };
    await upsertTarget(backend.db, { ...key, targetValue: 95, expectedVersion: 0, actor: 'kapus' });
    await upsertTarget(backend.db, {
      ...key,
      targetValue: 97,
      expectedVersion: 1,
      actor: 'kapus',
      reason: 'RUK revised',
    });

    await expect(
      upsertTarget(backend.db, { ...key, targetValue: 50, expectedVersion: 1, actor: 'other' }),
    ).rejects.toMatchObject({
      code: 'STALE_VALUE',
      status: 409,
      params: { current: 2, expected: 1 },
    });

    expect(await getTarget(backend.db, key)).toMatchObject({ targetValue: 97, version: 2 });
    const audit = await listAudit(backend.db, {
      entity: 'target',
      assessmentId: assessment.id,
      entityKey: { indicatorCode: 'SPM.1', stage: 'self' },
    });
    expect(audit.map((a) => [a.oldValue?.targetValue ?? null, a.newValue?.targetValue, a.reason])).toEqual([
      [null, 95, null],
      [95, 97, 'RUK revised'],
    ]);
  });

  it('lists the targets of an assessment by indicator code, bulk-loaded ones included', async () => {
    const { assessment } = await createAssessment(backend.db);
    const year = { districtId: assessment.districtId, assessmentId: assessment.id };
    await insertTargetsBulk(
      backend.db,
      ['B.2', 'A.1', 'C.3'].map((indicatorCode) => ({
        ...year,
        indicatorCode,
        targetValue: 80,
        updatedBy: 'demo',
      })),
    );
    const other = await createAssessment(backend.db);
    await insertTargetsBulk(backend.db, [
      {
        districtId: other.assessment.districtId,
        assessmentId: other.assessment.id,
        indicatorCode: 'A.1',
        updatedBy: 'demo',
      },
    ]);

    const listed = await listTargets(backend.db, year);

    expect(listed.map((t) => t.indicatorCode)).toEqual(['A.1', 'B.2', 'C.3']);
    expect(listed.every((t) => t.version === 1 && t.applicable)).toBe(true);
  });
});
