// Which assessment year a screen opens on, and which years the selector offers.
import type { UnitYear } from '../../shared/api/years.schema.ts';

const KEY = 'pkp_year';

/** The last year the user chose, else the current year. */
export function preferredYear(storage: Pick<Storage, 'getItem'> | null, now: Date): number {
  return rememberedYear(storage) ?? now.getFullYear();
}

/** The year this browser last showed, if any. */
export function rememberedYear(storage: Pick<Storage, 'getItem'> | null): number | null {
  const stored = Number(storage?.getItem(KEY));
  return Number.isInteger(stored) && stored >= 2000 && stored <= 2100 ? stored : null;
}

export function rememberYear(storage: Pick<Storage, 'setItem'> | null, year: number): void {
  storage?.setItem(KEY, String(year));
}

/** One entry of the year selector. */
export interface YearOption {
  year: number;
  /** Dinkes is still preparing the year's catalog (it may change). */
  draft: boolean;
  /** The year on screen, which the district has no catalog for (a typed address, an old bookmark). */
  missing: boolean;
}

/**
 * What the year selector offers: the years the district has a catalog for, newest first, and the
 * year on screen when it is not one of them (so the selector still says where the user is);
 * `undefined` while the list loads.
 */
export function yearOptions(years: readonly UnitYear[] | undefined, shown: number): YearOption[] {
  // While the list loads, the year on screen alone (not marked: it may well be there).
  if (years === undefined) return [{ year: shown, draft: false, missing: false }];
  const options = years.map((y) => ({ year: y.year, draft: y.catalog === 'draft', missing: false }));
  if (!years.some((y) => y.year === shown)) options.push({ year: shown, draft: false, missing: true });
  return options.sort((a, b) => b.year - a.year);
}

/** Whether the district has an indicator catalog for `year`. */
export function hasYear(years: readonly UnitYear[], year: number): boolean {
  return years.some((y) => y.year === year);
}

/**
 * The year a signed-in user opens on: the one this browser last showed, if the district still has it;
 * else the newest year up to the current one (a district preparing next year keeps this year open);
 * else the earliest year ahead; else the current year, which then says plainly that it is not there.
 */
export function openingYear(years: readonly UnitYear[], remembered: number | null, now: Date): number {
  if (remembered !== null && hasYear(years, remembered)) return remembered;
  const current = now.getFullYear();
  const sorted = years.map((y) => y.year).sort((a, b) => b - a);
  return sorted.find((y) => y <= current) ?? sorted.at(-1) ?? current;
}
