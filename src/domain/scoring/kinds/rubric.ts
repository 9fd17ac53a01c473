// Management and quality items: a level 0/4/7/10, or a percentage banded into one.
import type { RubricBand, RubricLevel } from '../../catalog/types.ts';
import { explain } from '../explanation.ts';
import type { RubricMeasure } from '../measure.ts';
import type { ScoringSettings } from '../settings.ts';
import { missing, type LeafScore } from './leaf-score.ts';

/** Table 5 B's header: < 50 → 0, 50–69,99 → 4, 70–79,99 → 7, ≥ 80 → 10 (half-open intervals). */
export const DEFAULT_RUBRIC_BANDS: readonly RubricBand[] = [
  { from: 50, level: 4 },
  { from: 70, level: 7 },
  { from: 80, level: 10 },
];

/**
 * The level of a percentage, unrounded (69,995 → 4). Below the first band the level is 0. A band
 * marked `exclusive` starts strictly above its `from` (JKN: "Tidak memiliki peserta" is exactly 0 %).
 */
export function bandLevel(percent: number, bands: readonly RubricBand[] = DEFAULT_RUBRIC_BANDS): RubricLevel {
  let level: RubricLevel = 0;
  for (const band of bands) {
    const inBand = band.exclusive ? percent > band.from : percent >= band.from;
    if (inBand) level = band.level;
  }
  return level;
}

/**
 * The level an item's entry earns: the level chosen, or the figure's band — for an item that must rise
 * (`mustRise`), 0 where the figure is not above last year's. Null while it cannot be told: nothing
 * entered, or a rise without last year's figure.
 */
export function rubricLevel(m: Omit<RubricMeasure, 'kind'>): RubricLevel | null {
  if (m.level != null) return m.level;
  if (m.percent == null) return null;
  if (!m.mustRise) return bandLevel(m.percent, m.bands);
  if (m.previous == null) return null;
  return m.percent > m.previous ? bandLevel(m.percent, m.bands) : 0;
}

export function scoreRubric(m: RubricMeasure, settings: ScoringSettings): LeafScore {
  if (m.level != null) return { score: m.level, explanation: explain('rubric-level', { level: m.level }) };
  const level = rubricLevel(m);
  if (level === null || m.percent == null)
    return missing(settings, { level: null, percent: m.percent ?? null });
  // An item that must rise: "Tetap/turun" is 0 whatever the band (docs/scoring-decisions.md rule 111).
  if (m.mustRise && m.previous != null)
    return {
      score: level,
      explanation: explain('rubric-rise', { percent: m.percent, previous: m.previous }, { level }),
    };
  return { score: level, explanation: explain('rubric-band', { percent: m.percent }, { level }) };
}
