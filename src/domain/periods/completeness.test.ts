import { describe, expect, it } from 'vitest';
import { completeMonths, monthStatuses, type EntryStamp } from './completeness.ts';

const stamp = (indicatorCode: string, month: string, enteredOn: string, filled = true): EntryStamp => ({
  indicatorCode,
  month,
  enteredOn,
  filled,
});
const required = new Set(['A', 'B']);
const march = (stamps: EntryStamp[], today: string, completedOn?: string) =>
  monthStatuses(
    2023,
    required,
    stamps,
    today,
    new Map(completedOn === undefined ? [] : [['2023-03', completedOn]]),
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

  const rows: [
    string,
    EntryStamp[],
    string,
    { complete: boolean; onTime: boolean | null; filled: number; late?: number },
  ][] = [
    [
      'both entered on the 5th, checked on the 6th: complete and on time',
      [stamp('A', '2023-03', '2023-04-05'), stamp('B', '2023-03', '2023-04-01')],
      '2023-04-06',
      { complete: true, onTime: true, filled: 2, late: 0 },
    ],
    [
      'one entered on the 6th: complete but late',
      [stamp('A', '2023-03', '2023-04-06'), stamp('B', '2023-03', '2023-04-01')],
      '2023-04-07',
      { complete: true, onTime: false, filled: 2, late: 1 },
    ],
    [
      'on the due date itself nothing is decided yet',
      [stamp('A', '2023-03', '2023-04-06')],
      '2023-04-05',
      { complete: false, onTime: null, filled: 1 },
    ],
    [
      'the day after the due date, a missing value makes it late',
      [stamp('A', '2023-03', '2023-04-02')],
      '2023-04-06',
      { complete: false, onTime: false, filled: 1 },
    ],
    [
      'a month entered early and complete is still not due',
      [stamp('A', '2023-03', '2023-03-31'), stamp('B', '2023-03', '2023-03-31')],
      '2023-04-01',
      { complete: true, onTime: null, filled: 2 },
    ],
    [
      'a cleared value does not count',
      [stamp('A', '2023-03', '2023-04-01'), stamp('B', '2023-03', '2023-04-01', false)],
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
      '2023-05-01',
      { complete: true, onTime: true, filled: 2 },
    ],
    [
      'values of other months do not fill this one',
      [stamp('A', '2023-02', '2023-03-01'), stamp('B', '2023-04', '2023-05-01')],
      '2023-05-01',
      { complete: false, onTime: false, filled: 0 },
    ],
  ];
  // These months carry no recorded completion date (values stored before pkp recorded one): judged by
  // the dates their values were last entered, as before.
  it.each(rows)('%s', (_name, stamps, today, expected) => {
    expect(march(stamps, today)).toMatchObject({ due: '2023-04-05', required: 2, ...expected });
  });

  const onTime = [stamp('A', '2023-03', '2023-04-03'), stamp('B', '2023-03', '2023-04-02')];
  const corrected = [stamp('A', '2023-03', '2023-06-14'), stamp('B', '2023-03', '2023-04-02')];
  const recorded: [
    string,
    EntryStamp[],
    string,
    string,
    { complete: boolean; onTime: boolean | null; completedOn: string; late?: number },
  ][] = [
    [
      'completed on the 5th: on time',
      onTime,
      '2023-04-05',
      '2023-04-06',
      { complete: true, onTime: true, completedOn: '2023-04-05' },
    ],
    [
      'completed on the 6th: late',
      [stamp('A', '2023-03', '2023-04-06'), stamp('B', '2023-03', '2023-04-02')],
      '2023-04-06',
      '2023-04-07',
      { complete: true, onTime: false, completedOn: '2023-04-06', late: 1 },
    ],
    [
      'completed by the 5th and corrected in June: still on time (the correction counts as late, for information)',
      corrected,
      '2023-04-03',
      '2023-07-01',
      { complete: true, onTime: true, completedOn: '2023-04-03', late: 1 },
    ],
    [
      'completed by the 5th, a value cleared since: not on time while it is incomplete',
      [stamp('A', '2023-03', '2023-06-14', false), stamp('B', '2023-03', '2023-04-02')],
      '2023-04-03',
      '2023-07-01',
      { complete: false, onTime: false, completedOn: '2023-04-03' },
    ],
    [
      'completed late and corrected again: stays late',
      corrected,
      '2023-04-20',
      '2023-07-01',
      { complete: true, onTime: false, completedOn: '2023-04-20' },
    ],
    [
      'completed early: nothing decided before the due date has passed',
      onTime,
      '2023-03-31',
      '2023-04-05',
      { complete: true, onTime: null, completedOn: '2023-03-31' },
    ],
  ];
  it.each(recorded)('%s', (_name, stamps, completedOn, today, expected) => {
    expect(march(stamps, today, completedOn)).toMatchObject({ due: '2023-04-05', ...expected });
  });

  it('is complete (and on time once due) when nothing is required', () => {
    expect(monthStatuses(2023, new Set(), [], '2024-02-01')[11]).toMatchObject({
      complete: true,
      onTime: true,
      required: 0,
    });
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
