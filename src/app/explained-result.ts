// The "why" of a stored result: its explanation trees, scored again from the stored rows of its
// stage. A stored result keeps its headline and every node's score, not the explanations (rule 114):
// a cell save then rewrites a few kilobytes instead of the whole explained tree, and the screens and
// reports that show the why (one Puskesmas-year at a time) pay one scoring on read. The rows of a
// stage change only together with its stored result (the same transaction), so both agree; where
// they do not (a catalog or settings change not yet recomputed), `pkp check` names the result.
import type { NodeResult } from '../domain/scoring/tree.ts';
import type { ScoringSettings } from '../domain/scoring/settings.ts';
import type { ScoringInputs, ScoringRepository, StoredResult } from './ports.ts';
import { scoreInputs } from './refresh-result.ts';

export interface ResultTrees {
  service: NodeResult | null;
  management: NodeResult | null;
  quality: NodeResult | null;
  /** The groupings not in force (the ILP clusters beside the decree's tables, or the reverse). */
  views: NodeResult[];
  settings: ScoringSettings;
}

export interface ExplainedResult {
  result: StoredResult;
  trees: ResultTrees;
  /** Every node by id: the catalog's codes, the axis roots and the other groupings' groups. */
  nodes: Record<string, NodeResult>;
}

/** `known`: the result's inputs where the caller has read them already (a screen's own rows), not read again. */
export async function explainResult(
  repos: Pick<ScoringRepository, 'loadScoringInputs'>,
  result: StoredResult,
  known?: ScoringInputs | null,
): Promise<ExplainedResult> {
  const fits = known?.assessment.id === result.assessmentId && known.stage === result.stage;
  const inputs = fits ? known : await repos.loadScoringInputs(result, result.stage);
  const scored = scoreInputs(inputs);
  const { service, management, quality, views, nodes } = scored.result;
  return {
    result,
    trees: {
      service: service?.tree ?? null,
      management: management?.tree ?? null,
      quality: quality?.tree ?? null,
      views,
      settings: scored.settings,
    },
    nodes,
  };
}
