// Why a number is what it is: the rule applied, its inputs, what was derived, and any clamp or exclusion.

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
  | 'zero-sasaran-full'
  | 'missing-scored-zero'
  | 'excluded'
  | 'mean'
  | 'weighted-mean';

export type ExclusionReason =
  /** The indicator does not apply here (no beds, service not chosen): never scored as 0. */
  | 'not-applicable'
  /** No value entered yet and the assessment is not submitted. */
  | 'missing'
  /** A coverage or rate leaf whose sasaran is 0 has nothing to measure. */
  | 'zero-sasaran'
  /** No sasaran is set for this Puskesmas-year. */
  | 'no-sasaran'
  /** An on-time leaf with nothing due. */
  | 'nothing-due'
  /** No target is set for this indicator. */
  | 'no-target'
  /** Every child of a group is excluded. */
  | 'all-children-excluded';

export type ExplanationValue = number | boolean | string | null;

export interface Explanation {
  rule: Rule;
  /** The inputs as given (sasaran, target, achieved, level…). */
  inputs: Record<string, ExplanationValue>;
  /** Values computed on the way (TS = T% × S, R = P/S × N, the ratio before clamping). */
  derived: Record<string, number>;
  /** True when a higher-is-better ratio above 100 was clamped to 100. */
  capped: boolean;
  excluded?: ExclusionReason;
}

export function explain(
  rule: Rule,
  inputs: Explanation['inputs'],
  derived: Explanation['derived'] = {},
  capped = false,
): Explanation {
  return { rule, inputs, derived, capped };
}
