// The grid's side of monthly reporting (docs/scoring-decisions.md, rule 20): which months wait to be
// reported and what each lacks, and when a change is a correction of a reported month that needs its
// reason before it is queued.
import type { MonthCompleteness } from '../../shared/api/dashboard.schema.ts';
import type { EntriesView } from '../../shared/api/entries.schema.ts';
import { hasEnded } from '../../domain/periods/reporting.ts';
import { EMPTY_VALUES, sameValues, type EntryValues } from './entry-fields.ts';
import type { IndicatorNode } from './grid-rows.ts';

type StoredValue = EntriesView['values'][number];

/** Whether a stored month holds a value for the indicator's shape (as the server counts it). */
function filled(indicator: Pick<IndicatorNode, 'fields'>, v: Partial<EntryValues> | undefined): boolean {
  if (!v) return false;
  const { fields } = indicator;
  if (fields.length === 0) return false;
  if (fields.length === 2) return v.numerator != null && v.denominator != null;
  if (fields[0] === 'flag') return v.flag != null;
  return v.numerator != null || v.value != null;
}

/** The applicable indicators with no value for `month`, in catalog order: what keeps it incomplete. */
export function missingInMonth(
  tree: EntriesView['tree'],
  values: readonly Pick<
    StoredValue,
    'indicatorCode' | 'month' | 'numerator' | 'denominator' | 'value' | 'flag'
  >[],
  month: string,
): IndicatorNode[] {
  const byCode = new Map(values.filter((v) => v.month === month).map((v) => [v.indicatorCode, v]));
  return tree.filter(
    (n): n is IndicatorNode =>
      n.type === 'indicator' && n.applicable && n.fields.length > 0 && !filled(n, byCode.get(n.code)),
  );
}

/** The months that have ended by `today` and are not reported, in order: the ones to finish and report. */
export function monthsToReport(status: readonly MonthCompleteness[], today: string): MonthCompleteness[] {
  return status.filter((m) => m.reportedOn === null && hasEnded(m.month, today));
}

/**
 * Whether queueing `values` for a cell of `month` is a correction of a reported month still waiting for
 * its reason: the month is reported, the values differ from what is stored, and no reason was given.
 * Emptying a cell asks nothing: a reported month is never cleared, and the server's refusal says so on
 * the cell.
 */
export function needsReason(
  month: Pick<MonthCompleteness, 'reportedOn'> | undefined,
  values: EntryValues,
  stored: EntryValues,
  reason: string | undefined,
): boolean {
  if (!month || month.reportedOn === null) return false;
  if (sameValues(values, stored) || sameValues(values, EMPTY_VALUES)) return false;
  return !reason?.trim();
}
