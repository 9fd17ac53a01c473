// From a catalog indicator and a Puskesmas-year's entries to the measure the engine scores.
import type { CatalogIndicator } from '../catalog/types.ts';
import type { LeafMeasure } from '../scoring/measure.ts';
import { countableInputs } from './countable-inputs.ts';
import type { IndicatorInputs, MonthlyEntry } from './inputs.ts';

/** Σ of a field over the months that have it; null when no month has it (not entered). */
function sum(
  months: readonly MonthlyEntry[],
  pick: (m: MonthlyEntry) => number | null | undefined,
): number | null {
  let total: number | null = null;
  for (const m of months) {
    const v = pick(m);
    if (v != null) total = (total ?? 0) + v;
  }
  return total;
}

/** The entry of the latest month that has the field. */
function latest<T>(
  months: readonly MonthlyEntry[],
  pick: (m: MonthlyEntry) => T | null | undefined,
): T | null {
  let best: { month: string; v: T } | null = null;
  for (const m of months) {
    const v = pick(m);
    if (v != null && (best === null || m.month > best.month)) best = { month: m.month, v };
  }
  return best?.v ?? null;
}

/**
 * The target a Puskesmas-year is scored against: its own where it has one, else the decree's. A
 * district-wide target (`targetScope: 'district'`) is never a Puskesmas' own: only its share counts.
 */
export function targetInForce(
  indicator: Pick<CatalogIndicator, 'target' | 'targetScope'>,
  inputs: Pick<IndicatorInputs, 'target'>,
): number | null {
  const own = inputs.target?.value ?? null;
  if (own !== null) return own;
  return indicator.targetScope === 'district' ? null : indicator.target.value;
}

/**
 * The leaf measure of an indicator for the months given (the whole year, or the months to date).
 * `dueMonths` is how many monthly reports were due in that period (on-time indicators).
 */
export function measureIndicator(
  indicator: CatalogIndicator,
  stored: IndicatorInputs,
  dueMonths: number,
  /** The weeks due in the same period (weekly reports): the weeks ending in the months due. */
  dueWeeks = 0,
): LeafMeasure {
  // Only numbers within their bounds count: a stored 1e308 × 100 would be Infinity.
  const inputs = countableInputs(indicator, stored);
  const months = inputs.months ?? [];
  const target = targetInForce(indicator, inputs);
  const sasaran = inputs.target?.sasaran ?? null;
  const counted = () => sum(months, (m) => m.numerator ?? m.value);
  const numerator = () => sum(months, (m) => m.numerator);
  const denominator = () => sum(months, (m) => m.denominator);
  const { comparator } = indicator.target;
  // A ratio row's denominator is counted from its months; the row says what a count of 0 means.
  const countedDenominator =
    indicator.entry === 'ratio' ? { nothingToCount: indicator.nothingToCount ?? ('exclude' as const) } : {};
  const ratioDenominator = indicator.entry === 'ratio' ? { denominator: denominator() } : {};

  switch (indicator.kind) {
    case 'rubric': {
      const bands = indicator.rubric?.bands;
      return {
        kind: 'rubric',
        level: inputs.rubric?.level ?? null,
        percent: inputs.rubric?.percent ?? null,
        ...(bands ? { bands } : {}),
        ...(indicator.rubric?.mustRise ? { mustRise: true, previous: inputs.rubric?.previous ?? null } : {}),
      };
    }
    case 'yesno':
      return { kind: 'yesno', achieved: latest(months, (m) => m.flag) };
    case 'ontime':
      if (indicator.entry === 'ratio')
        return {
          kind: 'ontime',
          target,
          comparator,
          onTime: numerator(),
          due: denominator() ?? 0,
          ...countedDenominator,
        };
      // Weekly: each month says how many of its weeks were reported on time.
      if (indicator.cadence === 'weekly')
        return { kind: 'ontime', target, comparator, onTime: numerator(), due: dueWeeks };
      return {
        kind: 'ontime',
        target,
        comparator,
        onTime: months.some((m) => m.flag != null) ? months.filter((m) => m.flag === true).length : null,
        due: dueMonths,
      };
    case 'rate':
      return {
        kind: 'rate',
        per: indicator.per ?? 1,
        sasaran,
        achieved: counted(),
        target,
        comparator,
        direction: indicator.direction,
      };
    case 'range':
      return {
        kind: 'range',
        min: indicator.target.min ?? 0,
        max: indicator.target.max ?? Number.POSITIVE_INFINITY,
        achieved: realised(indicator, months),
        ...ratioDenominator,
        ...countedDenominator,
      };
    case 'coverage':
      if (indicator.entry === 'ratio')
        return {
          kind: 'coverage',
          sasaran: denominator(),
          target,
          comparator,
          achieved: numerator(),
          ...countedDenominator,
        };
      return {
        kind: 'coverage',
        sasaran,
        target,
        comparator,
        targetSasaran: inputs.target?.targetSasaran ?? null,
        // A stock (villages with STBM) is as many as hold the status in the latest month, not a sum.
        achieved: indicator.entry === 'level' ? latest(months, (m) => m.numerator ?? m.value) : counted(),
      };
    case 'value':
      return {
        kind: 'value',
        target,
        comparator,
        achieved: realised(indicator, months),
        direction: indicator.direction,
        ...ratioDenominator,
        ...countedDenominator,
      };
  }
}

/** The realised value R of a value or range indicator, by how its months are entered. */
function realised(indicator: CatalogIndicator, months: readonly MonthlyEntry[]): number | null {
  switch (indicator.entry) {
    case 'ratio': {
      const num = sum(months, (m) => m.numerator);
      const den = sum(months, (m) => m.denominator);
      // Nothing entered, or nothing to count (Σ denominators 0: no case, no delivery): there is no R.
      // The measure carries the denominator, and the kind reads a 0 as the catalog row says.
      if (num === null || den === null || den === 0) return null;
      return (num * (indicator.scale ?? 100)) / den;
    }
    case 'level':
      return latest(months, (m) => m.value);
    default:
      return sum(months, (m) => m.value ?? m.numerator);
  }
}
