import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { planProvinceDistricts, PROVINCE_DEMO_DISTRICTS } from './province.ts';
import { demoPuskesmasList } from './puskesmas-list.ts';

describe('the demo province', () => {
  const plans = planProvinceDistricts(BUILT_IN_CATALOGS.get(2023)!);

  it("plans Jawa Tengah's other 33 kabupaten and kota, in its province, every year submitted", () => {
    expect(plans.map((p) => p.district.code)).toEqual(PROVINCE_DEMO_DISTRICTS.map(([code]) => code));
    expect(new Set(plans.map((p) => p.province.code))).toEqual(new Set(['33']));
    expect(plans.every((p) => p.puskesmas.every((y) => y.status === 'submitted'))).toBe(true);
  });

  it('gives each district its own Puskesmas, ~25 in a kabupaten and ~10 in a kota, ~850 with the demo', () => {
    const codes = plans.flatMap((p) => p.puskesmas.map((y) => y.puskesmas.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const plan of plans) {
      const town = plan.district.name.startsWith('Kota ');
      const n = plan.puskesmas.length;
      expect(n, plan.district.name).toBeGreaterThanOrEqual(town ? 8 : 20);
      expect(n, plan.district.name).toBeLessThanOrEqual(town ? 13 : 30);
      expect(plan.puskesmas.every((y) => y.puskesmas.code.startsWith(`P${plan.district.code}`))).toBe(true);
    }
    const pati = new Set(demoPuskesmasList().map((p) => p.code));
    expect(codes.some((c) => pati.has(c))).toBe(false);
    expect(codes.length + 35).toBeGreaterThan(650);
  });

  it('is the same on every machine', () => {
    const again = planProvinceDistricts(BUILT_IN_CATALOGS.get(2023)!, 2);
    expect(again.map((p) => p.puskesmas.map((y) => [y.puskesmas.code, y.monthly.length]))).toEqual(
      plans.slice(0, 2).map((p) => p.puskesmas.map((y) => [y.puskesmas.code, y.monthly.length])),
    );
  });
});
