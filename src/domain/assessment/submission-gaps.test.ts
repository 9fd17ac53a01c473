import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogIndicator } from '../catalog/types.ts';
import type { IndicatorInputs, PuskesmasYear } from './inputs.ts';
import { hasNoGaps, submissionGaps } from './submission-gaps.ts';

const base = {
  type: 'indicator',
  unit: '%',
  direction: 'higher',
  target: { printed: '100 %', value: 100, comparator: '>=' },
  sasaran: 'Ibu hamil',
  appliesTo: 'all',
  optional: false,
} as const;

const k4: CatalogIndicator = {
  ...base,
  code: 'K4',
  number: '1)',
  name: 'K4',
  kind: 'coverage',
  entry: 'count',
};
const referral: CatalogIndicator = {
  ...base,
  code: 'RUJ',
  number: '2)',
  name: 'Rujukan',
  kind: 'value',
  entry: 'ratio',
  scale: 100,
  appliesTo: 'rawat-inap',
};
const deliveries: CatalogIndicator = {
  ...base,
  code: 'PN',
  number: '3)',
  name: 'Persalinan di faskes',
  kind: 'coverage',
  entry: 'ratio',
};
const item: CatalogIndicator = {
  ...base,
  code: 'MAN.1',
  number: '1',
  name: 'Rencana lima tahunan',
  kind: 'rubric',
  entry: 'annual',
  sasaran: '',
  target: { printed: '10', value: null, comparator: '>=' },
  rubric: { target: '10', levels: { 0: 'a', 4: 'b', 7: 'c', 10: 'd' }, input: 'level' },
};

const catalog: Catalog = {
  id: 'gaps',
  year: 2023,
  source: 'contoh',
  clusters: [
    {
      type: 'group',
      code: 'SPM',
      number: 'A',
      name: 'SPM',
      cluster: 'spm',
      table: 1,
      children: [k4, referral, deliveries],
    },
    {
      type: 'group',
      code: 'MAN',
      number: 'A1',
      name: 'Manajemen',
      cluster: 'manajemen',
      table: 5,
      children: [item],
    },
  ],
};

const months = (from: number, to: number, entry: Record<string, number>) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    month: `2023-${String(from + i).padStart(2, '0')}`,
    ...entry,
  }));

function year(inputs: Record<string, IndicatorInputs>, rawatInap = false): PuskesmasYear {
  return { year: 2023, rawatInap, inputs: new Map(Object.entries(inputs)) };
}

describe('what a Puskesmas-year lacks when it is submitted', () => {
  it('finds nothing missing in a complete year', () => {
    const gaps = submissionGaps(
      catalog,
      year({
        K4: { target: { sasaran: 400 }, months: months(1, 12, { numerator: 30 }) },
        PN: { months: months(1, 12, { numerator: 8, denominator: 9 }) },
        'MAN.1': { rubric: { level: 7 } },
      }),
    );
    expect(gaps).toEqual({ months: [], unscoredItems: [], withoutSasaran: [] });
    expect(hasNoGaps(gaps)).toBe(true);
  });

  it('counts the missing values of each month, leaving complete months out', () => {
    const gaps = submissionGaps(
      catalog,
      year({
        K4: { target: { sasaran: 400 }, months: months(1, 10, { numerator: 30 }) },
        PN: { months: months(1, 11, { numerator: 8, denominator: 9 }) },
        'MAN.1': { rubric: { level: 7 } },
      }),
    );
    expect(gaps.months).toEqual([
      { month: '2023-11', missing: 1 },
      { month: '2023-12', missing: 2 },
    ]);
  });

  it('counts half a ratio as missing, and an indicator that does not apply not at all', () => {
    const gaps = submissionGaps(
      catalog,
      year({
        K4: { target: { sasaran: 400 }, months: months(1, 12, { numerator: 30 }) },
        PN: {
          months: [...months(1, 11, { numerator: 8, denominator: 9 }), { month: '2023-12', numerator: 8 }],
        },
        // Referrals apply to a Puskesmas with beds only; this one has none.
        'MAN.1': { rubric: { level: 7 } },
      }),
    );
    expect(gaps.months).toEqual([{ month: '2023-12', missing: 1 }]);
  });

  it('names the management items not scored and the coverages without a sasaran (not a ratio row’s)', () => {
    const gaps = submissionGaps(
      catalog,
      year({
        K4: { months: months(1, 12, { numerator: 30 }) },
        PN: { months: months(1, 12, { numerator: 1, denominator: 1 }) },
      }),
    );
    expect(gaps.unscoredItems.map((i) => i.code)).toEqual(['MAN.1']);
    expect(gaps.withoutSasaran.map((i) => i.code)).toEqual(['K4']);
  });

  it('reads a number the engine does not count as missing (a sasaran of 1e308)', () => {
    const gaps = submissionGaps(
      catalog,
      year({ K4: { target: { sasaran: 1e308 }, months: months(1, 12, { numerator: 1e308 }) } }),
    );
    expect(gaps.withoutSasaran.map((i) => i.code)).toEqual(['K4']);
    expect(gaps.months.every((m) => m.missing === 2)).toBe(true);
  });

  it('asks a Puskesmas with beds for its referrals too', () => {
    const gaps = submissionGaps(catalog, year({}, true));
    expect(gaps.months[0]).toEqual({ month: '2023-01', missing: 3 });
  });
});
