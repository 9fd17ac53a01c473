// `pkp check`: every stored result of a year set against a fresh scoring of what is stored. Recaps
// and rankings read stored results only, so a stale one would put a Puskesmas in the wrong Kelompok
// until its next save; this finds (and with `repair`, rewrites) every one that disagrees.
import type { Stage } from '../domain/assessment/inputs.ts';
import { AppError } from '../shared/errors.ts';
import type {
  Clock,
  Repositories,
  ResultsReader,
  StoredResult,
  UnitOfWork,
  YearAssessmentRow,
} from './ports.ts';
import { scoreInputs, toStoredResult } from './refresh-result.ts';
import { requiredStages } from './year-results.ts';

/** What is compared: the scores at full precision, the three categories, the overall one, the Kelompok. */
export const CHECKED_FIELDS = [
  'service',
  'management',
  'quality',
  'serviceCategory',
  'managementCategory',
  'qualityCategory',
  'overallCategory',
  'kelompok',
] as const satisfies readonly (keyof StoredResult)[];

export type CheckedField = (typeof CHECKED_FIELDS)[number];

export interface ResultDifference {
  assessmentId: number;
  puskesmas: { code: string; name: string };
  district: { code: string };
  stage: Stage;
  /** `result`: there is no stored result (or one this pkp cannot read) where there should be one. */
  field: CheckedField | 'result';
  stored: number | string | null;
  recomputed: number | string | null;
}

export interface CheckReport {
  year: number;
  /** The district checked, or null for every district. */
  district: string | null;
  /** Stored results compared (a Puskesmas-year has one per stage it reached). */
  checked: number;
  differences: ResultDifference[];
  /** Results rewritten by `repair` (one per Puskesmas-year and stage that differed). */
  repaired: number;
}

/** The fields of `stored` that differ from `fresh` (numbers compared exactly, unrounded). */
export function compareResults(
  stored: StoredResult,
  fresh: StoredResult,
): { field: CheckedField; stored: number | string | null; recomputed: number | string | null }[] {
  return CHECKED_FIELDS.filter((field) => !Object.is(stored[field], fresh[field])).map((field) => ({
    field,
    stored: stored[field],
    recomputed: fresh[field],
  }));
}

/**
 * Checks one Puskesmas-year at one stage under its lock, so that no save lands between reading the
 * stored result and scoring the inputs; with `repair`, stores the fresh result in the same transaction.
 */
async function checkOne(
  repos: Repositories,
  row: YearAssessmentRow,
  stage: Stage,
  options: { repair: boolean; clock: Clock },
): Promise<ResultDifference[]> {
  await repos.lockAssessment(row.assessmentId);
  const year = { districtId: row.districtId, assessmentId: row.assessmentId };
  const stored = await repos.getResult(year, stage);
  const fresh = toStoredResult(
    year,
    stage,
    scoreInputs(await repos.loadScoringInputs(year, stage)),
    options.clock(),
  );
  const where = { assessmentId: row.assessmentId, puskesmas: row.puskesmas, district: row.district, stage };
  const differences: ResultDifference[] = stored
    ? compareResults(stored, fresh).map((d) => ({ ...where, ...d }))
    : [{ ...where, field: 'result', stored: null, recomputed: fresh.overallCategory ?? '–' }];
  if (options.repair && differences.length > 0) await repos.saveResult(fresh);
  return differences;
}

export async function checkResults(
  deps: { repos: ResultsReader; uow: UnitOfWork; clock: Clock },
  input: { year: number; districtCode?: string; repair?: boolean },
): Promise<CheckReport> {
  const { repos, uow, clock } = deps;
  let districtId: number | undefined;
  if (input.districtCode !== undefined) {
    const district = await repos.findDistrict(input.districtCode);
    if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: input.districtCode }, { status: 404 });
    districtId = district.id;
  }
  const repair = input.repair ?? false;
  const report: CheckReport = {
    year: input.year,
    district: input.districtCode ?? null,
    checked: 0,
    differences: [],
    repaired: 0,
  };
  for (const row of await repos.listYearAssessments(input.year, districtId)) {
    // The Puskesmas' own result always exists; the verified one from submission on (year-results.ts),
    // and wherever it was made before the year went back to draft.
    const stages = requiredStages(row.status);
    if (!stages.includes('verified') && (await repos.getResult(row, 'verified'))) stages.push('verified');
    for (const stage of stages) {
      // One transaction each: a repair never waits on, or holds up, the rest of the district.
      const found = await uow((tx) => checkOne(tx, row, stage, { repair, clock }));
      report.checked += 1;
      report.differences.push(...found);
      if (repair && found.length > 0) report.repaired += 1;
    }
  }
  return report;
}
