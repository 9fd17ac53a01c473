import { describe, expect, it } from 'vitest';
import { matchIndicators, monthOfHeading, withoutNumbering } from './paste-match.ts';

const indicators = [
  { code: 'SPM.01', name: 'Pelayanan kesehatan ibu hamil' },
  { code: 'UKM.A1.2', name: 'Cakupan Posyandu Mandiri' },
  { code: 'UKP.A1.5', name: 'Kelengkapan pengisian rekam medis dalam 24 jam' },
  { code: 'UKP.A2.2', name: 'Kelengkapan pengisian rekam medis dalam 24 jam' },
];

describe('withoutNumbering', () => {
  it.each([
    ['1. Pelayanan', 'Pelayanan'],
    ['1) Pelayanan', 'Pelayanan'],
    ['12 Pelayanan', 'Pelayanan'],
    ['(3) Pelayanan', 'Pelayanan'],
    ['a. Cakupan', 'Cakupan'],
    ['b) Cakupan', 'Cakupan'],
    ['A.1.2 Cakupan', 'Cakupan'],
    ['II. Cakupan', 'Cakupan'],
    ['B. 2) Cakupan', 'Cakupan'],
    ['K1 murni', 'K1 murni'],
    ['DM terkendali', 'DM terkendali'],
    ['Ibu hamil', 'Ibu hamil'],
  ])('%s → %s', (label, name) => {
    expect(withoutNumbering(label)).toBe(name);
  });
});

describe('matchIndicators', () => {
  const match = (...labels: string[][]) => matchIndicators(labels, indicators).map((i) => i?.code ?? null);

  it.each([
    ['its code', ['SPM.01'], 'SPM.01'],
    ['its code in another letter case, with spaces', [' spm.01 '], 'SPM.01'],
    ['its name', ['Pelayanan kesehatan ibu hamil'], 'SPM.01'],
    ['its name in capitals, spaced and punctuated otherwise', ['PELAYANAN  KESEHATAN IBU-HAMIL'], 'SPM.01'],
    ['its numbered name', ['2) Cakupan Posyandu Mandiri'], 'UKM.A1.2'],
    ['its number and name in two columns', ['2', 'Cakupan Posyandu Mandiri'], 'UKM.A1.2'],
    ['its code before its name', ['UKM.A1.2', 'Cakupan Posyandu'], 'UKM.A1.2'],
    ['a heading that names no indicator', ['A. UPAYA PROMOSI KESEHATAN'], null],
    ['a part of a name', ['Cakupan Posyandu'], null],
  ])('finds an indicator by %s', (_name, labels, code) => {
    expect(match(labels)).toEqual([code]);
  });

  it('takes two indicators of the same name in catalog order', () => {
    const name = ['Kelengkapan pengisian rekam medis dalam 24 jam'];
    expect(match(name, name)).toEqual(['UKP.A1.5', 'UKP.A2.2']);
  });
});

describe('monthOfHeading', () => {
  const months = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);
  it.each([
    ['Jan', '2023-01'],
    ['Januari', '2023-01'],
    ['MEI', '2023-05'],
    ['May', '2023-05'],
    ['Agt', '2023-08'],
    ['Agustus 2023', '2023-08'],
    ['Okt-23', '2023-10'],
    ['Des', '2023-12'],
    ['Nopember', '2023-11'],
    ['Jumlah', undefined],
    ['12', undefined],
  ])('%s → %s', (text, month) => {
    expect(monthOfHeading(text, months)).toBe(month);
  });
});
