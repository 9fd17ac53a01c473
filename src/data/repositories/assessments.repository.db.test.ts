import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createAssessment, createDistrict, sampleCatalog } from '../../../test/db/fixtures.ts';
import { listAudit } from './audit.repository.ts';
import {
  getAssessment,
  getAssessmentById,
  getOrCreateAssessment,
  setAssessmentStatus,
} from './assessments.repository.ts';
import { saveCatalog } from './catalogs.repository.ts';

describeOnBackends('assessments repository', (backend) => {
  it('creates one assessment per Puskesmas-year and returns the same one after', async () => {
    const { district, puskesmas } = await createDistrict(backend.db, 1);
    const v2023 = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: sampleCatalog(2023),
      actor: 'a',
    });
    const v2024 = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: sampleCatalog(2024),
      actor: 'a',
    });
    const key = { puskesmasId: puskesmas[0]!.id, year: 2023, catalogVersionId: v2023.id };

    const created = await getOrCreateAssessment(backend.db, key);
    const again = await getOrCreateAssessment(backend.db, { ...key, catalogVersionId: v2024.id });

    expect(created).toMatchObject({
      ...key,
      status: 'draft',
      submittedAt: null,
      verifiedAt: null,
      finalisedAt: null,
      publishedAt: null,
    });
    expect(again).toEqual(created);
    expect(await getAssessment(backend.db, key.puskesmasId, 2023)).toEqual(created);
    expect(await getAssessmentById(backend.db, created.id)).toEqual(created);
    expect(await getAssessment(backend.db, key.puskesmasId, 2024)).toBeUndefined();
  });

  it('creates the assessment once when two callers ask at the same time', async () => {
    const { puskesmas, catalogVersion } = await createAssessment(backend.db, 2023);
    const key = { puskesmasId: puskesmas.id, year: 2025, catalogVersionId: catalogVersion.id };

    const [a, b] = await Promise.all([
      getOrCreateAssessment(backend.db, key),
      getOrCreateAssessment(backend.db, key),
    ]);

    expect(a.id).toBe(b.id);
  });

  it('stamps the time each status is reached and audits every move', async () => {
    const { assessment } = await createAssessment(backend.db);
    const submittedAt = new Date('2024-01-10T02:00:00Z');

    const submitted = await setAssessmentStatus(backend.db, {
      assessmentId: assessment.id,
      status: 'submitted',
      actor: 'kapus',
      at: submittedAt,
    });
    const reopened = await setAssessmentStatus(backend.db, {
      assessmentId: assessment.id,
      status: 'draft',
      actor: 'admin',
      reason: 'sent back for corrections',
    });
    const verified = await setAssessmentStatus(backend.db, {
      assessmentId: assessment.id,
      status: 'verified',
      actor: 'verifikator',
    });

    expect(submitted).toMatchObject({ status: 'submitted', submittedAt, verifiedAt: null });
    expect(reopened).toMatchObject({ status: 'draft', submittedAt });
    expect(verified.status).toBe('verified');
    expect(verified.verifiedAt).toBeInstanceOf(Date);
    const audit = await listAudit(backend.db, { entity: 'assessment', assessmentId: assessment.id });
    expect(audit.map((a) => [a.actor, a.oldValue, a.newValue, a.reason])).toEqual([
      ['kapus', { status: 'draft' }, { status: 'submitted' }, null],
      ['admin', { status: 'submitted' }, { status: 'draft' }, 'sent back for corrections'],
      ['verifikator', { status: 'draft' }, { status: 'verified' }, null],
    ]);
  });
});
