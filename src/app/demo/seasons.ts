// How a year's services spread over its months in the demo, as they do in a Puskesmas: school
// immunisation (BIAS) and vitamin A in their campaign months, dengue, leptospirosis, diarrhoea and
// pneumonia in the rainy season, fewer visits in Ramadan and the Lebaran month, births all year.
import type { CatalogIndicator } from '../../domain/catalog/types.ts';
import type { Random } from './random.ts';

/**
 * Services given in campaign months, by indicator code: weight per month (1 = January), the rest of
 * the year nothing. These peaks are real work, not typing errors: a plausibility check must not take a
 * BIAS month for an outlier (the demo's planted anomalies are DEMO_ANOMALIES, never these).
 */
export const DEMO_CAMPAIGNS: Readonly<
  Record<string, { months: Readonly<Record<number, number>>; what: string }>
> = {
  'UKM.G.5': { months: { 8: 0.93, 9: 0.07 }, what: 'BIAS campak/MR kelas 1 (Agustus), sisa disusulkan' },
  'UKM.G.7': { months: { 8: 0.93, 9: 0.07 }, what: 'BIAS DT kelas 1 (Agustus)' },
  'UKM.G.6': { months: { 11: 0.94, 12: 0.06 }, what: 'BIAS HPV (November)' },
  'UKM.G.8': { months: { 11: 0.94, 12: 0.06 }, what: 'BIAS Td kelas 2 dan 5 (November)' },
  'UKM.C6.A.2': { months: { 2: 0.5, 8: 0.5 }, what: 'Bulan vitamin A (Februari, Agustus)' },
  'UKM.C6.A.3': { months: { 2: 0.5, 8: 0.5 }, what: 'Bulan vitamin A (Februari, Agustus)' },
  'UKM.E3.1': { months: { 2: 0.5, 8: 0.5 }, what: 'Obat cacing dua kali setahun (Februari, Agustus)' },
  'UKM.C4.2': { months: { 7: 0.3, 8: 0.5, 9: 0.2 }, what: 'Penjaringan kesehatan awal tahun ajaran' },
  'UKM.C4.8': { months: { 8: 0.4, 9: 0.4, 10: 0.2 }, what: 'Skrining anemia kelas 7 dan 10' },
  'UKM.C5.B.2': { months: { 8: 0.4, 9: 0.4, 10: 0.2 }, what: 'Skrining anemia remaja putri kelas 7 dan 10' },
};

/** Dengue, leptospirosis, diarrhoea, pneumonia: cases follow the rains (November–April in Pati). */
const RAINY_SEASON = [1.5, 1.6, 1.4, 1.1, 0.8, 0.6, 0.5, 0.5, 0.55, 0.75, 1.1, 1.4];
const RAINY = /^UKM\.(E1|E4|D4|D5)\./;

/** Services that follow births, which Lebaran does not stop. */
const BIRTHS =
  /^(SPM\.0[23]|UKM\.C1\.A\.[568]|UKM\.C1\.B\.|UKM\.C6\.A\.5|UKM\.C6\.D\.[13]|UKP\.A3\.1|UKP\.A5\.3)$/;

/**
 * Fewer visits in Ramadan and in the month of Idul Fitri and its cuti bersama, by year (1 = January):
 * 2023's Ramadan ran from 23 March, Lebaran fell on 22 April.
 */
const LEBARAN: Readonly<Record<number, Readonly<Record<number, number>>>> = {
  2021: { 4: 0.92, 5: 0.8 },
  2022: { 4: 0.9, 5: 0.8 },
  2023: { 3: 0.94, 4: 0.78 },
  2024: { 3: 0.9, 4: 0.78 },
  2025: { 3: 0.85, 4: 0.85 },
  2026: { 2: 0.94, 3: 0.8 },
  2027: { 2: 0.9, 3: 0.8 },
};

/** The relative size of each month's work on `indicator` (12 weights, January first). */
export function monthWeights(indicator: CatalogIndicator, year: number, random: Random): number[] {
  const campaign = DEMO_CAMPAIGNS[indicator.code];
  if (campaign) return Array.from({ length: 12 }, (_, i) => campaign.months[i + 1] ?? 0);
  const lebaran = BIRTHS.test(indicator.code) ? {} : (LEBARAN[year] ?? {});
  return Array.from({ length: 12 }, (_, i) => {
    const season = RAINY.test(indicator.code) ? (RAINY_SEASON[i] ?? 1) : 1;
    return season * (lebaran[i + 1] ?? 1) * random.between(0.85, 1.15);
  });
}

/** Splits a whole `total` over the months in proportion to `weights` (largest remainders first). */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = total - parts.reduce((a, b) => a + b, 0); left > 0; k++, left--) {
    const i = order[k % order.length]!.i;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}
