import { describe, expect, it } from 'vitest';
import { hasEnded, isOverdue, reportRefusal, reportStanding } from './reporting.ts';

describe('reportRefusal', () => {
  const rows: [string, string, boolean, string, ReturnType<typeof reportRefusal>][] = [
    ['March, complete, on 1 April: may be reported', '2023-03', true, '2023-04-01', null],
    ['March, complete, on 31 March: not over yet', '2023-03', true, '2023-03-31', 'not-ended'],
    ['March, incomplete, on 1 April: says what is missing', '2023-03', false, '2023-04-01', 'incomplete'],
    ['March, incomplete, in March: not over comes first', '2023-03', false, '2023-03-15', 'not-ended'],
    ['December, complete, on 1 January: may be reported', '2023-12', true, '2024-01-01', null],
    ['March, complete, years later: may be reported (late)', '2023-03', true, '2026-02-01', null],
  ];
  it.each(rows)('%s', (_name, month, complete, today, expected) => {
    expect(reportRefusal({ month, complete }, today)).toBe(expected);
  });

  it('reads a month as over from the first day of the next one', () => {
    expect(hasEnded('2023-03', '2023-03-31')).toBe(false);
    expect(hasEnded('2023-03', '2023-04-01')).toBe(true);
  });
});

describe('reportStanding', () => {
  const due = '2023-04-05';
  const rows: [string, string | null, boolean, ReturnType<typeof reportStanding>][] = [
    ['reported on the 5th: on time', '2023-04-05', true, 'on-time'],
    ['reported on the 6th: late', '2023-04-06', true, 'late'],
    ['reported, incomplete since (an indicator required again): as reported', '2023-04-02', false, 'on-time'],
    ['complete, not reported', null, true, 'unreported'],
    ['incomplete, not reported', null, false, 'incomplete'],
  ];
  it.each(rows)('%s', (_name, reportedOn, complete, expected) => {
    expect(reportStanding({ reportedOn, due, complete })).toBe(expected);
  });

  it('calls a month overdue once its 5th has passed without a report', () => {
    expect(isOverdue({ reportedOn: null, due }, '2023-04-05')).toBe(false);
    expect(isOverdue({ reportedOn: null, due }, '2023-04-06')).toBe(true);
    expect(isOverdue({ reportedOn: '2023-04-20', due }, '2023-05-01')).toBe(false);
  });
});
