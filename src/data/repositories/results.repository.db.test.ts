import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, sampleCatalog } from '../../../test/db/fixtures.ts';
import { leaf } from '../../../test/db/readiness-fixtures.ts';
import { RESULT_DETAIL_VERSION } from '../../shared/schemas/result-detail.schema.ts';
import { createRepositories } from '../adapters/repositories.ts';
import type { YearKey } from '../../app/ports.ts';
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
  const years: YearKey[] = assessments.map((a) => ({ districtId: a.districtId, assessmentId: a.id }));
  return { district, puskesmas, assessments, years };
}

function result(
  year: YearKey,
  service: number,
  overrides: Partial<NewAssessmentResult> = {},
): NewAssessmentResult {
  return {
    ...year,
    stage: 'verified',
    service,
    management: 8.2,
    quality: 95,
    serviceCategory: 'Baik',
    managementCategory: 'Cukup',
    qualityCategory: 'Baik',
    overallCategory: 'Cukup',
    kelompok: 'II',
    detail: { version: 2, nodes: { SPM: service }, met: {}, settings: {} },
    computedAt: new Date('2024-02-01T00:00:00Z'),
    ...overrides,
  };
}

describeOnBackends('results repository', (backend) => {
  it('stores a result and replaces it when computed again', async () => {
    const { years } = await districtWithAssessments(backend.db, 1);
    const year = years[0]!;

    await upsertResult(backend.db, result(year, 80));
    await upsertResult(
      backend.db,
      result(year, 92.4, {
        serviceCategory: 'Baik',
        detail: { version: 2, nodes: {}, met: {}, settings: {} },
        computedAt: new Date('2024-03-01T00:00:00Z'),
      }),
    );

    const again = await getResult(backend.db, year, 'verified');
    expect(again).toMatchObject({
      service: 92.4,
      detail: { version: 2, nodes: {}, met: {}, settings: {} },
      computedAt: new Date('2024-03-01T00:00:00Z'),
    });
    expect(await getResult(backend.db, year, 'verified')).toEqual(again);
    expect(await getResult(backend.db, year, 'self')).toBeUndefined();
  });

  it('keeps a result that cannot be assessed: null figures, categories and Kelompok', async () => {
    const { years } = await districtWithAssessments(backend.db, 1);
    await upsertResult(backend.db, {
      ...years[0]!,
      stage: 'self',
      service: 91,
      management: null,
      quality: null,
      serviceCategory: 'Baik',
      detail: {},
      computedAt: new Date(),
    });
    expect(await getResult(backend.db, years[0]!, 'self')).toMatchObject({
      management: null,
      managementCategory: null,
      overallCategory: null,
      kelompok: null,
    });
  });

  it("lists a district's results for a year and stage with the Puskesmas, without explanations", async () => {
    const { district, puskesmas, assessments, years } = await districtWithAssessments(backend.db, 3);
    await upsertResults(backend.db, [
      result(years[0]!, 70),
      result(years[1]!, 95),
      result(years[0]!, 60, { stage: 'self' }),
    ]);
    const neighbour = await districtWithAssessments(backend.db, 1);
    await upsertResult(backend.db, result(neighbour.years[0]!, 99));

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
  const mean = { rule: 'mean', inputs: {}, derived: {}, capped: false };
  /** A detail as pkp stored it before rule 114: the explained trees. */
  const explainedTrees = (version?: number) => ({
    ...(version === undefined ? {} : { version }),
    service: {
      id: 'service',
      score: 80,
      explanation: mean,
      children: [
        {
          id: 'SPM',
          score: 80,
          explanation: mean,
          children: [leaf('SPM.01', 100, true), leaf('SPM.02', 60, false)],
        },
        { id: 'UKP', score: null, explanation: mean, children: [leaf('UKP.A1.1', null)] },
      ],
    },
    management: { id: 'management', score: 7, explanation: mean, children: [leaf('MAN.A1.1', 7)] },
    quality: null,
    views: [{ id: 'ILP.2', score: 80, explanation: mean, children: [] }],
    settings,
  });

  it('reads version 2 only: another version, the old explained trees or a score that is no number are no result', async () => {
    const { years } = await districtWithAssessments(backend.db, 4);
    const [current, future, old, broken] = years as [YearKey, YearKey, YearKey, YearKey];
    const repos = createRepositories(backend.db);
    const nodes = { service: 80, SPM: 80, 'SPM.01': 100 };
    const store = (year: YearKey, detail: unknown) =>
      upsertResult(backend.db, result(year, 80, { stage: 'self', detail }));
    await store(current, { version: 2, nodes, met: { 'SPM.01': true }, settings });
    await store(future, { version: 3, nodes, met: {}, settings });
    await store(old, explainedTrees(1));
    await store(broken, { version: 2, nodes: { SPM: 'delapan puluh' }, met: {}, settings });

    expect((await repos.getResult(current, 'self'))?.detail).toEqual({
      version: RESULT_DETAIL_VERSION,
      nodes,
      met: { 'SPM.01': true },
      settings,
    });
    // Another pkp's detail, or one that does not parse, is no result: scored afresh.
    for (const year of [future, old, broken]) expect(await repos.getResult(year, 'self')).toBeUndefined();
  });

  it('migration 0011 rewrites a stored explained tree (with or without its version) to the scores, as they were', async () => {
    const { years } = await districtWithAssessments(backend.db, 2);
    const [unversioned, versioned] = years as [YearKey, YearKey];
    await upsertResult(backend.db, result(unversioned, 80, { stage: 'self', detail: explainedTrees() }));
    await upsertResult(backend.db, result(versioned, 80, { stage: 'self', detail: explainedTrees(1) }));
    const migration = await readFile(
      new URL('../../../drizzle/0011_compact_result_detail.sql', import.meta.url),
      'utf8',
    );
    await backend.db.execute(sql.raw(migration));
    // Run twice (as on a store restored from a dump taken halfway): a version 2 detail is left alone.
    await backend.db.execute(sql.raw(migration));

    const repos = createRepositories(backend.db);
    for (const year of [unversioned, versioned]) {
      expect((await repos.getResult(year, 'self'))?.detail).toEqual({
        version: 2,
        nodes: {
          service: 80,
          SPM: 80,
          'SPM.01': 100,
          'SPM.02': 60,
          UKP: null,
          'UKP.A1.1': null,
          management: 7,
          'MAN.A1.1': 7,
          'ILP.2': 80,
        },
        // Service rows only; a row without a compared target reads null.
        met: { 'SPM.01': true, 'SPM.02': false, 'UKP.A1.1': null },
        settings,
      });
    }
  });
});
