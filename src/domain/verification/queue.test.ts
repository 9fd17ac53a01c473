import { describe, expect, it } from 'vitest';
import { overdueOf, programmeState, type ProgrammeFacts, type ProgrammeState } from './queue.ts';

const submittedAt = new Date('2024-01-20T02:00:00Z');
const days = (n: number, from = submittedAt) => new Date(from.getTime() + n * 24 * 60 * 60 * 1000);
const facts = (f: Partial<ProgrammeFacts> = {}): ProgrammeFacts => ({
  status: 'submitted',
  submittedAt,
  lastLook: null,
  returns: [],
  ...f,
});
const open = { status: 'open' as const, returnedAt: days(2), answeredAt: null };
const answered = { status: 'answered' as const, returnedAt: days(2), answeredAt: days(4) };
const closed = { status: 'closed' as const, returnedAt: days(2), answeredAt: days(4) };

describe('where a programme of a Puskesmas-year stands', () => {
  const cases: [string, ProgrammeFacts, ProgrammeState][] = [
    ['a draft: not submitted yet', facts({ status: 'draft', submittedAt: null }), 'not-submitted'],
    ['no year opened: not submitted', facts({ status: null, submittedAt: null }), 'not-submitted'],
    ['submitted, nobody looked', facts(), 'not-looked'],
    ['accepted at the last look', facts({ lastLook: { outcome: 'accepted', at: days(1) } }), 'accepted'],
    ['corrected at the last look', facts({ lastLook: { outcome: 'corrected', at: days(1) } }), 'corrected'],
    ['a return open: waits for the Puskesmas', facts({ returns: [open] }), 'returned'],
    [
      'an answer in: waits for the verifier, before an open one',
      facts({ returns: [open, answered] }),
      'answered',
    ],
    [
      'returned, every return closed since: accepted',
      facts({ lastLook: { outcome: 'returned', at: days(2) }, returns: [closed] }),
      'accepted',
    ],
    ['verified: done', facts({ status: 'verified', returns: [] }), 'verified'],
    ['final: done', facts({ status: 'final' }), 'verified'],
  ];
  it.each(cases)('%s', (_name, f, state) => {
    expect(programmeState(f)).toBe(state);
  });
});

describe('when a programme is overdue', () => {
  const cases: [string, ProgrammeFacts, Date, ReturnType<typeof overdueOf>][] = [
    ['not looked at 14 days after submission: not yet', facts(), days(14.9), null],
    [
      'not looked at 15 days after submission: overdue for Dinkes',
      facts(),
      days(15),
      {
        reason: 'not-looked',
        since: submittedAt,
        days: 15,
      },
    ],
    [
      'looked at: no first-look deadline',
      facts({ lastLook: { outcome: 'accepted', at: days(1) } }),
      days(60),
      null,
    ],
    ['a return unanswered 7 days: not yet', facts({ returns: [open] }), days(9.5), null],
    [
      'a return unanswered 8 days: overdue for the Puskesmas',
      facts({ returns: [open] }),
      days(10),
      {
        reason: 'return-unanswered',
        since: open.returnedAt,
        days: 8,
      },
    ],
    [
      'an answer left 8 days: overdue for Dinkes',
      facts({ returns: [answered] }),
      days(12),
      {
        reason: 'answer-waiting',
        since: answered.answeredAt,
        days: 8,
      },
    ],
    [
      'both late: the verifier’s wait first',
      facts({ returns: [open, answered] }),
      days(20),
      {
        reason: 'answer-waiting',
        since: answered.answeredAt,
        days: 16,
      },
    ],
    ['a closed return: nothing waits', facts({ returns: [closed] }), days(90), null],
    ['a draft is never overdue', facts({ status: 'draft', submittedAt: null }), days(90), null],
    ['a verified year is never overdue', facts({ status: 'verified' }), days(90), null],
  ];
  it.each(cases)('%s', (_name, f, now, overdue) => {
    expect(overdueOf(f, now)).toEqual(overdue);
  });
});
