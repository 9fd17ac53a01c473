// A band [min, max]: inside is met; below is scored against min; above is met or scored against max.
import type { RangeMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { explain } from '../explanation.ts';
import { missing, nothingToCount, scoreHigher, scoreLower, type LeafScore } from './leaf-score.ts';

export function scoreRange(m: RangeMeasure, settings: ScoringSettings): LeafScore {
  const aboveIsBetter = m.aboveIsBetter ?? false;
  const inputs = {
    min: m.min,
    max: m.max,
    aboveIsBetter,
    achieved: m.achieved,
    ...(m.nothingToCount === undefined
      ? {}
      : { denominator: m.denominator ?? null, nothingToCount: m.nothingToCount }),
  };
  if (m.nothingToCount !== undefined && m.denominator === 0)
    return nothingToCount(m.nothingToCount, settings, inputs);
  if (m.achieved === null) return missing(settings, inputs);
  const r = m.achieved;
  // The band's ends belong to it: inside is met; outside is met only above, where above is better.
  if (r >= m.min && r <= m.max)
    return { score: 100, explanation: { ...explain('range-inside', inputs), met: true } };
  if (r < m.min) {
    const below = scoreHigher(r, m.min, settings);
    return {
      score: below.score,
      explanation: { ...explain('range-below', inputs, below.derived, below.capped), met: false },
    };
  }
  if (aboveIsBetter)
    return { score: 100, explanation: { ...explain('range-above-better', inputs), met: true } };
  const above = scoreLower(r, m.max, settings);
  return {
    score: above.score,
    explanation: { ...explain('range-above', inputs, above.derived), met: false },
  };
}
