// The scoring tree and its evaluation: each node is the (weighted) mean of the children that apply.
import { explain, type Explanation } from './explanation.ts';
import { excluded } from './kinds/leaf-score.ts';
import type { LeafMeasure } from './measure.ts';
import { scoreLeaf } from './score-leaf.ts';
import type { ScoringSettings } from './settings.ts';

export interface ScoreLeaf {
  id: string;
  name?: string;
  /** Relative weight among its siblings; 1 when absent. */
  weight?: number;
  /** False when the indicator does not apply here; it is then excluded, never scored 0. */
  applicable?: boolean;
  /** Why it does not apply ("Puskesmas non rawat inap"), shown with the exclusion. */
  reason?: string;
  measure: LeafMeasure;
}

export interface ScoreGroup {
  id: string;
  name?: string;
  weight?: number;
  /** False when a whole programme does not apply here: excluded with everything under it. */
  applicable?: boolean;
  reason?: string;
  children: ScoreNode[];
}

export type ScoreNode = ScoreGroup | ScoreLeaf;

export function isGroup(node: ScoreNode): node is ScoreGroup {
  return 'children' in node;
}

export interface NodeResult {
  id: string;
  name?: string;
  /** Full precision; null when the node is excluded. */
  score: number | null;
  explanation: Explanation;
  /** For groups: the children's results, in order. */
  children?: NodeResult[];
}

/**
 * Scores a tree. `leaves` remembers each leaf's result: a row placed in two groupings (the decree's
 * tables and the ILP clusters) is one leaf object in both trees, scored once.
 */
export function scoreTree(
  node: ScoreNode,
  settings: ScoringSettings,
  leaves: Map<ScoreLeaf, NodeResult> = new Map(),
): NodeResult {
  const named = node.name === undefined ? {} : { name: node.name };
  if (!isGroup(node)) {
    const known = leaves.get(node);
    if (known) return known;
    const leaf =
      node.applicable === false
        ? excluded('not-applicable', node.reason === undefined ? {} : { reason: node.reason })
        : scoreLeaf(node.measure, settings);
    const result = { id: node.id, ...named, ...leaf };
    leaves.set(node, result);
    return result;
  }
  const children = node.children.map((child) => scoreTree(child, settings, leaves));
  if (node.applicable === false) {
    return {
      id: node.id,
      ...named,
      ...excluded('not-applicable', node.reason === undefined ? {} : { reason: node.reason }),
      children,
    };
  }
  return { id: node.id, ...named, ...meanOfChildren(node, children), children };
}

/**
 * The mean of the children's scores (never a flat mean over leaves), weights renormalised over the
 * children that apply; a group whose children are all excluded is itself excluded.
 */
function meanOfChildren(group: ScoreGroup, results: NodeResult[]): Pick<NodeResult, 'score' | 'explanation'> {
  let weighted = 0;
  let totalWeight = 0;
  let weightedRule = false;
  const counted: Record<string, number> = {};
  results.forEach((result, i) => {
    const weight = group.children[i]?.weight ?? 1;
    if (weight !== 1) weightedRule = true;
    if (result.score === null || weight === 0) return;
    weighted += weight * result.score;
    totalWeight += weight;
    counted[result.id] = result.score;
  });
  const inputs = {
    counted: Object.keys(counted).length,
    excluded: results.length - Object.keys(counted).length,
  };
  if (totalWeight === 0) {
    return {
      score: null,
      explanation: { ...explain('excluded', inputs), excluded: 'all-children-excluded' },
    };
  }
  return {
    score: weighted / totalWeight,
    explanation: explain(weightedRule ? 'weighted-mean' : 'mean', inputs, { totalWeight }),
  };
}

/** Every node result of a tree, keyed by id (ids are unique within an assessment). */
export function flattenResults(
  result: NodeResult,
  into: Record<string, NodeResult> = {},
): Record<string, NodeResult> {
  into[result.id] = result;
  for (const child of result.children ?? []) flattenResults(child, into);
  return into;
}
