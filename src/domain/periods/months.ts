// Months as 'YYYY-MM' strings; the PKP year runs January to December (diktum KEEMPAT).

export type Month = string;

export function monthsOfYear(year: number): Month[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function yearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

/** Monthly results are due by the 5th of the next month (docs/scoring.md#reporting-deadline). */
export function dueDate(month: Month, dueDay = 5): { year: number; month: number; day: number } {
  const y = yearOf(month);
  const m = Number(month.slice(5, 7));
  return m === 12 ? { year: y + 1, month: 1, day: dueDay } : { year: y, month: m + 1, day: dueDay };
}

/** 1 for January … 12 for December. */
export function monthNumber(month: Month): number {
  return Number(month.slice(5, 7));
}

/** The `n`-th month (1–12) of `year`. */
export function monthOf(year: number, n: number): Month {
  return `${year}-${String(n).padStart(2, '0')}`;
}

/** The due date of a month's results as 'YYYY-MM-DD': by the 5th of the next month. */
export function dueDateOf(month: Month, dueDay = 5): string {
  const due = dueDate(month, dueDay);
  return `${due.year}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`;
}
