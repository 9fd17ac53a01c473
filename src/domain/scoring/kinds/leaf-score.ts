// The result of scoring one leaf, and the two value rules every ratio kind ends in.
import type { Comparator, NothingToCount } from '../../catalog/types.ts';
import {
  explain,
  type Explanation,
  type ExclusionReason,
  type Rule,
  type TargetComparison,
} from '../explanation.ts';
import { stripNoise } from '../rounding.ts';
import type { ValueDirection } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';

export interface LeafScore {
  /** 0–100 for service leaves (above 100 only when uncapped), 0–10 for rubric leaves; null when excluded. */
  score: number | null;
  explanation: Explanation;
}

export function excluded(reason: ExclusionReason, inputs: Explanation['inputs']): LeafScore {
  return { score: null, explanation: { ...explain('excluded', inputs), excluded: reason } };
}

/** A leaf with no value: excluded until the assessment is submitted, then 0. */
export function missing(settings: ScoringSettings, inputs: Explanation['inputs']): LeafScore {
  return settings.submitted
    ? { score: 0, explanation: explain('missing-scored-zero', inputs) }
    : excluded('missing', inputs);
}

/**
 * A period whose counted denominator is 0 (catalog `nothingToCount`): `'exclude'` has nothing to
 * measure — excluded, or 100 where the district scores a zero sasaran as full; `'missing'` reads the 0
 * as a count not made.
 */
export function nothingToCount(
  policy: NothingToCount,
  settings: ScoringSettings,
  inputs: Explanation['inputs'],
): LeafScore {
  if (policy === 'missing') return missing(settings, inputs);
  return settings.zeroSasaran === 'full'
    ? { score: 100, explanation: explain('nothing-to-count-full', inputs) }
    : excluded('nothing-to-count', inputs);
}

/** What a target means when the catalog names no comparator: at least T, or at most T. */
export function defaultComparator(direction: ValueDirection): Comparator {
  return direction === 'higher' ? '>=' : '<=';
}

/** Whether `realised` meets `target` by `comparator`, compared without binary noise (0.1 + 0.2 = 0.3). */
export function meets(realised: number, comparator: Comparator, target: number): boolean {
  const r = stripNoise(realised);
  const t = stripNoise(target);
  switch (comparator) {
    case '<':
      return r < t;
    case '<=':
      return r <= t;
    case '>':
      return r > t;
    case '>=':
      return r >= t;
    case '=':
      return r === t;
  }
}

/** `met` and its comparison, to spread into an explanation. */
export function targetCheck(
  realised: number,
  comparator: Comparator,
  target: number,
): { met: boolean; comparison: TargetComparison } {
  return { met: meets(realised, comparator, target), comparison: { comparator, target, realised } };
}

export interface RuleOutcome {
  score: number;
  rule: Rule;
  derived: Record<string, number>;
  capped: boolean;
}

/** Higher is better: R / T × 100, clamped at 100 when the district caps; a target of 0 is met by any R ≥ 0. */
export function scoreHigher(realised: number, target: number, settings: ScoringSettings): RuleOutcome {
  if (target === 0) return { score: 100, rule: 'zero-target-higher', derived: {}, capped: false };
  const ratio = (realised * 100) / target;
  const capped = settings.cap && ratio > 100;
  return { score: capped ? 100 : Math.max(0, ratio), rule: 'value-higher', derived: { ratio }, capped };
}

/**
 * Lower is better (the decree's "negative" indicators): met when R ≤ T; missed, PermenPAN-RB's
 * (2 − R/T) × 100 floored at 0, or the ratio T/R × 100 where the district chose it. A target of 0 is
 * all or nothing: there is no ratio to a zero.
 */
export function scoreLower(realised: number, target: number, settings: ScoringSettings): RuleOutcome {
  if (target === 0) {
    return { score: realised === 0 ? 100 : 0, rule: 'zero-target-lower', derived: {}, capped: false };
  }
  const rule = settings.lowerFormula === 'permenpan' ? 'value-lower-permenpan' : 'value-lower-ratio';
  if (realised <= target) return { score: 100, rule, derived: { ratio: realised / target }, capped: false };
  const score =
    settings.lowerFormula === 'permenpan'
      ? Math.max(0, (2 - realised / target) * 100)
      : (target / realised) * 100;
  return { score, rule, derived: { ratio: realised / target }, capped: false };
}

export function fromOutcome(
  outcome: RuleOutcome,
  inputs: Explanation['inputs'],
  derived: Record<string, number> = {},
  check?: Pick<Explanation, 'met' | 'comparison'>,
): LeafScore {
  return {
    score: outcome.score,
    explanation: {
      ...explain(outcome.rule, inputs, { ...derived, ...outcome.derived }, outcome.capped),
      ...check,
    },
  };
}
