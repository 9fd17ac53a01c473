import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogIndicator } from '../catalog/types.ts';
import { monthsOfYear } from '../periods/months.ts';
import type { IndicatorInputs, MonthlyEntry, PuskesmasYear } from './inputs.ts';
import {
  checkKeyOf,
  isDoubled,
  isFarAbove,
  median,
  MONTH_DOUBLED,
  MONTH_OUTLIER,
  plausibilityWarnings,
  SASARAN_PROFILE,
  type PlausibilityWarning,
  type ProfilePopulation,
} from './plausibility.ts';

const indicator = (over: Partial<CatalogIndicator> = {}): CatalogIndicator => ({
  type: 'indicator',
  code: 'SPM.01',
  number: '1',
  name: 'Pelayanan kesehatan ibu hamil',
  unit: '%',
  kind: 'coverage',
  direction: 'higher',
  target: { printed: '100', value: 100, comparator: '>=' },
  sasaran: '',
  entry: 'count',
  appliesTo: 'all',
  optional: false,
  ...over,
});

const catalogOf = (...indicators: CatalogIndicator[]): Catalog => ({
  id: 'uji-2023',
  year: 2023,
  source: 'uji',
  clusters: [
    { type: 'group', code: 'SPM', number: 'A.', name: 'SPM', cluster: 'spm', table: 1, children: indicators },
  ],
});

const MONTHS = monthsOfYear(2023);

/** Months January onwards with the numbers given (null: no entry that month). */
const counts = (...values: (number | null)[]): MonthlyEntry[] =>
  values.flatMap((v, i) => (v === null ? [] : [{ month: MONTHS[i]!, numerator: v }]));

function warningsOf(
  ind: CatalogIndicator,
  inputs: IndicatorInputs,
  options: { rawatInap?: boolean; profile?: ProfilePopulation } = {},
): PlausibilityWarning[] {
  const py: PuskesmasYear = {
    year: 2023,
    rawatInap: options.rawatInap ?? false,
    inputs: new Map([[ind.code, inputs]]),
  };
  const profile = new Map(options.profile ? [[ind.code, options.profile]] : []);
  return plausibilityWarnings(catalogOf(ind), py, profile);
}

const kinds = (ws: PlausibilityWarning[]) => ws.map((w) => w.key);

describe('the median of the other months', () => {
  it.each([
    { values: [105, 98, 112], expected: 105 },
    { values: [1, 2, 3, 4], expected: 2.5 },
    { values: [0, 0, 0, 7], expected: 0 },
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

describe('a month far above the others (a median above 0, at least 5 × it and at least 20 above it)', () => {
  it.each([
    { name: '40 × the median (4.210 against 105) is far above', value: 4210, middle: 105, far: true },
    { name: 'exactly 5 × the median (500 against 100) is far above', value: 500, middle: 100, far: true },
    { name: 'just under 5 × the median (499 against 100) is not', value: 499, middle: 100, far: false },
    { name: '3 against a usual 1 is not (only 2 above)', value: 3, middle: 1, far: false },
    {
      name: 'anything against a usual of 0 (a campaign month, an outbreak) is not',
      value: 700,
      middle: 0,
      far: false,
    },
    { name: '25 against 5 (5 × and exactly 20 above) is far above', value: 25, middle: 5, far: true },
    { name: '24 against 4,8 (5 × but 19,2 above) is not', value: 24, middle: 4.8, far: false },
  ])('$name', ({ value, middle, far }) => {
    expect(isFarAbove(value, middle)).toBe(far);
  });

  it('states the thresholds the decisions table gives', () => {
    expect(MONTH_OUTLIER).toEqual({ factor: 5, floor: 20, minOtherMonths: 3 });
    expect(MONTH_DOUBLED).toEqual({ minMedian: 10, minOtherMonths: 3, aboveHighest: 1.5 });
    expect(SASARAN_PROFILE).toEqual({ factor: 2, floor: 20 });
  });

  it('warns about January at 4.210 against a usual 105, with the figures and a stable key', () => {
    const ws = warningsOf(indicator(), {
      target: { sasaran: 100_000 },
      months: counts(4210, 100, 105, 110, 98, 120),
    });
    expect(ws).toEqual([
      {
        kind: 'month-outlier',
        key: 'month-outlier:SPM.01:2023-01',
        fingerprint: 'numerator=4210',
        indicatorCode: 'SPM.01',
        month: '2023-01',
        twoFields: false,
        parts: [{ field: 'numerator', value: 4210, median: 105, otherMonths: 5, factor: 4210 / 105 }],
      },
    ]);
  });

  it.each([
    { name: 'with 3 other months, it warns', months: counts(500, 100, 100, 100), warned: true },
    {
      name: 'with 2 other months, it cannot tell a usual month',
      months: counts(500, 100, 100),
      warned: false,
    },
    {
      name: 'a month the engine does not count (12,5 people) is no other month',
      months: [...counts(500, 100, 100), { month: '2023-04', numerator: 12.5 }],
      warned: false,
    },
  ])('$name', ({ months, warned }) => {
    const ws = warningsOf(indicator(), { target: { sasaran: 100_000 }, months });
    expect(ws.some((w) => w.key === 'month-outlier:SPM.01:2023-01')).toBe(warned);
  });

  it('compares later months too: a month is set against every other month of the year', () => {
    const ws = warningsOf(indicator(), { target: { sasaran: 100_000 }, months: counts(100, 100, 100, 900) });
    expect(kinds(ws)).toEqual(['month-outlier:SPM.01:2023-04']);
  });

  it('compares both halves of a ratio, and names which one is far above', () => {
    const d2s = indicator({ code: 'UKM.C6.D.2', entry: 'ratio', scale: 100, sasaran: 'Balita' });
    const ws = warningsOf(d2s, {
      months: [
        { month: '2023-01', numerator: 90, denominator: 1000 },
        ...[2, 3, 4].map((m) => ({ month: `2023-0${m}`, numerator: 90, denominator: 100 })),
      ],
    });
    expect(ws).toMatchObject([
      {
        kind: 'month-outlier',
        key: 'month-outlier:UKM.C6.D.2:2023-01',
        fingerprint: 'denominator=1000',
        twoFields: true,
        parts: [{ field: 'denominator', value: 1000, median: 100, factor: 10 }],
      },
    ]);
  });

  it('reads an amount and a stock the same way, and never a ya/tidak or on-time flag', () => {
    const amount = indicator({ code: 'UKMP.B.1', kind: 'value', entry: 'amount', unit: 'Pelaku Hattra' });
    const monthsOfValues = [600, 5, 6, 5].map((value, i) => ({ month: MONTHS[i]!, value }));
    expect(kinds(warningsOf(amount, { months: monthsOfValues }))).toEqual(['month-outlier:UKMP.B.1:2023-01']);
    const flag = indicator({ code: 'UKM.H.1', kind: 'ontime', entry: 'ontime' });
    expect(warningsOf(flag, { months: MONTHS.map((month) => ({ month, flag: true })) })).toEqual([]);
  });

  it('says nothing about an indicator that does not apply (an inpatient row without beds)', () => {
    const bor = indicator({
      code: 'UKP.A2.3',
      kind: 'value',
      entry: 'ratio',
      scale: 100,
      appliesTo: 'rawat-inap',
    });
    const months = [
      { month: '2023-01', numerator: 900, denominator: 3000 },
      ...[2, 3, 4].map((m) => ({ month: `2023-0${m}`, numerator: 90, denominator: 300 })),
    ];
    expect(warningsOf(bor, { months })).toEqual([]);
    expect(kinds(warningsOf(bor, { months }, { rawatInap: true }))).toEqual([
      'month-outlier:UKP.A2.3:2023-01',
    ]);
  });
});

describe('a month entered twice (exactly 2 × the median of the others, at least 10, and 1,5 × the highest other)', () => {
  it.each([
    {
      name: '212 against a usual 106 (highest other 130) is doubled',
      value: 212,
      middle: 106,
      highest: 130,
      doubled: true,
    },
    {
      name: '213 against a usual 106 is not (not exactly double)',
      value: 213,
      middle: 106,
      highest: 130,
      doubled: false,
    },
    {
      name: '20 against a usual 10 (highest other 12) is doubled',
      value: 20,
      middle: 10,
      highest: 12,
      doubled: true,
    },
    {
      name: '18 against a usual 9 is not (too small to tell from chance)',
      value: 18,
      middle: 9,
      highest: 10,
      doubled: false,
    },
    {
      name: 'exactly 1,5 × the highest other month (212 against 141⅓) is doubled',
      value: 212,
      middle: 106,
      highest: 212 / 1.5,
      doubled: true,
    },
    {
      name: 'a seasonal peak with a neighbour near it (52 against 26, January 45) is not',
      value: 52,
      middle: 26,
      highest: 45,
      doubled: false,
    },
    { name: '0 against a usual 0 is not', value: 0, middle: 0, highest: 0, doubled: false },
  ])('$name', ({ value, middle, highest, doubled }) => {
    expect(isDoubled(value, middle, highest)).toBe(doubled);
  });

  it('warns about September at exactly double the other months', () => {
    const ws = warningsOf(indicator(), {
      target: { sasaran: 100_000 },
      months: counts(106, 100, 110, 106, 120, 90, 106, 95, 212),
    });
    expect(ws).toEqual([
      {
        kind: 'month-doubled',
        key: 'month-doubled:SPM.01:2023-09',
        fingerprint: 'numerator=212',
        indicatorCode: 'SPM.01',
        month: '2023-09',
        twoFields: false,
        parts: [{ field: 'numerator', value: 212, median: 106, otherMonths: 8, factor: 2 }],
      },
    ]);
  });

  it('says nothing of a campaign: August holding the year, the other months 0', () => {
    const bias = indicator({ code: 'UKM.G.5', sasaran: 'Anak kelas 1' });
    const months = counts(0, 0, 0, 0, 0, 0, 0, 688, 52, 0, 0, 0);
    expect(warningsOf(bias, { target: { sasaran: 800 }, months })).toEqual([]);
  });
});

describe('a year or a stock above its sasaran (coverage above 100 %)', () => {
  it.each([
    { name: 'Σ 856 against a sasaran of 855 is above', total: [456, 400], sasaran: 855, warned: true },
    {
      name: 'Σ 855 against a sasaran of 855 (exactly 100 %) is not',
      total: [455, 400],
      sasaran: 855,
      warned: false,
    },
    { name: 'anything against a sasaran of 0 is above', total: [1, 0], sasaran: 0, warned: true },
    { name: 'no sasaran set: nothing to compare with', total: [900, 900], sasaran: null, warned: false },
  ])('$name', ({ total, sasaran, warned }) => {
    const ws = warningsOf(indicator(), { target: { sasaran }, months: counts(...total) });
    expect(ws.some((w) => w.key === 'above-sasaran:SPM.01')).toBe(warned);
  });

  it('gives 99.999 people served against a sasaran of 855 as a coverage of 11.695 %', () => {
    const ws = warningsOf(indicator(), { target: { sasaran: 855 }, months: counts(99_999) });
    expect(ws).toEqual([
      {
        kind: 'above-sasaran',
        basis: 'total',
        key: 'above-sasaran:SPM.01',
        fingerprint: '99999/855',
        indicatorCode: 'SPM.01',
        month: null,
        total: 99_999,
        sasaran: 855,
        percent: (99_999 * 100) / 855,
        through: '2023-01',
        monthsAbove: 0,
        per: null,
        rate: null,
      },
    ]);
  });

  it('compares each month of a stock with the sasaran, and names the highest', () => {
    const stbm = indicator({ code: 'UKM.B1.2', entry: 'level', sasaran: 'Desa' });
    const ws = warningsOf(stbm, { target: { sasaran: 40 }, months: counts(38, 40, 41, 44, 42) });
    expect(ws).toMatchObject([
      {
        basis: 'stock',
        total: 44,
        sasaran: 40,
        through: '2023-04',
        monthsAbove: 3,
        fingerprint: '2023-03=41;2023-04=44;2023-05=42/40',
      },
    ]);
    expect(warningsOf(stbm, { target: { sasaran: 40 }, months: counts(38, 40, 40) })).toEqual([]);
  });

  it('warns about a rate with more events than its sasaran has people, with the rate', () => {
    const aki = indicator({
      code: 'UKM.C1.A.1',
      kind: 'rate',
      per: 100_000,
      direction: 'lower',
      unit: 'Per 100.000 kelahiran hidup',
      target: { printed: '132', value: 132, comparator: '<=' },
    });
    expect(warningsOf(aki, { target: { sasaran: 800 }, months: counts(1, 0, 0, 2) })).toEqual([]);
    expect(warningsOf(aki, { target: { sasaran: 80 }, months: counts(81) })).toMatchObject([
      { basis: 'events', total: 81, sasaran: 80, per: 100_000, rate: (81 * 100_000) / 80 },
    ]);
  });

  it('warns about a share whose stored numerators exceed their denominators (stored before that was refused)', () => {
    const share = indicator({ code: 'UKM.C6.D.2', entry: 'ratio', scale: 100 });
    const ok = [{ month: '2023-01', numerator: 100, denominator: 100 }];
    expect(warningsOf(share, { months: ok })).toEqual([]);
    const over = [{ month: '2023-01', numerator: 101, denominator: 100 }];
    expect(warningsOf(share, { months: over })).toMatchObject([
      { basis: 'shares', total: 101, sasaran: 100 },
    ]);
    const los = indicator({ code: 'UKP.A2.4', kind: 'value', entry: 'ratio', scale: 1, direction: 'lower' });
    expect(warningsOf(los, { months: [{ month: '2023-01', numerator: 30, denominator: 10 }] })).toEqual([]);
  });
});

describe('a sasaran far from the profile (at least 2 × the other and at least 20 apart)', () => {
  it.each([
    { name: '8.550 against 855 bayi is far', sasaran: 8550, count: 855, warned: true },
    { name: 'exactly double (1.710 against 855) is far', sasaran: 1710, count: 855, warned: true },
    { name: 'just under double (1.709 against 855) is not', sasaran: 1709, count: 855, warned: false },
    { name: 'exactly half (400 against 800) is far', sasaran: 400, count: 800, warned: true },
    { name: 'double but only 19 apart (38 against 19) is not', sasaran: 38, count: 19, warned: false },
    { name: 'double and 20 apart (40 against 20) is far', sasaran: 40, count: 20, warned: true },
    { name: 'a profile of 0 against 500 is far', sasaran: 500, count: 0, warned: true },
  ])('$name', ({ sasaran, count, warned }) => {
    const ws = warningsOf(indicator(), { target: { sasaran } }, { profile: { label: 'Bayi', count } });
    expect(ws.some((w) => w.key === 'sasaran-profile:SPM.01')).toBe(warned);
  });

  it('says nothing when the profile records no number for the population', () => {
    expect(warningsOf(indicator(), { target: { sasaran: 8550 } })).toEqual([]);
  });
});

describe('a stored number the engine does not count', () => {
  it('warns about 12,5 people stored in March, and leaves the month out of the other comparisons', () => {
    const ws = warningsOf(indicator(), {
      target: { sasaran: 10 },
      months: [...counts(4, 4, null, 4), { month: '2023-03', numerator: 12.5 }],
    });
    expect(ws).toMatchObject([
      {
        kind: 'above-sasaran',
        total: 12,
      },
      {
        kind: 'not-counted',
        key: 'not-counted:SPM.01:2023-03',
        month: '2023-03',
        parts: [{ field: 'numerator', value: 12.5, rule: 'not-whole' }],
      },
    ]);
  });

  it('warns about a sasaran of 12,5 people, which reads as not set', () => {
    expect(warningsOf(indicator(), { target: { sasaran: 12.5 } })).toMatchObject([
      {
        kind: 'not-counted',
        key: 'not-counted:SPM.01',
        month: null,
        parts: [{ field: 'sasaran', rule: 'not-whole' }],
      },
    ]);
  });
});

describe('the key a check is kept under', () => {
  it('joins the stable key and the figures, so a changed figure re-opens the warning', () => {
    const before = warningsOf(indicator(), { target: { sasaran: 855 }, months: counts(99_999) })[0]!;
    const after = warningsOf(indicator(), { target: { sasaran: 855 }, months: counts(99_998) })[0]!;
    expect(checkKeyOf(before)).toBe('above-sasaran:SPM.01@99999/855');
    expect(after.key).toBe(before.key);
    expect(checkKeyOf(after)).not.toBe(checkKeyOf(before));
  });

  it('keeps a month outlier checked while the month stays, whatever the other months do', () => {
    const one = warningsOf(indicator(), {
      target: { sasaran: 100_000 },
      months: counts(900, 100, 100, 100),
    })[0]!;
    const two = warningsOf(indicator(), {
      target: { sasaran: 100_000 },
      months: counts(900, 100, 110, 120, 90),
    })[0]!;
    expect(checkKeyOf(two)).toBe(checkKeyOf(one));
  });
});
