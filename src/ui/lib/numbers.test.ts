import { describe, expect, it } from 'vitest';
import { formatInput, formatPercent, parseNumber } from './numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['1.234,5', 'id', 1234.5],
    ['1.234', 'id', 1234],
    ['1.234.567', 'id', 1234567],
    ['12,5', 'id', 12.5],
    ['12.5', 'id', 12.5],
    ['0,25', 'id', 0.25],
    [',5', 'id', 0.5],
    ['1,234.5', 'id', 1234.5],
    ['1,234.5', 'en', 1234.5],
    ['1,234', 'en', 1234],
    ['1.234', 'en', 1.234],
    ['12,5', 'en', 12.5],
    ['  7 ', 'id', 7],
    ['1\u00a0234', 'id', 1234],
    ['91%', 'id', 91],
    ['-3', 'id', -3],
    ['+3', 'id', 3],
  ] as const)('reads %j (%s) as %d', (text, locale, value) => {
    expect(parseNumber(text, locale)).toEqual({ ok: true, value });
  });

  it('reads an empty input as a cleared cell', () => {
    expect(parseNumber('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '1,2,3', '1.2.3', '12a', '-', '1.234,5,6', '1,23.4', '..', '1.23,4'])(
    'refuses %j with a reason',
    (text) => {
      expect(parseNumber(text, 'id')).toEqual({ ok: false, reason: 'not-a-number' });
    },
  );
});

describe('formatInput', () => {
  it('groups thousands and keeps the decimals a value has', () => {
    expect(formatInput(1234.5, 'id')).toBe('1.234,5');
    expect(formatInput(1234.5, 'en')).toBe('1,234.5');
    expect(formatInput(12, 'id')).toBe('12');
    expect(formatInput(null, 'id')).toBe('');
  });

  it('round-trips through parseNumber', () => {
    for (const x of [0, 1, 12.5, 1234.5, 1234567.125, 0.001]) {
      expect(parseNumber(formatInput(x, 'id'), 'id')).toEqual({ ok: true, value: x });
      expect(parseNumber(formatInput(x, 'en'), 'en')).toEqual({ ok: true, value: x });
    }
  });
});

describe('formatPercent', () => {
  it('writes no space before the sign', () => {
    expect(formatPercent(91, 0, 'id')).toBe('91%');
    expect(formatPercent(91.25, 2, 'id')).toBe('91,25%');
    expect(formatPercent(null, 0, 'id')).toBe('–');
  });
});
