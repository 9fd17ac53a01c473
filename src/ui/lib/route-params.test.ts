import { describe, expect, it } from 'vitest';
import { parseYearParam, yearOfPath } from './route-params.ts';

describe('the year of an address', () => {
  it.each([
    ['/districts/3318/2023/dashboard', 2023],
    ['/districts/3318/2023/accreditation', 2023],
    ['/puskesmas/P3318001/2024/entries', 2024],
    ['/puskesmas/3318/2023', 2023],
    ['/districts/3318/users', null],
    ['/', null],
    ['/password', null],
  ])('%s → %s (a four-digit district code is not a year)', (path, year) => {
    expect(yearOfPath(path)).toBe(year);
  });

  it('refuses a segment that is no real year', () => {
    expect(parseYearParam('3318')).toBeNull();
    expect(parseYearParam('2023')).toBe(2023);
  });
});
