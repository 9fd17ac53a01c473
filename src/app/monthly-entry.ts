// Saving one monthly value: the value, its audit entry and the refreshed result of the Puskesmas-year
// land in one transaction, under the year's lock, so a recap never shows a result older than its inputs.
import { isMonth } from '../domain/periods/months.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, MonthlyValueWrite, Repositories, StoredResult, UnitOfWork } from './ports.ts';
import { refreshAfterChange } from './refresh-result.ts';

export interface SavedMonthlyValue {
  version: number;
  result: StoredResult;
}

function check(write: MonthlyValueWrite): void {
  const invalid = (field: string, reason: string) =>
    new AppError('VALUE_INVALID', { field, code: write.indicatorCode, month: write.month, reason });
  if (!isMonth(write.month)) throw invalid('month', 'bukan bulan YYYY-MM');
  for (const field of ['numerator', 'denominator', 'value'] as const) {
    const v = write[field];
    if (v === null || v === undefined) continue;
    if (!Number.isFinite(v)) throw invalid(field, 'bukan angka');
    if (v < 0) throw invalid(field, 'tidak boleh negatif');
  }
}

/**
 * The value and its rescoring, inside a transaction that already holds the year's lock
 * (`writeYear`, or `saveMonthlyValue` below).
 */
export async function writeMonthlyValue(
  repos: Repositories,
  write: MonthlyValueWrite,
  clock?: Clock,
): Promise<SavedMonthlyValue> {
  const { version } = await storeMonthlyValue(repos, write);
  const result = await refreshAfterChange(repos, write, write.stage, clock);
  return { version, result };
}

/**
 * The value alone, checked, inside a transaction that holds the year's lock; the caller refreshes
 * the results in the same transaction (`refreshAfterChange`), as `writeMonthlyValue` does.
 */
export async function storeMonthlyValue(
  repos: Pick<Repositories, 'saveMonthlyValue'>,
  write: MonthlyValueWrite,
): Promise<{ version: number }> {
  check(write);
  return repos.saveMonthlyValue(write);
}

/** One value in its own transaction, under the year's lock; no role check (imports, benchmarks, tests). */
export async function saveMonthlyValue(
  uow: UnitOfWork,
  write: MonthlyValueWrite,
  clock?: Clock,
): Promise<SavedMonthlyValue> {
  check(write);
  return uow(async (repos) => {
    await repos.lockAssessment(write.assessmentId);
    return writeMonthlyValue(repos, write, clock);
  });
}
