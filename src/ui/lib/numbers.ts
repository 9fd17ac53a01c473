// Numbers as people type and paste them: Indonesian "1.234,5" (and English "1,234.5") ↔ 1234.5.
import { formatNumber } from '../../shared/format.ts';
import type { Locale } from '../../shared/messages/index.ts';

export type ParsedNumber =
  /** `value` is null for an empty input: the cell is cleared. */
  { ok: true; value: number | null } | { ok: false; reason: 'not-a-number' };

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;

/**
 * Reads a number typed or pasted in either convention. The locale decides only the ambiguous cases:
 * - both separators: the last one is the decimal mark ("1.234,5" and "1,234.5" are both 1234.5);
 * - one "." in Indonesian: grouping when it looks like grouping ("1.234" = 1234), else decimal ("12.5");
 * - one "," in English: grouping when it looks like grouping ("1,234" = 1234), else decimal ("12,5").
 * Spaces (also the no-break spaces Excel copies), a trailing "%" and a leading "+" are ignored.
 */
export function parseNumber(text: string, locale: Locale = 'id'): ParsedNumber {
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (s === '') return { ok: true, value: null };
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'not-a-number' };

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || fraction === undefined || fraction.includes(group)) {
      return { ok: false, reason: 'not-a-number' };
    }
    if (!(group === '.' ? GROUPED_DOT : GROUPED_COMMA).test(intPart ?? '')) {
      return { ok: false, reason: 'not-a-number' };
    }
    normalized = `${(intPart ?? '').split(group).join('')}.${fraction}`;
  } else if (lastDot >= 0) {
    normalized = dotOrComma(s, '.', locale === 'id');
  } else if (lastComma >= 0) {
    normalized = dotOrComma(s, ',', locale === 'en');
  } else {
    normalized = s;
  }
  if (!/^\d*\.?\d+$|^\d+\.$/.test(normalized)) return { ok: false, reason: 'not-a-number' };
  const value = sign * Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
}

/** A string with one kind of separator: grouping if the locale groups with it and it looks grouped. */
function dotOrComma(s: string, mark: '.' | ',', localeGroupsWithMark: boolean): string {
  const grouped = mark === '.' ? GROUPED_DOT : GROUPED_COMMA;
  const count = s.split(mark).length - 1;
  if (count > 1) return grouped.test(s) ? s.split(mark).join('') : 'x';
  if (localeGroupsWithMark && grouped.test(s)) return s.split(mark).join('');
  return s.replace(mark, '.');
}

const LOCALE_TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
const inputFormats = new Map<Locale, Intl.NumberFormat>();

/** A number as an input shows it: grouped, with as many decimals as it has (up to 6): 1.234,5. */
export function formatInput(x: number | null | undefined, locale: Locale = 'id'): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  let f = inputFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 6 });
    inputFormats.set(locale, f);
  }
  return f.format(x);
}

/** A figure for reading, fixed decimals ("91,25"); "–" when there is none. */
export function formatFixed(x: number | null | undefined, decimals: number, locale: Locale): string {
  return formatNumber(x, decimals, locale);
}

/** A percentage for reading: "91%" or "91,3%" (Indonesian writes no space before %). */
export function formatPercent(x: number | null | undefined, decimals: number, locale: Locale): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return `${formatNumber(x, decimals, locale)}%`;
}
