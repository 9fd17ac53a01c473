// `pkp recompute`: every stored result of a year (or of one district-year) scored afresh from what is
// stored, after a catalog or settings change, district by district. A district is one transaction:
// its Puskesmas-years are locked (saves to them wait), read in a few queries, scored — on worker
// threads when a pool is given, the same engine either way — and written back in bulk.
import type { Stage } from '../domain/assessment/inputs.ts';
import { AppError } from '../shared/errors.ts';
import type {
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

/** Scores many Puskesmas-years at once: in this thread (`scoreAll`) or on a pool of workers. */
export type BatchScorer = (inputs: readonly ScoringInputs[], now: Date) => Promise<StoredResult[]>;

export const scoreAll: BatchScorer = async (inputs, now) =>
  inputs.map((input) => toStoredResult(input.assessment.id, input.stage, scoreInputs(input), now));

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
      const years = await tx.loadDistrictScoringRows(district.id, input.year);
      const inputs = years.flatMap((rows) =>
        stagesOf(rows).map((stage): ScoringInputs => {
          const { hasVerifiedResult: _kept, ...common } = rows;
          return { ...common, stage, corrections: stage === 'verified' ? rows.corrections : NO_ROWS };
        }),
      );
      const results = await score(inputs, clock());
      await tx.saveResults(results);
      report.assessments += years.length;
      report.results += results.length;
    });
    report.districts += 1;
    input.onProgress?.(i + 1, districts.length, district);
  }
  return report;
}

const NO_ROWS = { targets: [], monthly: [], rubrics: [] };
