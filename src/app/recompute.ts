// `pkp recompute`: every stored result of a year (or of one district-year) scored afresh from what is
// stored, after a catalog or settings change, district by district. A district is one transaction:
// its Puskesmas-years are locked (saves to them wait), read in a few queries, scored — on worker
// threads when a pool is given, the same engine either way — and written back in bulk.
import type { Stage } from '../domain/assessment/inputs.ts';
import { AppError } from '../shared/errors.ts';
import type {
  BulkScoringRepository,
  Clock,
  OrgUnitRef,
  ResultsReader,
  ScoringInputs,
  StoredResult,
  UnitOfWork,
  YearScoringRows,
} from './ports.ts';
import { scoreInputs, toStoredResult } from './refresh-result.ts';
import { requiredStages } from './year-results.ts';
import { yearKeyOf } from './year-key.ts';

/** Scores many Puskesmas-years at once: in this thread (`scoreAll`) or on a pool of workers. */
export type BatchScorer = (inputs: readonly ScoringInputs[], now: Date) => Promise<StoredResult[]>;

export const scoreAll: BatchScorer = async (inputs, now) =>
  inputs.map((input) => toStoredResult(yearKeyOf(input.assessment), input.stage, scoreInputs(input), now));

export interface RecomputeReport {
  year: number;
  districts: number;
  /** Puskesmas-years scored. */
  assessments: number;
  /** Results written (one per Puskesmas-year and stage it has). */
  results: number;
}

export type RecomputeProgress = (done: number, total: number, district: OrgUnitRef) => void;

/** The stages a Puskesmas-year is scored at: those its status requires, and a verified result made earlier. */
export function stagesOf(rows: YearScoringRows): Stage[] {
  const stages = requiredStages(rows.assessment.status);
  if (!stages.includes('verified') && rows.hasVerifiedResult) stages.push('verified');
  return stages;
}

export async function recomputeResults(
  deps: { repos: ResultsReader; uow: UnitOfWork; clock: Clock; score?: BatchScorer },
  input: { year: number; districtCode?: string; onProgress?: RecomputeProgress },
): Promise<RecomputeReport> {
  const { repos, uow, clock } = deps;
  const score = deps.score ?? scoreAll;
  const districts: OrgUnitRef[] = [];
  if (input.districtCode !== undefined) {
    const district = await repos.findDistrict(input.districtCode);
    if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: input.districtCode }, { status: 404 });
    districts.push(district);
  } else {
    const codes = [...new Set((await repos.listYearAssessments(input.year)).map((r) => r.district.code))];
    for (const code of codes) districts.push((await repos.findDistrict(code))!);
  }
  const report: RecomputeReport = { year: input.year, districts: 0, assessments: 0, results: 0 };
  for (const [i, district] of districts.entries()) {
    await uow(async (tx) => {
      const scored = await rescoreDistrictYear(tx, district.id, input.year, score, clock());
      report.assessments += scored.assessments;
      report.results += scored.results;
    });
    report.districts += 1;
    input.onProgress?.(i + 1, districts.length, district);
  }
  return report;
}

/**
 * Every result of a district-year scored afresh from what is stored and written back in bulk: the
 * step of a recompute for one district, and how a freshly loaded demo district gets its results.
 * Runs in the caller's transaction; takes the years' locks.
 */
export async function rescoreDistrictYear(
  tx: BulkScoringRepository,
  districtId: number,
  year: number,
  score: BatchScorer = scoreAll,
  now: Date = new Date(),
): Promise<{ assessments: number; results: number }> {
  const years = await tx.loadDistrictScoringRows(districtId, year);
  const inputs = years.flatMap((rows) =>
    stagesOf(rows).map((stage): ScoringInputs => {
      const { hasVerifiedResult: _kept, ...common } = rows;
      return { ...common, stage, corrections: stage === 'verified' ? rows.corrections : NO_ROWS };
    }),
  );
  const results = await score(inputs, now);
  await tx.saveResults(results);
  return { assessments: years.length, results: results.length };
}

const NO_ROWS = { targets: [], monthly: [], rubrics: [] };
