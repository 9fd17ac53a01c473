// The Pati catalog averaged by its decree tables and by the ILP clusters, scored on the demo
// district's 29 Puskesmas: every row scores the same, the groups above them follow the grouping in
// force (docs/catalog-format.md "Groupings", rule 113).
import { describe, expect, it } from 'vitest';
import { buildAssessmentTrees } from '../../domain/assessment/build-trees.ts';
import type { PuskesmasYear } from '../../domain/assessment/inputs.ts';
import { groupsOf } from '../../domain/catalog/groupings.ts';
import { patiCatalog2023, patiCatalog2023Ilp } from '../../domain/catalog/pati/index.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { scoreAssessment, type AssessmentResult } from '../../domain/scoring/assessment.ts';
import { resolveSettings } from '../../domain/scoring/settings.ts';
import { demoPuskesmasYear } from '../demo/demo-inputs.ts';
import { planDemoDistrict } from '../demo/plan.ts';

const plan = planDemoDistrict(patiCatalog2023);
const settings = resolveSettings({ submitted: true });

const score = (catalog: Catalog, py: PuskesmasYear): AssessmentResult =>
  scoreAssessment(buildAssessmentTrees(catalog, py), settings);

const scored = plan.puskesmas.map((p) => {
  const py = demoPuskesmasYear(p, plan.year);
  return { name: p.puskesmas.name, tables: score(patiCatalog2023, py), ilp: score(patiCatalog2023Ilp, py) };
});

const rows = listIndicators(patiCatalog2023).map((p) => p.indicator.code);
const mean = (xs: (number | null | undefined)[]) => {
  const counted = xs.filter((x): x is number => typeof x === 'number');
  return counted.reduce((a, b) => a + b, 0) / counted.length;
};

describe('the Pati catalog averaged by the ILP clusters', () => {
  it('scores every row of every Puskesmas exactly as averaged by the decree tables', () => {
    for (const { tables, ilp } of scored)
      for (const code of rows) expect(ilp.nodes[code], code).toEqual(tables.nodes[code]);
  });

  it('keeps the figures of both groupings whichever is in force', () => {
    const ilpGroups = groupsOf(patiCatalog2023.groupings![0]!).map((g) => g.code);
    const tableGroups = patiCatalog2023.clusters.map((c) => c.code);
    for (const { tables, ilp } of scored) {
      for (const code of tableGroups) expect(ilp.nodes[code]?.score, code).toBe(tables.nodes[code]?.score);
      for (const code of ilpGroups.filter((c) => c !== 'ILP.1'))
        expect(tables.nodes[code]?.score, code).toBe(ilp.nodes[code]?.score);
    }
  });

  it('takes the service figure as the mean of the klasters, and the other axes as before', () => {
    let differs = 0;
    for (const { name, tables, ilp } of scored) {
      const klasters = ['ILP.2', 'ILP.3', 'ILP.4', 'ILP.5'].map((code) => ilp.nodes[code]?.score);
      expect(ilp.service?.score, name).toBeCloseTo(mean(klasters), 9);
      expect(ilp.service?.tree.children?.map((c) => c.id)).toEqual(['ILP.2', 'ILP.3', 'ILP.4', 'ILP.5']);
      const decreeTables = ['SPM', 'UKM', 'UKMP', 'UKP'].map((code) => tables.nodes[code]?.score);
      expect(tables.service?.score, name).toBeCloseTo(mean(decreeTables), 9);
      // Klaster 1 holds the management and the quality items whole: those two figures do not move.
      expect(ilp.management?.score, name).toBeCloseTo(tables.management!.score!, 9);
      expect(ilp.quality?.score, name).toBeCloseTo(tables.quality!.score!, 9);
      expect(ilp.management?.tree.children?.map((c) => c.id)).toEqual(['ILP.1:management']);
      expect(ilp.quality?.tree.children?.map((c) => c.id)).toEqual(['ILP.1:quality']);
      if (Math.abs(ilp.service!.score! - tables.service!.score!) > 0.01) differs++;
    }
    // The same rows averaged in other groups give another service figure (here: most Puskesmas).
    expect(differs).toBeGreaterThan(plan.puskesmas.length / 2);
  });
});
