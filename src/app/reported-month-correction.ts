// A reported month can still be corrected — the officer's own mistake, or one Dinkes asked to fix — but
// only with a reason, kept in the cell's history: Dinkes has read the figures as reported, and must be
// able to see why one moved. A value is never cleared from a reported month (it would stop being
// complete, and what was reported could no longer be read back). The month stays on time: its report's
// date decides that (docs/scoring-decisions.md, rule 20).
import { localDate } from '../domain/periods/calendar.ts';
import { AppError } from '../shared/errors.ts';
import type { MonthlyValueRecord, MonthReportRecord, Repositories, YearKey } from './ports.ts';

type Fields = Pick<MonthlyValueRecord, 'numerator' | 'denominator' | 'value' | 'flag'>;

const FIELDS = ['numerator', 'denominator', 'value', 'flag'] as const;

function sameFields(a: Partial<Fields> | undefined, b: Partial<Fields>): boolean {
  return FIELDS.every((f) => (a?.[f] ?? null) === (b[f] ?? null));
}

/**
 * Inside the write that saves the Puskesmas' own value of `indicatorCode` for `month` (under the
 * year's lock): throws when the month is reported and the change lacks a reason or clears the cell.
 * Saving the stored value again is no change and needs nothing; a save made on an older version than
 * the stored one is a conflict first (the write refuses it with the stored value).
 */
export async function assertReportedMonthChange(
  repos: Pick<Repositories, 'listMonthReports' | 'getMonthlyValueRecord'>,
  change: YearKey & {
    indicatorCode: string;
    month: string;
    values: Partial<Fields>;
    /** The version the change was made on: a stale one is left for the write to refuse (STALE_VALUE). */
    expectedVersion: number;
    reason: string | null | undefined;
    /** The year's month reports, when the caller has read them under the same lock. */
    reports?: readonly MonthReportRecord[];
  },
): Promise<void> {
  const { districtId, assessmentId, indicatorCode, month } = change;
  const reports = change.reports ?? (await repos.listMonthReports(assessmentId));
  const report = reports.find((r) => r.month === month);
  if (!report?.reportedAt) return;
  const stored = await repos.getMonthlyValueRecord({
    districtId,
    assessmentId,
    indicatorCode,
    month,
    stage: 'self',
  });
  if ((stored?.version ?? 0) !== change.expectedVersion || sameFields(stored, change.values)) return;
  const params = { month, code: indicatorCode, reportedOn: localDate(report.reportedAt) };
  if (FIELDS.every((f) => (change.values[f] ?? null) === null))
    throw new AppError('REPORTED_MONTH_CLEAR', params, { status: 409 });
  if (!change.reason?.trim()) throw new AppError('CORRECTION_REASON_REQUIRED', params, { status: 409 });
}
