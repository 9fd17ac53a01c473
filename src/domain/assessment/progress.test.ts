import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogIndicator, EntryShape, IndicatorKind } from '../catalog/types.ts';
import { monthsOfYear } from '../periods/months.ts';
import { resolveSettings } from '../scoring/settings.ts';
import type { IndicatorInputs, MonthlyEntry } from './inputs.ts';
import { measureIndicator } from './measure-indicator.ts';
import {
  colorOf,
  isCumulative,
  monthsThrough,
  proRateFactor,
  proRateMeasure,
  yearProgress,
} from './progress.ts';
import { buildAssessmentTrees } from './build-trees.ts';
import { scoreAssessment } from '../scoring/assessment.ts';

const indicator = (over: Partial<CatalogIndicator> = {}): CatalogIndicator => ({
  type: 'indicator',
  code: 'X.1',
  number: '1)',
  name: 'Cakupan contoh',
  unit: '%',
  kind: 'coverage',
  direction: 'higher',
  target: { printed: '100 %', value: 100, comparator: '>=' },
  sasaran: 'Bayi',
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
    {
      type: 'group',
      code: 'SPM',
      number: 'A.',
      name: 'SPM',
      cluster: 'spm',
      table: 1,
      children: indicators,
    },
  ],
});

const months = (n: number, fill: (i: number) => Omit<MonthlyEntry, 'month'>): MonthlyEntry[] =>
  monthsOfYear(2023)
    .slice(0, n)
    .map((month, i) => ({ month, ...fill(i) }));

const progressOf = (
  ind: CatalogIndicator,
  inputs: IndicatorInputs,
  through: string,
  settings = resolveSettings(),
) =>
  yearProgress(
    catalogOf(ind),
    { year: 2023, rawatInap: true, inputs: new Map([[ind.code, inputs]]) },
    through,
    settings,
  ).indicators.get(ind.code)!;

describe('which entries are pro-rated', () => {
  const rows: [string, EntryShape, IndicatorKind, boolean][] = [
    ['monthly counts accumulate (K4 visits)', 'count', 'coverage', true],
    ['amounts accumulate (activities, "kali")', 'amount', 'value', true],
    ['Σ numerators / Σ denominators is already a share', 'ratio', 'coverage', false],
    ['a level or stock is the latest month', 'level', 'coverage', false],
    ['ya/tidak is the latest answer', 'yesno', 'yesno', false],
    ['on time is a share of the months due', 'ontime', 'ontime', false],
    ['Table 5 items are scored once a year', 'annual', 'rubric', false],
  ];
  it.each(rows)('%s', (_name, entry, kind, cumulative) => {
    const ind = indicator({ entry, kind });
    expect(isCumulative(ind)).toBe(cumulative);
    expect(proRateFactor(ind, 3)).toBe(cumulative ? 0.25 : 1);
  });
});

describe('proRateFactor by months elapsed', () => {
  it.each([
    [1, 1 / 12],
    [3, 0.25],
    [6, 0.5],
    [11, 11 / 12],
    [12, 1],
  ])('a count after %i months expects %d of its annual target', (m, factor) => {
    expect(proRateFactor(indicator(), m)).toBe(factor);
  });
});

describe('proRateMeasure', () => {
  it('pro-rates a coverage through its sasaran and its absolute target', () => {
    const m = proRateMeasure(
      indicator(),
      { kind: 'coverage', sasaran: 1200, target: 90, targetSasaran: 600, achieved: 10 },
      3,
    );
    expect(m).toEqual({ kind: 'coverage', sasaran: 300, target: 90, targetSasaran: 150, achieved: 10 });
  });

  it('pro-rates a rate through its sasaran, so the rate to date is annualised', () => {
    const ind = indicator({ kind: 'rate', per: 1000 });
    const m = proRateMeasure(
      ind,
      { kind: 'rate', per: 1000, sasaran: 1200, achieved: 3, target: 10, direction: 'lower' },
      6,
    );
    expect(m).toMatchObject({ sasaran: 600 });
  });

  it('pro-rates the target of an amount', () => {
    const ind = indicator({ kind: 'value', entry: 'amount' });
    expect(
      proRateMeasure(ind, { kind: 'value', target: 12, achieved: 2, direction: 'higher' }, 2),
    ).toMatchObject({ target: 2 });
  });

  it('leaves a ratio, and any measure through December, as it is', () => {
    const cov = { kind: 'coverage' as const, sasaran: 50, target: 90, achieved: 40 };
    expect(proRateMeasure(indicator({ entry: 'ratio' }), cov, 3)).toBe(cov);
    expect(proRateMeasure(indicator(), cov, 12)).toBe(cov);
  });

  it('keeps a missing sasaran missing', () => {
    expect(
      proRateMeasure(indicator(), { kind: 'coverage', sasaran: null, target: 90, achieved: 4 }, 3),
    ).toMatchObject({
      sasaran: null,
    });
  });
});

describe('colorOf against the district service thresholds', () => {
  const standard = [91, 81] as const;
  const rows: [string, number | null, readonly [number, number], string | null][] = [
    ['Baik from 91: 91,00 is hijau', 91, standard, 'hijau'],
    ['90,994 rounds to 90,99: kuning', 90.994, standard, 'kuning'],
    ['90,995 rounds to 91,00: hijau', 90.995, standard, 'hijau'],
    ['Cukup from 81: 81,00 is kuning', 81, standard, 'kuning'],
    ['80,99 is merah', 80.99, standard, 'merah'],
    ['0 is merah', 0, standard, 'merah'],
    ['over 100 (uncapped) is hijau', 130, standard, 'hijau'],
    ['not scored has no colour', null, standard, null],
    ['a district that reads Baik from 85 makes 86 hijau', 86, [85, 70], 'hijau'],
    ['… and 69,99 merah', 69.99, [85, 70], 'merah'],
  ];
  it.each(rows)('%s', (_name, score, thresholds, color) => {
    expect(colorOf(score, thresholds)).toBe(color);
  });

  const missed: [string, number, boolean | undefined, string][] = [
    ['a missed target scoring 100 (a strict boundary) is kuning, not hijau', 100, false, 'kuning'],
    ['a missed target scoring 95 is kuning', 95, false, 'kuning'],
    ['a missed target in Cukup stays kuning', 85, false, 'kuning'],
    ['a missed target below Cukup stays merah', 70, false, 'merah'],
    ['a met target scoring 100 is hijau', 100, true, 'hijau'],
    ['nothing compared (no flag): the score decides', 100, undefined, 'hijau'],
  ];
  it.each(missed)('%s', (_name, score, met, color) => {
    expect(colorOf(score, standard, met)).toBe(color);
  });
});

describe('yearProgress at a strict target’s boundary', () => {
  const lowerRatio = (comparator: '<' | '<=') =>
    indicator({
      kind: 'value',
      direction: 'lower',
      entry: 'ratio',
      scale: 100,
      nothingToCount: 'missing',
      target: { printed: comparator === '<' ? '<20' : '20', value: 20, comparator },
    });
  const rows: [string, '<' | '<=', number, boolean, string][] = [
    ['stunting < 20 at 19: met, hijau', '<', 19, true, 'hijau'],
    ['stunting < 20 at exactly 20: scores 100, not met, kuning', '<', 20, false, 'kuning'],
    ['stunting < 20 at 21: 95, not met, kuning', '<', 21, false, 'kuning'],
    ['stunting ≤ 20 at exactly 20: met, hijau', '<=', 20, true, 'hijau'],
    ['stunting ≤ 20 at 21: 95, not met, kuning', '<=', 21, false, 'kuning'],
  ];
  it.each(rows)('%s', (_name, comparator, stunted, met, color) => {
    const p = progressOf(
      lowerRatio(comparator),
      { months: months(2, (i) => ({ numerator: i === 0 ? stunted : 0, denominator: i === 0 ? 100 : 0 })) },
      '2023-02',
    );
    expect(p.achievedToDate).toBe(stunted);
    expect(p.explanation.met).toBe(met);
    expect(p.color).toBe(color);
  });

  it('DBD morbidity at exactly 30 per 100.000 against "< 30", to date: 100, not met, kuning', () => {
    const ind = indicator({
      kind: 'rate',
      per: 100000,
      direction: 'lower',
      target: { printed: '< 30', value: 30, comparator: '<' },
    });
    // 3 cases by June among 20.000: 15 per 100.000 to date against 30 × 6/12 = 15 expected.
    const p = progressOf(
      ind,
      { target: { sasaran: 20000 }, months: months(6, (i) => ({ numerator: i === 0 ? 3 : 0 })) },
      '2023-06',
    );
    expect(p).toMatchObject({ achievedToDate: 15, proRatedTarget: 15, score: 100, color: 'kuning' });
    expect(p.explanation).toMatchObject({ met: false, comparison: { comparator: '<' } });
  });

  it('a coverage "> 80 %" of counted alerts at exactly 80 %: 100, not met, kuning; 90 %: hijau', () => {
    const ind = indicator({
      entry: 'ratio',
      scale: 100,
      nothingToCount: 'exclude',
      target: { printed: '> 80 %', value: 80, comparator: '>' },
    });
    const at = (verified: number) =>
      progressOf(ind, { months: months(1, () => ({ numerator: verified, denominator: 10 })) }, '2023-01');
    expect(at(8)).toMatchObject({ score: 100, color: 'kuning', explanation: { met: false } });
    expect(at(9)).toMatchObject({ score: 100, color: 'hijau', explanation: { met: true } });
  });
});

describe('yearProgress', () => {
  it('K4 in March: 22 % of the year’s sasaran against 25 % expected scores 88', () => {
    const p = progressOf(
      indicator(),
      { target: { sasaran: 1200 }, months: months(3, () => ({ numerator: 88 })) },
      '2023-03',
    );
    expect(p).toMatchObject({
      through: '2023-03',
      monthsElapsed: 3,
      factor: 0.25,
      achievedToDate: 22,
      proRatedTarget: 25,
    });
    expect(p.score).toBeCloseTo(88, 10);
    expect(p.color).toBe('kuning');
    expect(p.explanation).toMatchObject({ rule: 'coverage-target', inputs: { sasaran: 300, achieved: 264 } });
  });

  it('counts only the months through `through`', () => {
    const p = progressOf(
      indicator(),
      { target: { sasaran: 1200 }, months: months(6, () => ({ numerator: 100 })) },
      '2023-03',
    );
    expect(p.achievedToDate).toBe(25);
    expect(p.score).toBe(100);
    expect(p.color).toBe('hijau');
  });

  it('is the year’s result through December', () => {
    const ind = indicator({ target: { printed: '90 %', value: 90, comparator: '>=' } });
    const inputs: IndicatorInputs = {
      target: { sasaran: 1200 },
      months: months(12, () => ({ numerator: 80 })),
    };
    const py = { year: 2023, rawatInap: true, inputs: new Map([[ind.code, inputs]]) };
    const settings = resolveSettings();
    const annual = scoreAssessment(buildAssessmentTrees(catalogOf(ind), py), settings);
    const p = yearProgress(catalogOf(ind), py, '2023-12', settings);
    expect(p.result.service?.score).toBe(annual.service?.score);
    expect(p.indicators.get(ind.code)?.score).toBe(annual.nodes[ind.code]?.score);
  });

  it('pro-rates the absolute target TS that Dinkes set, which wins over T% × S', () => {
    const p = progressOf(
      indicator(),
      { target: { sasaran: 1200, targetSasaran: 600 }, months: months(6, () => ({ numerator: 40 })) },
      '2023-06',
    );
    // 240 of 300 expected by June (600 × 6/12); shown as shares of the sasaran: 20 % against 25 %.
    expect(p).toMatchObject({ achievedToDate: 20, proRatedTarget: 25, score: 80, color: 'merah' });
  });

  it('shows the coverage convention’s target as the whole sasaran to date', () => {
    const p = progressOf(
      indicator({ target: { printed: '80 %', value: 80, comparator: '>=' } }),
      { target: { sasaran: 1200 }, months: months(6, () => ({ numerator: 90 })) },
      '2023-06',
      resolveSettings({ convention: 'coverage' }),
    );
    expect(p).toMatchObject({ achievedToDate: 45, proRatedTarget: 50, score: 90 });
  });

  it('does not pro-rate a ratio: Σ numerators / Σ denominators against the annual target', () => {
    const ind = indicator({
      entry: 'ratio',
      scale: 100,
      target: { printed: '90 %', value: 90, comparator: '>=' },
    });
    const p = progressOf(ind, { months: months(2, () => ({ numerator: 45, denominator: 50 })) }, '2023-02');
    expect(p).toMatchObject({
      factor: 1,
      achievedToDate: 90,
      proRatedTarget: 90,
      score: 100,
      color: 'hijau',
    });
  });

  it('pro-rates an amount: 3 activities by June against 12 a year is 6 expected, 50', () => {
    const ind = indicator({
      kind: 'value',
      entry: 'amount',
      unit: 'kali',
      target: { printed: '12 kali', value: 12, comparator: '>=' },
    });
    const p = progressOf(ind, { months: months(6, (i) => ({ value: i < 3 ? 1 : 0 })) }, '2023-06');
    expect(p).toMatchObject({ achievedToDate: 3, proRatedTarget: 6, score: 50, color: 'merah' });
  });

  it('scores a lower-is-better rate to date on the annualised rate', () => {
    const ind = indicator({
      kind: 'rate',
      per: 1000,
      direction: 'lower',
      target: { printed: '≤ 10 ‰', value: 10, comparator: '<=' },
    });
    // 6 cases in 6 months among 1,000: 6 ‰ to date against 5 ‰ expected by June → (2 − 1,2) × 100 = 80.
    const p = progressOf(
      ind,
      { target: { sasaran: 1000 }, months: months(6, (i) => ({ numerator: i === 0 ? 6 : 0 })) },
      '2023-06',
    );
    expect(p).toMatchObject({ achievedToDate: 6, proRatedTarget: 5 });
    expect(p.score).toBeCloseTo(80, 10);
  });

  it('on time: the share of the months due so far, no pro-rating', () => {
    const ind = indicator({
      kind: 'ontime',
      entry: 'ontime',
      unit: 'per bln',
      target: { printed: 'Maks tgl 5', value: 100, comparator: '>=' },
    });
    const p = progressOf(ind, { months: months(4, (i) => ({ flag: i !== 1 })) }, '2023-04');
    expect(p).toMatchObject({
      factor: 1,
      achievedToDate: 75,
      proRatedTarget: 100,
      score: 75,
      color: 'merah',
    });
  });

  it('ya/tidak shows the latest answer and no number', () => {
    const ind = indicator({ kind: 'yesno', entry: 'yesno', unit: 'Ya/tdk' });
    const p = progressOf(ind, { months: months(2, (i) => ({ flag: i === 1 })) }, '2023-02');
    expect(p).toMatchObject({ achievedToDate: true, proRatedTarget: null, score: 100, color: 'hijau' });
  });

  it('gives no colour to an indicator that does not apply, or has nothing entered yet', () => {
    const inpatient = indicator({ appliesTo: 'rawat-inap' });
    const py = { year: 2023, rawatInap: false, inputs: new Map() };
    const p = yearProgress(catalogOf(inpatient), py, '2023-05', resolveSettings()).indicators.get(
      inpatient.code,
    )!;
    expect(p).toMatchObject({ score: null, color: null, explanation: { excluded: 'not-applicable' } });
    const empty = progressOf(indicator(), { target: { sasaran: 100 } }, '2023-05');
    expect(empty).toMatchObject({
      achievedToDate: null,
      score: null,
      color: null,
      explanation: { excluded: 'missing' },
    });
  });
});

describe('monthsThrough', () => {
  it('drops later months of every indicator and keeps the rest of its inputs', () => {
    const inputs = new Map([['A', { target: { sasaran: 5 }, months: months(12, () => ({ numerator: 1 })) }]]);
    const cut = monthsThrough({ year: 2023, rawatInap: false, inputs }, '2023-04');
    expect(cut.inputs.get('A')?.months).toHaveLength(4);
    expect(cut.inputs.get('A')?.target).toEqual({ sasaran: 5 });
    expect(inputs.get('A')?.months).toHaveLength(12);
  });

  it('makes a measure that agrees with measureIndicator over the same months', () => {
    const ind = indicator();
    const all = months(12, (i) => ({ numerator: i }));
    const cut = monthsThrough(
      { year: 2023, rawatInap: true, inputs: new Map([[ind.code, { months: all }]]) },
      '2023-03',
    );
    expect(measureIndicator(ind, cut.inputs.get(ind.code)!, 3)).toMatchObject({ achieved: 0 + 1 + 2 });
  });
});
