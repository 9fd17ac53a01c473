import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from '../domain/catalog/builtin.ts';
import { nodeWordsOf } from './node-words.ts';

const words = nodeWordsOf(BUILT_IN_CATALOGS.get(2023)!);

describe('the words of each catalog node for its sentence', () => {
  it.each([
    ['SPM.01 (no sasaran printed: the service names it)', 'SPM.01', 'ibu hamil'],
    ['K4 (printed "Bayi", read as the pregnant women)', 'UKM.C1.A.3', 'ibu hamil'],
    ['SPM.06, without its age band in brackets', 'SPM.06', 'usia produktif'],
    ['AKI, a rate per 100.000 live births', 'UKM.C1.A.1', 'kelahiran hidup'],
    ['SPM.12, its acronym kept', 'SPM.12', 'orang berisiko terinfeksi HIV'],
    ['a screening whose sasaran the catalog reads otherwise', 'UKM.F1.7.1', null],
  ])('%s', (_name, code, sasaran) => {
    expect(words[code]?.sasaran).toBe(sasaran);
  });

  it('gives every node the number the decree prints, and a unit to indicators only', () => {
    expect(words['SPM.01']).toMatchObject({ number: '1', unit: '%' });
    expect(words['UKM.C1.A.1']?.unit).toBe('Per 100.000 kelahiran hidup');
    expect(words['UKM.C1']).toEqual({ number: expect.any(String), unit: null, sasaran: null });
    expect(Object.keys(words).length).toBeGreaterThan(237);
  });
});
