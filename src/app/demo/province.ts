// A province's worth of demo districts, for measuring pkp at province scale (`pkp demo --scale
// province`): the other 33 kabupaten and kota of Jawa Tengah beside Pati and Kudus, each with invented
// Puskesmas (about 25 in a kabupaten, 10 in a kota, ~850 in all with the demo's 35) and a full year of
// plausible figures from the same planner as Pati's. Names of the districts are real; everything in
// them is invented, and every year is submitted (no demo accounts enter them).
import type { Catalog } from '../../domain/catalog/types.ts';
import { planDemoDistrict, type DemoPlan } from './plan.ts';
import { DEMO_DISTRICT, type DemoPuskesmas } from './puskesmas-list.ts';
import { seededRandom } from './random.ts';

/** Jawa Tengah's kabupaten and kota but Pati (3318) and Kudus (3319), by their codes. */
export const PROVINCE_DEMO_DISTRICTS: readonly (readonly [code: string, name: string])[] = [
  ['3301', 'Kabupaten Cilacap'],
  ['3302', 'Kabupaten Banyumas'],
  ['3303', 'Kabupaten Purbalingga'],
  ['3304', 'Kabupaten Banjarnegara'],
  ['3305', 'Kabupaten Kebumen'],
  ['3306', 'Kabupaten Purworejo'],
  ['3307', 'Kabupaten Wonosobo'],
  ['3308', 'Kabupaten Magelang'],
  ['3309', 'Kabupaten Boyolali'],
  ['3310', 'Kabupaten Klaten'],
  ['3311', 'Kabupaten Sukoharjo'],
  ['3312', 'Kabupaten Wonogiri'],
  ['3313', 'Kabupaten Karanganyar'],
  ['3314', 'Kabupaten Sragen'],
  ['3315', 'Kabupaten Grobogan'],
  ['3316', 'Kabupaten Blora'],
  ['3317', 'Kabupaten Rembang'],
  ['3320', 'Kabupaten Jepara'],
  ['3321', 'Kabupaten Demak'],
  ['3322', 'Kabupaten Semarang'],
  ['3323', 'Kabupaten Temanggung'],
  ['3324', 'Kabupaten Kendal'],
  ['3325', 'Kabupaten Batang'],
  ['3326', 'Kabupaten Pekalongan'],
  ['3327', 'Kabupaten Pemalang'],
  ['3328', 'Kabupaten Tegal'],
  ['3329', 'Kabupaten Brebes'],
  ['3371', 'Kota Magelang'],
  ['3372', 'Kota Surakarta'],
  ['3373', 'Kota Salatiga'],
  ['3374', 'Kota Semarang'],
  ['3375', 'Kota Pekalongan'],
  ['3376', 'Kota Tegal'],
];

/** The invented Puskesmas of one district: numbered, about a third with beds, 25 000–75 000 people each. */
function inventedPuskesmas(code: string, name: string): DemoPuskesmas[] {
  const random = seededRandom(Number(code));
  const town = name.startsWith('Kota ');
  const count = town ? random.int(8, 13) : random.int(20, 30);
  const place = name.replace(/^(Kabupaten|Kota) /, '');
  return Array.from({ length: count }, (_, i) => {
    const number = String(i + 1).padStart(2, '0');
    return {
      code: `P${code}${String(i + 1).padStart(3, '0')}`,
      name: `Puskesmas ${place} ${number}`,
      kecamatan: `${place} ${number}`,
      district: name,
      town,
      rawatInap: random.chance(town ? 0.25 : 0.6),
      population: random.int(25_000, 75_000),
      villages: random.int(7, 29),
    };
  });
}

/** The plan of one invented district of `province` (Jawa Tengah unless told), seeded by its code. */
export function planInventedDistrict(
  catalog: Catalog,
  code: string,
  name: string,
  province: { code: string; name: string } = DEMO_DISTRICT.province,
): DemoPlan {
  return planDemoDistrict(catalog, {
    seed: Number(code),
    district: { code, name, province },
    puskesmas: inventedPuskesmas(code, name),
    drafts: new Set(),
  });
}

/** The plans of the first `count` districts of the list (all of them by default), on `catalog`. */
export function planProvinceDistricts(catalog: Catalog, count = PROVINCE_DEMO_DISTRICTS.length): DemoPlan[] {
  return PROVINCE_DEMO_DISTRICTS.slice(0, count).map(([code, name]) =>
    planInventedDistrict(catalog, code, name),
  );
}
