// The assessment cycle as data: the moves between a Puskesmas-year's statuses, who may make each,
// which need a reason, and what must hold first. Every service that moves a year asks this file, and
// the screens offer exactly what it allows (docs/scoring-decisions.md, the assessment cycle).
import { hasPermission, type Permission, type Role } from '../access/roles.ts';
import type { AssessmentStatus } from './status.ts';

export const MOVES = [
  'submit',
  'return',
  'verify',
  'reopenVerification',
  'finalise',
  'reopen',
  'publish',
] as const;
export type Move = (typeof MOVES)[number];

export interface MoveRule {
  from: readonly AssessmentStatus[];
  to: AssessmentStatus;
  /** Who may make it: the roles holding this permission (domain/access/roles.ts). */
  permission: Permission;
  /**
   * A move that takes work back (to the Puskesmas, out of "verified", out of "final") says why: the
   * people whose work it reopens read the reason. The others may carry a note.
   */
  reason: 'required' | 'optional';
  /** `district`: made once for every Puskesmas-year of a district (publication). */
  scope: 'year' | 'district';
}

export const MOVE_RULES: Readonly<Record<Move, MoveRule>> = {
  // The Kepala Puskesmas reports the year to Dinkes (criterion 2.8.4 c).
  submit: {
    from: ['draft'],
    to: 'submitted',
    permission: 'workflow:submit',
    reason: 'optional',
    scope: 'year',
  },
  // Dinkes sends the whole year back to the Puskesmas (for one indicator, it returns that item instead).
  return: {
    from: ['submitted'],
    to: 'draft',
    permission: 'workflow:return',
    reason: 'required',
    scope: 'year',
  },
  verify: {
    from: ['submitted'],
    to: 'verified',
    permission: 'workflow:verify',
    reason: 'optional',
    scope: 'year',
  },
  reopenVerification: {
    from: ['verified'],
    to: 'submitted',
    permission: 'workflow:return',
    reason: 'required',
    scope: 'year',
  },
  finalise: {
    from: ['verified'],
    to: 'final',
    permission: 'workflow:finalise',
    reason: 'optional',
    scope: 'year',
  },
  // Reopening a published year withdraws the district's publication until it is published again.
  reopen: {
    from: ['final', 'published'],
    to: 'verified',
    permission: 'workflow:finalise',
    reason: 'required',
    scope: 'year',
  },
  publish: {
    from: ['final'],
    to: 'published',
    permission: 'results:publish',
    reason: 'optional',
    scope: 'district',
  },
};

/**
 * What changed a year's status: a move, or the withdrawal of the district's publication — when one
 * published year is reopened, the district's results are no longer published, and its other published
 * years go back to final (`WITHDRAWAL`) until the district is published again.
 */
export type StatusCause = Move | 'withdrawal';
export const WITHDRAWAL = { from: 'published', to: 'final' } as const satisfies {
  from: AssessmentStatus;
  to: AssessmentStatus;
};

/** The longest reason or note a move keeps (the audit trail shows it whole). */
export const MOVE_REASON_MAX = 1000;

/** Why a move cannot be made by this role from this status, or null when it can. */
export type MoveRefusal =
  /** The role does not hold the move's permission. */
  | 'role'
  /** The year is not in a status the move starts from. */
  | 'status'
  /** The move needs a reason and none was given (or only spaces). */
  | 'reason';

/** A reason as it is kept: trimmed, and null when nothing is left. */
export function reasonOf(raw: string | null | undefined): string | null {
  const trimmed = raw?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Whether `role` may make `move` on a Puskesmas-year in `status` (a year nobody opened is a draft),
 * with `reason` as given. Checks in this order: role, status, reason — so a user is never asked for a
 * reason for a move they could not make anyway.
 */
export function moveRefusal(
  role: Role,
  move: Move,
  status: AssessmentStatus | null,
  reason: string | null = null,
): MoveRefusal | null {
  const rule = MOVE_RULES[move];
  if (!hasPermission(role, rule.permission)) return 'role';
  if (!rule.from.includes(status ?? 'draft')) return 'status';
  if (rule.reason === 'required' && reasonOf(reason) === null) return 'reason';
  return null;
}

/** The moves of one Puskesmas-year that `role` may make from `status`, in workflow order. */
export function movesFor(role: Role, status: AssessmentStatus | null): Move[] {
  return MOVES.filter((move) => {
    if (MOVE_RULES[move].scope !== 'year') return false;
    const refusal = moveRefusal(role, move, status);
    return refusal === null || refusal === 'reason';
  });
}

/** What must hold besides role and status, as the service finds it under the year's lock. */
export interface MoveConditions {
  /** Items a verifier returned that are not closed yet (open, or answered and not accepted). */
  unclosedReturns: number;
  /** Whether the assessment year has ended (every month of it, on Pati's clock). */
  yearOver: boolean;
}

export type MoveBlocker =
  /** Verifying while an item returned to the Puskesmas is not closed: its answer is not looked at. */
  | 'returns-open'
  /** Submitting before the year has ended: the months still to come would count as 0. */
  | 'year-not-over';

/** What blocks a move that role and status allow, or null. */
export function moveBlocker(move: Move, conditions: MoveConditions): MoveBlocker | null {
  if (move === 'verify' && conditions.unclosedReturns > 0) return 'returns-open';
  if (move === 'submit' && !conditions.yearOver) return 'year-not-over';
  return null;
}

/**
 * The Puskesmas-years of a district that keep it from being published: every Puskesmas must have its
 * year, and every year must be final. Returns those that are not, in the order given.
 */
export function publicationBlockers<T extends { status: AssessmentStatus | null }>(years: readonly T[]): T[] {
  return years.filter((y) => y.status !== 'final');
}
