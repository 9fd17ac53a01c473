// Rates per N (per 1.000, per 100.000): R = P / S × N, then scored as a value in its direction.
import type { RateMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import {
  defaultComparator,
  excluded,
  fromOutcome,
  missing,
  scoreHigher,
  scoreLower,
  targetCheck,
  type LeafScore,
} from './leaf-score.ts';
import { explain } from '../explanation.ts';

export function scoreRate(m: RateMeasure, settings: ScoringSettings): LeafScore {
  const inputs = {
    per: m.per,
    sasaran: m.sasaran,
    achieved: m.achieved,
    target: m.target,
    direction: m.direction,
  };
  if (m.sasaran === null) return excluded('no-sasaran', inputs);
  if (m.sasaran === 0) {
    return settings.zeroSasaran === 'full'
      ? { score: 100, explanation: explain('zero-sasaran-full', inputs) }
      : excluded('zero-sasaran', inputs);
  }
  if (m.target === null) return excluded('no-target', inputs);
  if (m.achieved === null) return missing(settings, inputs);
  const rate = (m.achieved * m.per) / m.sasaran;
  const outcome =
    m.direction === 'higher' ? scoreHigher(rate, m.target, settings) : scoreLower(rate, m.target, settings);
  const check = targetCheck(rate, m.comparator ?? defaultComparator(m.direction), m.target);
  return fromOutcome(outcome, inputs, { rate }, check);
}
