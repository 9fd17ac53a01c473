import { describe, expect, it } from 'vitest';
import { clampMonth, hasBegun, localDate, localMonth, monthsEnded } from './calendar.ts';
import { dueDateOf, monthNumber, monthOf } from './months.ts';

describe('localDate on the Puskesmas clock (WIB, UTC+7)', () => {
  it.each([
    ['16:59 UTC on the 5th is still the 5th in WIB', '2023-04-05T16:59:59Z', '2023-04-05'],
    ['17:00 UTC on the 5th is already the 6th in WIB', '2023-04-05T17:00:00Z', '2023-04-06'],
    ['the new year begins at 17:00 UTC on 31 December', '2023-12-31T17:00:00Z', '2024-01-01'],
  ])('%s', (_name, at, date) => {
    expect(localDate(new Date(at))).toBe(date);
  });

  it('takes another offset (WIT, UTC+9)', () => {
    expect(localDate(new Date('2023-04-05T15:00:00Z'), 9 * 60)).toBe('2023-04-06');
    expect(localMonth(new Date('2023-04-30T15:00:00Z'), 9 * 60)).toBe('2023-05');
  });
});

describe('monthsEnded', () => {
  it.each([
    ['before the year', '2022-12-31', 0],
    ['in January nothing has ended', '2023-01-31', 0],
    ['on 1 February, January has', '2023-02-01', 1],
    ['in December, eleven have', '2023-12-31', 11],
    ['after the year, all twelve', '2024-01-01', 12],
  ])('%s', (_name, today, n) => {
    expect(monthsEnded(2023, today)).toBe(n);
  });
});

describe('months', () => {
  it('names, numbers, clamps and dates them', () => {
    expect(monthOf(2023, 3)).toBe('2023-03');
    expect(monthNumber('2023-11')).toBe(11);
    expect(clampMonth(2023, 0)).toBe('2023-01');
    expect(clampMonth(2023, 13)).toBe('2023-12');
    expect(dueDateOf('2023-03')).toBe('2023-04-05');
    expect(dueDateOf('2023-12')).toBe('2024-01-05');
    expect(hasBegun('2023-04', '2023-04-01')).toBe(true);
    expect(hasBegun('2023-05', '2023-04-30')).toBe(false);
  });
});
