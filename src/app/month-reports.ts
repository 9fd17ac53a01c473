// What a Puskesmas-year's month reports say, as the rule and the screens read them: the date each month
// was reported (its timeliness, docs/scoring-decisions.md rule 20) and who reported it when.
import { localDate, type CalendarDate } from '../domain/periods/calendar.ts';
import type { MonthStatus } from '../domain/periods/completeness.ts';
import type { Month } from '../domain/periods/months.ts';
import type { MonthCompleteness } from '../shared/api/dashboard.schema.ts';
import type { MonthReportRecord } from './ports.ts';

/** The calendar date (WIB) each reported month was reported. */
export function reportDates(reports: readonly Pick<MonthReportRecord, 'month' | 'reportedAt'>[]) {
  const out = new Map<Month, CalendarDate>();
  for (const r of reports) if (r.reportedAt) out.set(r.month, localDate(r.reportedAt));
  return out;
}

/** A month's status as the API shows it: with the instant and the person of its report. */
export function monthCompleteness(
  status: MonthStatus,
  reports: readonly Pick<MonthReportRecord, 'month' | 'reportedAt' | 'reportedBy'>[],
): MonthCompleteness {
  const report = reports.find((r) => r.month === status.month);
  return {
    ...status,
    reportedAt: report?.reportedAt?.toISOString() ?? null,
    reportedBy: report?.reportedAt ? report.reportedBy : null,
  };
}
