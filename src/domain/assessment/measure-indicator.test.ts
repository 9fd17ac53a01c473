import { describe, expect, it } from 'vitest';
import type { CatalogIndicator } from '../catalog/types.ts';
import { findIndicator } from '../catalog/walk.ts';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { monthsOfYear } from '../periods/months.ts';
import type { MonthlyEntry } from './inputs.ts';
import { measureIndicator } from './measure-indicator.ts';
import { buildAssessmentTrees } from './build-trees.ts';
import { listIndicators } from '../catalog/walk.ts';
import { scoreAssessment } from '../scoring/assessment.ts';
import { resolveSettings } from '../scoring/settings.ts';

const base: CatalogIndicator = {
  type: 'indicator',
  code: 'X',
  number: '1)',
  name: 'test',
  unit: '%',
  kind: 'coverage',
  direction: 'higher',
  target: { printed: '90', value: 90, comparator: '>=' },
  sasaran: 'Bayi',
  entry: 'count',
  appliesTo: 'all',
  optional: false,
};
const months = (fill: (i: number) => Omit<MonthlyEntry, 'month'>): MonthlyEntry[] =>
  monthsOfYear(2023).map((month, i) => ({ month, ...fill(i) }));

describe('measureIndicator', () => {
  it('sums monthly counts against the annual sasaran', () => {
    const m = measureIndicator(
      base,
      { target: { sasaran: 1200 }, months: months(() => ({ numerator: 85 })) },
      12,
    );
    expect(m).toEqual({
      kind: 'coverage',
      sasaran: 1200,
      target: 90,
      comparator: '>=',
      targetSasaran: null,
      achieved: 1020,
    });
  });

  it('takes the latest month of a stock (villages with STBM), never a sum', () => {
    const m = measureIndicator(
      { ...base, entry: 'level', sasaran: 'Desa' },
      { target: { sasaran: 14 }, months: months((i) => ({ numerator: 2 + i })) },
      12,
    );
    expect(m).toMatchObject({ kind: 'coverage', sasaran: 14, achieved: 13 });
  });

  it('takes a Puskesmas target over the catalog target', () => {
    const m = measureIndicator(base, { target: { sasaran: 100, value: 50, targetSasaran: 40 } }, 12);
    expect(m).toMatchObject({ target: 50, targetSasaran: 40, achieved: null });
  });

  it('sums numerators and denominators of a ratio coverage', () => {
    const m = measureIndicator(
      { ...base, entry: 'ratio', scale: 100 },
      { months: months((i) => ({ numerator: i, denominator: 10 })) },
      12,
    );
    expect(m).toMatchObject({ kind: 'coverage', sasaran: 120, achieved: 66 });
  });

  it('computes a lower-is-better percentage from numerator and denominator', () => {
    const ind: CatalogIndicator = {
      ...base,
      kind: 'value',
      direction: 'lower',
      entry: 'ratio',
      scale: 100,
      target: { printed: '≤ 2 %', value: 2, comparator: '<=' },
    };
    const m = measureIndicator(ind, { months: months(() => ({ numerator: 13, denominator: 500 })) }, 12);
    expect(m).toEqual({
      kind: 'value',
      target: 2,
      comparator: '<=',
      achieved: 2.6,
      direction: 'lower',
      denominator: 6000,
      nothingToCount: 'exclude',
    });
  });

  it('gives a ratio value no R when Σ denominators is 0, and carries the 0 and the row’s reading of it', () => {
    const ind: CatalogIndicator = {
      ...base,
      kind: 'value',
      direction: 'lower',
      entry: 'ratio',
      scale: 1,
      nothingToCount: 'missing',
    };
    expect(
      measureIndicator(ind, { months: months(() => ({ numerator: 0, denominator: 0 })) }, 12),
    ).toMatchObject({ achieved: null, denominator: 0, nothingToCount: 'missing' });
    expect(measureIndicator(ind, {}, 12)).toMatchObject({ achieved: null, denominator: null });
  });

  it('reads a ratio row without a nothingToCount as "exclude", and a count row as having none', () => {
    const ratio: CatalogIndicator = { ...base, kind: 'value', entry: 'ratio', scale: 100 };
    expect(measureIndicator(ratio, {}, 12)).toMatchObject({ nothingToCount: 'exclude' });
    expect(measureIndicator(base, {}, 12)).not.toHaveProperty('nothingToCount');
  });

  it('carries the target’s comparator into the measure', () => {
    const strict: CatalogIndicator = {
      ...base,
      kind: 'value',
      direction: 'lower',
      entry: 'ratio',
      scale: 100,
      target: { printed: '<20', value: 20, comparator: '<' },
    };
    expect(measureIndicator(strict, {}, 12)).toMatchObject({ target: 20, comparator: '<' });
  });

  it('counts months on time against the months due', () => {
    const ind: CatalogIndicator = {
      ...base,
      kind: 'ontime',
      entry: 'ontime',
      target: { printed: 'Maks tgl 5', value: 100, comparator: '>=' },
    };
    expect(measureIndicator(ind, { months: months((i) => ({ flag: i % 4 !== 0 })) }, 12)).toEqual({
      kind: 'ontime',
      target: 100,
      comparator: '>=',
      onTime: 9,
      due: 12,
    });
    expect(measureIndicator(ind, {}, 12)).toMatchObject({ onTime: null });
  });

  it('takes the latest yes/no answer', () => {
    const ind: CatalogIndicator = { ...base, kind: 'yesno', entry: 'yesno' };
    const entries = months((i) => ({ flag: i < 11 ? false : true })).reverse();
    expect(measureIndicator(ind, { months: entries }, 12)).toEqual({ kind: 'yesno', achieved: true });
  });

  it('carries a rubric item’s own bands', () => {
    const aspak = findIndicator(patiCatalog2023, 'MAN.A4.6');
    expect(aspak?.rubric?.bands).toBeDefined();
    expect(measureIndicator(aspak!, { rubric: { percent: 85 } }, 12)).toMatchObject({
      kind: 'rubric',
      percent: 85,
      bands: aspak!.rubric!.bands,
    });
  });
});

describe('buildAssessmentTrees over the Pati catalog', () => {
  const all = listIndicators(patiCatalog2023).map((p) => p.indicator);

  it('excludes inpatient indicators at a Puskesmas without beds, and services it did not choose', () => {
    const trees = buildAssessmentTrees(patiCatalog2023, { year: 2023, rawatInap: false, inputs: new Map() });
    const result = scoreAssessment(trees, resolveSettings());
    const inpatient = all.filter((i) => i.appliesTo === 'rawat-inap');
    expect(inpatient.length).toBeGreaterThan(0);
    for (const i of inpatient) expect(result.nodes[i.code]?.explanation.excluded).toBe('not-applicable');
    for (const i of all.filter((x) => x.optional))
      expect(result.nodes[i.code]?.explanation.excluded).toBe('not-applicable');
  });

  it('puts every indicator of the catalog in the trees exactly once', () => {
    const trees = buildAssessmentTrees(patiCatalog2023, { year: 2023, rawatInap: true, inputs: new Map() });
    const result = scoreAssessment(trees, resolveSettings({ submitted: true }));
    for (const i of all) expect(result.nodes[i.code]).toBeDefined();
    expect(result.service?.score).toBe(0);
    expect(result.management?.category).toBe('Kurang');
  });
});
