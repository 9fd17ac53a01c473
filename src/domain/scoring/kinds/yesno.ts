// Ya/tidak, ada/tidak: all or nothing.
import { explain } from '../explanation.ts';
import type { YesNoMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { missing, type LeafScore } from './leaf-score.ts';

export function scoreYesNo(m: YesNoMeasure, settings: ScoringSettings): LeafScore {
  const inputs = { achieved: m.achieved };
  if (m.achieved === null) return missing(settings, inputs);
  return { score: m.achieved ? 100 : 0, explanation: { ...explain('yesno', inputs), met: m.achieved } };
}
