// When a month first becomes complete, and what that fixes: its timeliness is decided by that moment
// (docs/scoring-decisions.md, rule 20), so a correction made after the deadline — one Dinkes asked for,
// too — never makes the month late. Recorded inside the write that completed the month, under the
// year's lock, so two saves of a month's last cells cannot both miss it nor both record it.
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import { hasFields, isEnteredMonthly } from '../domain/assessment/entry-fields.ts';
import type { PuskesmasYear } from '../domain/assessment/inputs.ts';
import { isLinked } from '../domain/assessment/linked-rows.ts';
import { CLUSTER_AXIS, type Catalog, type CatalogIndicator } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { hasBegun, localDate, type CalendarDate } from '../domain/periods/calendar.ts';
import { completeMonths } from '../domain/periods/completeness.ts';
import { monthsOfYear, type Month } from '../domain/periods/months.ts';
import type { MonthReportRecord, MonthReportsRepository, YearKey } from './ports.ts';

/**
 * The indicators of the four service clusters that are entered month by month, in catalog order. A
 * row linked to its twin (`sameAs`) is not among them: it is filled when its twin is, so a month is
 * never held incomplete for it.
 */
export function monthlyIndicators(catalog: Catalog): CatalogIndicator[] {
  return listIndicators(catalog)
    .filter(
      (p) =>
        CLUSTER_AXIS[p.cluster.cluster] === 'service' &&
        isEnteredMonthly(p.indicator) &&
        !isLinked(p.indicator),
    )
    .map((p) => p.indicator);
}

/** The codes a month needs a value of to be complete: the monthly indicators that apply this year. */
export function requiredCodes(indicators: readonly CatalogIndicator[], py: PuskesmasYear): Set<string> {
  return new Set(indicators.filter((i) => notApplicableReason(i, py) === null).map((i) => i.code));
}

/** The calendar date (WIB) each recorded month first became complete. */
export function completionDates(reports: readonly MonthReportRecord[]): Map<Month, CalendarDate> {
  const out = new Map<Month, CalendarDate>();
  for (const r of reports) if (r.completedAt) out.set(r.month, localDate(r.completedAt));
  return out;
}

/**
 * Inside a write holding the year's lock, after the change: records every month among `months`
 * (default: every month of the year begun by `at`) that is now complete and had never been, at `at`,
 * with an audit entry naming `actor` and `cause`. A month recorded once keeps its date whatever
 * happens to it later. Returns the months it recorded.
 *
 * `py` need only carry what decides applicability (the targets' marks and choices, rawat inap).
 */
export async function recordCompletedMonths(
  repos: MonthReportsRepository,
  input: YearKey & {
    catalog: Catalog;
    py: PuskesmasYear;
    months?: readonly Month[];
    actor: string;
    at: Date;
    /** What made the change (an indicator's value, a target row, the profile), for the audit entry. */
    cause: Record<string, unknown>;
    /** The year's month reports, when the caller has read them under the same lock. */
    reports?: readonly MonthReportRecord[];
  },
): Promise<Month[]> {
  const { assessmentId, py, at } = input;
  const day = localDate(at);
  const recorded = completionDates(input.reports ?? (await repos.listMonthReports(assessmentId)));
  // A month that has not begun has nothing entered yet; one already recorded keeps its date.
  const open = (input.months ?? monthsOfYear(py.year)).filter((m) => hasBegun(m, day) && !recorded.has(m));
  if (open.length === 0) return [];
  const indicators = monthlyIndicators(input.catalog);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const required = requiredCodes(indicators, py);
  const presence = await repos.listMonthEntryPresence(input, 'self', open);
  const stamps = presence.flatMap((p) => {
    const indicator = byCode.get(p.indicatorCode);
    return indicator
      ? [{ indicatorCode: p.indicatorCode, month: p.month, filled: hasFields(indicator, p.present) }]
      : [];
  });
  const done: Month[] = [];
  for (const month of completeMonths(required, stamps, open)) {
    const first = await repos.recordMonthCompleted({
      assessmentId,
      month,
      at,
      actor: input.actor,
      cause: input.cause,
    });
    if (first) done.push(month);
  }
  return done;
}
