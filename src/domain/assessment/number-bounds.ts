// How large, and how whole, each number of a Puskesmas-year may be, read from the indicator's catalog
// row: one rule for the screens, the Excel import and the engine's reading of what is stored
// (docs/scoring-decisions.md, rules 31–33).
import type { CatalogIndicator } from '../catalog/types.ts';

/** What a number measures: it decides the words of a refusal and whether the number must be whole. */
export type Quantity =
  /** People, cases, visits, meetings, villages, reports: whole. */
  | 'count'
  | 'percent'
  /** Events per N of the sasaran (per 1.000, per 100.000). */
  | 'rate'
  | 'hours'
  | 'days'
  /** Any other measured value (an index). */
  | 'measure'
  /** A ya/tidak target: 1 is ya. */
  | 'yes-no';

export interface NumberBound {
  quantity: Quantity;
  /** The largest plausible value; the smallest is always 0 (nothing entered is negative). */
  max: number;
  /** Whole numbers only. */
  whole: boolean;
}

/**
 * The plausible maxima. Generous on purpose: they are there to stop a typo or a paste gone wrong
 * (1e308, a phone number in a count) from being stored and scored, never to second-guess a real figure.
 */
export const LIMITS = {
  /** People, cases or visits of one Puskesmas in one month; also hours or days summed over a month's events. */
  monthlyCount: 10_000_000,
  /** A sasaran, an absolute target, a year's count: people (Indonesia has about 280 million). */
  yearlyCount: 100_000_000,
  /** A target in hours: a whole year. */
  hours: 8_784,
  /** A target in days (length of stay): a whole year. */
  days: 366,
  /** Any other measured value (an index). */
  measure: 10_000_000,
  /** Digits after the decimal comma of a number that need not be whole (76,61 %, 2,5 jam). */
  decimals: 4,
} as const;

/** The profile's numbers (Bab II), which no catalog row describes. */
export const PROFILE_LIMITS = {
  /** A village's population, a target population. */
  people: LIMITS.yearlyCount,
  /** Staff of one profession. */
  staff: 10_000,
  /** Units of one kind of facility or equipment. */
  facilities: 100_000,
  /** The working area (Indonesia's largest kabupaten is about 45 000 km²). */
  areaKm2: 100_000,
} as const;

const COUNT_PER_MONTH: NumberBound = { quantity: 'count', max: LIMITS.monthlyCount, whole: true };
const COUNT_PER_YEAR: NumberBound = { quantity: 'count', max: LIMITS.yearlyCount, whole: true };
const PERCENT: NumberBound = { quantity: 'percent', max: 100, whole: false };

/** The bound of a rubric percentage (Table 5: a share, or the IKM index 25–100). */
export const RUBRIC_PERCENT: NumberBound = PERCENT;

/**
 * Whether a ratio entry is a share of people or events (scale 100, a coverage, reports on time): then
 * both halves count people or events and the numerator cannot exceed the denominator. A plain ratio
 * (length of stay: days of care per patient; hours per outbreak) sums a measured total over events.
 */
export function isShareRatio(indicator: CatalogIndicator): boolean {
  return (indicator.scale ?? 100) === 100 || indicator.kind === 'coverage' || indicator.kind === 'ontime';
}

/** What the printed unit says a measured (not counted) number is in: "jam", "Hari", "%". */
function measuredIn(unit: string): Quantity {
  if (/%/.test(unit)) return 'percent';
  if (/\bjam\b/i.test(unit)) return 'hours';
  if (/\bhari\b/i.test(unit)) return 'days';
  return 'measure';
}

/** A measured value in its unit, for a target or a level: a percentage at most 100, hours and days a year. */
function measuredBound(unit: string): NumberBound {
  const quantity = measuredIn(unit);
  switch (quantity) {
    case 'percent':
      return PERCENT;
    case 'hours':
      return { quantity, max: LIMITS.hours, whole: false };
    case 'days':
      return { quantity, max: LIMITS.days, whole: false };
    default:
      return { quantity, max: LIMITS.measure, whole: false };
  }
}

export type MonthlyNumberField = 'numerator' | 'denominator' | 'value';

/**
 * The bound of one number of a month. Counted things are whole: a count's numerator, a stock's units,
 * an amount, both halves of a share. A plain ratio's numerator is a total of hours or days (UKM.H.6/H.7
 * response hours, UKP.A2.4 days of care) and need not be whole; its denominator counts events. A level
 * that is not a coverage is a measured value in its unit.
 */
export function monthlyFieldBound(indicator: CatalogIndicator, field: MonthlyNumberField): NumberBound {
  switch (indicator.entry) {
    case 'ratio':
      if (field === 'numerator' && !isShareRatio(indicator))
        return { quantity: measuredIn(indicator.unit), max: LIMITS.monthlyCount, whole: false };
      return COUNT_PER_MONTH;
    case 'level':
      return indicator.kind === 'coverage' ? COUNT_PER_MONTH : measuredBound(indicator.unit);
    default:
      return COUNT_PER_MONTH;
  }
}

export type TargetNumberField = 'target' | 'targetSasaran' | 'sasaran';

/**
 * The bound of a number of an indicator's target row. The sasaran and the absolute target TS are whole
 * people (or units). The target T is in the unit the engine compares it in: a percentage for
 * coverage and on-time rows and for shares, per N for a rate, ya (1) for ya/tidak, a year's count for
 * an amount, and the printed unit (hours, days, %) for any other value.
 */
export function targetFieldBound(indicator: CatalogIndicator, field: TargetNumberField): NumberBound {
  if (field !== 'target') return COUNT_PER_YEAR;
  switch (indicator.kind) {
    case 'coverage':
    case 'ontime':
    case 'rubric':
      return PERCENT;
    case 'rate':
      return { quantity: 'rate', max: indicator.per ?? LIMITS.measure, whole: false };
    case 'yesno':
      return { quantity: 'yes-no', max: 1, whole: true };
    case 'value':
    case 'range':
      if (indicator.entry === 'amount' || indicator.entry === 'count') return COUNT_PER_YEAR;
      if (indicator.entry === 'ratio' && isShareRatio(indicator)) return PERCENT;
      return measuredBound(indicator.unit);
  }
}

/** Why a number breaks its bound, as a stable rule name. */
export type NumberRule = 'not-a-number' | 'negative' | 'above-maximum' | 'not-whole' | 'too-many-decimals';

/**
 * Whether `x` has at most `decimals` digits after the point, allowing for binary floating point
 * (0,1 + 0,2 is 0,30000000000000004 and has one). A number too small to show in that many decimals
 * (1e-300) has more: dividing by it is what overflows to Infinity.
 */
function hasAtMostDecimals(x: number, decimals: number): boolean {
  const scaled = x * 10 ** decimals;
  const nearest = Math.round(scaled);
  if (nearest === 0) return x === 0;
  return Math.abs(scaled - nearest) <= 16 * Number.EPSILON * Math.max(1, Math.abs(scaled));
}

/** The first rule `x` breaks, or null when it may be stored. */
export function numberProblem(x: unknown, bound: NumberBound): NumberRule | null {
  if (typeof x !== 'number' || !Number.isFinite(x)) return 'not-a-number';
  if (x < 0) return 'negative';
  if (x > bound.max) return 'above-maximum';
  if (bound.whole) return Number.isInteger(x) ? null : 'not-whole';
  return hasAtMostDecimals(x, LIMITS.decimals) ? null : 'too-many-decimals';
}

/** Why a number of a target row cannot be stored. */
export interface TargetProblem {
  field: TargetNumberField;
  rule: NumberRule;
  bound: NumberBound;
}

/** The first problem of the numbers of a target row (null ones clear, absent ones are kept), or null. */
export function targetProblem(
  indicator: CatalogIndicator,
  numbers: Partial<Record<TargetNumberField, number | null>>,
): TargetProblem | null {
  for (const field of ['target', 'targetSasaran', 'sasaran'] as const) {
    const x = numbers[field];
    if (x == null) continue;
    const bound = targetFieldBound(indicator, field);
    const rule = numberProblem(x, bound);
    if (rule) return { field, rule, bound };
  }
  return null;
}
