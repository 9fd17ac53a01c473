// A target as a decree prints it ("≤ 2 %", "< 24 Jam", "ya") read into the number and comparator the
// engine scores against: the Pati tables are transcribed with it, and a district's annex workbook
// typed from its own decree is read with it.
import type { Comparator, Direction, Target } from './types.ts';

const COMPARATORS: Record<string, Comparator> = {
  '≥': '>=',
  '>=': '>=',
  '>': '>',
  '≤': '<=',
  '<=': '<=',
  '<': '<',
};

/**
 * A printed number-with-comparator target ("≤ 2 %", "<9,5", "≥76.61", "< 24 Jam", "<3/100.000 pend") as
 * its comparator and number; null when the text is not of that shape. Decimal commas are read as points.
 */
export function parseNumericTarget(printed: string): { comparator?: Comparator; value: number } | null {
  const m = /^(≥|>=|>|≤|<=|<)?\s*(\d+(?:[.,]\d+)?)\s*(%|jam|\/100\.000 pend)?$/i.exec(printed.trim());
  if (!m?.[2]) return null;
  const value = Number(m[2].replace(',', '.'));
  return m[1] ? { comparator: COMPARATORS[m[1]], value } : { value };
}

/**
 * The target of a service row. An empty cell has no value; a bare number is "at least" for
 * higher-is-better and "at most" for lower-is-better rows; a lower-is-better 0 is "exactly 0"; "ya" or
 * "Ada" is 1 (yes). Null when the text is none of these: the reader says so rather than guess.
 */
export function readPrintedTarget(printed: string, direction: Direction): Target | null {
  const fallback: Comparator = direction === 'lower' ? '<=' : '>=';
  if (printed.trim() === '') return { printed, value: null, comparator: fallback };
  if (/^(ya|ada)$/i.test(printed.trim())) return { printed, value: 1, comparator: '=' };
  const parsed = parseNumericTarget(printed);
  if (!parsed) return null;
  const comparator = parsed.comparator ?? (direction === 'lower' && parsed.value === 0 ? '=' : fallback);
  return { printed, value: parsed.value, comparator };
}
