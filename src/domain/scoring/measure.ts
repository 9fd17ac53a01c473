// What a leaf of the scoring tree carries, by kind: the realised values and the target (domain.md §4).
import type { RubricBand, RubricLevel } from '../catalog/types.ts';

export type ValueDirection = 'higher' | 'lower';

/** Percentage of a target population reached. `achieved` is the count P; null when not entered. */
export interface CoverageMeasure {
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
export interface RateMeasure {
  kind: 'rate';
  per: number;
  sasaran: number | null;
  achieved: number | null;
  target: number | null;
  direction: ValueDirection;
}

export interface ValueMeasure {
  kind: 'value';
  target: number | null;
  achieved: number | null;
  direction: ValueDirection;
}

export interface RangeMeasure {
  kind: 'range';
  min: number;
  max: number;
  /** Above the band counts as fully met (IKM); otherwise above is scored as lower-is-better. */
  aboveIsBetter?: boolean;
  achieved: number | null;
}

export interface YesNoMeasure {
  kind: 'yesno';
  achieved: boolean | null;
}

/** Share of reports or events on time: onTime out of due, against a target share (default 100 %). */
export interface OnTimeMeasure {
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
}

export type LeafMeasure =
  CoverageMeasure | RateMeasure | ValueMeasure | RangeMeasure | YesNoMeasure | OnTimeMeasure | RubricMeasure;

export type MeasureKind = LeafMeasure['kind'];
