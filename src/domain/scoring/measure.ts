// What a scoring tree's leaf carries, by kind: the realised values and the target (docs/scoring.md#kinds).
import type { Comparator, NothingToCount, RubricBand, RubricLevel } from '../catalog/types.ts';

export type ValueDirection = 'higher' | 'lower';

/**
 * For a measure whose denominator is counted from the period's monthly entries (catalog `entry:
 * 'ratio'`): what the period scores when that count is 0 — the catalog row's `nothingToCount`.
 * Absent when the denominator is a sasaran set for the year.
 */
export interface CountedDenominator {
  nothingToCount?: NothingToCount;
}

/**
 * The target's comparator as printed ("< 20", "> 80 %"); it decides whether the target is met
 * (`Explanation.met`), never the score. Absent: `>=` where higher is better, `<=` where lower is.
 */
export interface Compared {
  comparator?: Comparator;
}

/**
 * Percentage of a target population reached. `achieved` is the count P; null when not entered. With
 * `nothingToCount` the sasaran is Σ of the monthly denominators: null means nothing entered (missing),
 * 0 a period with nothing to count.
 */
export interface CoverageMeasure extends CountedDenominator, Compared {
  kind: 'coverage';
  /** The target population; null when not yet set for this Puskesmas-year. */
  sasaran: number | null;
  /** Target in percent of the sasaran. */
  target?: number | null;
  /** The absolute target TS set by Dinkes; wins over target % × sasaran. */
  targetSasaran?: number | null;
  achieved: number | null;
}

/** A rate per N (per 1.000, per 100.000): R = achieved / sasaran × per. */
export interface RateMeasure extends Compared {
  kind: 'rate';
  per: number;
  sasaran: number | null;
  achieved: number | null;
  target: number | null;
  direction: ValueDirection;
}

/** A realised value against a target. With `nothingToCount`, `achieved` is Σ numerators / Σ `denominator` × scale. */
export interface ValueMeasure extends CountedDenominator, Compared {
  kind: 'value';
  target: number | null;
  achieved: number | null;
  direction: ValueDirection;
  /** With `nothingToCount`: the period's Σ denominators (null when none entered; 0: nothing to count). */
  denominator?: number | null;
}

export interface RangeMeasure extends CountedDenominator {
  kind: 'range';
  min: number;
  max: number;
  /** Above the band counts as fully met (IKM); otherwise above is scored as lower-is-better. */
  aboveIsBetter?: boolean;
  achieved: number | null;
  /** With `nothingToCount`: the period's Σ denominators (null when none entered; 0: nothing to count). */
  denominator?: number | null;
}

export interface YesNoMeasure {
  kind: 'yesno';
  achieved: boolean | null;
}

/**
 * Share of reports or events on time: onTime out of due, against a target share (default 100 %). With
 * `nothingToCount` the events are counted from the entries: `onTime` null is nothing entered (missing),
 * `due` 0 a period without an event.
 */
export interface OnTimeMeasure extends CountedDenominator, Compared {
  kind: 'ontime';
  target?: number | null;
  onTime: number | null;
  due: number;
}

/** A management or quality item: a level chosen from the rubric, or a percentage banded into one. */
export interface RubricMeasure {
  kind: 'rubric';
  level?: RubricLevel | null;
  percent?: number | null;
  /** The item's own bands; the default bands (< 50, 50, 70, 80) when absent. */
  bands?: readonly RubricBand[];
  /** The figure must rise above last year's (`previous`) to score at all (`Rubric.mustRise`). */
  mustRise?: boolean;
  previous?: number | null;
}

export type LeafMeasure =
  CoverageMeasure | RateMeasure | ValueMeasure | RangeMeasure | YesNoMeasure | OnTimeMeasure | RubricMeasure;

export type MeasureKind = LeafMeasure['kind'];
