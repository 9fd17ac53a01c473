// Months and dates in words, Indonesian or English ("Maret 2023", "5 April 2023"): for messages that
// must name the month a refusal is about, which its 'YYYY-MM' would not say plainly to an officer.
import type { Locale } from './messages/index.ts';

export const MONTH_NAMES: Record<Locale, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** '2023-03' → "Maret 2023"; anything else as it is. */
export function monthWords(month: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match && MONTH_NAMES[locale][Number(match[2]) - 1];
  return match && name ? `${name} ${match[1]}` : month;
}

/** '2023-04-05' (or an ISO instant's date part) → "5 April 2023"; anything else as it is. */
export function dateWords(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const name = match && MONTH_NAMES[locale][Number(match[2]) - 1];
  return match && name ? `${Number(match[3])} ${name} ${match[1]}` : date;
}
