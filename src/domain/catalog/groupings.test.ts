// Other groupings of a catalog's rows (rule 113): what makes one unusable, and how the trees follow
// the grouping in force while the others are scored beside.
import { describe, expect, it } from 'vitest';
import { buildAssessmentTrees } from '../assessment/build-trees.ts';
import type { PuskesmasYear } from '../assessment/inputs.ts';
import { scoreAssessment } from '../scoring/assessment.ts';
import { resolveSettings } from '../scoring/settings.ts';
import { averagedBy, axisPartId, groupAxesOf, groupingInForce } from './groupings.ts';
import { patiCatalog2023, patiCatalog2023Ilp } from './pati/index.ts';
import type { Catalog, CatalogGrouping, GroupingGroup } from './types.ts';
import { catalogProblems } from './validate.ts';

const ilp = patiCatalog2023.groupings![0]!;

/** The catalog with its ILP grouping changed by `edit` (a deep copy). */
function withIlp(edit: (g: CatalogGrouping) => void, extra: Partial<Catalog> = {}): Catalog {
  const copy = structuredClone(ilp);
  edit(copy);
  return { ...patiCatalog2023, groupings: [copy], ...extra };
}

const klaster = (g: CatalogGrouping, n: number) => g.groups[n - 1]!;
const part = (g: CatalogGrouping, n: number, p: number) => klaster(g, n).children[p - 1] as GroupingGroup;

describe('a catalog grouping', () => {
  it('places every Pati row in the ILP clusters exactly once', () => {
    expect(catalogProblems(patiCatalog2023)).toEqual([]);
    expect(catalogProblems(patiCatalog2023Ilp)).toEqual([]);
    expect(ilp.groups.map((g) => g.name)).toEqual([
      'Klaster 1 Manajemen',
      'Klaster 2 Ibu dan Anak',
      'Klaster 3 Usia Dewasa dan Lansia',
      'Klaster 4 Penanggulangan Penyakit Menular',
      'Lintas Klaster',
    ]);
  });

  it('refuses a row left out, placed twice or unknown, naming the row', () => {
    const left = withIlp((g) => part(g, 3, 3).children.shift());
    expect(catalogProblems(left)).toEqual([{ code: 'SPM.07', rule: 'grouping-row-missing' }]);
    const twice = withIlp((g) => part(g, 5, 5).children.push({ type: 'row', code: 'SPM.01' }));
    expect(catalogProblems(twice)).toEqual([{ code: 'SPM.01', rule: 'grouping-row-twice' }]);
    const unknown = withIlp((g) => part(g, 5, 5).children.push({ type: 'row', code: 'SPM.99' }));
    expect(catalogProblems(unknown)).toEqual([{ code: 'SPM.99', rule: 'grouping-row-unknown' }]);
  });

  it('refuses a group code the catalog uses, an empty group, a second id and an unknown averagesBy', () => {
    expect(catalogProblems(withIlp((g) => (part(g, 2, 1).code = 'SPM')))).toEqual([
      { code: 'SPM', rule: 'duplicate-code' },
    ]);
    const empty = withIlp((g) =>
      klaster(g, 5).children.push({
        type: 'group',
        code: 'ILP.5.9',
        number: '5.9',
        name: 'Kosong',
        children: [],
      }),
    );
    expect(catalogProblems(empty)).toEqual([{ code: 'ILP.5.9', rule: 'empty-group' }]);
    expect(catalogProblems(withIlp((g) => (g.id = 'tabel')))).toEqual([
      { code: 'tabel', rule: 'grouping-id-twice' },
    ]);
    expect(catalogProblems(withIlp(() => {}, { averagesBy: 'klaster' }))).toEqual([
      { rule: 'averages-by-unknown' },
    ]);
  });

  it('is in force where averagesBy names it, and can be switched back to the tables', () => {
    expect(groupingInForce(patiCatalog2023).id).toBe('tabel');
    expect(groupingInForce(patiCatalog2023Ilp).id).toBe('ilp');
    expect(averagedBy(patiCatalog2023Ilp, 'tabel')?.averagesBy).toBeUndefined();
    expect(averagedBy(patiCatalog2023, 'ilp')?.averagesBy).toBe('ilp');
    expect(averagedBy(patiCatalog2023, 'klaster')).toBeUndefined();
  });

  it('splits a group holding rows of two axes into one part per axis', () => {
    const axes = groupAxesOf(patiCatalog2023);
    expect(axes.get('ILP.1')).toEqual(['management', 'quality']);
    expect(axes.get('ILP.2')).toEqual(['service']);
    expect(axes.get('SPM')).toEqual(['service']);
    expect(axisPartId('ILP.1', 'quality', ['management', 'quality'])).toBe('ILP.1:quality');
    expect(axisPartId('ILP.2', 'service', ['service'])).toBe('ILP.2');
  });
});

describe('scoring under a grouping', () => {
  // Two rows entered: SPM.01 fully met, SPM.11 half; everything else missing (excluded in a draft).
  const py: PuskesmasYear = {
    year: 2023,
    rawatInap: false,
    inputs: new Map([
      ['SPM.01', { target: { sasaran: 100 }, months: [{ month: '2023-12', value: 100 }] }],
      ['SPM.11', { target: { sasaran: 100 }, months: [{ month: '2023-12', value: 50 }] }],
    ]),
  };
  const settings = resolveSettings({});

  it('averages by the tables, and scores the ILP groups beside', () => {
    const result = scoreAssessment(buildAssessmentTrees(patiCatalog2023, py), settings);
    expect(result.service?.tree.children?.map((c) => c.id)).toEqual(['SPM', 'UKM', 'UKMP', 'UKP']);
    expect(result.nodes['SPM']?.score).toBe(75);
    expect(result.service?.score).toBe(75);
    expect(result.nodes['ILP.2']?.score).toBe(100);
    expect(result.nodes['ILP.4']?.score).toBe(50);
    expect(result.views.map((v) => v.id)).toContain('ILP.2');
  });

  it('averages by the ILP clusters when they are in force, the rows scoring the same', () => {
    const result = scoreAssessment(buildAssessmentTrees(patiCatalog2023Ilp, py), settings);
    expect(result.nodes['SPM.01']?.score).toBe(100);
    expect(result.nodes['SPM.11']?.score).toBe(50);
    expect(result.service?.score).toBe(75);
    expect(result.nodes['SPM']?.score).toBe(75);
    // A weight on a klaster moves the average: the grouping's weights are its own.
    const weighted = withIlp((g) => (klaster(g, 2).weight = 3), { averagesBy: 'ilp' });
    const heavier = scoreAssessment(buildAssessmentTrees(weighted, py), settings);
    expect(heavier.service?.score).toBeCloseTo((3 * 100 + 50) / 4, 9);
  });
});
