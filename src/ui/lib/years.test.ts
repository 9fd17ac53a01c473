import { describe, expect, it } from 'vitest';
import type { UnitYear } from '../../shared/api/years.schema.ts';
import { hasYear, openingYear, preferredYear, yearOptions } from './years.ts';

const year = (y: number, catalog: UnitYear['catalog'] = 'published'): UnitYear => ({
  year: y,
  catalog,
  publishedAt: catalog === 'published' ? `${y}-01-02T00:00:00.000Z` : null,
  assessments: [],
});

const NOW = new Date('2026-03-01T00:00:00Z');

describe('years', () => {
  it('prefers the remembered year over the current one', () => {
    expect(preferredYear({ getItem: () => '2023' }, NOW)).toBe(2023);
    expect(preferredYear({ getItem: () => null }, NOW)).toBe(2026);
    expect(preferredYear({ getItem: () => 'x' }, NOW)).toBe(2026);
  });
});

describe('the year selector', () => {
  it('offers only the years the district has a catalog for, newest first', () => {
    expect(yearOptions([year(2023)], 2023)).toEqual([{ year: 2023, draft: false, missing: false }]);
    expect(yearOptions([year(2022), year(2024, 'draft'), year(2023)], 2023).map((o) => o.year)).toEqual([
      2024, 2023, 2022,
    ]);
  });

  it('shows the year on screen alone while the list loads', () => {
    expect(yearOptions(undefined, 2023)).toEqual([{ year: 2023, draft: false, missing: false }]);
  });

  it('says which catalog Dinkes is still preparing', () => {
    expect(yearOptions([year(2024, 'draft'), year(2023)], 2023)[0]).toEqual({
      year: 2024,
      draft: true,
      missing: false,
    });
  });

  it('keeps a year typed in the address in its place, marked as not there', () => {
    expect(yearOptions([year(2023), year(2021)], 2022)).toEqual([
      { year: 2023, draft: false, missing: false },
      { year: 2022, draft: false, missing: true },
      { year: 2021, draft: false, missing: false },
    ]);
    expect(hasYear([year(2023)], 2024)).toBe(false);
    expect(hasYear([year(2023)], 2023)).toBe(true);
  });
});

describe('the year a user opens on', () => {
  it.each([
    ['the remembered year, while the district has it', [2023, 2024], 2023, 2023],
    ['not a remembered year the district does not have', [2023], 2024, 2023],
    ['the newest year up to now (2023 in 2026: the demo)', [2022, 2023], null, 2023],
    ['this year, not next year that Dinkes is preparing', [2025, 2026, 2027], null, 2026],
    ['the earliest year ahead when there is none before', [2028, 2027], null, 2027],
    ['the current year when the district has none (it then says so)', [], null, 2026],
  ] as const)('%s', (_name, years, remembered, expected) => {
    expect(
      openingYear(
        years.map((y) => year(y)),
        remembered,
        NOW,
      ),
    ).toBe(expected);
  });
});
