import { describe, expect, it } from 'vitest';
import { buildAssessmentTrees } from '../assessment/build-trees.ts';
import type { IndicatorInputs, MonthlyEntry } from '../assessment/inputs.ts';
import { patiCatalog2023 as catalog } from '../catalog/pati/index.ts';
import { scoreAssessment } from '../scoring/assessment.ts';
import { scoreLeaf } from '../scoring/score-leaf.ts';
import { resolveSettings } from '../scoring/settings.ts';
import { indicatorGaps, type IndicatorGap, type ScoredTrees } from './gap-list.ts';

const months = (n: number, entry: (i: number) => Omit<MonthlyEntry, 'month'>) =>
  Array.from({ length: n }, (_, i) => ({ month: `2023-${String(i + 1).padStart(2, '0')}`, ...entry(i) }));

/** The stored trees of a Puskesmas-year with these inputs (and nothing else entered). */
function trees(inputs: Record<string, IndicatorInputs>, submitted = false): ScoredTrees {
  const py = { year: 2023, rawatInap: true, inputs: new Map(Object.entries(inputs)) };
  const result = scoreAssessment(buildAssessmentTrees(catalog, py), resolveSettings({ submitted }));
  return {
    service: result.service?.tree ?? null,
    management: result.management?.tree ?? null,
    quality: result.quality?.tree ?? null,
  };
}

const gapOf = (gaps: readonly IndicatorGap[], code: string) => gaps.find((g) => g.code === code);

describe('the indicators below target', () => {
  const gaps = indicatorGaps(
    catalog,
    trees({
      // K1: 80 of 100 pregnant women against 100 % — 20 points short.
      'SPM.01': { target: { sasaran: 100 }, months: months(10, () => ({ numerator: 8 })) },
      // Every delivery served: met, not listed.
      'SPM.02': { target: { sasaran: 50 }, months: months(10, () => ({ numerator: 5 })) },
      // An absolute target TS of 90 set by Dinkes: 80 counted against 90, in people.
      'SPM.03': { target: { sasaran: 100, targetSasaran: 90 }, months: months(10, () => ({ numerator: 8 })) },
      // Stunting "< 20 %" at exactly 20 %: scores 100, and still misses its strict target.
      'UKM.C6.B.4': { months: months(1, () => ({ numerator: 20, denominator: 100 })) },
      // Referrals "≤ 2 %" at 2,6 %: lower is better, 0,6 points above.
      'UKP.A1.3': { months: months(1, () => ({ numerator: 26, denominator: 1000 })) },
      // Puskesmas ramah anak: tidak.
      'UKM.C2.8': { months: months(1, () => ({ flag: false })) },
      // A management item at level 7 of 10; another at 10 (not listed).
      'MAN.A1.1': { rubric: { level: 7 } },
      'MAN.A1.2': { rubric: { level: 10 } },
      // A quality percentage banded to level 4.
      'MUT.B1.a': { rubric: { percent: 55 } },
      // Not applicable: never below target.
      'SPM.04': { target: { applicable: false, reason: 'Ditandai tidak berlaku' } },
    }),
  );

  it.each([
    [
      'a coverage below its target, in %',
      'SPM.01',
      { kind: 'compared', realised: 80, target: 100, comparator: '>=', gap: 20, inCount: false, score: 80 },
    ],
    [
      'a coverage against the absolute target Dinkes set, in people',
      'SPM.03',
      { kind: 'compared', realised: 80, target: 90, gap: 10, inCount: true },
    ],
    [
      'a strict target "< 20" at its boundary: scores 100, not met, 0 short',
      'UKM.C6.B.4',
      { kind: 'compared', realised: 20, target: 20, comparator: '<', gap: 0, met: false, score: 100 },
    ],
    [
      'a lower-is-better target missed: how far above',
      'UKP.A1.3',
      { kind: 'compared', realised: 2.6, target: 2, comparator: '<=', gap: 0.6, met: false },
    ],
    [
      'ya/tidak answered tidak',
      'UKM.C2.8',
      { kind: 'yesno', realised: null, gap: null, met: false, score: 0 },
    ],
    [
      'a management item below level 10',
      'MAN.A1.1',
      { kind: 'rubric', axis: 'management', realised: 7, target: 10, gap: 3, programmeCode: 'MAN.A1' },
    ],
    [
      'a quality percentage banded below 10',
      'MUT.B1.a',
      { kind: 'rubric', axis: 'quality', realised: 4, gap: 6 },
    ],
  ] as const)('lists %s', (_name, code, expected) => {
    expect(gapOf(gaps, code)).toMatchObject(expected);
  });

  it('leaves out what met its target, what is not applicable, and what was not entered in a draft', () => {
    for (const code of ['SPM.02', 'MAN.A1.2', 'SPM.04', 'SPM.05', 'UKM.C1.A.1'])
      expect(gapOf(gaps, code), code).toBeUndefined();
  });

  it('keeps catalog order and names each indicator’s programme (SPM is one programme of its own)', () => {
    expect(gaps.map((g) => g.code)).toEqual([
      'SPM.01',
      'SPM.03',
      'UKM.C2.8',
      'UKM.C6.B.4',
      'UKP.A1.3',
      'MAN.A1.1',
      'MUT.B1.a',
    ]);
    expect(gapOf(gaps, 'SPM.01')?.programmeCode).toBe('SPM');
    expect(gapOf(gaps, 'UKM.C6.B.4')?.programmeCode).toBe('UKM.C');
  });

  it('lists an indicator with nothing entered once the year is submitted (scored 0), without a gap in figures', () => {
    const submitted = indicatorGaps(catalog, trees({}, true));
    expect(gapOf(submitted, 'UKP.A1.3')).toMatchObject({
      kind: 'missing',
      score: 0,
      realised: null,
      gap: null,
    });
  });

  it('says a band missed from below or above by how far it is outside', () => {
    const settings = resolveSettings();
    const leaf = (achieved: number) => ({
      id: 'UKP.A2.3',
      ...scoreLeaf({ kind: 'range', min: 60, max: 85, achieved }, settings),
    });
    const tree = (achieved: number): ScoredTrees => ({
      service: {
        id: 'service',
        score: null,
        explanation: leaf(achieved).explanation,
        children: [leaf(achieved)],
      },
      management: null,
      quality: null,
    });
    expect(gapOf(indicatorGaps(catalog, tree(45)), 'UKP.A2.3')).toMatchObject({
      kind: 'range',
      realised: 45,
      min: 60,
      max: 85,
      gap: 15,
    });
    expect(gapOf(indicatorGaps(catalog, tree(90)), 'UKP.A2.3')).toMatchObject({ kind: 'range', gap: 5 });
    expect(gapOf(indicatorGaps(catalog, tree(70)), 'UKP.A2.3')).toBeUndefined();
  });
});
