// A band [min, max]: inside is met; below is scored against min; above is met or scored against max.
import type { RangeMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { explain } from '../explanation.ts';
import { missing, scoreHigher, scoreLower, type LeafScore } from './leaf-score.ts';

export function scoreRange(m: RangeMeasure, settings: ScoringSettings): LeafScore {
  const aboveIsBetter = m.aboveIsBetter ?? false;
  const inputs = { min: m.min, max: m.max, aboveIsBetter, achieved: m.achieved };
  if (m.achieved === null) return missing(settings, inputs);
  const r = m.achieved;
  if (r >= m.min && r <= m.max) return { score: 100, explanation: explain('range-inside', inputs) };
  if (r < m.min) {
    const below = scoreHigher(r, m.min, settings);
    return { score: below.score, explanation: explain('range-below', inputs, below.derived, below.capped) };
  }
  if (aboveIsBetter) return { score: 100, explanation: explain('range-above-better', inputs) };
  const above = scoreLower(r, m.max, settings);
  return { score: above.score, explanation: explain('range-above', inputs, above.derived) };
}
