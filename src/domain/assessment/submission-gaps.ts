// What a Puskesmas-year still lacks when the Kepala Puskesmas is about to submit it. Submission is
// never refused for a gap (a lost register cannot be invented): the confirmation lists them, because
// once submitted a missing value counts as 0 (docs/scoring.md#missing) and nobody at the Puskesmas can
// fill it any more.
import { CLUSTER_AXIS, type Catalog, type CatalogIndicator } from '../catalog/types.ts';
import { listIndicators } from '../catalog/walk.ts';
import { monthsOfYear, type Month } from '../periods/months.ts';
import { notApplicableReason } from './build-trees.ts';
import { countableInputs } from './countable-inputs.ts';
import { hasValue, isEnteredMonthly } from './entry-fields.ts';
import type { PuskesmasYear } from './inputs.ts';
import { isLinked, rowInputs } from './linked-rows.ts';

export interface SubmissionGaps {
  /** The months of the year with required monthly values missing, and how many; complete months left out. */
  months: { month: Month; missing: number }[];
  /** Applicable management and quality items (Table 5) with neither a level nor a percentage: 0 once submitted. */
  unscoredItems: CatalogIndicator[];
  /** Applicable coverages and rates with no sasaran: left out of the score (no-sasaran), not 0. */
  withoutSasaran: CatalogIndicator[];
}

/** Whether the engine reads the indicator's sasaran from its target row (a ratio row counts its own). */
function needsSasaran(indicator: CatalogIndicator): boolean {
  if (indicator.kind === 'rate') return true;
  return indicator.kind === 'coverage' && indicator.entry !== 'ratio';
}

/** The gaps of a Puskesmas-year against the whole year, as the engine would read them (uncountable numbers as missing). */
export function submissionGaps(catalog: Catalog, py: PuskesmasYear): SubmissionGaps {
  const months = monthsOfYear(py.year);
  const missing = new Map(months.map((m) => [m, 0]));
  const unscoredItems: CatalogIndicator[] = [];
  const withoutSasaran: CatalogIndicator[] = [];
  for (const { indicator, cluster } of listIndicators(catalog)) {
    if (notApplicableReason(indicator, py) !== null) continue;
    const inputs = countableInputs(indicator, rowInputs(indicator, py));
    if (indicator.kind === 'rubric') {
      if (inputs.rubric?.level == null && inputs.rubric?.percent == null) unscoredItems.push(indicator);
      continue;
    }
    if (needsSasaran(indicator) && (inputs.target?.sasaran ?? null) === null) withoutSasaran.push(indicator);
    // A linked row's months are its twin's: a gap there is the twin's, counted once.
    if (CLUSTER_AXIS[cluster.cluster] !== 'service' || !isEnteredMonthly(indicator) || isLinked(indicator))
      continue;
    const filled = new Set((inputs.months ?? []).filter((m) => hasValue(indicator, m)).map((m) => m.month));
    for (const month of months) if (!filled.has(month)) missing.set(month, (missing.get(month) ?? 0) + 1);
  }
  return {
    months: months.flatMap((month) => {
      const count = missing.get(month) ?? 0;
      return count > 0 ? [{ month, missing: count }] : [];
    }),
    unscoredItems,
    withoutSasaran,
  };
}

/** Whether there is nothing to warn about. */
export function hasNoGaps(gaps: SubmissionGaps): boolean {
  return gaps.months.length === 0 && gaps.unscoredItems.length === 0 && gaps.withoutSasaran.length === 0;
}
