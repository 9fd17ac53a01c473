import { describe, expect, it } from 'vitest';
import { actionsToCarry, daysOverdue, isOpenAction, isOverdue, type RtlStatus } from './rtl.ts';

describe('an RTL action', () => {
  it.each([
    ['direncanakan', true],
    ['berjalan', true],
    ['selesai', false],
    ['batal', false],
  ] as const)('is open while %s: %s', (status, open) => {
    expect(isOpenAction(status)).toBe(open);
  });

  const action = (status: RtlStatus, dueOn: string | null) => ({ status, dueOn });
  it.each([
    ['planned, due yesterday', action('direncanakan', '2024-03-31'), '2024-04-01', true, 1],
    ['under way, due a month ago', action('berjalan', '2024-03-01'), '2024-04-01', true, 31],
    ['due today: not until the day is over', action('berjalan', '2024-04-01'), '2024-04-01', false, 0],
    ['due tomorrow', action('direncanakan', '2024-04-02'), '2024-04-01', false, 0],
    ['done after its due date', action('selesai', '2024-01-31'), '2024-04-01', false, 0],
    ['cancelled after its due date', action('batal', '2024-01-31'), '2024-04-01', false, 0],
    ['without a due date', action('berjalan', null), '2024-04-01', false, 0],
  ] as const)('%s: overdue %s', (_name, a, today, overdue, days) => {
    expect(isOverdue(a, today)).toBe(overdue);
    expect(daysOverdue(a, today)).toBe(days);
  });

  it('carries the open actions into the next year, each once', () => {
    const actions = [
      { id: 1, status: 'direncanakan' as const },
      { id: 2, status: 'berjalan' as const },
      { id: 3, status: 'selesai' as const },
      { id: 4, status: 'batal' as const },
      { id: 5, status: 'berjalan' as const },
    ];
    expect(actionsToCarry(actions, new Set()).map((a) => a.id)).toEqual([1, 2, 5]);
    expect(actionsToCarry(actions, new Set([2])).map((a) => a.id)).toEqual([1, 5]);
  });
});
