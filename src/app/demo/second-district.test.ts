// The demo's second district: Kudus' catalog is Pati's with three targets of its own and one UKM
// Pengembangan row fewer (and valid), its six Puskesmas sit in 3319 with their own figures, and Pati's
// plan does not move for it.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { catalogDiff } from '../../domain/catalog/diff.ts';
import { catalogProblems } from '../../domain/catalog/validate.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { planDemoDistrict } from './plan.ts';
import {
  planSecondDemoDistrict,
  SECOND_DEMO_REMOVED,
  SECOND_DEMO_TARGETS,
  secondDemoCatalog,
} from './second-district.ts';

const pati = BUILT_IN_CATALOGS.get(2023)!;
const kudus = secondDemoCatalog(pati);
const plan = planSecondDemoDistrict(pati);

describe("the demo's second district", () => {
  it("has Pati's catalog with three targets of its own and one UKM Pengembangan row fewer, and a valid one", () => {
    expect(catalogProblems(kudus, 2023)).toEqual([]);
    const changes = catalogDiff(pati, kudus);
    expect(changes.map((c) => [c.change, c.code])).toEqual(
      expect.arrayContaining([
        ['removed', SECOND_DEMO_REMOVED],
        ...Object.keys(SECOND_DEMO_TARGETS).map((code) => ['target', code]),
      ]),
    );
    expect(changes).toHaveLength(1 + Object.keys(SECOND_DEMO_TARGETS).length);
    expect(
      listIndicators(pati).find((p) => p.indicator.code === SECOND_DEMO_REMOVED)?.indicator.optional,
    ).toBe(true);
    // Pati's own catalog is not touched by making the variant.
    expect(listIndicators(pati).find((p) => p.indicator.code === 'UKM.A1.2')!.indicator.target.value).toBe(
      28,
    );
  });

  it('places six Puskesmas in 3319 of the same province, Purwosari in draft (its staff have accounts)', () => {
    expect(plan.district).toEqual({ code: '3319', name: 'Kabupaten Kudus' });
    expect(plan.province).toEqual(planDemoDistrict(pati).province);
    expect(plan.catalog.id).toBe('kudus-2023');
    expect(plan.puskesmas.map((p) => [p.puskesmas.code, p.status])).toEqual([
      ['P3319001', 'draft'],
      ['P3319002', 'submitted'],
      ['P3319003', 'submitted'],
      ['P3319004', 'submitted'],
      ['P3319005', 'submitted'],
      ['P3319006', 'submitted'],
    ]);
    for (const p of plan.puskesmas) {
      expect(p.profile.address).toContain('Kabupaten Kudus');
      expect(p.targets.some((t) => t.indicatorCode === SECOND_DEMO_REMOVED)).toBe(false);
      expect(p.monthly.length).toBeGreaterThan(0);
    }
  });

  it("leaves Pati's plan as it was: its addresses still Pati's", () => {
    for (const p of planDemoDistrict(pati).puskesmas) expect(p.profile.address).toContain('Kabupaten Pati');
  });
});
