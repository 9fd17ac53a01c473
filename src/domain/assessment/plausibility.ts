// Plausibility warnings: figures a Puskesmas-year accepted (they are within their bounds) that are
// still unlikely to be true — a month far above the others, more people served than the sasaran
// holds, a sasaran far from the profile's population, a stored number the engine cannot count. The
// 100-point cap would otherwise show such a year as "100,0 Baik" and nobody would look. A warning
// never refuses anything; someone who has looked marks it checked, with a note
// (docs/scoring-decisions.md, rules 39–46).
import type { CatalogIndicator, Catalog } from '../catalog/types.ts';
import { CLUSTER_AXIS } from '../catalog/types.ts';
import { listIndicators } from '../catalog/walk.ts';
import type { Month } from '../periods/months.ts';
import { notApplicableReason } from './build-trees.ts';
import { isCountableMonth } from './countable-inputs.ts';
import { entryFields } from './entry-fields.ts';
import type { IndicatorTarget, MonthlyEntry, PuskesmasYear } from './inputs.ts';
import {
  isShareRatio,
  monthlyFieldBound,
  numberProblem,
  targetFieldBound,
  type MonthlyNumberField,
  type NumberBound,
  type NumberRule,
  type TargetNumberField,
} from './number-bounds.ts';

/**
 * The thresholds, as data so that the rule's words (scoring-decisions.md) and its tests name them.
 * A month is far above the others when the median of the other months is above 0, the month is at
 * least `factor` × that median and at least `floor` above it, with at least `minOtherMonths` other
 * months to compare with. Five times catches a figure typed with one digit too many (× 10) even in a
 * month that was half the usual; the floor keeps small counts quiet (3 cases against a usual 1 is no
 * typo); a usual of 0 makes the month an event — a campaign (BIAS in August, vitamin A in February
 * and August), an outbreak — not a typo.
 */
export const MONTH_OUTLIER = { factor: 5, floor: 20, minOtherMonths: 3 } as const;

/**
 * A month entered twice: exactly 2 × the median of the other months (at least `minOtherMonths` of
 * them), where that median is at least `minMedian` — below it, 2 against a usual 1 is chance — and
 * at least `aboveHighest` × the highest other month: a month added twice stands alone above the
 * year, while a seasonal peak (dengue in February) that happens to be double the median has months
 * near it. On the demo's seeded years every chance double of a seasonal row stays below 1,3 × its
 * highest other month, and a planted double lies above 1,6 ×.
 */
export const MONTH_DOUBLED = { minMedian: 10, minOtherMonths: 3, aboveHighest: 1.5 } as const;

/**
 * A sasaran is far from the profile's population of the same group when one is at least `factor` ×
 * the other and they differ by at least `floor` people: an estimate and a register never agree to
 * the person, but half or double is another population (balita typed for bayi).
 */
export const SASARAN_PROFILE = { factor: 2, floor: 20 } as const;

export type WarningKind =
  'month-outlier' | 'month-doubled' | 'above-sasaran' | 'sasaran-profile' | 'not-counted';

/** One number of a month set against the other months' median (far above it, or exactly double). */
export interface OutlierPart {
  field: MonthlyNumberField;
  value: number;
  /** The median of the same field over the other months with a value. */
  median: number;
  /** How many other months the median is taken over. */
  otherMonths: number;
  /** value / median (the median is never 0 here). */
  factor: number;
}

/** A stored number outside its bounds (rule 33): the engine reads it as not entered. */
export interface NotCountedPart {
  field: MonthlyNumberField | TargetNumberField;
  value: number;
  rule: NumberRule;
  bound: NumberBound;
}

interface WarningBase {
  /**
   * Stable while the warning is about the same thing: kind, indicator and (for a month's figure) the
   * month, e.g. "month-outlier:UKM.C1.A.2:2023-03". A check is kept by `key@fingerprint`.
   */
  key: string;
  /** The figures the warning states, as text: a check holds while they are unchanged. */
  fingerprint: string;
  indicatorCode: string;
  /** The month the figure belongs to; null for the year's total or the sasaran. */
  month: Month | null;
}

export type PlausibilityWarning = WarningBase &
  (
    | {
        kind: 'month-outlier' | 'month-doubled';
        parts: OutlierPart[];
        /** The row is entered as numerator and denominator: a sentence names the field. */
        twoFields: boolean;
      }
    | {
        kind: 'above-sasaran';
        /**
         * `total`: a count's months add up to more than the sasaran (coverage above 100 %); `stock`:
         * a stock (villages with STBM) holds more units than the sasaran in some month; `events`: a
         * rate counts more events than its sasaran has people; `shares`: a share's numerators add up
         * to more than its denominators (stored before that was refused).
         */
        basis: 'total' | 'stock' | 'events' | 'shares';
        /** Σ of the months, or the highest stock. */
        total: number;
        /** The sasaran, or Σ denominators for `shares`. */
        sasaran: number;
        /** total / sasaran × 100; null when the sasaran is 0. */
        percent: number | null;
        /** The last month counted; for `stock`, the month of the highest stock. */
        through: Month;
        /** For `stock`: how many months hold more than the sasaran. */
        monthsAbove: number;
        /** For `events`: the rate's N and the rate the engine would score (null when the sasaran is 0). */
        per: number | null;
        rate: number | null;
      }
    | {
        kind: 'sasaran-profile';
        sasaran: number;
        /** The number the year's profile records for the population the catalog reads as the sasaran. */
        profile: number;
        /** The population, in the profile's words. */
        population: string;
        /** The larger over the smaller; null when one of them is 0. */
        factor: number | null;
      }
    | { kind: 'not-counted'; parts: NotCountedPart[]; twoFields: boolean }
  );

/** What the profile records for an indicator's sasaran (the app knows which population that is). */
export interface ProfilePopulation {
  label: string;
  count: number;
}

/** The key under which a check of this warning is stored: it matches only while the figures stay. */
export function checkKeyOf(warning: Pick<PlausibilityWarning, 'key' | 'fingerprint'>): string {
  return `${warning.key}@${warning.fingerprint}`;
}

/**
 * Every plausibility warning of a Puskesmas-year, in catalog order (per indicator: the sasaran, the
 * year, then the months), from its stored values and targets. Only applicable service indicators
 * entered month by month are read; numbers outside their bounds are reported as not counted and
 * left out of every other comparison, as the engine leaves them out of the score.
 *
 *   plausibilityWarnings(catalog, py)
 *   // → [{ kind: 'month-outlier', key: 'month-outlier:SPM.01:2023-01', parts: [{ value: 4210, median: 105, … }] }]
 */
export function plausibilityWarnings(
  catalog: Catalog,
  py: PuskesmasYear,
  profile: ReadonlyMap<string, ProfilePopulation> = new Map(),
): PlausibilityWarning[] {
  const out: PlausibilityWarning[] = [];
  for (const { indicator, cluster } of listIndicators(catalog)) {
    if (CLUSTER_AXIS[cluster.cluster] !== 'service' || entryFields(indicator).length === 0) continue;
    if (notApplicableReason(indicator, py) !== null) continue;
    const inputs = py.inputs.get(indicator.code) ?? {};
    const months = [...(inputs.months ?? [])].sort((a, b) => (a.month < b.month ? -1 : 1));
    const target = inputs.target ?? {};
    out.push(...notCountedTarget(indicator, target));
    const sasaranWarning = sasaranFarFromProfile(indicator, target, profile.get(indicator.code));
    if (sasaranWarning) out.push(sasaranWarning);
    const counted = months.filter((m) => isCountableMonth(indicator, m));
    const above = aboveSasaran(indicator, target, counted);
    if (above) out.push(above);
    const series = seriesOf(indicator, counted);
    for (const month of months) {
      if (!isCountableMonth(indicator, month)) {
        out.push(notCountedMonth(indicator, month));
        continue;
      }
      const outlier = monthAgainstOthers(indicator, month, series);
      if (outlier) out.push(outlier);
    }
  }
  return out;
}

/** The numbers of a month that are compared with the other months, by entry shape. */
function comparedFields(indicator: CatalogIndicator): MonthlyNumberField[] {
  switch (indicator.entry) {
    case 'ratio':
      return ['numerator', 'denominator'];
    case 'count':
    case 'amount':
    case 'level':
      return [entryFields(indicator)[0] as MonthlyNumberField];
    default:
      return [];
  }
}

/**
 * A month's number as the engine reads it (measure-indicator.ts): a ratio's halves as they are; the
 * one number of any other shape in either column, since bulk-loaded rows may hold it in the other.
 */
function numberOf(
  indicator: CatalogIndicator,
  month: MonthlyEntry,
  field: MonthlyNumberField,
): number | null {
  if (indicator.entry === 'ratio') return month[field] ?? null;
  return field === 'value'
    ? (month.value ?? month.numerator ?? null)
    : (month.numerator ?? month.value ?? null);
}

export function median(values: readonly number[]): number {
  return medianOfSorted([...values].sort((a, b) => a - b));
}

function medianOfSorted(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One compared number of an indicator over the counted months, sorted once for every month's turn. */
interface Series {
  field: MonthlyNumberField;
  sorted: number[];
}

function seriesOf(indicator: CatalogIndicator, counted: readonly MonthlyEntry[]): Series[] {
  return comparedFields(indicator).map((field) => ({
    field,
    sorted: counted
      .map((m) => numberOf(indicator, m, field))
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b),
  }));
}

/** Whether `value` is far above `middle` (MONTH_OUTLIER). */
export function isFarAbove(value: number, middle: number): boolean {
  return middle > 0 && value >= MONTH_OUTLIER.factor * middle && value - middle >= MONTH_OUTLIER.floor;
}

/** Whether `value` is exactly twice `middle` and stands alone above `highest` (MONTH_DOUBLED). */
export function isDoubled(value: number, middle: number, highest: number): boolean {
  return (
    middle >= MONTH_DOUBLED.minMedian && value === 2 * middle && value >= MONTH_DOUBLED.aboveHighest * highest
  );
}

/**
 * A month set against the other months of the year: far above them, or else exactly double them.
 * One warning per month, naming each of its numbers that is out of line.
 */
function monthAgainstOthers(
  indicator: CatalogIndicator,
  month: MonthlyEntry,
  series: readonly Series[],
): PlausibilityWarning | null {
  const far: OutlierPart[] = [];
  const doubled: OutlierPart[] = [];
  for (const { field, sorted } of series) {
    const value = numberOf(indicator, month, field);
    if (value === null) continue;
    // The other months: the series without this month's number (one occurrence of it).
    const at = sorted.indexOf(value);
    const others = [...sorted.slice(0, at), ...sorted.slice(at + 1)];
    // Both rules want the same least number of other months (MONTH_OUTLIER, MONTH_DOUBLED).
    if (others.length < MONTH_OUTLIER.minOtherMonths) continue;
    const middle = medianOfSorted(others);
    const part = { field, value, median: middle, otherMonths: others.length, factor: value / middle };
    if (isFarAbove(value, middle)) far.push(part);
    else if (isDoubled(value, middle, others.at(-1) as number)) doubled.push(part);
  }
  const kind = far.length > 0 ? 'month-outlier' : doubled.length > 0 ? 'month-doubled' : null;
  if (kind === null) return null;
  const parts = kind === 'month-outlier' ? far : doubled;
  return {
    kind,
    key: `${kind}:${indicator.code}:${month.month}`,
    // The month's own figures: a check ("campaign month, correct") holds while they stand, whatever
    // the other months do later.
    fingerprint: parts.map((p) => `${p.field}=${p.value}`).join(';'),
    indicatorCode: indicator.code,
    month: month.month,
    parts,
    twoFields: indicator.entry === 'ratio',
  };
}

function sumOf(
  indicator: CatalogIndicator,
  months: readonly MonthlyEntry[],
  field: MonthlyNumberField,
): number | null {
  let total: number | null = null;
  for (const m of months) {
    const v = numberOf(indicator, m, field);
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/** A sasaran the engine counts (within its bounds), or null. */
function countedSasaran(indicator: CatalogIndicator, target: IndicatorTarget): number | null {
  const s = target.sasaran;
  if (s == null || numberProblem(s, targetFieldBound(indicator, 'sasaran')) !== null) return null;
  return s;
}

function aboveSasaran(
  indicator: CatalogIndicator,
  target: IndicatorTarget,
  counted: readonly MonthlyEntry[],
): PlausibilityWarning | null {
  const last = counted.at(-1)?.month;
  if (last === undefined) return null;
  const base = { key: `above-sasaran:${indicator.code}`, indicatorCode: indicator.code, month: null };
  const percentOf = (total: number, of: number) => (of === 0 ? null : (total * 100) / of);

  if (indicator.entry === 'ratio') {
    if (!isShareRatio(indicator)) return null;
    const num = sumOf(indicator, counted, 'numerator');
    const den = sumOf(indicator, counted, 'denominator');
    if (num === null || den === null || num <= den) return null;
    return {
      ...base,
      kind: 'above-sasaran',
      basis: 'shares',
      fingerprint: `${num}/${den}`,
      total: num,
      sasaran: den,
      percent: percentOf(num, den),
      through: last,
      monthsAbove: 0,
      per: null,
      rate: null,
    };
  }

  if (indicator.kind !== 'coverage' && indicator.kind !== 'rate') return null;
  if (indicator.entry !== 'count' && indicator.entry !== 'level') return null;
  const sasaran = countedSasaran(indicator, target);
  if (sasaran === null) return null;
  const field = entryFields(indicator)[0] as MonthlyNumberField;

  if (indicator.entry === 'level') {
    // A stock is as many units as hold the status in a month: each month is compared on its own.
    const above = counted.filter((m) => (numberOf(indicator, m, field) ?? 0) > sasaran);
    if (above.length === 0) return null;
    const highest = above.reduce((a, b) =>
      (numberOf(indicator, b, field) ?? 0) > (numberOf(indicator, a, field) ?? 0) ? b : a,
    );
    const total = numberOf(indicator, highest, field) as number;
    return {
      ...base,
      kind: 'above-sasaran',
      basis: 'stock',
      fingerprint: `${above.map((m) => `${m.month}=${numberOf(indicator, m, field)}`).join(';')}/${sasaran}`,
      total,
      sasaran,
      percent: percentOf(total, sasaran),
      through: highest.month,
      monthsAbove: above.length,
      per: null,
      rate: null,
    };
  }

  const total = sumOf(indicator, counted, field);
  if (total === null || total <= sasaran) return null;
  const per = indicator.kind === 'rate' ? (indicator.per ?? 1) : null;
  return {
    ...base,
    kind: 'above-sasaran',
    basis: indicator.kind === 'rate' ? 'events' : 'total',
    fingerprint: `${total}/${sasaran}`,
    total,
    sasaran,
    percent: percentOf(total, sasaran),
    through: last,
    monthsAbove: 0,
    per,
    rate: per === null || sasaran === 0 ? null : (total * per) / sasaran,
  };
}

function sasaranFarFromProfile(
  indicator: CatalogIndicator,
  target: IndicatorTarget,
  population: ProfilePopulation | undefined,
): PlausibilityWarning | null {
  const sasaran = countedSasaran(indicator, target);
  if (sasaran === null || population === undefined) return null;
  const { count } = population;
  const larger = Math.max(sasaran, count);
  const smaller = Math.min(sasaran, count);
  if (larger - smaller < SASARAN_PROFILE.floor || larger < SASARAN_PROFILE.factor * smaller) return null;
  return {
    kind: 'sasaran-profile',
    key: `sasaran-profile:${indicator.code}`,
    fingerprint: `${sasaran}/${count}`,
    indicatorCode: indicator.code,
    month: null,
    sasaran,
    profile: count,
    population: population.label,
    factor: smaller === 0 ? null : larger / smaller,
  };
}

function notCountedMonth(indicator: CatalogIndicator, month: MonthlyEntry): PlausibilityWarning {
  const fields: MonthlyNumberField[] =
    indicator.entry === 'ratio' ? ['numerator', 'denominator'] : ['numerator', 'value'];
  const parts: NotCountedPart[] = [];
  for (const field of fields) {
    const value = month[field];
    if (value == null) continue;
    const bound = monthlyFieldBound(indicator, field);
    const rule = numberProblem(value, bound);
    // The field the shape shows, so the sentence names what the officer sees in the grid.
    const shown = indicator.entry === 'ratio' ? field : (entryFields(indicator)[0] as MonthlyNumberField);
    if (rule) parts.push({ field: shown, value, rule, bound });
  }
  return {
    kind: 'not-counted',
    key: `not-counted:${indicator.code}:${month.month}`,
    fingerprint: parts.map((p) => `${p.field}=${p.value}`).join(';'),
    indicatorCode: indicator.code,
    month: month.month,
    parts,
    twoFields: indicator.entry === 'ratio',
  };
}

function notCountedTarget(indicator: CatalogIndicator, target: IndicatorTarget): PlausibilityWarning[] {
  const parts: NotCountedPart[] = [];
  const numbers: [TargetNumberField, number | null | undefined][] = [
    ['sasaran', target.sasaran],
    ['targetSasaran', target.targetSasaran],
    ['target', target.value],
  ];
  for (const [field, value] of numbers) {
    if (value == null) continue;
    const bound = targetFieldBound(indicator, field);
    const rule = numberProblem(value, bound);
    if (rule) parts.push({ field, value, rule, bound });
  }
  if (parts.length === 0) return [];
  return [
    {
      kind: 'not-counted',
      key: `not-counted:${indicator.code}`,
      fingerprint: parts.map((p) => `${p.field}=${p.value}`).join(';'),
      indicatorCode: indicator.code,
      month: null,
      parts,
      twoFields: false,
    },
  ];
}
