// Calendar dates where the deadline is read: "by the 5th" means the 5th on the Puskesmas' own clock.
import { monthNumber, monthOf, yearOf, type Month } from './months.ts';

/** A calendar date 'YYYY-MM-DD'; such strings compare correctly as strings. */
export type CalendarDate = string;

/**
 * Western Indonesian Time (WIB, UTC+7), the clock of Central Java and so of Pati. A deadline is a
 * calendar date, and a value typed at 06:30 WIB on the 6th was typed on the 6th although it is still
 * the 5th in UTC; districts in WITA (+8) or WIT (+9) pass their own offset.
 */
export const WIB_OFFSET_MINUTES = 7 * 60;

/** The calendar date of an instant at a fixed offset from UTC. */
export function localDate(at: Date, offsetMinutes = WIB_OFFSET_MINUTES): CalendarDate {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The month an instant falls in, at a fixed offset from UTC. */
export function localMonth(at: Date, offsetMinutes = WIB_OFFSET_MINUTES): Month {
  return localDate(at, offsetMinutes).slice(0, 7);
}

/** How many months of `year` have ended by `today`: 0 before February, 12 once the year is over. */
export function monthsEnded(year: number, today: CalendarDate): number {
  const current = today.slice(0, 7);
  const currentYear = yearOf(current);
  if (currentYear < year) return 0;
  if (currentYear > year) return 12;
  return monthNumber(current) - 1;
}

/** Whether `month` has begun by `today` (a value for a month that has not begun is a typing error). */
export function hasBegun(month: Month, today: CalendarDate): boolean {
  return month <= today.slice(0, 7);
}

/** Clamps a month number to the year (1–12) and names it. */
export function clampMonth(year: number, n: number): Month {
  return monthOf(year, Math.min(12, Math.max(1, n)));
}
