import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeksInMonth, weeksInMonths } from './weeks.ts';

describe('weeks ending in a month (Monday–Sunday, counted with the month of their Sunday)', () => {
  it('counts the Sundays of 2023: January 1 is a Sunday, so January has 5 and the year 53', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => weeksInMonth(2023, n))).toEqual([
      5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 5,
    ]);
    expect(weeksInMonths(2023, 12)).toBe(53);
    expect(weeksInMonths(2024, 12)).toBe(52);
    expect(weeksInMonths(2023, 3)).toBe(13);
  });

  it('gives every month 4 or 5 weeks and every year 52 or 53', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, n) => {
        const weeks = weeksInMonth(year, n);
        expect(weeks === 4 || weeks === 5).toBe(true);
        expect([52, 53]).toContain(weeksInMonths(year, 12));
      }),
    );
  });
});
