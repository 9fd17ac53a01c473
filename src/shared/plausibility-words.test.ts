import { describe, expect, it } from 'vitest';
import type { PlausibilityWarning } from '../domain/assessment/plausibility.ts';
import { warningSentences } from './plausibility-words.ts';

const base = { key: 'k', fingerprint: 'f', indicatorCode: 'SPM.01' };
const aboveBase = {
  ...base,
  kind: 'above-sasaran' as const,
  month: null,
  monthsAbove: 0,
  per: null,
  rate: null,
};

describe('a plausibility warning in words', () => {
  it.each<{ name: string; warning: PlausibilityWarning; id: string; en: string }>([
    {
      name: 'a month far above the median of the others',
      warning: {
        ...base,
        kind: 'month-outlier',
        month: '2023-01',
        twoFields: false,
        parts: [{ field: 'numerator', value: 4210, median: 105, otherMonths: 11, factor: 4210 / 105 }],
      },
      id: 'Januari 4.210, 40 × median bulan lain (105).',
      en: 'January 4,210, 40 × the median of the other months (105).',
    },
    {
      name: 'a month exactly double the others (entered twice)',
      warning: {
        ...base,
        kind: 'month-doubled',
        month: '2023-09',
        twoFields: false,
        parts: [{ field: 'numerator', value: 212, median: 106, otherMonths: 11, factor: 2 }],
      },
      id: 'September 212, tepat 2 × median bulan lain (106): terisi dua kali?',
      en: 'September 212, exactly 2 × the median of the other months (106): entered twice?',
    },
    {
      name: 'the denominator of a ratio, 5,5 × the others',
      warning: {
        ...base,
        kind: 'month-outlier',
        month: '2023-03',
        twoFields: true,
        parts: [{ field: 'denominator', value: 550, median: 100, otherMonths: 3, factor: 5.5 }],
      },
      id: 'Maret: penyebut 550, 5,5 × median bulan lain (100).',
      en: 'March: denominator 550, 5.5 × the median of the other months (100).',
    },
    {
      name: 'a year above its sasaran',
      warning: {
        ...aboveBase,
        basis: 'total',
        total: 99_999,
        sasaran: 855,
        percent: (99_999 * 100) / 855,
        through: '2023-12',
      },
      id: 'Jumlah sampai Desember 99.999 melebihi sasaran 855 (cakupan 11.695,8 %).',
      en: 'Total to December 99,999 exceeds the sasaran of 855 (coverage 11,695.8 %).',
    },
    {
      name: 'a year with people served against a sasaran of 0',
      warning: { ...aboveBase, basis: 'total', total: 25, sasaran: 0, percent: null, through: '2023-06' },
      id: 'Jumlah sampai Juni 25, padahal sasaran 0.',
      en: 'Total to June 25, while the sasaran is 0.',
    },
    {
      name: 'a stock above its sasaran in several months',
      warning: {
        ...aboveBase,
        basis: 'stock',
        total: 44,
        sasaran: 40,
        percent: 110,
        through: '2023-04',
        monthsAbove: 3,
      },
      id: '3 bulan melebihi sasaran 40, tertinggi April 44 (110,0 %).',
      en: '3 months exceed the sasaran of 40, highest April 44 (110.0 %).',
    },
    {
      name: 'a rate with more events than people',
      warning: {
        ...aboveBase,
        basis: 'events',
        total: 81,
        sasaran: 80,
        percent: 101.25,
        through: '2023-12',
        per: 100_000,
        rate: 101_250,
      },
      id: '81 kejadian sampai Desember, lebih banyak dari sasaran 80 (angka 101.250 per 100.000: lebih dari satu per orang).',
      en: '81 events to December, more than the sasaran of 80 (rate 101,250 per 100,000: more than one per person).',
    },
    {
      name: 'a sasaran ten times the profile',
      warning: {
        ...base,
        kind: 'sasaran-profile',
        month: null,
        sasaran: 8550,
        profile: 855,
        population: 'Bayi',
        factor: 10,
      },
      id: 'Sasaran 8.550, profil tahun ini mencatat 855 (Bayi): 10 × lebih besar.',
      en: "Sasaran 8,550, this year's profile records 855 (Bayi): 10 × larger.",
    },
    {
      name: '12,5 people stored in a month',
      warning: {
        ...base,
        kind: 'not-counted',
        month: '2023-03',
        twoFields: false,
        parts: [
          {
            field: 'numerator',
            value: 12.5,
            rule: 'not-whole',
            bound: { quantity: 'count', max: 10_000_000, whole: true },
          },
        ],
      },
      id: 'Maret 12,5 tidak dihitung: harus bilangan bulat.',
      en: 'March 12.5 is not counted: must be a whole number.',
    },
    {
      name: 'a sasaran above its bound',
      warning: {
        ...base,
        kind: 'not-counted',
        month: null,
        twoFields: false,
        parts: [
          {
            field: 'sasaran',
            value: 1e9,
            rule: 'above-maximum',
            bound: { quantity: 'count', max: 100_000_000, whole: true },
          },
        ],
      },
      id: 'Sasaran 1.000.000.000 tidak dihitung: melebihi batas 100.000.000.',
      en: 'Sasaran 1,000,000,000 is not counted: above the limit of 100,000,000.',
    },
  ])('$name', ({ warning, id, en }) => {
    expect(warningSentences(warning)).toEqual({ id, en });
  });
});
