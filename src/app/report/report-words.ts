// How the report writes its figures and labels: Indonesian number format, a dash for what is not
// there, the words of categories, stages and meeting kinds.
import type { Stage } from '../../domain/assessment/inputs.ts';
import type { MeetingKind } from '../../domain/meetings/meeting-counts.ts';
import type { Category } from '../../domain/scoring/classify.ts';
import { localDate, WIB_OFFSET_MINUTES } from '../../domain/periods/calendar.ts';
import { dateWords } from '../../shared/calendar-words.ts';
import { formatNumber } from '../../shared/format.ts';

export const DASH = '–';

/** 2 decimals where the figure is a percentage or a score, none for a count. */
export function num(x: number | null | undefined, decimals = 2): string {
  return formatNumber(x ?? null, decimals, 'id');
}

/** A count of people or things: whole, with thousands separators; a fractional stock keeps 2 decimals. */
export function count(x: number | null | undefined): string {
  if (x === null || x === undefined) return DASH;
  return formatNumber(x, Number.isInteger(x) ? 0 : 2, 'id');
}

export function percent(x: number | null | undefined): string {
  return x === null || x === undefined ? DASH : `${num(x)}%`;
}

export function categoryWords(category: Category | null): string {
  return category ?? 'belum dapat dikategorikan';
}

export const STAGE_WORDS: Record<Stage, string> = {
  self: 'Penilaian mandiri Puskesmas (belum diverifikasi)',
  verified: 'Hasil verifikasi Dinas Kesehatan',
};

export const MEETING_KIND_WORDS: Record<MeetingKind, string> = {
  lokmin_bulanan: 'Lokakarya mini bulanan',
  lokmin_tribulanan: 'Lokakarya mini tribulanan',
  review_kinerja: 'Review kinerja',
  lintas_program: 'Pertemuan lintas program',
};

/** "30 November 2026, 16.05 WIB". */
export function dateTimeWords(at: Date): string {
  const wib = new Date(at.getTime() + WIB_OFFSET_MINUTES * 60_000);
  const hh = String(wib.getUTCHours()).padStart(2, '0');
  const mm = String(wib.getUTCMinutes()).padStart(2, '0');
  return `${dateWords(localDate(at), 'id')}, ${hh}.${mm} WIB`;
}
