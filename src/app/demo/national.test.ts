import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { NATIONAL_PROVINCES, nationalDistricts } from './national.ts';
import { PROVINCE_DEMO_DISTRICTS } from './province.ts';

describe('the national demo', () => {
  const catalog = BUILT_IN_CATALOGS.get(2023)!;
  const districts = nationalDistricts(catalog);

  it("has Indonesia's 38 provinces and their 514 kabupaten and kota, each code once", () => {
    expect(NATIONAL_PROVINCES).toHaveLength(38);
    expect(new Set(districts.map((d) => d.province.code)).size).toBe(38);
    // Jawa Tengah's 35 less Pati and Kudus, which `pkp demo` loads itself.
    expect(districts).toHaveLength(514 - 2);
    expect(new Set(districts.map((d) => d.code)).size).toBe(districts.length);
    for (const d of districts) expect(d.code.startsWith(d.province.code), d.code).toBe(true);
  });

  it("takes Jawa Tengah's districts from the province demo, and numbers a province's kota from 71", () => {
    const jateng = districts.filter((d) => d.province.code === '33');
    expect(jateng.map((d) => d.code)).toEqual(PROVINCE_DEMO_DISTRICTS.map(([code]) => code));
    const aceh = districts.filter((d) => d.province.code === '11');
    expect(aceh.filter((d) => d.name.startsWith('Kota ')).map((d) => d.code)).toEqual([
      '1171',
      '1172',
      '1173',
      '1174',
      '1175',
    ]);
  });

  it('plans a district only when asked, in its province, with Puskesmas of its own, the same on every machine', () => {
    const [first] = nationalDistricts(catalog, { provinces: 2, districtsEach: 1 }).slice(1);
    expect(first).toMatchObject({ code: '1201', name: 'Kabupaten Sumatera Utara 01' });
    const plan = first!.plan();
    expect(plan.province).toEqual({ code: '12', name: 'Sumatera Utara' });
    expect(plan.puskesmas.length).toBeGreaterThanOrEqual(20);
    expect(plan.puskesmas.every((y) => y.puskesmas.code.startsWith('P1201'))).toBe(true);
    expect(plan.puskesmas.every((y) => y.status === 'submitted')).toBe(true);
    expect(first!.plan().puskesmas.map((y) => y.monthly.length)).toEqual(
      plan.puskesmas.map((y) => y.monthly.length),
    );
  });
});
