import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import type { CatalogIndicator } from '../catalog/types.ts';
import { findIndicator, listIndicators } from '../catalog/walk.ts';
import { entryFields } from './entry-fields.ts';
import {
  LIMITS,
  monthlyFieldBound,
  numberProblem,
  RUBRIC_PERCENT,
  targetFieldBound,
  targetProblem,
  type MonthlyNumberField,
  type NumberBound,
  type TargetNumberField,
} from './number-bounds.ts';

const pati = (code: string): CatalogIndicator => {
  const found = findIndicator(patiCatalog2023, code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};
const COUNT_MONTH: NumberBound = { quantity: 'count', max: 10_000_000, whole: true };
const COUNT_YEAR: NumberBound = { quantity: 'count', max: 100_000_000, whole: true };
const PERCENT: NumberBound = { quantity: 'percent', max: 100, whole: false };
const anIndex: CatalogIndicator = { ...pati('UKMP.B.1'), kind: 'value', entry: 'level', unit: 'indeks' };
const aSurveyPercent: CatalogIndicator = { ...anIndex, unit: '%' };

describe('monthlyFieldBound', () => {
  it.each([
    ['SPM.01 Pelayanan kesehatan ibu hamil: the mothers served', 'SPM.01', 'numerator', COUNT_MONTH],
    ['UKM.B1.2 Cakupan Desa STBM (a stock): the villages', 'UKM.B1.2', 'numerator', COUNT_MONTH],
    ['UKM.D1.6 Penemuan kasus resistan obat (amount): the cases', 'UKM.D1.6', 'value', COUNT_MONTH],
    ['UKMP.C.4 Cakupan pembinaan … calon jamaah haji (kali): the sessions', 'UKMP.C.4', 'value', COUNT_MONTH],
    ['UKM.C1.A.10 entri data kematian … MPDN: the reports entered', 'UKM.C1.A.10', 'numerator', COUNT_MONTH],
    [
      'UKM.C1.A.10 entri data kematian … MPDN: the deaths to report',
      'UKM.C1.A.10',
      'denominator',
      COUNT_MONTH,
    ],
    ['UKM.C6.D.3 Presentasu Bayi … BBLR: the babies', 'UKM.C6.D.3', 'numerator', COUNT_MONTH],
    ['UKM.H.4 KLB ditangani < 24 jam (on time): the outbreaks', 'UKM.H.4', 'numerator', COUNT_MONTH],
    ['UKP.A2.3 BOR: the patient-days', 'UKP.A2.3', 'numerator', COUNT_MONTH],
    ['UKP.A2.3 BOR: the bed-days', 'UKP.A2.3', 'denominator', COUNT_MONTH],
    [
      'UKM.H.6 Lama waktu Penanggulangan KLB PD3I: the response hours are a total, not whole',
      'UKM.H.6',
      'numerator',
      { quantity: 'hours', max: 10_000_000, whole: false },
    ],
    ['UKM.H.6 Lama waktu Penanggulangan KLB PD3I: the outbreaks', 'UKM.H.6', 'denominator', COUNT_MONTH],
    [
      'UKM.H.7 Lama waktu Respon PIE: the response hours',
      'UKM.H.7',
      'numerator',
      { quantity: 'hours', max: 10_000_000, whole: false },
    ],
    [
      'UKP.A2.4 LOS: the days of care are a total, not whole',
      'UKP.A2.4',
      'numerator',
      { quantity: 'days', max: 10_000_000, whole: false },
    ],
    ['UKP.A2.4 LOS: the patients discharged', 'UKP.A2.4', 'denominator', COUNT_MONTH],
  ] as [string, string, MonthlyNumberField, NumberBound][])('%s', (_name, code, field, bound) => {
    expect(monthlyFieldBound(pati(code), field)).toEqual(bound);
  });

  it.each([
    ['a level in % (a survey prevalence) is a percentage', aSurveyPercent, PERCENT],
    [
      'any other level (an index) is a measured value',
      anIndex,
      { quantity: 'measure', max: 10_000_000, whole: false },
    ],
  ] as [string, CatalogIndicator, NumberBound][])('%s', (_name, indicator, bound) => {
    expect(monthlyFieldBound(indicator, 'value')).toEqual(bound);
  });

  it('lets only the hours and days totals of the Pati catalog be other than whole numbers', () => {
    const notWhole = listIndicators(patiCatalog2023).flatMap(({ indicator }) =>
      entryFields(indicator)
        .filter((f) => f !== 'flag')
        .filter((f) => !monthlyFieldBound(indicator, f as MonthlyNumberField).whole)
        .map((f) => `${indicator.code} ${f}`),
    );
    expect(notWhole).toEqual(['UKM.H.6 numerator', 'UKM.H.7 numerator', 'UKP.A2.4 numerator']);
  });
});

describe('targetFieldBound', () => {
  it.each([
    ['SPM.01 (coverage): the target is a percentage', 'SPM.01', 'target', PERCENT],
    ['SPM.01: the sasaran is whole people', 'SPM.01', 'sasaran', COUNT_YEAR],
    ['SPM.01: the absolute target TS is whole people', 'SPM.01', 'targetSasaran', COUNT_YEAR],
    [
      'UKM.C1.A.1 Angka kematian ibu: per 100.000 at most',
      'UKM.C1.A.1',
      'target',
      { quantity: 'rate', max: 100_000, whole: false },
    ],
    [
      'UKP.A1.2 Angka kontak JKN: per 1.000 at most',
      'UKP.A1.2',
      'target',
      { quantity: 'rate', max: 1000, whole: false },
    ],
    ['UKM.C6.D.3 BBLR (a lower-is-better share): a percentage', 'UKM.C6.D.3', 'target', PERCENT],
    ['UKP.A2.3 BOR: a percentage', 'UKP.A2.3', 'target', PERCENT],
    ['UKM.H.1 Laporan STP tepat waktu: a percentage of months', 'UKM.H.1', 'target', PERCENT],
    [
      'UKM.H.6 < 24 Jam: hours, at most a year',
      'UKM.H.6',
      'target',
      { quantity: 'hours', max: 8784, whole: false },
    ],
    [
      'UKP.A2.4 LOS ≤ 3: days, at most a year',
      'UKP.A2.4',
      'target',
      { quantity: 'days', max: 366, whole: false },
    ],
    ['UKMP.C.4 3 kali: whole sessions in the year', 'UKMP.C.4', 'target', COUNT_YEAR],
    [
      'UKM.C2.8 Puskesmas ramah anak (ya/tdk): 0 or 1',
      'UKM.C2.8',
      'target',
      { quantity: 'yes-no', max: 1, whole: true },
    ],
  ] as [string, string, TargetNumberField, NumberBound][])('%s', (_name, code, field, bound) => {
    expect(targetFieldBound(pati(code), field)).toEqual(bound);
  });

  it('keeps every target the decree prints within its bound', () => {
    const outside = listIndicators(patiCatalog2023)
      .map(({ indicator }) => indicator)
      .filter((i) => i.target.value !== null && numberProblem(i.target.value, targetFieldBound(i, 'target')))
      .map((i) => `${i.code} ${i.target.value}`);
    expect(outside).toEqual([]);
  });
});

describe('numberProblem', () => {
  const HOURS: NumberBound = { quantity: 'hours', max: 10_000_000, whole: false };
  it.each([
    ['0 people', 0, COUNT_MONTH, null],
    ['1.234 people', 1234, COUNT_MONTH, null],
    ['10 million people in a month, the bound itself', LIMITS.monthlyCount, COUNT_MONTH, null],
    ['one more', LIMITS.monthlyCount + 1, COUNT_MONTH, 'above-maximum'],
    ['1e308 people', 1e308, COUNT_MONTH, 'above-maximum'],
    ['1,5 people', 1.5, COUNT_MONTH, 'not-whole'],
    ['1e-300 people', 1e-300, COUNT_MONTH, 'not-whole'],
    ['-1 people', -1, COUNT_MONTH, 'negative'],
    ['NaN', Number.NaN, COUNT_MONTH, 'not-a-number'],
    ['Infinity', Number.POSITIVE_INFINITY, COUNT_MONTH, 'not-a-number'],
    ['a string "12"', '12', COUNT_MONTH, 'not-a-number'],
    ['2,5 hours', 2.5, HOURS, null],
    ['2,1234 hours (four decimals)', 2.1234, HOURS, null],
    ['2,12345 hours (five decimals)', 2.12345, HOURS, 'too-many-decimals'],
    ['1e-300 hours', 1e-300, HOURS, 'too-many-decimals'],
    ['0,0001 hours, the smallest step', 0.0001, HOURS, null],
    ['76,61 % (IKM "Baik")', 76.61, RUBRIC_PERCENT, null],
    ['100 %', 100, RUBRIC_PERCENT, null],
    ['100,01 %', 100.01, RUBRIC_PERCENT, 'above-maximum'],
    ['0,1 + 0,2 % (binary noise is not a fifth decimal)', 0.1 + 0.2, RUBRIC_PERCENT, null],
    ['9.999.999,1234 hours (four decimals near the bound)', 9_999_999.1234, HOURS, null],
  ] as [string, unknown, NumberBound, ReturnType<typeof numberProblem>][])('%s', (_name, x, bound, rule) => {
    expect(numberProblem(x, bound)).toBe(rule);
  });
});

describe('targetProblem', () => {
  it.each([
    ['a target of 90 % and a sasaran of 1.200 are fine', 'SPM.01', { target: 90, sasaran: 1200 }, null],
    ['null clears and is fine', 'SPM.01', { target: null, targetSasaran: null, sasaran: null }, null],
    [
      'a coverage target of 120 % is refused',
      'SPM.01',
      { target: 120 },
      { field: 'target', rule: 'above-maximum', bound: PERCENT },
    ],
    [
      'a sasaran of 1,5 people is refused',
      'SPM.01',
      { sasaran: 1.5 },
      { field: 'sasaran', rule: 'not-whole', bound: COUNT_YEAR },
    ],
    [
      'a sasaran of 1e308 is refused',
      'UKM.C1.A.1',
      { sasaran: 1e308 },
      { field: 'sasaran', rule: 'above-maximum', bound: COUNT_YEAR },
    ],
    [
      'an absolute target of 12,5 people is refused',
      'SPM.01',
      { targetSasaran: 12.5 },
      { field: 'targetSasaran', rule: 'not-whole', bound: COUNT_YEAR },
    ],
    ['a LOS target of 2,5 days is fine', 'UKP.A2.4', { target: 2.5 }, null],
  ] as [string, string, Parameters<typeof targetProblem>[1], ReturnType<typeof targetProblem>][])(
    '%s',
    (_name, code, numbers, problem) => {
      expect(targetProblem(pati(code), numbers)).toEqual(problem);
    },
  );
});
