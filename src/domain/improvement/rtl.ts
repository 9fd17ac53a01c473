// Bab VI, the follow-up plan (RTL, rencana tindak lanjut): the life of one action, when it is overdue,
// and which actions a year hands on to the next.
import type { CalendarDate } from '../periods/calendar.ts';

/** Planned → under way → done, or cancelled (an action is never deleted: its history stays). */
export const RTL_STATUSES = ['direncanakan', 'berjalan', 'selesai', 'batal'] as const;
export type RtlStatus = (typeof RTL_STATUSES)[number];

/**
 * Where the money comes from, as Puskesmas plans name it; any other source is written out in words
 * ("lainnya"). "Tanpa anggaran" is an action that costs nothing (a coordination, a change of schedule).
 */
export const BUDGET_SOURCES = ['BOK', 'APBD', 'JKN kapitasi', 'BLUD', 'Dana Desa', 'Tanpa anggaran'] as const;

/** An action still to be done: planned or under way. */
export function isOpenAction(status: RtlStatus): boolean {
  return status === 'direncanakan' || status === 'berjalan';
}

/**
 * Overdue: its due date has passed (`today` is after it, on the Puskesmas' own calendar) and it is
 * still open. An action due today is not overdue until the day is over; one without a due date never is.
 */
export function isOverdue(
  action: { status: RtlStatus; dueOn: CalendarDate | null },
  today: CalendarDate,
): boolean {
  return action.dueOn !== null && action.dueOn < today && isOpenAction(action.status);
}

/** The days an overdue action is past its due date (0 when it is not overdue). */
export function daysOverdue(
  action: { status: RtlStatus; dueOn: CalendarDate | null },
  today: CalendarDate,
): number {
  if (!isOverdue(action, today) || action.dueOn === null) return 0;
  return Math.round((Date.parse(today) - Date.parse(action.dueOn)) / 86_400_000);
}

/**
 * The actions of a year that go on into the next: the open ones that have not been carried already
 * (`carriedIds`: the ids the next year's copies name as their origin), so carrying twice copies nothing twice.
 */
export function actionsToCarry<A extends { id: number; status: RtlStatus }>(
  actions: readonly A[],
  carriedIds: ReadonlySet<number>,
): A[] {
  return actions.filter((a) => isOpenAction(a.status) && !carriedIds.has(a.id));
}
