// Which assessment year a screen opens on, and which years the selector offers.

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

/** The shown year, a few years back and the next one, newest first. */
export function yearChoices(year: number, now: Date = new Date()): number[] {
  const newest = Math.max(year, now.getFullYear() + 1);
  const oldest = Math.min(year, now.getFullYear() - 5);
  const out: number[] = [];
  for (let y = newest; y >= oldest; y--) out.push(y);
  return out;
}

/**
 * The newest year, from `start` back `span` years, that `hasData` says holds something: a new account
 * opens the year its district actually assessed, not an empty current year. `hasData` answers false
 * for "no catalog for that year" and throws for anything else (the screen then shows that error).
 */
export async function newestYearWithData(
  start: number,
  hasData: (year: number) => Promise<boolean>,
  span = 5,
): Promise<number> {
  for (let year = start; year > start - span; year--) {
    try {
      if (await hasData(year)) return year;
    } catch {
      return start;
    }
  }
  return start;
}
