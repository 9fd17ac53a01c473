// One Puskesmas-year: the three axes (service %, management 0–10, quality %), their categories,
// the overall category and the Kelompok.
import { categorize, kelompokOf, overallCategory, type Category, type Kelompok } from './classify.ts';
import type { ScoringSettings, ThresholdPair } from './settings.ts';
import { flattenResults, scoreTree, type NodeResult, type ScoreGroup, type ScoreLeaf } from './tree.ts';

export interface AssessmentTrees {
  /** Clusters SPM, UKM Esensial & Perkesmas, UKM Pengembangan, UKP; leaves on 0–100. */
  service?: ScoreGroup;
  /** Management groups A1–A6; rubric leaves on 0–10. */
  management?: ScoreGroup;
  /** Quality groups B1–B3; rubric leaves on 0–10, the axis × 10 as a percentage. */
  quality?: ScoreGroup;
  /**
   * Groups scored for their own figures only (the groupings not in force: the ILP clusters beside
   * the decree's tables, or the tables under the ILP clusters): their nodes join `nodes`, no axis
   * reads them.
   */
  views?: ScoreGroup[];
}

export interface AxisResult {
  /** Full precision: % for service and quality, 0–10 for management. */
  score: number | null;
  category: Category | null;
  /** The threshold pair the category was read against, so the UI can name the rule it applied. */
  thresholds: ThresholdPair;
  tree: NodeResult;
}

export interface AssessmentResult {
  service: AxisResult | null;
  management: AxisResult | null;
  quality: AxisResult | null;
  /** Present only when all three axes are given; its fields are null when an axis is not assessable. */
  overall: { category: Category | null; kelompok: Kelompok | null } | null;
  /** The groups of the groupings not in force (`AssessmentTrees.views`), scored. */
  views: NodeResult[];
  /** Every node by id. */
  nodes: Record<string, NodeResult>;
}

/**
 * `carried`: leaves whose result is already known (a row a save did not change, its stored score
 * carried over: domain/assessment/rescore-rows.ts); they are not scored again, every group is.
 */
export function scoreAssessment(
  trees: AssessmentTrees,
  settings: ScoringSettings,
  carried?: ReadonlyMap<ScoreLeaf, NodeResult>,
): AssessmentResult {
  // A row sits in the axis trees and in every view: scored once, its result shared.
  const leaves = new Map<ScoreLeaf, NodeResult>(carried);
  const axis = (
    tree: ScoreGroup | undefined,
    thresholds: ThresholdPair,
    scale: number,
  ): AxisResult | null => {
    if (!tree) return null;
    const result = scoreTree(tree, settings, leaves);
    const score = result.score === null ? null : result.score * scale;
    return { score, category: categorize(score, thresholds), thresholds, tree: result };
  };
  const service = axis(trees.service, settings.thresholds.service, 1);
  const management = axis(trees.management, settings.thresholds.management, 1);
  const quality = axis(trees.quality, settings.thresholds.quality, 10);

  const nodes: Record<string, NodeResult> = {};
  const views = (trees.views ?? []).map((view) => scoreTree(view, settings, leaves));
  for (const view of views) flattenResults(view, nodes);
  for (const a of [service, management, quality]) if (a) flattenResults(a.tree, nodes);

  let overall: AssessmentResult['overall'] = null;
  if (service && management && quality) {
    const category = overallCategory([service.category, management.category, quality.category]);
    overall = { category, kelompok: kelompokOf(category) };
  }
  return { service, management, quality, overall, views, nodes };
}
