import { describe, expect, it } from 'vitest';
import type { MonthCompleteness } from '../../shared/api/dashboard.schema.ts';
import type { EntriesView } from '../../shared/api/entries.schema.ts';
import { EMPTY_VALUES, type EntryValues } from './entry-fields.ts';
import { missingInMonth, monthsToReport, needsReason } from './month-reporting.ts';

const node = (code: string, fields: string[], applicable = true) =>
  ({ type: 'indicator', code, fields, applicable }) as unknown as EntriesView['tree'][number];
const value = (indicatorCode: string, month: string, v: Partial<typeof EMPTY_VALUES>) => ({
  ...EMPTY_VALUES,
  indicatorCode,
  month,
  ...v,
});

describe('missingInMonth', () => {
  const tree = [
    { type: 'group', code: 'SPM' } as unknown as EntriesView['tree'][number],
    node('COUNT', ['numerator']),
    node('RATIO', ['numerator', 'denominator']),
    node('FLAG', ['flag']),
    node('NA', ['numerator'], false),
    node('LEVEL', ['value']),
  ];
  it('names the applicable indicators without a whole value for the month, in order', () => {
    const values = [
      value('COUNT', '2023-12', { numerator: 0 }),
      value('RATIO', '2023-12', { numerator: 3 }),
      value('FLAG', '2023-11', { flag: true }),
      value('LEVEL', '2023-12', { numerator: 4 }),
    ];
    expect(missingInMonth(tree, values, '2023-12').map((n) => n.code)).toEqual(['RATIO', 'FLAG']);
  });
});

const month = (m: string, reportedOn: string | null): MonthCompleteness => ({
  month: m,
  due: '',
  required: 2,
  filled: 2,
  late: 0,
  complete: true,
  completedOn: null,
  reportedOn,
  reportedAt: null,
  reportedBy: null,
  onTime: null,
});

describe('monthsToReport', () => {
  it('lists the months that have ended and are not reported', () => {
    const status = [month('2023-10', '2023-11-02'), month('2023-11', null), month('2023-12', null)];
    expect(monthsToReport(status, '2023-12-31').map((m) => m.month)).toEqual(['2023-11']);
    expect(monthsToReport(status, '2024-01-01').map((m) => m.month)).toEqual(['2023-11', '2023-12']);
  });
});

describe('needsReason', () => {
  const stored: EntryValues = { ...EMPTY_VALUES, numerator: 10 };
  const changed: EntryValues = { ...EMPTY_VALUES, numerator: 12 };
  const rows: [string, MonthCompleteness | undefined, EntryValues, string | undefined, boolean][] = [
    [
      'a change to a reported month, no reason yet: asks',
      month('2023-03', '2023-04-02'),
      changed,
      undefined,
      true,
    ],
    [
      'a change to a reported month, a blank reason: asks',
      month('2023-03', '2023-04-02'),
      changed,
      '  ',
      true,
    ],
    [
      'a change to a reported month with its reason: queues',
      month('2023-03', '2023-04-02'),
      changed,
      'Rekap',
      false,
    ],
    ['the stored value typed again: no correction', month('2023-03', '2023-04-02'), stored, undefined, false],
    ['a month not reported: no reason', month('2023-03', null), changed, undefined, false],
    [
      'emptying a cell of a reported month: not asked (the server refuses it)',
      month('2023-03', '2023-04-02'),
      EMPTY_VALUES,
      undefined,
      false,
    ],
  ];
  it.each(rows)('%s', (_name, m, values, reason, expected) => {
    expect(needsReason(m, values, stored, reason)).toBe(expected);
  });
});
