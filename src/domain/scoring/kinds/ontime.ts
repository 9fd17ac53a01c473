// Timeliness: the share of reports or events on time, then scored as a higher-is-better % of its target.
import { explain } from '../explanation.ts';
import type { OnTimeMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { excluded, missing, nothingToCount, scoreHigher, targetCheck, type LeafScore } from './leaf-score.ts';

export function scoreOnTime(m: OnTimeMeasure, settings: ScoringSettings): LeafScore {
  const target = m.target ?? 100;
  const inputs = {
    target,
    onTime: m.onTime,
    due: m.due,
    ...(m.nothingToCount === undefined ? {} : { nothingToCount: m.nothingToCount }),
  };
  if (m.nothingToCount !== undefined) {
    // Events counted from the entries (outbreaks): none entered is missing; entered, and no event in
    // the period, is what the catalog row says.
    if (m.onTime === null) return missing(settings, inputs);
    if (m.due === 0) return nothingToCount(m.nothingToCount, settings, inputs);
  }
  if (m.due === 0) return excluded('nothing-due', inputs);
  if (m.onTime === null) return missing(settings, inputs);
  const share = (m.onTime * 100) / m.due;
  const outcome = scoreHigher(share, target, settings);
  return {
    score: outcome.score,
    explanation: {
      ...explain('ontime', inputs, { share, ...outcome.derived }, outcome.capped),
      ...targetCheck(share, m.comparator ?? '>=', target),
    },
  };
}
