// Achievement to date against the pro-rated target, and its colour: what the monthly entry screen
// shows beside every indicator while the year runs (docs/scoring.md#to-date, docs/scoring-decisions.md).
import type { CatalogIndicator, Catalog } from '../catalog/types.ts';
import { listIndicators } from '../catalog/walk.ts';
import { monthNumber, type Month } from '../periods/months.ts';
import { scoreAssessment, type AssessmentResult, type AssessmentTrees } from '../scoring/assessment.ts';
import { categorize, type Category } from '../scoring/classify.ts';
import type { Explanation } from '../scoring/explanation.ts';
import type { LeafMeasure } from '../scoring/measure.ts';
import type { ScoringSettings, ThresholdPair } from '../scoring/settings.ts';
import { isGroup, scoreTree, type NodeResult, type ScoreGroup, type ScoreNode } from '../scoring/tree.ts';
import { buildAssessmentTrees, buildLeaf } from './build-trees.ts';
import type { PuskesmasYear } from './inputs.ts';

export type ProgressColor = 'merah' | 'kuning' | 'hijau';

const COLOR: Record<Category, ProgressColor> = { Baik: 'hijau', Cukup: 'kuning', Kurang: 'merah' };

/**
 * The colour of a score read against the district's service thresholds: hijau from "Baik", kuning
 * from "Cukup", merah below, compared on the 2-decimal rounded score as categories are. Null for an
 * indicator that is not scored (not applicable, nothing entered yet). Hijau also says the target is
 * met: an indicator whose target is missed (`met` false) is at most kuning, even when its score
 * reaches Baik — stunting at exactly 20 against "< 20" scores 100, and is kuning
 * (docs/scoring-decisions.md rule 30).
 */
export function colorOf(
  score: number | null,
  thresholds: ThresholdPair,
  met?: boolean,
): ProgressColor | null {
  const category = categorize(score, thresholds);
  if (category === null) return null;
  return met === false && category === 'Baik' ? 'kuning' : COLOR[category];
}

/**
 * Whether an indicator's realised value accumulates month by month, so that by month m only m/12 of
 * the annual target can be expected: counts (people served, cases) and amounts (activities). A ratio
 * (Σ numerators / Σ denominators), a level or stock (the latest month), a yes/no answer and an
 * on-time share — a weekly report's weeks on time too, against the weeks due so far — are already
 * comparable with the annual target in any month: they are not pro-rated.
 */
export function isCumulative(indicator: CatalogIndicator): boolean {
  return (indicator.entry === 'count' && indicator.cadence !== 'weekly') || indicator.entry === 'amount';
}

/** The share of the annual target expected after `monthsElapsed` months: m/12, or 1 when not cumulative. */
export function proRateFactor(indicator: CatalogIndicator, monthsElapsed: number): number {
  return isCumulative(indicator) ? monthsElapsed / 12 : 1;
}

/** Multiplies by m/12 without binary noise where the result is exact (100 × 3 / 12 = 25). */
function scale(x: number, months: number): number {
  return (x * months) / 12;
}

/**
 * The measure of an indicator to date, its target pro-rated to `monthsElapsed` months. For coverage
 * and rates the target sits on the sasaran (TS = T% × S, R = P / S × N), so the sasaran is what is
 * pro-rated: P against T% × S × m/12 is the same comparison as P against the target × m/12.
 */
export function proRateMeasure(
  indicator: CatalogIndicator,
  measure: LeafMeasure,
  monthsElapsed: number,
): LeafMeasure {
  if (!isCumulative(indicator) || monthsElapsed === 12) return measure;
  const m = monthsElapsed;
  switch (measure.kind) {
    case 'coverage':
      return {
        ...measure,
        sasaran: measure.sasaran === null ? null : scale(measure.sasaran, m),
        ...(measure.targetSasaran != null ? { targetSasaran: scale(measure.targetSasaran, m) } : {}),
      };
    case 'rate':
      return { ...measure, sasaran: measure.sasaran === null ? null : scale(measure.sasaran, m) };
    case 'value':
      return { ...measure, target: measure.target === null ? null : scale(measure.target, m) };
    case 'range':
      return { ...measure, min: scale(measure.min, m), max: scale(measure.max, m) };
    default:
      return measure;
  }
}

/** One indicator's standing to date. */
export interface IndicatorProgress {
  /** The last month counted (months 1..m of the year). */
  through: Month;
  monthsElapsed: number;
  /** The share of the annual target expected by now: m/12 for counts and amounts, else 1. */
  factor: number;
  /**
   * The realised value to date in the unit of the target: a coverage or on-time share in %, a rate
   * per N, a value in its own unit, ya/tidak as a boolean; null while nothing is entered.
   */
  achievedToDate: number | boolean | null;
  /** The target × factor in the same unit; null where there is none (no target or sasaran, yes/no). */
  proRatedTarget: number | null;
  /** The engine's score of the pro-rated measure (full precision); null when not scored. */
  score: number | null;
  color: ProgressColor | null;
  explanation: Explanation;
}

/** A Puskesmas-year with only the months 1..m of every indicator. */
export function monthsThrough(py: PuskesmasYear, through: Month): PuskesmasYear {
  const inputs = new Map(
    [...py.inputs].map(([code, input]) => [
      code,
      input.months ? { ...input, months: input.months.filter((e) => e.month <= through) } : input,
    ]),
  );
  return { ...py, inputs };
}

/** The scoring trees to date: months 1..m, every cumulative target pro-rated to m/12. */
export function progressTrees(catalog: Catalog, py: PuskesmasYear, through: Month): AssessmentTrees {
  const m = monthNumber(through);
  return proRateTrees(catalog, buildAssessmentTrees(catalog, monthsThrough(py, through), m), m);
}

function proRateTrees(catalog: Catalog, trees: AssessmentTrees, m: number): AssessmentTrees {
  const byCode = new Map(listIndicators(catalog).map((p) => [p.indicator.code, p.indicator]));
  // A leaf shared by the axis trees and the views stays one object, so that it is scored once.
  const proRated = new Map<ScoreNode, ScoreNode>();
  const visit = (node: ScoreNode): ScoreNode => {
    if (isGroup(node)) return { ...node, children: node.children.map(visit) };
    let out = proRated.get(node);
    if (!out) {
      const indicator = byCode.get(node.id);
      out = indicator ? { ...node, measure: proRateMeasure(indicator, node.measure, m) } : node;
      proRated.set(node, out);
    }
    return out;
  };
  const out: AssessmentTrees = {};
  for (const axis of ['service', 'management', 'quality'] as const) {
    const tree = trees[axis];
    if (tree) out[axis] = visit(tree) as typeof tree;
  }
  if (trees.views) out.views = trees.views.map((view) => visit(view) as ScoreGroup);
  return out;
}

/**
 * The realised value and the pro-rated target in the target's unit. `raw` is the measure to date
 * before pro-rating (the annual sasaran), `expected` scales an annual target to date.
 */
function displayFigures(
  raw: LeafMeasure,
  expected: (annual: number) => number,
  settings: ScoringSettings,
): Pick<IndicatorProgress, 'achievedToDate' | 'proRatedTarget'> {
  const share = (part: number | null, whole: number | null) =>
    part === null || whole === null || whole === 0 ? null : (part * 100) / whole;
  switch (raw.kind) {
    case 'coverage': {
      // Shares of the annual sasaran: 22 % of the year's infants by March, against 25 % expected.
      const annualTarget =
        settings.convention === 'coverage'
          ? 100
          : raw.targetSasaran != null
            ? share(raw.targetSasaran, raw.sasaran)
            : (raw.target ?? null);
      return {
        achievedToDate: share(raw.achieved, raw.sasaran),
        proRatedTarget: annualTarget === null ? null : expected(annualTarget),
      };
    }
    case 'rate': {
      const rate =
        raw.sasaran === null || raw.sasaran === 0 || raw.achieved === null
          ? null
          : (raw.achieved * raw.per) / raw.sasaran;
      return { achievedToDate: rate, proRatedTarget: raw.target === null ? null : expected(raw.target) };
    }
    case 'value':
      return {
        achievedToDate: raw.achieved,
        proRatedTarget: raw.target === null ? null : expected(raw.target),
      };
    case 'range':
    case 'yesno':
      // A band has two ends and ya/tidak no number: the explanation carries what there is.
      return { achievedToDate: raw.achieved, proRatedTarget: null };
    case 'ontime':
      return { achievedToDate: share(raw.onTime, raw.due), proRatedTarget: raw.target ?? 100 };
    case 'rubric':
      return { achievedToDate: raw.level ?? raw.percent ?? null, proRatedTarget: null };
  }
}

export interface YearProgress {
  through: Month;
  /** The whole assessment scored to date (service, management, quality, every node). */
  result: AssessmentResult;
  /** Per indicator code (every indicator of the catalog). */
  indicators: Map<string, IndicatorProgress>;
}

/**
 * Scores a Puskesmas-year through month m against pro-rated targets, and gives every indicator its
 * progress and colour. Through December this is exactly the year's result.
 */
export function yearProgress(
  catalog: Catalog,
  py: PuskesmasYear,
  through: Month,
  settings: ScoringSettings,
): YearProgress {
  const m = monthNumber(through);
  const rawTrees = buildAssessmentTrees(catalog, monthsThrough(py, through), m);
  const trees = proRateTrees(catalog, rawTrees, m);
  const result = scoreAssessment(trees, settings);
  const raw = leafMeasures(rawTrees);
  const indicators = new Map<string, IndicatorProgress>();
  for (const { indicator } of listIndicators(catalog)) {
    const node = result.nodes[indicator.code];
    const measure = raw.get(indicator.code);
    if (!node || !measure) continue;
    indicators.set(indicator.code, progressOf(indicator, measure, node, through, settings));
  }
  return { through, result, indicators };
}

/**
 * One indicator's progress, as `yearProgress` gives it, from its own leaf alone (a leaf's score does
 * not depend on the rest of the tree): what a save of one cell answers, without scoring the year.
 */
export function indicatorProgress(
  catalog: Catalog,
  py: PuskesmasYear,
  through: Month,
  settings: ScoringSettings,
  code: string,
): IndicatorProgress | undefined {
  const indicator = listIndicators(catalog).find((p) => p.indicator.code === code)?.indicator;
  if (!indicator) return undefined;
  const m = monthNumber(through);
  const raw = buildLeaf(indicator, monthsThrough(py, through), m);
  const leaf = { ...raw, measure: proRateMeasure(indicator, raw.measure, m) };
  return progressOf(indicator, raw.measure, scoreTree(leaf, settings), through, settings);
}

function progressOf(
  indicator: CatalogIndicator,
  measure: LeafMeasure,
  node: NodeResult,
  through: Month,
  settings: ScoringSettings,
): IndicatorProgress {
  const m = monthNumber(through);
  const cumulative = isCumulative(indicator);
  return {
    through,
    monthsElapsed: m,
    factor: proRateFactor(indicator, m),
    ...displayFigures(measure, (annual) => (cumulative ? scale(annual, m) : annual), settings),
    score: node.score,
    // Table 5 items score 0–10 and have their own screen: a service colour would mislead there.
    color:
      indicator.kind === 'rubric'
        ? null
        : colorOf(node.score, settings.thresholds.service, node.explanation.met),
    explanation: node.explanation,
  };
}

function leafMeasures(trees: AssessmentTrees): Map<string, LeafMeasure> {
  const out = new Map<string, LeafMeasure>();
  const visit = (node: ScoreNode): void => {
    if (isGroup(node)) node.children.forEach(visit);
    else out.set(node.id, node.measure);
  };
  for (const tree of [trees.service, trees.management, trees.quality]) if (tree) visit(tree);
  return out;
}
