// A linked row (`sameAs`) is scored from its twin's months with its own target and sasaran, counts
// no month gap of its own, and ignores months stored under it before the link was made.
import { describe, expect, it } from 'vitest';
import { cluster, coverage } from '../catalog/pati/build.ts';
import type { Catalog, CatalogIndicator } from '../catalog/types.ts';
import { monthsOfYear } from '../periods/months.ts';
import { scoreAssessment, type AssessmentTrees } from '../scoring/assessment.ts';
import { resolveSettings } from '../scoring/settings.ts';
import { isGroup, type ScoreLeaf, type ScoreNode } from '../scoring/tree.ts';
import { buildAssessmentTrees } from './build-trees.ts';
import type { IndicatorInputs, PuskesmasYear } from './inputs.ts';
import { rowInputs } from './linked-rows.ts';
import { progressTrees } from './progress.ts';
import { submissionGaps } from './submission-gaps.ts';

const spm = coverage('SPM.11', '11', 'Pelayanan kesehatan orang terduga tuberkulosis', '%', '100', '');
const ukm: CatalogIndicator = {
  ...coverage('UKM.D1.1', '1)', 'Pelayanan kesehatan terduga TB', '%', '90', 'Terduga TB'),
  sameAs: 'SPM.11',
};
const catalog: Catalog = {
  id: 'test-2023',
  year: 2023,
  source: 'test',
  clusters: [
    cluster('spm', 1, 'SPM', 'A.', 'SPM', [spm]),
    cluster('ukm-esensial', 2, 'UKM', 'B.', 'UKM', [ukm]),
  ],
};
const months = monthsOfYear(2023);

function leaf(trees: AssessmentTrees, code: string): ScoreLeaf {
  const find = (node: ScoreNode): ScoreLeaf | undefined =>
    isGroup(node) ? node.children.map(find).find(Boolean) : node.id === code ? node : undefined;
  return find(trees.service!)!;
}

function year(inputs: Record<string, IndicatorInputs>): PuskesmasYear {
  return { year: 2023, rawatInap: false, inputs: new Map(Object.entries(inputs)) };
}

// 10 a month against a sasaran of 150: SPM.11 reaches 80 % of its 100; UKM.D1.1, with its own
// sasaran of 120 and target of 90, reaches 100 % of 120 → capped achievement.
const filled = year({
  'SPM.11': { target: { sasaran: 150 }, months: months.map((month) => ({ month, numerator: 10 })) },
  'UKM.D1.1': {
    target: { sasaran: 120 },
    // Typed before the link was made: never read.
    months: months.map((month) => ({ month, numerator: 1 })),
  },
});

describe('a linked row', () => {
  it("is scored from its twin's monthly values, with its own target and sasaran", () => {
    const inputs = rowInputs(ukm, filled);
    expect(inputs.target).toEqual({ sasaran: 120 });
    expect(inputs.months?.every((m) => m.numerator === 10)).toBe(true);
    const trees = buildAssessmentTrees(catalog, filled);
    expect(leaf(trees, 'SPM.11').measure).toMatchObject({ achieved: 120, sasaran: 150, target: 100 });
    expect(leaf(trees, 'UKM.D1.1').measure).toMatchObject({ achieved: 120, sasaran: 120, target: 90 });
    const result = scoreAssessment(trees, resolveSettings());
    expect(result.nodes['SPM.11']!.score).toBeCloseTo(80);
    expect(result.nodes['UKM.D1.1']!.score).toBe(100);
  });

  it("follows its twin's months to date in the progress", () => {
    expect(leaf(progressTrees(catalog, filled, '2023-06'), 'UKM.D1.1').measure).toMatchObject({
      achieved: 60,
    });
  });

  it('is missing when its twin has nothing, whatever was stored under it', () => {
    const empty = year({
      'UKM.D1.1': { target: { sasaran: 120 }, months: [{ month: '2023-01', numerator: 5 }] },
    });
    expect(rowInputs(ukm, empty).months).toBeUndefined();
  });

  it('leaves the month gaps to its twin: one gap per month, not two', () => {
    const onlyJanuary = year({
      'SPM.11': { target: { sasaran: 150 }, months: [{ month: '2023-01', numerator: 10 }] },
      'UKM.D1.1': { target: { sasaran: 120 } },
    });
    const gaps = submissionGaps(catalog, onlyJanuary);
    expect(gaps.months).toHaveLength(11);
    expect(gaps.months.every((m) => m.missing === 1)).toBe(true);
  });
});
