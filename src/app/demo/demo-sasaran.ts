// Each demo indicator's sasaran, taken from its Puskesmas's population profile (population-profile.ts):
// first the profile population the targets screen itself suggests for the row (so "ambil dari profil"
// gives the same number back), then the population or count of places the row's printed sasaran names.
import type { CatalogIndicator } from '../../domain/catalog/types.ts';
import { suggestedSasaran } from '../sasaran-suggestion.ts';
import type { DemoPopulation } from './population-profile.ts';

type Rule = [RegExp, (d: DemoPopulation) => number];

/** Rates per population (per 100.000 penduduk, per 1.000 pddk) and per member (angka kontak JKN). */
const RATE_BASES: Rule[] = [
  [/penduduk|pend|pddk/i, (d) => d.population],
  [/‰/, (d) => d.places.jknMembers],
];

/**
 * By indicator code (where the targets screen suggests nothing) when the printed sasaran is too loose to read ("Balita" for the diarrhoea cases
 * expected among them, "Penderita TB" for the TB cases expected, "Baduta" for the cohort a booster
 * dose is given to).
 */
const BY_CODE: Readonly<Record<string, (d: DemoPopulation) => number>> = {
  'UKM.D1.3': (d) => d.places.tbCases,
  'UKM.D5.1': (d) => d.places.diarrhoeaUnderFive,
  'UKM.G.3': (d) => d.targets.bayi,
  'UKM.G.4': (d) => d.targets.bayi,
  'UKM.C5.A.1': (d) => d.places.couples,
  'UKMP.D.3': (d) => Math.round(d.targets.jemaahHaji * 0.95),
};

/** By the printed sasaran, in order: the first that matches is the row's. */
const BY_PRINTED: Rule[] = [
  [/ibu nifas/i, (d) => d.targets.ibuBersalin],
  [/bayi umur 6-11|bayi < ?6/i, (d) => Math.round(d.targets.bayi / 2)],
  [/balita umur 12-59/i, (d) => d.targets.balita - d.targets.bayi],
  [/siswa kelas 1sd.*7 smp.*10 sma/i, (d) => 3 * d.places.gradeCohort],
  [/siswa kelas 2-6 sd.*8-9 smp/i, (d) => 7 * d.places.gradeCohort],
  [/siswa kelas 11-12/i, (d) => 2 * d.places.gradeCohort],
  [/siswa sd \/ mi kelas 2 dan 5/i, (d) => 2 * d.places.gradeCohort],
  [/siswa sd \/ mi kelas 1/i, (d) => d.places.gradeCohort],
  // Girls of grades 7 and 10: half of two cohorts.
  [/remaja putri kelas 7 dan 10/i, (d) => d.places.gradeCohort],
  [/anak usia 2-12/i, (d) => d.places.children2to12],
  [
    /penduduk ≥ 15|penderita (hipertensi|obesitas|dm|stroke|peny jantung|ppok|gangguan indra)/i,
    (d) => d.targets.usiaProduktif + d.targets.lansia,
  ],
  [/penderita (kanker payudara|kanker leher rahim)/i, (d) => d.targets.wus],
  [/penyandang gangguan jiwa/i, (d) => d.places.mentalDisorders],
  [/masy/i, (d) => d.population],
  [/^desa$/i, (d) => d.profile.villages.length],
  [/posyandu lansia/i, (d) => d.places.posyanduLansia],
  [/posyandu/i, (d) => d.places.posyandu],
  [/poskestren/i, (d) => d.places.pesantren],
  [/rumah tangga|keluarga|^kk$/i, (d) => d.places.households],
  [/sd\/mi, smp\/mts, sma/i, (d) => d.places.schools.sd + d.places.schools.smp + d.places.schools.sma],
  [/sekolah\/ madrasah kelas 7 dan 10|sekolah smp.sma/i, (d) => d.places.schools.smp + d.places.schools.sma],
  [/^sekolah$/i, (d) => d.places.schools.sd + d.places.schools.smp + d.places.schools.sma],
  [/sarana air minum/i, (d) => d.places.drinkingWaterSites],
  [/^ttu$/i, (d) => d.places.publicPlaces],
  [/^tpm$/i, (d) => d.places.foodPlaces],
  [/^tpp/i, (d) => d.places.foodIndustries],
  [/faskes/i, (d) => d.places.healthFacilities],
  [/dunia usaha|perusahaan/i, (d) => d.places.businesses],
  [/ormas/i, (d) => d.places.civilSocietyGroups],
  [/pos ukk/i, (d) => d.places.posUkk],
  [/kecamatan|puskesmas|pusk/i, () => 1],
];

/**
 * The sasaran of `indicator` for the Puskesmas of `d`, or undefined when no rule names it (the demo
 * then falls back to an estimate; a test keeps the Pati catalog free of such rows).
 */
export function demoSasaran(indicator: CatalogIndicator, d: DemoPopulation): number | undefined {
  const key = suggestedSasaran(indicator);
  if (key) return d.targets[key];
  const byCode = BY_CODE[indicator.code];
  if (byCode) return byCode(d);
  if (indicator.kind === 'rate') return RATE_BASES.find(([re]) => re.test(indicator.unit))?.[1](d);
  return BY_PRINTED.find(([re]) => re.test(indicator.sasaran.trim()))?.[1](d);
}
