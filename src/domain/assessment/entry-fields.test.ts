import { describe, expect, it } from 'vitest';
import type { CatalogIndicator } from '../catalog/types.ts';
import { entryFields, entryProblem, hasValue, type EntryValue } from './entry-fields.ts';

const base: CatalogIndicator = {
  type: 'indicator',
  code: 'X',
  number: '1)',
  name: 'uji',
  unit: '%',
  kind: 'coverage',
  direction: 'higher',
  target: { printed: '90', value: 90, comparator: '>=' },
  sasaran: 'Bayi',
  entry: 'count',
  appliesTo: 'all',
  optional: false,
};
const count = base;
const share = { ...base, entry: 'ratio', scale: 100 } as const;
const los = { ...base, kind: 'value', direction: 'lower', entry: 'ratio', scale: 1, unit: 'Hari' } as const;
const amount = { ...base, kind: 'value', entry: 'amount' } as const;
const stock = { ...base, entry: 'level' } as const;
const index = { ...base, kind: 'value', entry: 'level' } as const;
const yesno = { ...base, kind: 'yesno', entry: 'yesno' } as const;
const ontimeRatio = { ...base, kind: 'ontime', entry: 'ratio', scale: 1 } as const;

describe('entryFields', () => {
  it.each([
    ['count', count, ['numerator']],
    ['ratio', share, ['numerator', 'denominator']],
    ['amount', amount, ['value']],
    ['a coverage stock (villages with STBM) is counted', stock, ['numerator']],
    ['any other level is a value', index, ['value']],
    ['yes/no', yesno, ['flag']],
    ['Table 5 items', { ...base, kind: 'rubric', entry: 'annual' } as const, []],
  ] as [string, CatalogIndicator, string[]][])('%s', (_name, ind, fields) => {
    expect(entryFields(ind)).toEqual(fields);
  });
});

describe('entryProblem', () => {
  const rows: [string, CatalogIndicator, EntryValue, ReturnType<typeof entryProblem>][] = [
    ['a count takes a numerator', count, { numerator: 12 }, null],
    ['a count of 0 is a value', count, { numerator: 0 }, null],
    ['a negative count is refused', count, { numerator: -1 }, { field: 'numerator', rule: 'negative' }],
    ['NaN is not a number', count, { numerator: Number.NaN }, { field: 'numerator', rule: 'not-a-number' }],
    [
      'Infinity is not a number',
      amount,
      { value: Number.POSITIVE_INFINITY },
      { field: 'value', rule: 'not-a-number' },
    ],
    [
      'a count given as value is the wrong field',
      count,
      { value: 3 },
      { field: 'value', rule: 'wrong-field', expected: ['numerator'] },
    ],
    ['a count with nothing is missing its numerator', count, {}, { field: 'numerator', rule: 'required' }],
    ['a count set to null clears the month', count, { numerator: null }, null],
    ['a ratio needs its denominator', share, { numerator: 3 }, { field: 'denominator', rule: 'required' }],
    [
      'a ratio needs its numerator',
      share,
      { numerator: null, denominator: 3 },
      { field: 'numerator', rule: 'required' },
    ],
    ['a share: numerator equal to the denominator is fine', share, { numerator: 5, denominator: 5 }, null],
    [
      'a share: numerator above the denominator is refused',
      share,
      { numerator: 6, denominator: 5 },
      { field: 'numerator', rule: 'above-denominator' },
    ],
    [
      'length of stay (scale 1): patient days above patients is fine',
      los,
      { numerator: 30, denominator: 9 },
      null,
    ],
    [
      'an on-time ratio cannot have more on time than due',
      ontimeRatio,
      { numerator: 4, denominator: 3 },
      { field: 'numerator', rule: 'above-denominator' },
    ],
    ['a ratio with both null clears the month', share, { numerator: null, denominator: null }, null],
    [
      'a count of 1,5 people is refused: people are whole',
      count,
      { numerator: 1.5 },
      { field: 'numerator', rule: 'not-whole', bound: { quantity: 'count', max: 10_000_000, whole: true } },
    ],
    [
      'a count of 1e308 is refused: above any month of a Puskesmas',
      count,
      { numerator: 1e308 },
      {
        field: 'numerator',
        rule: 'above-maximum',
        bound: { quantity: 'count', max: 10_000_000, whole: true },
      },
    ],
    [
      'a share with a denominator of 1e-300 is refused: events are whole',
      share,
      { numerator: 0, denominator: 1e-300 },
      { field: 'denominator', rule: 'not-whole', bound: { quantity: 'count', max: 10_000_000, whole: true } },
    ],
    [
      'length of stay: 2,5 days of care for one patient is fine',
      los,
      { numerator: 2.5, denominator: 1 },
      null,
    ],
    [
      'length of stay: half a patient is refused',
      los,
      { numerator: 3, denominator: 1.5 },
      { field: 'denominator', rule: 'not-whole', bound: { quantity: 'count', max: 10_000_000, whole: true } },
    ],
    [
      'length of stay: days of care with five decimals are refused',
      los,
      { numerator: 2.12345, denominator: 1 },
      {
        field: 'numerator',
        rule: 'too-many-decimals',
        bound: { quantity: 'days', max: 10_000_000, whole: false },
      },
    ],
    ['an amount takes a value', amount, { value: 2 }, null],
    ['a stock takes a numerator', stock, { numerator: 4 }, null],
    ['an index takes a value', index, { value: 0.62 }, null],
    ['yes/no takes a flag', yesno, { flag: false }, null],
    [
      'yes/no given a number is the wrong field',
      yesno,
      { numerator: 1 },
      { field: 'numerator', rule: 'wrong-field', expected: ['flag'] },
    ],
    [
      'a flag on a count is the wrong field',
      count,
      { numerator: 1, flag: true },
      { field: 'flag', rule: 'wrong-field', expected: ['numerator'] },
    ],
  ];
  it.each(rows)('%s', (_name, ind, value, problem) => {
    expect(entryProblem(ind, value)).toEqual(problem);
  });
});

describe('hasValue', () => {
  it.each([
    ['a count with a numerator', count, { numerator: 0 }, true],
    ['a count loaded in the value column still counts', count, { value: 3 }, true],
    ['a cleared count', count, { numerator: null }, false],
    ['a ratio without its denominator', share, { numerator: 2, denominator: null }, false],
    ['a ratio with both', share, { numerator: 2, denominator: 4 }, true],
    ['ya/tidak answered tidak', yesno, { flag: false }, true],
    ['ya/tidak unanswered', yesno, { flag: null }, false],
  ] as [string, CatalogIndicator, object, boolean][])('%s', (_name, ind, entry, filled) => {
    expect(hasValue(ind, entry)).toBe(filled);
  });
});
