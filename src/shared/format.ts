// Numbers and labels as an Indonesian reader expects them: 8,5; 91,25%; 1.234.
import type { Locale } from './messages/index.ts';

const LOCALE_TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(key, f);
  }
  return f;
}

/** A number for display, or "–" for a value that is missing or not assessable. */
export function formatNumber(x: number | null | undefined, decimals = 2, locale: Locale = 'id'): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return numberFormat(locale, decimals).format(x);
}
