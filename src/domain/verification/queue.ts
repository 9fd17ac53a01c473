// The verifier's queue: for each Puskesmas × programme, where verification stands and whether it is
// overdue (docs/scoring-decisions.md, "Verification").
import type { AssessmentStatus } from '../assessment/status.ts';
import type { ReturnStatus } from './returns.ts';

/** How long each side has before an item is flagged overdue, in days of 24 hours. */
export const VERIFICATION_DEADLINES = {
  /** A submitted programme nobody at Dinkes has looked at. */
  firstLook: 14,
  /** A returned item the Puskesmas has not answered. */
  answer: 7,
  /** An answer the verifier has not closed or returned again. */
  close: 7,
} as const;

export const REVIEW_OUTCOMES = ['accepted', 'corrected', 'returned'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const PROGRAMME_STATES = [
  /** The year is still the Puskesmas' draft: nothing to verify yet. */
  'not-submitted',
  'not-looked',
  'accepted',
  'corrected',
  /** A return waits for the Puskesmas. */
  'returned',
  /** An answer waits for the verifier. */
  'answered',
  /** The year is verified (or final, or published): done. */
  'verified',
] as const;
export type ProgrammeState = (typeof PROGRAMME_STATES)[number];

export interface ProgrammeFacts {
  status: AssessmentStatus | null;
  submittedAt: Date | null;
  /** The verifier's last look at the programme. */
  lastLook: { outcome: ReviewOutcome; at: Date } | null;
  /** The returns that cover the programme or one of its indicators. */
  returns: readonly { status: ReturnStatus; returnedAt: Date; answeredAt: Date | null }[];
}

/** Where one programme of a Puskesmas-year stands: what waits for whom first, then the last look. */
export function programmeState(facts: ProgrammeFacts): ProgrammeState {
  if (facts.status === null || facts.status === 'draft') return 'not-submitted';
  if (facts.status !== 'submitted') return 'verified';
  if (facts.returns.some((r) => r.status === 'answered')) return 'answered';
  if (facts.returns.some((r) => r.status === 'open')) return 'returned';
  if (!facts.lastLook) return 'not-looked';
  // A look that returned something whose returns are all closed since: the answers were accepted.
  return facts.lastLook.outcome === 'returned' ? 'accepted' : facts.lastLook.outcome;
}

export interface Overdue {
  /** Whose turn it is: the verifier's (`not-looked`, `answer-waiting`) or the Puskesmas' (`return-unanswered`). */
  reason: 'not-looked' | 'answer-waiting' | 'return-unanswered';
  /** Since when the clock runs (submission, the answer, the return). */
  since: Date;
  /** Whole days since then. */
  days: number;
}

const DAY = 24 * 60 * 60 * 1000;

function over(since: Date, limit: number, now: Date): number | null {
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  return days > limit ? days : null;
}

/**
 * Whether a programme of a submitted year is overdue, and why (the oldest wait first when several):
 * an answer the verifier left more than 7 days, a programme nobody looked at more than 14 days after
 * submission, a return the Puskesmas left unanswered more than 7 days.
 */
export function overdueOf(facts: ProgrammeFacts, now: Date): Overdue | null {
  if (facts.status !== 'submitted') return null;
  const found: Overdue[] = [];
  for (const r of facts.returns) {
    if (r.status === 'answered' && r.answeredAt) {
      const days = over(r.answeredAt, VERIFICATION_DEADLINES.close, now);
      if (days !== null) found.push({ reason: 'answer-waiting', since: r.answeredAt, days });
    }
    if (r.status === 'open') {
      const days = over(r.returnedAt, VERIFICATION_DEADLINES.answer, now);
      if (days !== null) found.push({ reason: 'return-unanswered', since: r.returnedAt, days });
    }
  }
  if (!facts.lastLook && facts.returns.length === 0 && facts.submittedAt) {
    const days = over(facts.submittedAt, VERIFICATION_DEADLINES.firstLook, now);
    if (days !== null) found.push({ reason: 'not-looked', since: facts.submittedAt, days });
  }
  const rank = { 'answer-waiting': 0, 'not-looked': 1, 'return-unanswered': 2 } as const;
  found.sort((a, b) => rank[a.reason] - rank[b.reason] || a.since.getTime() - b.since.getTime());
  return found[0] ?? null;
}
