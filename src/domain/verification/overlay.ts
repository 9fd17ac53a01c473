// The verified stage of a Puskesmas-year: the Puskesmas' own rows with Dinkes' corrections laid over
// them. A correction replaces the one row it is about (a month of an indicator, an indicator's target
// row, a rubric item) and nothing else, so an indicator Dinkes did not correct keeps the Puskesmas'
// figure — scoring the verified stage from the correction rows alone would make every uncorrected
// indicator missing (docs/scoring.md#verified).
import type { Stage } from '../assessment/inputs.ts';
import type { MonthlyRow, RubricRow, StageRows, TargetRow } from '../assessment/stage-rows.ts';

const monthKey = (row: MonthlyRow) => `${row.indicatorCode}|${row.month}`;
const codeKey = (row: { indicatorCode: string }) => row.indicatorCode;

/** `self` with each row that `corrections` has a row for replaced by it; rows only `corrections` has are added. */
function laidOver<Row>(
  self: readonly Row[],
  corrections: readonly Row[],
  key: (row: Row) => string,
  merge: (own: Row, correction: Row) => Row = (_own, correction) => correction,
): Row[] {
  const byKey = new Map(corrections.map((row) => [key(row), row]));
  const out = self.map((own) => {
    const correction = byKey.get(key(own));
    if (correction === undefined) return own;
    byKey.delete(key(own));
    return merge(own, correction);
  });
  return [...out, ...byKey.values()];
}

/**
 * The rows Dinkes verifies: the Puskesmas' rows (`self`) with its corrections (`corrections`, the
 * stored rows of stage 'verified') laid over them.
 * - A monthly value: the correction's fields replace the Puskesmas' for that month; a correction with
 *   every field null is "corrected to empty" (the month reads as not entered).
 * - A target row: the correction's target, absolute target, sasaran and applicability (with its
 *   reason) replace the Puskesmas'; the UKM Pengembangan choice stays the Puskesmas' own (criterion
 *   2.7.1: the Puskesmas chooses its key indicator; Dinkes corrects figures, not the choice).
 * - A rubric item: the correction's level or percentage replaces the Puskesmas'; last year's figure
 *   of an item that must rise stays the Puskesmas' row's.
 * With no corrections the result is `self`, row for row.
 */
export function overlayCorrections<T extends TargetRow, M extends MonthlyRow, R extends RubricRow>(
  self: StageRows<T, M, R>,
  corrections: StageRows<T, M, R>,
): StageRows<T, M, R> {
  return {
    targets: laidOver(self.targets, corrections.targets, codeKey, (own, correction) => ({
      ...correction,
      chosen: own.chosen,
    })),
    monthly: laidOver(self.monthly, corrections.monthly, monthKey),
    // Last year's figure of a rising item is the Puskesmas' row's: Dinkes corrects this year's.
    rubrics: laidOver(self.rubrics, corrections.rubrics, codeKey, (own, correction) =>
      own.previous == null ? correction : { ...correction, previous: own.previous },
    ),
  };
}

/** The rows of a stage: the Puskesmas' own for 'self', with the corrections laid over them for 'verified'. */
export function rowsOfStage<T extends TargetRow, M extends MonthlyRow, R extends RubricRow>(
  stage: Stage,
  self: StageRows<T, M, R>,
  corrections: StageRows<T, M, R>,
): StageRows<T, M, R> {
  return stage === 'self' ? self : overlayCorrections(self, corrections);
}
