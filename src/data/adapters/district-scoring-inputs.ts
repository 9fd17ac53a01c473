// Everything a district-year's results are scored from, in a handful of queries (not a few per
// Puskesmas): its assessments (locked, in id order, as every writer of a year locks it), their
// catalogs, and all their targets, monthly values and rubric scores of both stages. `pkp recompute`
// reads a district this way and stores its results in the same transaction.
import { and, asc, eq } from 'drizzle-orm';
import type { YearScoringRows } from '../../app/ports.ts';
import type { Stage } from '../../domain/assessment/inputs.ts';
import type { MonthlyRow, RubricRow, StageRows, TargetRow } from '../../domain/assessment/stage-rows.ts';
import type { Db } from '../db.ts';
import { listScoredMonthlyValuesOf } from '../repositories/monthly-values.repository.ts';
import { rowsOfYears, type DistrictKeyed } from '../repositories/district-keys.ts';
import { getOrgUnitById } from '../repositories/org-units.repository.ts';
import { assessmentResults, assessments, orgUnits, rubricScores, targets } from '../schema.ts';
import type { CatalogCache } from './repositories.ts';

/** Ids per `in (…)` list: well under PostgreSQL's 65 535 parameters. */
const IDS_PER_QUERY = 5000;

type Rows = { targets: TargetRow[]; monthly: MonthlyRow[]; rubrics: RubricRow[] };

export async function loadDistrictScoringInputs(
  db: Db,
  catalogs: CatalogCache,
  districtId: number,
  year: number,
): Promise<YearScoringRows[]> {
  const district = await getOrgUnitById(db, districtId);
  if (!district) return [];
  const years = await db
    .select({ assessment: assessments, code: orgUnits.code, name: orgUnits.name })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.puskesmasId))
    .where(and(eq(assessments.districtId, districtId), eq(assessments.year, year)))
    .orderBy(asc(assessments.id))
    .for('update', { of: assessments });
  if (years.length === 0) return [];

  const rows = new Map<string, Rows>();
  const rowsOf = (assessmentId: number, stage: Stage) => {
    const key = `${assessmentId}:${stage}`;
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { targets: [], monthly: [], rubrics: [] }));
    return found;
  };
  const withVerified = new Set<number>();
  const ids = years.map((y) => y.assessment.id);
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const some = ids.slice(i, i + IDS_PER_QUERY);
    const ofDistrict = (table: DistrictKeyed) =>
      rowsOfYears(
        table,
        some.map((assessmentId) => ({ districtId, assessmentId })),
      );
    for (const t of await db.select().from(targets).where(ofDistrict(targets)))
      rowsOf(t.assessmentId, t.stage).targets.push(t);
    for (const { assessmentId, stage, ...m } of await listScoredMonthlyValuesOf(db, districtId, some))
      rowsOf(assessmentId, stage).monthly.push(m);
    for (const r of await db.select().from(rubricScores).where(ofDistrict(rubricScores)))
      rowsOf(r.assessmentId, r.stage).rubrics.push(r);
    const verified = await db
      .select({ assessmentId: assessmentResults.assessmentId })
      .from(assessmentResults)
      .where(and(ofDistrict(assessmentResults), eq(assessmentResults.stage, 'verified')));
    for (const v of verified) withVerified.add(v.assessmentId);
  }

  const out: YearScoringRows[] = [];
  const none: StageRows = { targets: [], monthly: [], rubrics: [] };
  for (const { assessment, code, name } of years) {
    const version = await catalogs.version(db, assessment.catalogVersionId);
    const catalog = version && (await catalogs.load(db, version));
    if (!catalog || !version) throw new Error(`catalog version ${assessment.catalogVersionId} is missing`);
    out.push({
      assessment: {
        id: assessment.id,
        year: assessment.year,
        status: assessment.status,
        submittedAt: assessment.submittedAt,
        catalogVersionId: assessment.catalogVersionId,
        puskesmas: { id: assessment.puskesmasId, code, name, rawatInap: assessment.rawatInap },
        district: { id: district.id, code: district.code, name: district.name },
      },
      catalog,
      settings: version.settings ?? {},
      own: rows.get(`${assessment.id}:self`) ?? none,
      corrections: rows.get(`${assessment.id}:verified`) ?? none,
      hasVerifiedResult: withVerified.has(assessment.id),
    });
  }
  return out;
}
