// Linked twin rows (`sameAs`): a row of one table that counts exactly what a row of another table
// counts takes that row's monthly values. Each broken link is refused on the linked row.
import { describe, expect, it } from 'vitest';
import { cluster, coverage, coverageOfEvents, group } from './pati/build.ts';
import type { Catalog, CatalogIndicator } from './types.ts';
import { catalogProblems } from './validate.ts';
import { catalogDiff } from './diff.ts';

const linked = (row: CatalogIndicator, sameAs: string): CatalogIndicator => ({ ...row, sameAs });

/** SPM.11 and its UKM twin; `ukm` replaces the UKM rows to make each bad case. */
function twins(ukm: CatalogIndicator[]): Catalog {
  return {
    id: 'test-2023',
    year: 2023,
    source: 'test',
    clusters: [
      cluster('spm', 1, 'SPM', 'A.', 'SPM', [
        coverage('SPM.11', '11', 'Pelayanan kesehatan orang terduga tuberkulosis', '%', '100', ''),
        coverage('SPM.12', '12', 'Pelayanan kesehatan orang dengan risiko terinfeksi HIV', '%', '100', ''),
      ]),
      cluster('ukm-esensial', 2, 'UKM', 'B.', 'UKM', [group('UKM.D1', 'D1', 'P2 TB', ukm)]),
    ],
  };
}

const tb = coverage('UKM.D1.1', '1)', 'Pelayanan kesehatan terduga TB', '%', '100', 'Terduga TB');

describe('sameAs in catalogProblems', () => {
  it('accepts a row linked to its twin in another table', () => {
    expect(catalogProblems(twins([linked(tb, 'SPM.11')]))).toEqual([]);
  });

  it('names the linked row of each broken link', () => {
    const cases: [string, Catalog, { code: string; rule: string }][] = [
      [
        'a twin not in the catalog',
        twins([linked(tb, 'SPM.99')]),
        { code: 'UKM.D1.1', rule: 'same-as-unknown' },
      ],
      [
        'a twin itself linked (a chain)',
        twins([linked(tb, 'UKM.D1.2'), linked({ ...tb, code: 'UKM.D1.2' }, 'SPM.11')]),
        { code: 'UKM.D1.1', rule: 'same-as-chained' },
      ],
      [
        'a row linked to itself',
        twins([linked(tb, 'UKM.D1.1')]),
        { code: 'UKM.D1.1', rule: 'same-as-chained' },
      ],
      [
        'a twin entered in another shape',
        twins([
          linked(
            coverageOfEvents('UKM.D1.1', '1)', 'Terduga TB dilayani', '%', '100', 'Terduga TB'),
            'SPM.11',
          ),
        ]),
        { code: 'UKM.D1.1', rule: 'same-as-entry-differs' },
      ],
      [
        'a twin in the same table',
        twins([tb, linked({ ...tb, code: 'UKM.D1.2' }, 'UKM.D1.1')]),
        { code: 'UKM.D1.2', rule: 'same-as-same-cluster' },
      ],
      [
        'a yearly item',
        twins([linked({ ...tb, entry: 'annual', kind: 'rubric' }, 'SPM.11')]),
        { code: 'UKM.D1.1', rule: 'same-as-annual' },
      ],
    ];
    for (const [what, catalog, problem] of cases)
      expect(catalogProblems(catalog), what).toContainEqual(problem);
  });

  it('says a chain on the row that links to a linked row, and a cycle on both rows', () => {
    const chain = twins([linked(tb, 'UKM.D1.2'), linked({ ...tb, code: 'UKM.D1.2' }, 'SPM.11')]);
    expect(catalogProblems(chain).filter((p) => p.rule === 'same-as-chained')).toEqual([
      { code: 'UKM.D1.1', rule: 'same-as-chained' },
    ]);
    const catalog = twins([tb]);
    catalog.clusters[0]!.children[0] = linked(
      catalog.clusters[0]!.children[0] as CatalogIndicator,
      'UKM.D1.1',
    );
    catalog.clusters[1]!.children[0] = group('UKM.D1', 'D1', 'P2 TB', [linked(tb, 'SPM.11')]);
    expect(catalogProblems(catalog)).toEqual([
      { code: 'SPM.11', rule: 'same-as-chained' },
      { code: 'UKM.D1.1', rule: 'same-as-chained' },
    ]);
  });
});

describe('sameAs in catalogDiff', () => {
  it('is a scoring change of the row', () => {
    const changes = catalogDiff(twins([tb]), twins([linked(tb, 'SPM.11')]));
    expect(changes).toEqual([{ change: 'scoring', code: 'UKM.D1.1', name: tb.name, fields: ['sameAs'] }]);
  });
});
