// Categories Baik / Cukup / Kurang per axis, the overall category, the Kelompok (docs/scoring.md#categories).
import { roundHalfAway } from './rounding.ts';
import type { ThresholdPair } from './settings.ts';

export type Category = 'Baik' | 'Cukup' | 'Kurang';
export type Kelompok = 'I' | 'II' | 'III';

const ORDER: Record<Category, number> = { Baik: 0, Cukup: 1, Kurang: 2 };
const KELOMPOK: Record<Category, Kelompok> = { Baik: 'I', Cukup: 'II', Kurang: 'III' };

/** Half-open intervals, compared on the score rounded to 2 decimals: 8,495 → 8,50 → Baik. */
export function categorize(score: number | null, [baikFrom, cukupFrom]: ThresholdPair): Category | null {
  if (score === null) return null;
  const rounded = roundHalfAway(score, 2);
  if (rounded >= baikFrom) return 'Baik';
  if (rounded >= cukupFrom) return 'Cukup';
  return 'Kurang';
}

/** The decree joins the axes with "and": the overall category is the worst of them; null if any is null. */
export function overallCategory(categories: readonly (Category | null)[]): Category | null {
  let worst: Category | null = null;
  for (const category of categories) {
    if (category === null) return null;
    if (worst === null || ORDER[category] > ORDER[worst]) worst = category;
  }
  return worst;
}

export function kelompokOf(category: Category | null): Kelompok | null {
  return category === null ? null : KELOMPOK[category];
}
