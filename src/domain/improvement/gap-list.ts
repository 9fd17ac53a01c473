// Bab V starts from the list of indicators below target: every indicator the stored result scored
// below full marks, or that met its score and still missed its target (a strict target at its
// boundary, docs/scoring-decisions.md rule 30) — with what was realised, the target, and the gap
// between them in the unit they were compared in.
import { CLUSTER_AXIS, type Axis, type Catalog, type Comparator } from '../catalog/types.ts';
import { listIndicators } from '../catalog/walk.ts';
import type { Explanation } from '../scoring/explanation.ts';
import { stripNoise } from '../scoring/rounding.ts';
import { flattenResults, type NodeResult } from '../scoring/tree.ts';

/** The full marks of a leaf on its axis: service indicators score 0–100, Table 5 items 0–10. */
const FULL: Record<Axis, number> = { service: 100, management: 10, quality: 10 };

/**
 * How the shortfall can be said:
 * - `compared`: a realised value against a target by a comparator (a coverage %, a rate, a value,
 *   an on-time share; a count against the absolute target Dinkes set, `inCount`);
 * - `range`: outside the band `min`–`max`;
 * - `yesno`: answered "tidak";
 * - `missing`: nothing entered, scored 0 once the year was submitted;
 * - `rubric`: a management or quality item at a level below 10.
 */
export type GapKind = 'compared' | 'range' | 'yesno' | 'missing' | 'rubric';

export interface IndicatorGap {
  code: string;
  axis: Axis;
  /** The programme (or Table 5 group) the indicator sits in: the cluster's child. */
  programmeCode: string;
  /** The leaf's score as stored (0–100, or 0–10 for a Table 5 item). */
  score: number;
  /** Whether the target was met (false, or null where the leaf has no comparison: missing, rubric). */
  met: boolean | null;
  kind: GapKind;
  /** What was set against the target, in the unit compared; null for `missing` and `yesno`. */
  realised: number | null;
  /** The target in the same unit (the level 10 for a rubric item); null where there is none to show. */
  target: number | null;
  comparator: Comparator | null;
  /** For `range`: the band. */
  min: number | null;
  max: number | null;
  /** True when a coverage was compared as a count against the absolute target TS, not as a %. */
  inCount: boolean;
  /** How far short: positive, in the unit compared (0 at a strict target's boundary); null where it cannot be said. */
  gap: number | null;
  /** The leaf's explanation, for its sentence. */
  explanation: Explanation;
}

/** The scored trees of a stored result (any of them may be missing). */
export interface ScoredTrees {
  service: NodeResult | null;
  management: NodeResult | null;
  quality: NodeResult | null;
}

/**
 * The indicators below target, in catalog order. An indicator the result did not score (not
 * applicable, nothing entered in a draft, no sasaran or target set) is not below target: it is not
 * listed.
 */
export function indicatorGaps(catalog: Catalog, trees: ScoredTrees): IndicatorGap[] {
  const nodes: Record<string, NodeResult> = {};
  for (const tree of [trees.service, trees.management, trees.quality]) if (tree) flattenResults(tree, nodes);
  const gaps: IndicatorGap[] = [];
  for (const { indicator, cluster, path } of listIndicators(catalog)) {
    const node = nodes[indicator.code];
    if (!node || node.score === null) continue;
    const axis = CLUSTER_AXIS[cluster.cluster];
    const e = node.explanation;
    const below = stripNoise(node.score) < FULL[axis] || e.met === false;
    if (!below) continue;
    const programme = path[1] ?? path[0] ?? cluster;
    gaps.push({
      code: indicator.code,
      axis,
      programmeCode: programme.code,
      score: node.score,
      met: e.met ?? null,
      explanation: e,
      ...shortfall(e, axis, node.score),
    });
  }
  return gaps;
}

type Shortfall = Pick<
  IndicatorGap,
  'kind' | 'realised' | 'target' | 'comparator' | 'min' | 'max' | 'inCount' | 'gap'
>;

const none = { realised: null, target: null, comparator: null, min: null, max: null, inCount: false };

function shortfall(e: Explanation, axis: Axis, score: number): Shortfall {
  if (axis !== 'service') {
    return {
      ...none,
      kind: 'rubric',
      realised: score,
      target: FULL[axis],
      gap: difference(FULL[axis] - score),
    };
  }
  if (e.rule === 'missing-scored-zero') return { ...none, kind: 'missing', gap: null };
  if (e.rule === 'yesno') return { ...none, kind: 'yesno', gap: null };
  if (e.rule.startsWith('range-')) {
    const min = num(e.inputs.min);
    const max = num(e.inputs.max);
    const achieved = num(e.inputs.achieved);
    const gap =
      achieved === null || min === null || max === null
        ? null
        : achieved < min
          ? difference(min - achieved)
          : difference(achieved - max);
    return { ...none, kind: 'range', realised: achieved, min, max, gap };
  }
  const c = e.comparison;
  if (!c) return { ...none, kind: 'compared', gap: null };
  const inCount = e.rule.startsWith('coverage-') && num(e.inputs.targetSasaran) !== null;
  return {
    ...none,
    kind: 'compared',
    realised: c.realised,
    target: c.target,
    comparator: c.comparator,
    inCount,
    gap: difference(shortBy(c.comparator, c.realised, c.target)),
  };
}

/** How far `realised` is from meeting `target`, by its comparator (≤ 0 when met or at a strict boundary). */
function shortBy(comparator: Comparator, realised: number, target: number): number {
  switch (comparator) {
    case '>=':
    case '>':
      return target - realised;
    case '<=':
    case '<':
      return realised - target;
    case '=':
      return Math.abs(realised - target);
  }
}

/** A difference without binary noise, never below 0 (a strict target missed at its boundary is 0 short). */
function difference(x: number): number {
  return Math.max(0, stripNoise(x));
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
