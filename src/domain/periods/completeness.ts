// Which months of a Puskesmas-year are complete, and whether they came in on time: results are due by
// the 5th of the next month (docs/scoring.md#reporting-deadline).
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
  /** How many of the filled ones were entered after the due date. */
  late: number;
  /** Every applicable indicator that is entered monthly has a value for the month. */
  complete: boolean;
  /**
   * All of them were entered by the due date; null while the due date has not passed (the month may
   * still be completed on time), false once it has and something is missing or came late.
   */
  onTime: boolean | null;
}

/**
 * The status of every month of `year`. `required` are the codes of the applicable indicators that are
 * entered monthly; stamps of other indicators (not applicable, entered once a year) are ignored.
 *
 * @example monthStatuses(2023, new Set(['SPM.01']), stamps, '2023-04-06')[2]
 *   // March: due '2023-04-05'; onTime is true when SPM.01's March value was entered by then
 */
export function monthStatuses(
  year: number,
  required: ReadonlySet<string>,
  stamps: readonly EntryStamp[],
  today: CalendarDate,
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
    const complete = slot.filled.size === required.size;
    return {
      month,
      due,
      required: required.size,
      filled: slot.filled.size,
      late: slot.late.size,
      complete,
      onTime: today <= due ? null : complete && slot.late.size === 0,
    };
  });
}
