import { describe, expect, it } from 'vitest';
import { newestYearWithData, preferredYear, yearChoices } from './years.ts';

describe('years', () => {
  it('prefers the remembered year over the current one', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(preferredYear({ getItem: () => '2023' }, now)).toBe(2023);
    expect(preferredYear({ getItem: () => null }, now)).toBe(2026);
    expect(preferredYear({ getItem: () => 'x' }, now)).toBe(2026);
  });

  it('offers the shown year even when it is old', () => {
    const choices = yearChoices(2015, new Date('2026-03-01T00:00:00Z'));
    expect(choices[0]).toBe(2027);
    expect(choices.at(-1)).toBe(2015);
  });
});

describe('newestYearWithData', () => {
  it('steps back to the newest year that holds data', async () => {
    const asked: number[] = [];
    const year = await newestYearWithData(2026, async (y) => {
      asked.push(y);
      return y === 2023;
    });
    expect(year).toBe(2023);
    expect(asked).toEqual([2026, 2025, 2024, 2023]);
  });

  it('keeps the start year when nothing holds data or the server fails', async () => {
    expect(await newestYearWithData(2026, async () => false)).toBe(2026);
    expect(
      await newestYearWithData(2026, async () => {
        throw new Error('offline');
      }),
    ).toBe(2026);
  });
});
