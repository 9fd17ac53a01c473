// A percentage item's level, by band (docs/scoring.md#rubric: < 50 → 0, 50–69,99 → 4, 70–79,99 → 7,
// ≥ 80 → 10 unless the item prints its own bands). The server decides; this shows it while typing.
import type { RubricLevel } from '../../domain/catalog/types.ts';

export interface Band {
  from: number;
  level: RubricLevel;
  exclusive: boolean;
}

/** The level of `percent` (unrounded: 69,995 is still 4); below every band it is 0. */
export function bandLevel(percent: number, bands: readonly Band[]): RubricLevel {
  let found: Band | null = null;
  for (const band of bands) {
    const inside = band.exclusive ? percent > band.from : percent >= band.from;
    if (!inside) continue;
    // The band that starts last holds the value; at the same bound, the one that starts above it.
    if (!found || band.from > found.from || (band.from === found.from && band.exclusive)) found = band;
  }
  return found?.level ?? 0;
}

/**
 * The level of an item that must rise above last year's figure: 0 where it did not rise, else its
 * band; null while last year's figure is unknown (docs/scoring-decisions.md rule 111).
 */
export function riseLevel(
  figure: number,
  previous: number | null,
  bands: readonly Band[],
): RubricLevel | null {
  if (previous === null) return null;
  return figure > previous ? bandLevel(figure, bands) : 0;
}
