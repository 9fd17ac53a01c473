// A realised value against a target, higher or lower is better.
import type { ValueMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import {
  defaultComparator,
  excluded,
  fromOutcome,
  missing,
  nothingToCount,
  scoreHigher,
  scoreLower,
  targetCheck,
  type LeafScore,
} from './leaf-score.ts';

export function scoreValue(m: ValueMeasure, settings: ScoringSettings): LeafScore {
  const inputs = {
    target: m.target,
    achieved: m.achieved,
    direction: m.direction,
    ...(m.nothingToCount === undefined
      ? {}
      : { denominator: m.denominator ?? null, nothingToCount: m.nothingToCount }),
  };
  if (m.target === null) return excluded('no-target', inputs);
  // Σ denominators of 0 (no case, no delivery): there is no R; the catalog row says what that means.
  if (m.nothingToCount !== undefined && m.denominator === 0)
    return nothingToCount(m.nothingToCount, settings, inputs);
  if (m.achieved === null) return missing(settings, inputs);
  const outcome =
    m.direction === 'higher'
      ? scoreHigher(m.achieved, m.target, settings)
      : scoreLower(m.achieved, m.target, settings);
  const check = targetCheck(m.achieved, m.comparator ?? defaultComparator(m.direction), m.target);
  return fromOutcome(outcome, inputs, {}, check);
}
