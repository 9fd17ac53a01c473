// A district year averaged by the ILP clusters, stored and scored on both back ends: the catalog keeps
// its groupings through the database, the stored result's axes follow the clusters, the decree's
// tables are stored beside them, and `pkp check` agrees.
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../../test/db/small-demo.ts';
import { patiCatalog2023Ilp } from '../../domain/catalog/pati/index.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import { checkResults } from '../check-results.ts';
import { explainResult } from '../explained-result.ts';
import { saveMonthlyValue } from '../monthly-entry.ts';
import { catalogFileText } from './catalog-document.ts';
import { openDistrictYear } from './year-rollover.ts';
import { yearKeyOf } from '../year-key.ts';

const NEXT = DEMO_YEAR + 1;
const admin = { username: 'admin.3318', role: 'admin_dinkes' as const };

describeOnBackends('a year averaged by the ILP clusters', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('keeps the groupings in the database and stores results by the clusters, the tables beside', async () => {
    const { repos, uow, district, units } = demo;
    const deps = { uow, repos, clock: () => new Date(`${NEXT}-01-02T02:00:00Z`) };
    const next: Catalog = { ...structuredClone(patiCatalog2023Ilp), id: `pati-${NEXT}-ilp`, year: NEXT };
    const version = await repos.saveCatalogDraft({
      districtId: district.id,
      catalog: next,
      settings: {},
      actor: 'admin',
    });
    const stored = (await repos.findDistrictCatalog(district.id, NEXT))!;
    expect(catalogFileText(stored.catalog)).toBe(catalogFileText(next));
    await repos.publishCatalog({ catalogVersionId: version.catalogVersionId, actor: 'admin' });
    await openDistrictYear(deps, { district, year: NEXT, editor: admin });

    const first = (await repos.findAssessment(units[0]!.code, NEXT))!;
    await saveMonthlyValue(uow, {
      ...yearKeyOf(first),
      indicatorCode: 'UKM.H.1',
      month: `${NEXT}-01`,
      stage: 'self',
      flag: true,
      expectedVersion: 0,
      actor: 'pelaksana.p3318001',
    });
    const result = (await repos.getResult(yearKeyOf(first), 'self'))!;
    const { trees, nodes } = await explainResult(repos, result);
    expect(trees.service?.children?.map((c) => c.id)).toEqual(['ILP.2', 'ILP.3', 'ILP.4', 'ILP.5']);
    expect(trees.views.map((v) => v.id)).toEqual(['SPM', 'UKM', 'UKMP', 'UKP', 'MAN', 'MUT']);
    // The STP report of January is the only row entered: it alone makes Klaster 4 and the UKM table.
    const stp = nodes['UKM.H.1']?.score;
    expect(stp).toBeCloseTo(100 / 12, 9); // one month of twelve on time
    expect(nodes['ILP.4']?.score).toBe(stp);
    expect(nodes['UKM']?.score).toBe(stp);
    expect(nodes['ILP.2']?.score).toBeNull();
    // The stored result keeps every node's score, the other grouping's groups too.
    expect(result.detail.nodes['ILP.4']).toBe(stp);
    expect(result.detail.nodes['UKM']).toBe(stp);

    const check = await checkResults(deps, { year: NEXT, districtCode: district.code });
    expect(check.differences).toEqual([]);
  });
});
