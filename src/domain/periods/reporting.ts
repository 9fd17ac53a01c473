// Reporting a month to Dinkes ("Laporkan bulan ini", criterion 2.8.3 b, e): when a month may be
// reported, where each month stands with its report, and which saves are corrections of a reported
// month (docs/scoring-decisions.md, rule 20).
import type { CalendarDate } from './calendar.ts';
import type { MonthStatus } from './completeness.ts';
import type { Month } from './months.ts';

/** Whether `month` is over by `today`: a month's report covers the whole month, so not before. */
export function hasEnded(month: Month, today: CalendarDate): boolean {
  return month < today.slice(0, 7);
}

/**
 * Why `month` may not be reported on `today`, or null when it may: it must be over, and complete
 * (every applicable monthly indicator has its value). A month already reported may be "reported"
 * again: that changes nothing (the first report stands).
 */
export function reportRefusal(
  month: Pick<MonthStatus, 'month' | 'complete'>,
  today: CalendarDate,
): 'not-ended' | 'incomplete' | null {
  if (!hasEnded(month.month, today)) return 'not-ended';
  if (!month.complete) return 'incomplete';
  return null;
}

/**
 * Where a month stands with its report, as Dinkes reads it per Puskesmas and month:
 * - `on-time`: reported by the 5th of the next month;
 * - `late`: reported after it;
 * - `unreported`: complete, not reported (overdue once the 5th has passed);
 * - `incomplete`: values missing, not reported (overdue once the 5th has passed).
 */
export type ReportStanding = 'on-time' | 'late' | 'unreported' | 'incomplete';

export function reportStanding(m: Pick<MonthStatus, 'reportedOn' | 'due' | 'complete'>): ReportStanding {
  if (m.reportedOn !== null) return m.reportedOn <= m.due ? 'on-time' : 'late';
  return m.complete ? 'unreported' : 'incomplete';
}

/** A month not reported whose due date has passed: Dinkes is waiting for it. */
export function isOverdue(m: Pick<MonthStatus, 'reportedOn' | 'due'>, today: CalendarDate): boolean {
  return m.reportedOn === null && today > m.due;
}
