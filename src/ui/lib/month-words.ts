// A month in words on screen: "Desember 2023", "December 2023"; several as one phrase.
import { monthNames, type Translate } from '../i18n/i18n.tsx';
import { monthIndex } from './dates.ts';

export function monthLabel(month: string, t: Translate): string {
  return `${monthNames(t, 'long')[monthIndex(month)] ?? month} ${month.slice(0, 4)}`;
}

/** "Maret 2023, April 2023": the months a dialog is about, in order. */
export function monthsLabel(months: readonly string[], t: Translate): string {
  return months.map((m) => monthLabel(m, t)).join(', ');
}
