// The meetings of a Puskesmas-year counted as the criteria count them: per kind, per quarter, and in
// how many months (or quarters) a monthly (or quarterly) mini workshop was held.
import type { CalendarDate } from '../periods/calendar.ts';

/**
 * Lokakarya mini bulanan and tribulanan (criterion 2.7.1: reports to the head "melalui pertemuan …
 * lokakarya mini bulanan"), the performance review (2.8.4 a: at least twice a year) and the
 * cross-programme discussion of achievements (2.8.3 c).
 */
export const MEETING_KINDS = [
  'lokmin_bulanan',
  'lokmin_tribulanan',
  'review_kinerja',
  'lintas_program',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface MeetingHeld {
  kind: MeetingKind;
  heldOn: CalendarDate;
}

export type Quarter = 1 | 2 | 3 | 4;

/** The quarter (triwulan) of a date: January–March is 1. */
export function quarterOf(date: CalendarDate): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

export interface KindCount {
  /** Meetings recorded. */
  meetings: number;
  /** Meetings per quarter, January–March first. */
  byQuarter: [number, number, number, number];
  /** Distinct months with at least one meeting of the kind. */
  months: number;
  /** Distinct quarters with at least one meeting of the kind. */
  quarters: number;
}

export type MeetingCounts = Record<MeetingKind, KindCount>;

export function countMeetings(meetings: readonly MeetingHeld[]): MeetingCounts {
  const counts = Object.fromEntries(
    MEETING_KINDS.map((kind): [MeetingKind, KindCount] => {
      const ofKind = meetings.filter((m) => m.kind === kind);
      const byQuarter: KindCount['byQuarter'] = [0, 0, 0, 0];
      for (const m of ofKind) {
        const q = quarterOf(m.heldOn) - 1;
        byQuarter[q] = (byQuarter[q] ?? 0) + 1;
      }
      return [
        kind,
        {
          meetings: ofKind.length,
          byQuarter,
          months: new Set(ofKind.map((m) => m.heldOn.slice(0, 7))).size,
          quarters: byQuarter.filter((n) => n > 0).length,
        },
      ];
    }),
  );
  return counts as MeetingCounts;
}
