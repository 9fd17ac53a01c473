// Every Puskesmas of Indonesia, invented, for measuring pkp at national scale (`pkp demo --scale
// national`): the 38 provinces with their real BPS codes and names and their count of kabupaten and
// kota (514 in all), each district with invented Puskesmas (about 25 in a kabupaten, 10 in a kota:
// some 11 000 in all, against ~10 300 in the country) and a full year of plausible figures from the
// same planner as Pati's. Jawa Tengah is the province demo's (its real district names); elsewhere the
// names are invented ("Kabupaten Aceh 01", "Kota Aceh 71"), their codes follow BPS' pattern (kota
// from 71).
import type { Catalog } from '../../domain/catalog/types.ts';
import type { DemoPlan } from './plan.ts';
import { DEMO_DISTRICT } from './puskesmas-list.ts';
import { planInventedDistrict, PROVINCE_DEMO_DISTRICTS } from './province.ts';

/** Indonesia's provinces: BPS code, name, how many kabupaten and how many kota. */
export const NATIONAL_PROVINCES: readonly (readonly [
  code: string,
  name: string,
  kabupaten: number,
  kota: number,
])[] = [
  ['11', 'Aceh', 18, 5],
  ['12', 'Sumatera Utara', 25, 8],
  ['13', 'Sumatera Barat', 12, 7],
  ['14', 'Riau', 10, 2],
  ['15', 'Jambi', 9, 2],
  ['16', 'Sumatera Selatan', 13, 4],
  ['17', 'Bengkulu', 9, 1],
  ['18', 'Lampung', 13, 2],
  ['19', 'Kepulauan Bangka Belitung', 6, 1],
  ['21', 'Kepulauan Riau', 5, 2],
  ['31', 'DKI Jakarta', 1, 5],
  ['32', 'Jawa Barat', 18, 9],
  ['33', 'Jawa Tengah', 29, 6],
  ['34', 'DI Yogyakarta', 4, 1],
  ['35', 'Jawa Timur', 29, 9],
  ['36', 'Banten', 4, 4],
  ['51', 'Bali', 8, 1],
  ['52', 'Nusa Tenggara Barat', 8, 2],
  ['53', 'Nusa Tenggara Timur', 21, 1],
  ['61', 'Kalimantan Barat', 12, 2],
  ['62', 'Kalimantan Tengah', 13, 1],
  ['63', 'Kalimantan Selatan', 11, 2],
  ['64', 'Kalimantan Timur', 7, 3],
  ['65', 'Kalimantan Utara', 4, 1],
  ['71', 'Sulawesi Utara', 11, 4],
  ['72', 'Sulawesi Tengah', 12, 1],
  ['73', 'Sulawesi Selatan', 21, 3],
  ['74', 'Sulawesi Tenggara', 15, 2],
  ['75', 'Gorontalo', 5, 1],
  ['76', 'Sulawesi Barat', 6, 0],
  ['81', 'Maluku', 9, 2],
  ['82', 'Maluku Utara', 8, 2],
  ['91', 'Papua Barat', 7, 0],
  ['92', 'Papua Barat Daya', 5, 1],
  ['94', 'Papua', 8, 1],
  ['95', 'Papua Selatan', 4, 0],
  ['96', 'Papua Tengah', 8, 0],
  ['97', 'Papua Pegunungan', 8, 0],
];

/** A district of the national demo; its plan (a year of values for ~25 Puskesmas) is made when asked. */
export interface NationalDistrict {
  province: { code: string; name: string };
  code: string;
  name: string;
  plan(): DemoPlan;
}

/** Invented districts of a province: kabupaten `<code>01…`, kota `<code>71…`. */
function inventedDistricts(code: string, name: string, kabupaten: number, kota: number) {
  const number = (n: number) => String(n).padStart(2, '0');
  return [
    ...Array.from({ length: kabupaten }, (_, i) => [
      `${code}${number(i + 1)}`,
      `Kabupaten ${name} ${number(i + 1)}`,
    ]),
    ...Array.from({ length: kota }, (_, i) => [`${code}${number(71 + i)}`, `Kota ${name} ${number(71 + i)}`]),
  ] as [code: string, name: string][];
}

/**
 * Every district of the first `provinces` provinces (all 38 by default), at most `districtsEach` of
 * each, province by province; Jawa Tengah's are the province demo's (Pati and Kudus, the demo's own,
 * are loaded by `pkp demo` itself). Plans are made one at a time, as each is loaded: all of them at
 * once would be some 30 million values in memory.
 */
export function nationalDistricts(
  catalog: Catalog,
  options: { provinces?: number; districtsEach?: number } = {},
): NationalDistrict[] {
  const each = options.districtsEach ?? Number.POSITIVE_INFINITY;
  return NATIONAL_PROVINCES.slice(0, options.provinces ?? NATIONAL_PROVINCES.length).flatMap(
    ([code, name, kabupaten, kota]) => {
      const province = { code, name };
      const districts =
        code === DEMO_DISTRICT.province.code
          ? PROVINCE_DEMO_DISTRICTS.map(([c, n]) => [c, n] as [string, string])
          : inventedDistricts(code, name, kabupaten, kota);
      return districts.slice(0, each).map(([districtCode, districtName]) => ({
        province,
        code: districtCode,
        name: districtName,
        plan: () => planInventedDistrict(catalog, districtCode, districtName, province),
      }));
    },
  );
}
