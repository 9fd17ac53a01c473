import { describe, expect, it } from 'vitest';
import type { CatalogIndicator } from '../types.ts';
import { findIndicator, listIndicators } from '../walk.ts';
import { PATI_COUNTS } from './counts.ts';
import { patiCatalog2023 } from './index.ts';

const all = listIndicators(patiCatalog2023).map((p) => p.indicator);
const monthly = all.filter((i) => i.entry !== 'annual');

/** A ratio's monthly denominator, or the annual sasaran a count or a stock is set against. */
function hasDenominator(i: CatalogIndicator): boolean {
  if (i.entry === 'ratio') return true;
  return (i.entry === 'count' || i.entry === 'level') && (i.kind === 'coverage' || i.kind === 'rate');
}

const counts = (code: string) => findIndicator(patiCatalog2023, code)?.counts;

describe('what each monthly row of the Pati catalog counts', () => {
  it('describes the numerator of every one of the 193 monthly rows', () => {
    expect(monthly).toHaveLength(193);
    const missing = monthly.filter((i) => !i.counts?.numerator.trim()).map((i) => i.code);
    expect(missing).toEqual([]);
  });

  it('describes the denominator, or the sasaran, of every row that has one, and of no other', () => {
    const wrong = monthly
      .filter((i) => Boolean(i.counts?.denominator?.trim()) !== hasDenominator(i))
      .map((i) => `${i.code} (${i.entry}, ${i.kind})`);
    expect(wrong).toEqual([]);
    expect(monthly.filter(hasDenominator)).toHaveLength(181);
  });

  it('leaves the Table 5 items, entered once a year on their rubric, without', () => {
    expect(all.filter((i) => i.entry === 'annual' && i.counts)).toEqual([]);
  });

  it('names only codes of monthly rows, so a renamed row cannot lose its words unnoticed', () => {
    const codes = new Set(monthly.map((i) => i.code));
    expect(Object.keys(PATI_COUNTS).filter((code) => !codes.has(code))).toEqual([]);
  });

  // The catalog's readings of the printed sasaran (docs/catalog-notes.md), which the targets screen's
  // "ambil dari profil" follows too (docs/scoring-decisions.md rule 22): the words must say the same.
  it.each([
    [
      'Angka kematian ibu: per kelahiran hidup, though "Ibu hamil" is printed',
      'UKM.C1.A.1',
      /kelahiran hidup/i,
    ],
    ['Angka kematian bayi: per kelahiran hidup', 'UKM.C1.B.1', /kelahiran hidup/i],
    ['Angka kematian balita: per kelahiran hidup', 'UKM.C2.1', /kelahiran hidup/i],
    ['Cakupan K4: the pregnant women, though "Bayi" is printed', 'UKM.C1.A.3', /ibu hamil/i],
    [
      'Penemuan penderita diare balita: the estimated cases, not all balita',
      'UKM.D5.1',
      /perkiraan kasus diare/i,
    ],
    ['Angka notifikasi TB (CNR): per population', 'UKM.D1.2', /penduduk/i],
    ['Cakupan penimbangan balita (D/S): S of the month', 'UKM.C6.D.2', /\(S\)/],
    [
      'Cakupan Deteksi Dini Hipertensi: the population to screen, not "Penderita"',
      'UKM.F1.7.1',
      /sasaran skrining/i,
    ],
  ])('%s', (_name, code, denominator) => {
    expect(counts(code)?.denominator).toMatch(denominator);
  });

  it.each([
    ['Cakupan K4 counts mothers with four visits, not visits', 'UKM.C1.A.3', /ibu hamil .*4 kali/i],
    ['Penimbangan balita counts D, the balita weighed', 'UKM.C6.D.2', /ditimbang.*\(D\)/],
    ['Laporan STP tepat waktu says what "tepat" is', 'UKM.H.1', /tanggal 5/],
  ])('%s', (_name, code, numerator) => {
    expect(counts(code)?.numerator).toMatch(numerator);
  });
});
