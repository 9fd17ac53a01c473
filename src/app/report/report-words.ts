// How the report writes its figures and labels: Indonesian number format, a dash for what is not
// there, the words of categories, stages and meeting kinds.
import type { Stage } from '../../domain/assessment/inputs.ts';
import type { MeetingKind } from '../../domain/meetings/meeting-counts.ts';
import type { Category } from '../../domain/scoring/classify.ts';
import { localDate, WIB_OFFSET_MINUTES } from '../../domain/periods/calendar.ts';
import { dateWords } from '../../shared/calendar-words.ts';
import type { Axis } from '../../domain/catalog/types.ts';
import { formatAxisScore, formatNodeScore, nodeScoreOnAxis } from '../../shared/axis-scale.ts';
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

/** A headline figure on its axis' scale: "89,57%", "8,27", "91,67%". */
export function axisFigure(axis: Axis, score: number | null | undefined): string {
  return formatAxisScore(axis, score, 'id');
}

/** A tree node's score as its axis reads it (a Mutu group of 7,5 is "75,00%": docs/scoring-decisions.md rule 34). */
export function nodeFigure(axis: Axis, score: number | null | undefined): string {
  return formatNodeScore(axis, score ?? null, 'id');
}

/** The same without the % sign, for a column whose heading says the unit. */
export function nodeNumber(axis: Axis, score: number | null | undefined): string {
  return num(nodeScoreOnAxis(axis, score ?? null));
}

/** "Baik bila ≥ 91%, Cukup 81% sampai di bawah 91%, Kurang di bawah 81%", from the thresholds in force. */
export function thresholdWords(axis: Axis, [baik, cukup]: readonly [number, number]): string {
  const f = (x: number) => (axis === 'management' ? num(x, 1) : `${num(x, 0)}%`);
  return `Baik bila ≥ ${f(baik)}, Cukup ${f(cukup)} sampai di bawah ${f(baik)}, Kurang di bawah ${f(cukup)}`;
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
