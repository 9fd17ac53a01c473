// Dates and times for reading: "25 Nov 2023 14.05" in Bahasa Indonesia, "25 Nov 2023, 14:05" in English.
import type { Locale } from '../../shared/messages/index.ts';

const TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export function formatDateTime(iso: string | Date | null | undefined, locale: Locale): string {
  if (!iso) return '–';
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '–';
  return new Intl.DateTimeFormat(TAG[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function formatDate(iso: string | Date | null | undefined, locale: Locale): string {
  if (!iso) return '–';
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '–';
  return new Intl.DateTimeFormat(TAG[locale], { day: 'numeric', month: 'short', year: 'numeric' }).format(
    date,
  );
}

/** The month index (0–11) of a 'YYYY-MM' month. */
export function monthIndex(month: string): number {
  return Number(month.slice(5, 7)) - 1;
}
