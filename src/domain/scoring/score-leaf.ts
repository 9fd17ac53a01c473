// Scores one leaf by its kind.
import type { LeafMeasure } from './measure.ts';
import type { ScoringSettings } from './settings.ts';
import { scoreCoverage } from './kinds/coverage.ts';
import type { LeafScore } from './kinds/leaf-score.ts';
import { scoreOnTime } from './kinds/ontime.ts';
import { scoreRange } from './kinds/range.ts';
import { scoreRate } from './kinds/rate.ts';
import { scoreRubric } from './kinds/rubric.ts';
import { scoreValue } from './kinds/value.ts';
import { scoreYesNo } from './kinds/yesno.ts';

export function scoreLeaf(measure: LeafMeasure, settings: ScoringSettings): LeafScore {
  switch (measure.kind) {
    case 'coverage':
      return scoreCoverage(measure, settings);
    case 'rate':
      return scoreRate(measure, settings);
    case 'value':
      return scoreValue(measure, settings);
    case 'range':
      return scoreRange(measure, settings);
    case 'yesno':
      return scoreYesNo(measure, settings);
    case 'ontime':
      return scoreOnTime(measure, settings);
    case 'rubric':
      return scoreRubric(measure, settings);
  }
}
