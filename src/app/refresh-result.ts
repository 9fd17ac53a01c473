// Scores a Puskesmas-year at one stage from what is stored and stores the result; callers run it in
// the same transaction as the input change that made it stale. The stored rows of the stage (for
// 'verified': the Puskesmas' rows with Dinkes' corrections laid over them) take the one path to the
// engine that every scoring of a stored year takes (domain/assessment/stage-rows.ts).
import { buildAssessmentTrees } from '../domain/assessment/build-trees.ts';
import type { PuskesmasYear, Stage } from '../domain/assessment/inputs.ts';
import { rescoreRows } from '../domain/assessment/rescore-rows.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { puskesmasYearOf, settingsForStatus } from '../domain/assessment/stage-rows.ts';
import { scoreAssessment, type AssessmentResult } from '../domain/scoring/assessment.ts';
import type { ScoringSettings } from '../domain/scoring/settings.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import { rowsOfStage } from '../domain/verification/overlay.ts';
import { RESULT_DETAIL_VERSION, type ResultDetail } from '../shared/schemas/result-detail.schema.ts';
import type {
  AssessmentRef,
  Clock,
  ResultsReader,
  ScoringInputs,
  ScoringRepository,
  StoredResult,
  YearKey,
} from './ports.ts';
import { yearKeyOf } from './year-key.ts';

export function scoreInputs(inputs: ScoringInputs): { result: AssessmentResult; settings: ScoringSettings } {
  const { assessment, catalog } = inputs;
  const rows = rowsOfStage(inputs.stage, inputs.own, inputs.corrections);
  const py = puskesmasYearOf(assessment.year, assessment.puskesmas.rawatInap, rows);
  const settings = settingsForStatus(inputs.settings, assessment.status);
  return { result: scoreAssessment(buildAssessmentTrees(catalog, py), settings), settings };
}

export function toStoredResult(
  year: YearKey,
  stage: Stage,
  { result, settings }: { result: AssessmentResult; settings: ScoringSettings },
  now: Date,
): StoredResult {
  return {
    districtId: year.districtId,
    assessmentId: year.assessmentId,
    stage,
    service: result.service?.score ?? null,
    management: result.management?.score ?? null,
    quality: result.quality?.score ?? null,
    serviceCategory: result.service?.category ?? null,
    managementCategory: result.management?.category ?? null,
    qualityCategory: result.quality?.category ?? null,
    overallCategory: result.overall?.category ?? null,
    kelompok: result.overall?.kelompok ?? null,
    detail: storedDetail(result, settings),
    computedAt: now,
  };
}

/** Every node's score and each service row's target met: no explanation (rule 114). */
export function storedDetail(result: AssessmentResult, settings: ScoringSettings): ResultDetail {
  const nodes: Record<string, number | null> = {};
  for (const [id, node] of Object.entries(result.nodes)) nodes[id] = node.score;
  const met: Record<string, boolean | null> = {};
  if (result.service) collectMet(result.service.tree, met);
  return { version: RESULT_DETAIL_VERSION, nodes, met, settings };
}

function collectMet(node: NodeResult, into: Record<string, boolean | null>): void {
  if (!node.children) into[node.id] = node.explanation.met ?? null;
  else for (const child of node.children) collectMet(child, into);
}

/** `known`: the stage's inputs as the caller has just read them under the year's lock (not read again). */
export async function refreshResult(
  repo: ScoringRepository,
  year: YearKey,
  stage: Stage,
  clock: Clock = () => new Date(),
  known?: ScoringInputs,
): Promise<StoredResult> {
  const inputs = known ?? (await repo.loadScoringInputs(year, stage));
  const stored = toStoredResult(year, stage, scoreInputs(inputs), clock());
  await repo.saveResult(stored);
  return stored;
}

/**
 * Refreshes the stored results that a change of rows of stage `changed` moves, and returns the
 * Puskesmas' own result (or, for a correction, the verified one). The Puskesmas' rows underlie both
 * stages: a change of them moves its own result and, where Dinkes has one, the verified result (an
 * uncorrected row shows through the corrections). A correction moves the verified result only: the
 * Puskesmas' own never moves for Dinkes' figures.
 */
export async function refreshAfterChange(
  repos: ScoringRepository & Pick<ResultsReader, 'hasResult'>,
  year: YearKey,
  changed: Stage,
  clock: Clock = () => new Date(),
  /** The Puskesmas' own inputs, when the caller has read them after the change, under the lock. */
  ownInputs?: ScoringInputs,
): Promise<StoredResult> {
  if (changed === 'verified') return refreshResult(repos, year, 'verified', clock);
  const own = await refreshResult(repos, year, 'self', clock, ownInputs);
  if (await repos.hasResult(year, 'verified')) await refreshResult(repos, year, 'verified', clock);
  return own;
}

/**
 * After a change of one row's own figures (a cell saved): the Puskesmas' stored result with the rows
 * the change moves (`rowsMovedBy`) scored again from `year.py` and every group above them averaged
 * again, the other rows' stored scores carried over (rule 115, domain/assessment/rescore-rows.ts);
 * the verified result, where there is one, refreshed whole. A year without a stored result that fits
 * (none yet, other settings, another catalog) is scored whole, as `refreshAfterChange` does. Runs in
 * the transaction of the change, under the year's lock, after the change is written.
 */
export async function refreshAfterRowChange(
  repos: ScoringRepository & Pick<ResultsReader, 'hasResult' | 'getResultBesideOthers'>,
  year: {
    assessment: AssessmentRef;
    catalog: Catalog;
    /** As resolved for the year's status. */
    settings: ScoringSettings;
    /** At least the moved rows' inputs, as stored after the change. */
    py: PuskesmasYear;
  },
  moved: ReadonlySet<string>,
  clock: Clock = () => new Date(),
): Promise<StoredResult> {
  const id = yearKeyOf(year.assessment);
  const { result: stored, others: verified } = await repos.getResultBesideOthers(id, 'self');
  const rescored =
    stored && JSON.stringify(stored.detail.settings) === JSON.stringify(year.settings)
      ? rescoreRows(year.catalog, year.py, year.settings, stored.detail, moved)
      : null;
  if (!rescored) return refreshAfterChange(repos, id, 'self', clock);
  const own = toStoredResult(id, 'self', { result: rescored, settings: year.settings }, clock());
  await repos.saveResult(own);
  if (verified) await refreshResult(repos, id, 'verified', clock);
  return own;
}
