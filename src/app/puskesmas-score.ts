// One Puskesmas-year's stored result with every node's explanation: what `pkp score` and the
// dashboard's "why" show.
import type { Stage } from '../domain/assessment/inputs.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import { AppError } from '../shared/errors.ts';
import { explainResult, type ResultTrees } from './explained-result.ts';
import type { AssessmentRef, ResultsReader, ScoringRepository, StoredResult } from './ports.ts';
import { yearKeyOf } from './year-key.ts';

export interface PuskesmasScore {
  assessment: AssessmentRef;
  stage: Stage;
  result: StoredResult;
  trees: ResultTrees;
  /** Every node by id (catalog codes, and the axis roots service / management / quality). */
  nodes: Record<string, NodeResult>;
}

export async function puskesmasScore(
  reader: ResultsReader & Pick<ScoringRepository, 'loadScoringInputs'>,
  puskesmasCode: string,
  year: number,
  stage: Stage = 'self',
): Promise<PuskesmasScore> {
  if (!(await reader.findPuskesmas(puskesmasCode)))
    throw new AppError('PUSKESMAS_NOT_FOUND', { code: puskesmasCode }, { status: 404 });
  const assessment = await reader.findAssessment(puskesmasCode, year);
  if (!assessment)
    throw new AppError('ASSESSMENT_NOT_FOUND', { puskesmas: puskesmasCode, year }, { status: 404 });
  const result = await reader.getResult(yearKeyOf(assessment), stage);
  if (!result) throw new AppError('RESULT_NOT_FOUND', { puskesmas: puskesmasCode, year }, { status: 404 });
  const { trees, nodes } = await explainResult(reader, result);
  return { assessment, stage, result, trees, nodes };
}
