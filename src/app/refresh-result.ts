// Scores a Puskesmas-year from what is stored and stores the result; callers run it in the same
// transaction as the input change that made it stale.
import { buildAssessmentTrees } from '../domain/assessment/build-trees.ts';
import type { Stage } from '../domain/assessment/inputs.ts';
import { scoreAssessment, type AssessmentResult } from '../domain/scoring/assessment.ts';
import { resolveSettings, type ScoringSettings } from '../domain/scoring/settings.ts';
import { RESULT_DETAIL_VERSION } from '../shared/schemas/result-detail.schema.ts';
import type { Clock, ScoringInputs, ScoringRepository, StoredResult } from './ports.ts';

export function scoreInputs(inputs: ScoringInputs): { result: AssessmentResult; settings: ScoringSettings } {
  const { assessment, catalog } = inputs;
  const codes = new Set([...inputs.targets.keys(), ...inputs.monthly.keys(), ...inputs.rubrics.keys()]);
  const perIndicator = new Map(
    [...codes].map((code) => {
      const target = inputs.targets.get(code);
      const months = inputs.monthly.get(code);
      const rubric = inputs.rubrics.get(code);
      return [
        code,
        { ...(target && { target }), ...(months && { months }), ...(rubric && { rubric }) },
      ] as const;
    }),
  );
  const trees = buildAssessmentTrees(catalog, {
    year: assessment.year,
    rawatInap: assessment.puskesmas.rawatInap,
    inputs: perIndicator,
  });
  // Once the Puskesmas has submitted, what is still missing counts as 0 (docs/scoring.md#missing).
  const submitted = assessment.status !== 'draft';
  const settings = resolveSettings({ ...inputs.settings, submitted });
  return { result: scoreAssessment(trees, settings), settings };
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
    detail: {
      version: RESULT_DETAIL_VERSION,
      service: result.service?.tree ?? null,
      management: result.management?.tree ?? null,
      quality: result.quality?.tree ?? null,
      settings,
    },
    computedAt: now,
  };
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
