// Why a number is what it is: the rule applied, its inputs, what was derived, and any clamp or exclusion.
import type { Comparator } from '../catalog/types.ts';

export type Rule =
  | 'coverage-target'
  | 'coverage-sasaran'
  | 'rate'
  | 'value-higher'
  | 'value-lower-permenpan'
  | 'value-lower-ratio'
  | 'zero-target-lower'
  | 'zero-target-higher'
  | 'range-inside'
  | 'range-below'
  | 'range-above-better'
  | 'range-above'
  | 'yesno'
  | 'ontime'
  | 'rubric-level'
  | 'rubric-band'
  | 'rubric-rise'
  | 'zero-sasaran-full'
  | 'nothing-to-count-full'
  | 'missing-scored-zero'
  | 'excluded'
  | 'mean'
  | 'weighted-mean'
  /**
   * A row a save did not change: its stored score (and whether it met its target) carried into the
   * rescoring of the groups above it. Never shown: a result's "why" is scored afresh when read.
   */
  | 'carried-over';

export type ExclusionReason =
  /** The indicator does not apply here (no beds, service not chosen): never scored as 0. */
  | 'not-applicable'
  /** No value entered yet and the assessment is not submitted. */
  | 'missing'
  /** A coverage or rate leaf whose sasaran is 0 has nothing to measure. */
  | 'zero-sasaran'
  /**
   * Values were entered, but the period's Σ denominators is 0 (no case, death, delivery, outbreak)
   * and the catalog row reads that as nothing to measure (`nothingToCount: 'exclude'`).
   */
  | 'nothing-to-count'
  /** No sasaran is set for this Puskesmas-year. */
  | 'no-sasaran'
  /** An on-time leaf with nothing due. */
  | 'nothing-due'
  /** No target is set for this indicator. */
  | 'no-target'
  /** Every child of a group is excluded. */
  | 'all-children-excluded';

export type ExplanationValue = number | boolean | string | null;

/** The comparison behind `Explanation.met`, in the unit compared. */
export interface TargetComparison {
  comparator: Comparator;
  /** The target: T (a coverage's T %, a rate per N, an on-time share %), or an absolute TS. */
  target: number;
  /** What was set against it: R, the coverage %, the rate, the on-time share %, or the count P against a TS. */
  realised: number;
}

export interface Explanation {
  rule: Rule;
  /** The inputs as given (sasaran, target, achieved, level…). */
  inputs: Record<string, ExplanationValue>;
  /** Values computed on the way (TS = T% × S, R = P/S × N, the ratio before clamping). */
  derived: Record<string, number>;
  /** True when a higher-is-better ratio above 100 was clamped to 100. */
  capped: boolean;
  excluded?: ExclusionReason;
  /**
   * Whether the target is met, by its comparator: `<` iff R < T, `<=` iff R ≤ T, `>` iff R > T, `>=`
   * iff R ≥ T, `=` iff R = T; a range inside its band (or above it where above is better); ya/tidak
   * when ya. Present only when a realised value was set against a target (not when excluded, missing
   * or a rubric). A strict target is not met at its boundary, although the score formula may give 100
   * there (docs/scoring-decisions.md rule 30).
   */
  met?: boolean;
  /** The comparison that decided `met`; absent for a range and ya/tidak. */
  comparison?: TargetComparison;
}

export function explain(
  rule: Rule,
  inputs: Explanation['inputs'],
  derived: Explanation['derived'] = {},
  capped = false,
): Explanation {
  return { rule, inputs, derived, capped };
}
