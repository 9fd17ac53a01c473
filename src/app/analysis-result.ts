// The result Bab V and Dinkes' feedback read a Puskesmas-year by: the verified one once the year has
// been submitted and Dinkes has one (the figures the year is judged by, corrections included), else
// the Puskesmas' own. A year sent back to draft is read by its own figures again: the team is
// revising them.
import { explainResult } from './explained-result.ts';
import type { Stage } from '../domain/assessment/inputs.ts';
import { isSubmitted } from '../domain/assessment/status.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { indicatorGaps, type IndicatorGap } from '../domain/improvement/gap-list.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import type { AssessmentRef, ResultsReader, ScoringRepository, StoredResult } from './ports.ts';
import { yearKeyOf } from './year-key.ts';

/** Reads a stored result and scores its explanation again (explained-result.ts). */
export type ResultExplainer = Pick<ResultsReader, 'getResult'> & Pick<ScoringRepository, 'loadScoringInputs'>;

export interface AnalysedResult {
  stage: Stage;
  /** Undefined before the year has a stored result. */
  stored: StoredResult | undefined;
  /** Every scored node by code. */
  nodes: Record<string, NodeResult>;
  /** The indicators below target, in catalog order. */
  gaps: IndicatorGap[];
}

export async function analysedResult(
  repos: ResultExplainer,
  assessment: AssessmentRef | null,
  catalog: Catalog,
): Promise<AnalysedResult> {
  const verified =
    assessment && isSubmitted(assessment.status)
      ? await repos.getResult(yearKeyOf(assessment), 'verified')
      : undefined;
  const stored = verified ?? (assessment ? await repos.getResult(yearKeyOf(assessment), 'self') : undefined);
  const explained = stored && (await explainResult(repos, stored));
  const trees = explained?.trees ?? { service: null, management: null, quality: null };
  const nodes = explained?.nodes ?? {};
  return { stage: verified ? 'verified' : 'self', stored, nodes, gaps: indicatorGaps(catalog, trees) };
}

/** The catalog's indicators by code, with the programme each sits in (the cluster's child). */
export function indicatorPlaces(catalog: Catalog) {
  return new Map(
    listIndicators(catalog).map(({ indicator, cluster, path }) => {
      const programme = path[1] ?? path[0] ?? cluster;
      return [indicator.code, { indicator, cluster, programme }] as const;
    }),
  );
}
