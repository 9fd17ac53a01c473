// What a monthly cell holds for each entry shape, and whether what was typed can be saved.
import type { EntryShape, IndicatorKind } from '../../domain/catalog/types.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { parseNumber } from './numbers.ts';

export type NumberField = 'numerator' | 'denominator' | 'value';
export type EntryField = NumberField | 'flag';

/** The stored fields of one indicator-month. */
export interface EntryValues {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flag: boolean | null;
}

export const EMPTY_VALUES: EntryValues = { numerator: null, denominator: null, value: null, flag: null };

/**
 * The grid lines an indicator takes, one input per month each. A ratio takes two lines (numerator
 * above denominator) so that a block copied from a worksheet lands row for row.
 */
/** What the screen knows of an indicator's shape (the entries API sends these). */
export interface ShapeInfo {
  entry: EntryShape;
  kind: IndicatorKind;
  /** The fields a month is entered in, as the server decides them (domain/assessment/entry-fields.ts). */
  fields: readonly EntryField[];
  scale?: number | null;
}

export function linesOf(indicator: Pick<ShapeInfo, 'fields'>): readonly EntryField[] {
  return indicator.fields;
}

export type InvalidReason =
  | 'not-a-number'
  | 'negative'
  | 'numerator-above-denominator'
  | 'not-yes-no'
  /** Half a ratio: the other half is still empty (the server stores both or neither). */
  | 'required';

export type FieldCheck = { ok: true } | { ok: false; reason: InvalidReason };

/** Ya/tidak as people type or paste it; null for an empty cell, undefined when it is neither. */
export function parseFlag(text: string): boolean | null | undefined {
  const s = text.trim().toLowerCase();
  if (s === '' || s === '-' || s === '–') return null;
  if (
    ['ya', 'y', 'yes', '1', 'true', 'benar', 'ada', 'tepat', 'tepat waktu', 'on time', '✓', 'v'].includes(s)
  )
    return true;
  if (
    [
      'tidak',
      'tdk',
      't',
      'no',
      'n',
      '0',
      'false',
      'salah',
      'tidak ada',
      'terlambat',
      'late',
      'x',
      '✗',
    ].includes(s)
  )
    return false;
  return undefined;
}

/**
 * A share of people or events cannot hold more than the group it is a share of (12 of 10 deliveries
 * is a typo); a plain ratio such as length of stay can. The server applies the same rule.
 */
export function numeratorCapped(indicator: Pick<ShapeInfo, 'entry' | 'scale' | 'kind'>): boolean {
  return (
    indicator.entry === 'ratio' &&
    ((indicator.scale ?? 100) === 100 || indicator.kind === 'coverage' || indicator.kind === 'ontime')
  );
}

export interface ParsedEntry {
  values: EntryValues;
  /** Why a field cannot be saved, by field; empty when the entry is valid. */
  invalid: Partial<Record<EntryField, InvalidReason>>;
}

/**
 * Reads the texts typed into the cells of one indicator-month over what is stored, and checks them:
 * a number, not negative, and a numerator no larger than its denominator where that is impossible.
 */
export function parseEntry(
  indicator: ShapeInfo,
  stored: EntryValues,
  texts: Partial<Record<EntryField, string>>,
  locale: Locale,
): ParsedEntry {
  const values: EntryValues = { ...stored };
  const invalid: ParsedEntry['invalid'] = {};
  for (const field of linesOf(indicator)) {
    const text = texts[field];
    if (text === undefined) continue;
    if (field === 'flag') {
      const flag = parseFlag(text);
      if (flag === undefined) invalid.flag = 'not-yes-no';
      else values.flag = flag;
      continue;
    }
    const parsed = parseNumber(text, locale);
    if (!parsed.ok) invalid[field] = parsed.reason;
    else if (parsed.value !== null && parsed.value < 0) invalid[field] = 'negative';
    else values[field] = parsed.value;
  }
  if (indicator.entry === 'ratio' && !invalid.numerator && !invalid.denominator) {
    const typed = texts.numerator !== undefined || texts.denominator !== undefined;
    if (typed && (values.numerator === null) !== (values.denominator === null)) {
      invalid[values.numerator === null ? 'numerator' : 'denominator'] = 'required';
    }
  }
  if (
    numeratorCapped(indicator) &&
    !invalid.numerator &&
    !invalid.denominator &&
    values.numerator !== null &&
    values.denominator !== null &&
    values.numerator > values.denominator
  ) {
    // Mark the field the user just typed, or both when both are new.
    if (texts.denominator !== undefined) invalid.denominator = 'numerator-above-denominator';
    if (texts.numerator !== undefined || texts.denominator === undefined)
      invalid.numerator = 'numerator-above-denominator';
  }
  return { values, invalid };
}

/** Whether two entries hold the same fields (what the cells of an indicator show). */
export function sameValues(a: EntryValues, b: EntryValues): boolean {
  return (
    a.numerator === b.numerator && a.denominator === b.denominator && a.value === b.value && a.flag === b.flag
  );
}

/** Only the fields the indicator's shape uses, each null when empty: what a save sends. */
export function payloadOf(indicator: Pick<ShapeInfo, 'fields'>, values: EntryValues): Partial<EntryValues> {
  const payload: Partial<EntryValues> = {};
  for (const field of linesOf(indicator)) {
    if (field === 'flag') payload.flag = values.flag;
    else payload[field] = values[field];
  }
  return payload;
}
