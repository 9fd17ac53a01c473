import { describe, expect, it } from 'vitest';
import { completeMonths, missingCodes, monthStatuses, type EntryStamp } from './completeness.ts';

const stamp = (indicatorCode: string, month: string, enteredOn: string, filled = true): EntryStamp => ({
  indicatorCode,
  month,
  enteredOn,
  filled,
});
const required = new Set(['A', 'B']);
const march = (stamps: EntryStamp[], today: string, reportedOn?: string, completedOn?: string) =>
  monthStatuses(
    2023,
    required,
    stamps,
    today,
    new Map(completedOn === undefined ? [] : [['2023-03', completedOn]]),
    new Map(reportedOn === undefined ? [] : [['2023-03', reportedOn]]),
  )[2]!;

describe('monthStatuses', () => {
  it('gives twelve months with their due dates, December due in January of the next year', () => {
    const statuses = monthStatuses(2023, required, [], '2023-01-01');
    expect(statuses.map((s) => s.month)).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
    ]);
    expect(statuses[0]!.due).toBe('2023-02-05');
    expect(statuses[11]!.due).toBe('2024-01-05');
  });

  const both = [stamp('A', '2023-03', '2023-04-03'), stamp('B', '2023-03', '2023-04-02')];
  const corrected = [stamp('A', '2023-03', '2023-06-14'), stamp('B', '2023-03', '2023-04-02')];
  // [name, stamps, reported on, today, expected]
  const rows: [
    string,
    EntryStamp[],
    string | undefined,
    string,
    { complete: boolean; onTime: boolean | null; filled?: number; late?: number; reportedOn?: string | null },
  ][] = [
    [
      'reported on the 5th: on time',
      both,
      '2023-04-05',
      '2023-04-06',
      { complete: true, onTime: true, reportedOn: '2023-04-05' },
    ],
    [
      'reported on the 6th: late',
      both,
      '2023-04-06',
      '2023-04-07',
      { complete: true, onTime: false, reportedOn: '2023-04-06' },
    ],
    [
      'reported on the 2nd: on time at once, before the due date has passed',
      both,
      '2023-04-02',
      '2023-04-03',
      { complete: true, onTime: true },
    ],
    [
      'complete by the 5th and never reported: not on time once the 5th has passed',
      both,
      undefined,
      '2023-04-06',
      { complete: true, onTime: false, reportedOn: null, late: 0 },
    ],
    [
      'complete and not reported on the due date itself: nothing decided yet',
      both,
      undefined,
      '2023-04-05',
      { complete: true, onTime: null },
    ],
    [
      'incomplete and not reported the day after the due date: not on time',
      [stamp('A', '2023-03', '2023-04-02')],
      undefined,
      '2023-04-06',
      { complete: false, onTime: false, filled: 1 },
    ],
    [
      'reported by the 5th and corrected in June: still on time (the correction counts as late, for information)',
      corrected,
      '2023-04-03',
      '2023-07-01',
      { complete: true, onTime: true, late: 1 },
    ],
    [
      'reported late and corrected again: stays late',
      corrected,
      '2023-04-20',
      '2023-07-01',
      { complete: true, onTime: false },
    ],
    [
      'reported by the 5th, an indicator required since and not filled: still on time, and incomplete',
      [stamp('A', '2023-03', '2023-04-01')],
      '2023-04-03',
      '2023-07-01',
      { complete: false, onTime: true, filled: 1 },
    ],
    [
      'a cleared value does not count',
      [stamp('A', '2023-03', '2023-04-01'), stamp('B', '2023-03', '2023-04-01', false)],
      undefined,
      '2023-05-01',
      { complete: false, onTime: false, filled: 1 },
    ],
    [
      'an indicator that is not required (not applicable) counts neither way',
      [
        stamp('A', '2023-03', '2023-04-01'),
        stamp('B', '2023-03', '2023-04-01'),
        stamp('C', '2023-03', '2023-06-01'),
      ],
      '2023-04-01',
      '2023-05-01',
      { complete: true, onTime: true, filled: 2, late: 0 },
    ],
    [
      'values of other months do not fill this one',
      [stamp('A', '2023-02', '2023-03-01'), stamp('B', '2023-04', '2023-05-01')],
      undefined,
      '2023-05-01',
      { complete: false, onTime: false, filled: 0 },
    ],
  ];
  it.each(rows)('%s', (_name, stamps, reportedOn, today, expected) => {
    expect(march(stamps, today, reportedOn)).toMatchObject({ due: '2023-04-05', required: 2, ...expected });
  });

  it('keeps the date the month first became complete, which no longer decides its timeliness', () => {
    expect(march(both, '2023-07-01', undefined, '2023-04-02')).toMatchObject({
      completedOn: '2023-04-02',
      reportedOn: null,
      onTime: false,
    });
  });

  it('is complete when nothing is required, and on time only once reported', () => {
    expect(monthStatuses(2023, new Set(), [], '2024-02-01')[11]).toMatchObject({
      complete: true,
      onTime: false,
      required: 0,
    });
  });
});

describe('missingCodes', () => {
  it('names the required indicators without a filled value for the month, in order', () => {
    const stamps = [
      stamp('B', '2023-03', '2023-04-01'),
      stamp('A', '2023-03', '2023-04-01', false),
      stamp('A', '2023-02', '2023-03-01'),
    ];
    expect(missingCodes(new Set(['A', 'B', 'C']), stamps, '2023-03')).toEqual(['A', 'C']);
  });
});

describe('completeMonths', () => {
  const months = ['2023-01', '2023-02', '2023-03'];
  it('names the months in which every required indicator has a filled value', () => {
    const stamps = [
      { indicatorCode: 'A', month: '2023-01', filled: true },
      { indicatorCode: 'B', month: '2023-01', filled: true },
      { indicatorCode: 'A', month: '2023-02', filled: true },
      { indicatorCode: 'B', month: '2023-02', filled: false },
      { indicatorCode: 'C', month: '2023-03', filled: true },
    ];
    expect(completeMonths(required, stamps, months)).toEqual(new Set(['2023-01']));
  });

  it('counts every month complete when nothing is required', () => {
    expect(completeMonths(new Set(), [], months)).toEqual(new Set(months));
  });
});
