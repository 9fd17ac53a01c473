// A realised value against a target, higher or lower is better.
import type { ValueMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { excluded, fromOutcome, missing, scoreHigher, scoreLower, type LeafScore } from './leaf-score.ts';

export function scoreValue(m: ValueMeasure, settings: ScoringSettings): LeafScore {
  const inputs = { target: m.target, achieved: m.achieved, direction: m.direction };
  if (m.target === null) return excluded('no-target', inputs);
  if (m.achieved === null) return missing(settings, inputs);
  const outcome =
    m.direction === 'higher'
      ? scoreHigher(m.achieved, m.target, settings)
      : scoreLower(m.achieved, m.target, settings);
  return fromOutcome(outcome, inputs);
}
