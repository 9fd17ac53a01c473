// Scores a Puskesmas-year at one stage from what is stored and stores the result; callers run it in
// the same transaction as the input change that made it stale. The stored rows of the stage (for
// 'verified': the Puskesmas' rows with Dinkes' corrections laid over them) take the one path to the
// engine that every scoring of a stored year takes (domain/assessment/stage-rows.ts).
import { buildAssessmentTrees } from '../domain/assessment/build-trees.ts';
import type { Stage } from '../domain/assessment/inputs.ts';
import { puskesmasYearOf, settingsForStatus } from '../domain/assessment/stage-rows.ts';
import { scoreAssessment, type AssessmentResult } from '../domain/scoring/assessment.ts';
import type { ScoringSettings } from '../domain/scoring/settings.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import { rowsOfStage } from '../domain/verification/overlay.ts';
import { RESULT_DETAIL_VERSION, type ResultDetail } from '../shared/schemas/result-detail.schema.ts';
import type { Clock, ResultsReader, ScoringInputs, ScoringRepository, StoredResult } from './ports.ts';

export function scoreInputs(inputs: ScoringInputs): { result: AssessmentResult; settings: ScoringSettings } {
  const { assessment, catalog } = inputs;
  const rows = rowsOfStage(inputs.stage, inputs.own, inputs.corrections);
  const py = puskesmasYearOf(assessment.year, assessment.puskesmas.rawatInap, rows);
  const settings = settingsForStatus(inputs.settings, assessment.status);
  return { result: scoreAssessment(buildAssessmentTrees(catalog, py), settings), settings };
}

export function toStoredResult(
  assessmentId: number,
  stage: Stage,
  { result, settings }: { result: AssessmentResult; settings: ScoringSettings },
  now: Date,
): StoredResult {
  return {
    assessmentId,
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

export async function refreshResult(
  repo: ScoringRepository,
  assessmentId: number,
  stage: Stage,
  clock: Clock = () => new Date(),
): Promise<StoredResult> {
  const inputs = await repo.loadScoringInputs(assessmentId, stage);
  const stored = toStoredResult(assessmentId, stage, scoreInputs(inputs), clock());
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
  repos: ScoringRepository & Pick<ResultsReader, 'getResult'>,
  assessmentId: number,
  changed: Stage,
  clock: Clock = () => new Date(),
): Promise<StoredResult> {
  if (changed === 'verified') return refreshResult(repos, assessmentId, 'verified', clock);
  const own = await refreshResult(repos, assessmentId, 'self', clock);
  if (await repos.getResult(assessmentId, 'verified'))
    await refreshResult(repos, assessmentId, 'verified', clock);
  return own;
}
