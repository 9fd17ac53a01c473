// Which fields a monthly value of an indicator has, by its entry shape, and what makes one invalid.
import type { CatalogIndicator } from '../catalog/types.ts';
import type { MonthlyEntry } from './inputs.ts';
import {
  isShareRatio,
  monthlyFieldBound,
  numberProblem,
  type NumberBound,
  type NumberRule,
} from './number-bounds.ts';

export type EntryField = 'numerator' | 'denominator' | 'value' | 'flag';

/** The fields a month of this indicator is entered in; none for an item entered once a year. */
export function entryFields(indicator: CatalogIndicator): EntryField[] {
  switch (indicator.entry) {
    case 'count':
      return ['numerator'];
    case 'ratio':
      return ['numerator', 'denominator'];
    case 'amount':
      return ['value'];
    case 'level':
      // A coverage stock (villages with STBM, active Pos UKK) is a count of units holding the status,
      // set against the sasaran like any count; any other level is a measured value (an index).
      return indicator.kind === 'coverage' ? ['numerator'] : ['value'];
    case 'yesno':
    case 'ontime':
      return ['flag'];
    case 'annual':
      return [];
  }
}

/** Whether the indicator is entered month by month (everything but the yearly Table 5 items). */
export function isEnteredMonthly(indicator: CatalogIndicator): boolean {
  return indicator.entry !== 'annual';
}

/**
 * Whether a stored month has a value, from which of its fields are set. A single number counts in
 * either numeric field, as the engine reads it (`numerator ?? value`), so bulk-loaded rows that used
 * the other column still count.
 */
export function hasFields(
  indicator: CatalogIndicator,
  present: Readonly<Record<EntryField, boolean>>,
): boolean {
  const fields = entryFields(indicator);
  if (fields.length === 0) return false;
  if (fields.length === 2) return present.numerator && present.denominator;
  if (fields[0] === 'flag') return present.flag;
  return present.numerator || present.value;
}

/** Whether a stored month has a value (see `hasFields`). */
export function hasValue(indicator: CatalogIndicator, entry: Omit<MonthlyEntry, 'month'>): boolean {
  return hasFields(indicator, {
    numerator: entry.numerator != null,
    denominator: entry.denominator != null,
    value: entry.value != null,
    flag: entry.flag != null,
  });
}

/** Why a monthly value cannot be stored: a stable rule name, the field it is about, and details. */
export interface EntryProblem {
  field: EntryField;
  rule: NumberRule | 'wrong-field' | 'required' | 'above-denominator';
  /** For `wrong-field`: the fields the indicator does take. */
  expected?: EntryField[];
  /** For a number's rule (too large, not whole…): the bound it breaks (number-bounds.ts). */
  bound?: NumberBound;
}

export type EntryValue = Partial<Record<'numerator' | 'denominator' | 'value', number | null>> & {
  flag?: boolean | null;
};

/**
 * The first problem of a monthly value for `indicator`, or null when it can be stored. Every field of
 * the shape given as null (and no other) clears the month; a field the shape does not use is refused
 * rather than silently dropped, so a screen built for another shape cannot store half a value.
 */
export function entryProblem(indicator: CatalogIndicator, entry: EntryValue): EntryProblem | null {
  const expected = entryFields(indicator);
  for (const field of ['numerator', 'denominator', 'value', 'flag'] as const) {
    if (entry[field] != null && !expected.includes(field)) return { field, rule: 'wrong-field', expected };
  }
  for (const field of ['numerator', 'denominator', 'value'] as const) {
    const v = entry[field];
    if (v == null) continue;
    const bound = monthlyFieldBound(indicator, field);
    const rule = numberProblem(v, bound);
    if (rule === 'not-a-number' || rule === 'negative') return { field, rule };
    if (rule) return { field, rule, bound };
  }
  const given = expected.filter((field) => entry[field] != null);
  const cleared = expected.every((field) => entry[field] === null);
  if (!cleared && given.length < expected.length) {
    const field = expected.find((f) => entry[f] == null)!;
    return { field, rule: 'required' };
  }
  // A share of people or events cannot have more in it than the group it is a share of; a plain
  // ratio (length of stay: patient days per patient, hours per case) can.
  if (indicator.entry === 'ratio' && isShareRatio(indicator) && given.length === 2) {
    if ((entry.numerator as number) > (entry.denominator as number))
      return { field: 'numerator', rule: 'above-denominator' };
  }
  return null;
}
