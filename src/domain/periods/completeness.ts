// Which months of a Puskesmas-year are complete, and whether they were reported on time: results are
// due by the 5th of the next month (docs/scoring.md#reporting-deadline). A month's timeliness is fixed
// the day it is reported ("Laporkan bulan ini", allowed once it is complete), so a later correction
// (one Dinkes asked for, too) never makes it late.
import type { CalendarDate } from './calendar.ts';
import { dueDateOf, monthsOfYear, type Month } from './months.ts';

/** One stored monthly value, reduced to what completeness needs. */
export interface EntryStamp {
  indicatorCode: string;
  month: Month;
  /** Every field the indicator's entry shape needs is there (see `hasValue`). */
  filled: boolean;
  /** The calendar date it was (last) entered, on the Puskesmas' clock. */
  enteredOn: CalendarDate;
}

export interface MonthStatus {
  month: Month;
  /** The last day to enter the month's results, 'YYYY-MM-DD'. */
  due: CalendarDate;
  /** How many indicators need a value this month, and how many have one. */
  required: number;
  filled: number;
  /**
   * How many of the filled ones were last changed after the due date: late entries and later
   * corrections alike. For information; timeliness is decided by `completedOn`.
   */
  late: number;
  /** Every applicable indicator that is entered monthly has a value for the month. */
  complete: boolean;
  /**
   * The calendar date the month first became complete, on the Puskesmas' clock; it never moves
   * afterwards. Null when it never has been, or was completed before pkp recorded it.
   */
  completedOn: CalendarDate | null;
  /**
   * The calendar date the month was reported to Dinkes, on the Puskesmas' clock; it never moves
   * afterwards. Null while it is not reported.
   */
  reportedOn: CalendarDate | null;
  /**
   * True once the month is reported by the due date. False when it was reported after it, or the due
   * date has passed without a report (complete or not). Null while it is neither reported nor due.
   */
  onTime: boolean | null;
}

/**
 * The months in which every code of `required` has a filled stamp. Stamps of other indicators (not
 * applicable, entered once a year) are ignored.
 */
export function completeMonths(
  required: ReadonlySet<string>,
  stamps: readonly Pick<EntryStamp, 'indicatorCode' | 'month' | 'filled'>[],
  months: readonly Month[],
): Set<Month> {
  const filled = new Map<Month, Set<string>>(months.map((m) => [m, new Set()]));
  for (const stamp of stamps) {
    if (stamp.filled && required.has(stamp.indicatorCode)) filled.get(stamp.month)?.add(stamp.indicatorCode);
  }
  return new Set(months.filter((m) => filled.get(m)?.size === required.size));
}

/** The codes of `required` that have no filled stamp for `month`, in the order of `required`. */
export function missingCodes(
  required: ReadonlySet<string>,
  stamps: readonly Pick<EntryStamp, 'indicatorCode' | 'month' | 'filled'>[],
  month: Month,
): string[] {
  const filled = new Set(stamps.filter((s) => s.month === month && s.filled).map((s) => s.indicatorCode));
  return [...required].filter((code) => !filled.has(code));
}

/**
 * The status of every month of `year`. `required` are the codes of the applicable indicators that are
 * entered monthly; stamps of other indicators (not applicable, entered once a year) are ignored.
 * `completedOn` holds the date each month first became complete, as recorded when it happened;
 * `reportedOn` the date each was reported, which alone decides its timeliness (docs/scoring-decisions.md,
 * rule 20): a month complete by the 5th but never reported is not on time once the 5th has passed.
 *
 * @example monthStatuses(2023, new Set(['SPM.01']), stamps, '2023-06-01', new Map(), new Map([['2023-03', '2023-04-02']]))[2]
 *   // March: due '2023-04-05', reported on the 2nd: onTime true, whatever was corrected since
 */
export function monthStatuses(
  year: number,
  required: ReadonlySet<string>,
  stamps: readonly EntryStamp[],
  today: CalendarDate,
  completedOn: ReadonlyMap<Month, CalendarDate> = new Map(),
  reportedOn: ReadonlyMap<Month, CalendarDate> = new Map(),
): MonthStatus[] {
  const byMonth = new Map<Month, { filled: Set<string>; late: Set<string> }>();
  for (const month of monthsOfYear(year)) byMonth.set(month, { filled: new Set(), late: new Set() });
  for (const stamp of stamps) {
    const slot = byMonth.get(stamp.month);
    if (!slot || !stamp.filled || !required.has(stamp.indicatorCode)) continue;
    slot.filled.add(stamp.indicatorCode);
    if (stamp.enteredOn > dueDateOf(stamp.month)) slot.late.add(stamp.indicatorCode);
  }
  return [...byMonth].map(([month, slot]) => {
    const due = dueDateOf(month);
    const reported = reportedOn.get(month) ?? null;
    return {
      month,
      due,
      required: required.size,
      filled: slot.filled.size,
      late: slot.late.size,
      complete: slot.filled.size === required.size,
      completedOn: completedOn.get(month) ?? null,
      reportedOn: reported,
      onTime: reported !== null ? reported <= due : today <= due ? null : false,
    };
  });
}
