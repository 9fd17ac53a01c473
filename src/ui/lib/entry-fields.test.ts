import { describe, expect, it } from 'vitest';
import { EMPTY_VALUES, parseEntry, parseFlag, payloadOf } from './entry-fields.ts';

const count = { entry: 'count', kind: 'coverage', fields: ['numerator'] } as const;
const ratio = { entry: 'ratio', kind: 'coverage', scale: 100, fields: ['numerator', 'denominator'] } as const;
const los = { entry: 'ratio', kind: 'value', scale: 1, fields: ['numerator', 'denominator'] } as const;
const yesno = { entry: 'yesno', kind: 'yesno', fields: ['flag'] } as const;

describe('parseEntry', () => {
  it('reads an Indonesian number over the stored entry', () => {
    const r = parseEntry(count, EMPTY_VALUES, { numerator: '1.234' }, 'id');
    expect(r).toEqual({ values: { ...EMPTY_VALUES, numerator: 1234 }, invalid: {} });
  });

  it('clears a field typed empty', () => {
    const r = parseEntry(count, { ...EMPTY_VALUES, numerator: 5 }, { numerator: '' }, 'id');
    expect(r.values.numerator).toBeNull();
  });

  it('refuses a negative count and text that is not a number, with the reason', () => {
    expect(parseEntry(count, EMPTY_VALUES, { numerator: '-3' }, 'id').invalid).toEqual({
      numerator: 'negative',
    });
    expect(parseEntry(count, EMPTY_VALUES, { numerator: 'dua' }, 'id').invalid).toEqual({
      numerator: 'not-a-number',
    });
  });

  it('refuses a numerator above its denominator on the field just typed', () => {
    const stored = { ...EMPTY_VALUES, numerator: 5, denominator: 10 };
    expect(parseEntry(ratio, stored, { numerator: '12' }, 'id').invalid).toEqual({
      numerator: 'numerator-above-denominator',
    });
    expect(parseEntry(ratio, stored, { denominator: '4' }, 'id').invalid).toEqual({
      denominator: 'numerator-above-denominator',
    });
  });

  it('lets a plain ratio such as length of stay exceed 1', () => {
    expect(parseEntry(los, EMPTY_VALUES, { numerator: '30', denominator: '10' }, 'id').invalid).toEqual({});
  });

  it('waits for the other half of a ratio before it can be saved', () => {
    expect(parseEntry(ratio, EMPTY_VALUES, { numerator: '12' }, 'id').invalid).toEqual({
      denominator: 'required',
    });
    expect(parseEntry(ratio, EMPTY_VALUES, { numerator: '12', denominator: '20' }, 'id').invalid).toEqual({});
    const stored = { ...EMPTY_VALUES, numerator: 5, denominator: 10 };
    expect(parseEntry(ratio, stored, { numerator: '', denominator: '' }, 'id').invalid).toEqual({});
  });

  it('reads ya/tidak and refuses anything else', () => {
    expect(parseEntry(yesno, EMPTY_VALUES, { flag: 'Ya' }, 'id').values.flag).toBe(true);
    expect(parseEntry(yesno, EMPTY_VALUES, { flag: 'mungkin' }, 'id').invalid).toEqual({
      flag: 'not-yes-no',
    });
  });
});

describe('parseFlag', () => {
  it.each([
    ['ya', true],
    ['Tidak', false],
    ['1', true],
    ['0', false],
    ['tepat', true],
    ['terlambat', false],
    ['', null],
    ['?', undefined],
  ])('reads %j as %s', (text, flag) => {
    expect(parseFlag(text)).toBe(flag);
  });
});

describe('payloadOf', () => {
  it('sends every field of the shape, so a save never leaves the other half of a ratio behind', () => {
    expect(payloadOf(ratio, { ...EMPTY_VALUES, numerator: 3 })).toEqual({ numerator: 3, denominator: null });
    expect(payloadOf(yesno, { ...EMPTY_VALUES, flag: false })).toEqual({ flag: false });
  });
});
