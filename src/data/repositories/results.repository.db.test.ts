import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, sampleCatalog } from '../../../test/db/fixtures.ts';
import { RESULT_DETAIL_VERSION } from '../../shared/schemas/result-detail.schema.ts';
import { createRepositories } from '../adapters/repositories.ts';
import type { Db } from '../db.ts';
import { getOrCreateAssessment } from './assessments.repository.ts';
import { saveCatalog } from './catalogs.repository.ts';
import {
  getResult,
  listDistrictResults,
  upsertResult,
  upsertResults,
  type NewAssessmentResult,
} from './results.repository.ts';

/** A district of `count` Puskesmas, each with an assessment for 2023. */
async function districtWithAssessments(db: Db, count: number) {
  const { district, puskesmas } = await createDistrict(db, count);
  const version = await saveCatalog(db, {
    districtId: district.id,
    catalog: sampleCatalog(2023),
    actor: 'admin',
  });
  const assessments = [];
  for (const unit of puskesmas) {
    assessments.push(
      await getOrCreateAssessment(db, { puskesmasId: unit.id, year: 2023, catalogVersionId: version.id }),
    );
  }
  return { district, puskesmas, assessments };
}

function result(
  assessmentId: number,
  service: number,
  overrides: Partial<NewAssessmentResult> = {},
): NewAssessmentResult {
  return {
    assessmentId,
    stage: 'verified',
    service,
    management: 8.2,
    quality: 95,
    serviceCategory: 'Baik',
    managementCategory: 'Cukup',
    qualityCategory: 'Baik',
    overallCategory: 'Cukup',
    kelompok: 'II',
    detail: { nodes: [{ code: 'SPM', score: service, explanation: 'mean of 4 children' }] },
    computedAt: new Date('2024-02-01T00:00:00Z'),
    ...overrides,
  };
}

describeOnBackends('results repository', (backend) => {
  it('stores a result and replaces it when computed again', async () => {
    const { assessments } = await districtWithAssessments(backend.db, 1);
    const id = assessments[0]!.id;

    await upsertResult(backend.db, result(id, 80));
    const again = await upsertResult(
      backend.db,
      result(id, 92.4, {
        serviceCategory: 'Baik',
        detail: { nodes: [] },
        computedAt: new Date('2024-03-01T00:00:00Z'),
      }),
    );

    expect(again).toMatchObject({
      service: 92.4,
      detail: { nodes: [] },
      computedAt: new Date('2024-03-01T00:00:00Z'),
    });
    expect(await getResult(backend.db, id, 'verified')).toEqual(again);
    expect(await getResult(backend.db, id, 'self')).toBeUndefined();
  });

  it('keeps a result that cannot be assessed: null figures, categories and Kelompok', async () => {
    const { assessments } = await districtWithAssessments(backend.db, 1);
    const stored = await upsertResult(backend.db, {
      assessmentId: assessments[0]!.id,
      stage: 'self',
      service: 91,
      management: null,
      quality: null,
      serviceCategory: 'Baik',
      detail: {},
      computedAt: new Date(),
    });
    expect(stored).toMatchObject({
      management: null,
      managementCategory: null,
      overallCategory: null,
      kelompok: null,
    });
  });

  it("lists a district's results for a year and stage with the Puskesmas, without explanations", async () => {
    const { district, puskesmas, assessments } = await districtWithAssessments(backend.db, 3);
    await upsertResults(backend.db, [
      result(assessments[0]!.id, 70),
      result(assessments[1]!.id, 95),
      result(assessments[0]!.id, 60, { stage: 'self' }),
    ]);
    const neighbour = await districtWithAssessments(backend.db, 1);
    await upsertResult(backend.db, result(neighbour.assessments[0]!.id, 99));

    const rows = await listDistrictResults(backend.db, {
      districtId: district.id,
      year: 2023,
      stage: 'verified',
    });

    expect(rows).toEqual([
      expect.objectContaining({
        assessmentId: assessments[0]!.id,
        assessmentStatus: 'draft',
        puskesmasId: puskesmas[0]!.id,
        puskesmasCode: puskesmas[0]!.code,
        puskesmasName: puskesmas[0]!.name,
        rawatInap: true,
        stage: 'verified',
        service: 70,
        kelompok: 'II',
      }),
      expect.objectContaining({ assessmentId: assessments[1]!.id, service: 95, rawatInap: false }),
    ]);
    expect(rows[0]).not.toHaveProperty('detail');
    expect(
      await listDistrictResults(backend.db, { districtId: district.id, year: 2024, stage: 'verified' }),
    ).toEqual([]);
  });
});

describeOnBackends('a stored result read back through the app’s port', (backend) => {
  const settings = {
    convention: 'target',
    cap: true,
    lowerFormula: 'permenpan',
    thresholds: { service: [91, 81], management: [8.5, 5.5], quality: [91, 81] },
    submitted: false,
    zeroSasaran: 'exclude',
  };
  const tree = {
    id: 'service',
    score: 80,
    explanation: { rule: 'mean', inputs: {}, derived: {}, capped: false },
    children: [
      { id: 'SPM', score: 80, explanation: { rule: 'mean', inputs: {}, derived: {}, capped: false } },
    ],
  };

  it('parses the detail: one written before versions (read as version 1), never another version or shape', async () => {
    const { assessments } = await districtWithAssessments(backend.db, 3);
    const [legacy, future, broken] = assessments.map((a) => a.id) as [number, number, number];
    const repos = createRepositories(backend.db);
    await upsertResult(
      backend.db,
      result(legacy, 80, {
        stage: 'self',
        detail: { service: tree, management: null, quality: null, settings },
      }),
    );
    await upsertResult(
      backend.db,
      result(future, 80, {
        stage: 'self',
        detail: { version: 2, service: tree, management: null, quality: null, settings },
      }),
    );
    const brokenTree = { ...tree, children: [{ id: 'SPM', score: 'delapan puluh' }] };
    await upsertResult(
      backend.db,
      result(broken, 80, {
        stage: 'self',
        detail: { service: brokenTree, management: null, quality: null, settings },
      }),
    );

    const read = await repos.getResult(legacy, 'self');
    expect(read?.detail).toMatchObject({ version: RESULT_DETAIL_VERSION, service: { id: 'service' } });
    expect(read?.detail.service?.children?.[0]).toMatchObject({ id: 'SPM', score: 80 });
    // Another pkp's detail, or a tree that does not parse down to its leaves, is no result: scored afresh.
    expect(await repos.getResult(future, 'self')).toBeUndefined();
    expect(await repos.getResult(broken, 'self')).toBeUndefined();
  });
});
