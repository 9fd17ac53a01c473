// The catalog as a document: the Pati catalog goes out and comes back byte for byte, the committed
// JSON Schema is the one the zod schema makes and accepts the Pati file, and every kind of bad catalog
// is refused with its row named and nothing returned.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import type { CatalogNode } from '../../domain/catalog/types.ts';
import type { AppError } from '../../shared/errors.ts';
import { catalogJsonSchema } from '../../shared/schemas/catalog-document.json-schema.ts';
import { catalogFileText, readCatalogFile } from './catalog-document.ts';

const pati = BUILT_IN_CATALOGS.get(2023)!;
const settings = {
  thresholds: { management: [8.5, 5.5] as [number, number] },
  zeroSasaran: 'exclude' as const,
};

function refusal(text: string, expected?: { year: number }): AppError {
  try {
    readCatalogFile(text, expected);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('the catalog was accepted');
}

/** The Pati document with one change made to it. */
function patiWith(change: (doc: ReturnType<typeof JSON.parse>) => void): string {
  const doc = JSON.parse(catalogFileText(pati));
  change(doc);
  return JSON.stringify(doc);
}

describe('the catalog document', () => {
  it('exports, imports and exports the Pati catalog to the same bytes, settings included', () => {
    const text = catalogFileText(pati, settings);
    const read = readCatalogFile(text, { year: 2023 });
    expect(read.catalog).toEqual(pati);
    expect(read.settings).toEqual(settings);
    expect(catalogFileText(read.catalog, read.settings)).toBe(text);
  });

  it('keeps a linked row (sameAs) through export, import and export, and names the row of a broken link', () => {
    const text = patiWith((d) => {
      const ukm = d.clusters[1].children.find((g: { code: string }) => g.code === 'UKM.D');
      ukm.children[0].children[0].sameAs = 'SPM.11';
    });
    const read = readCatalogFile(text, { year: 2023 });
    const row = read.catalog.clusters[1]!.children.find((g) => g.code === 'UKM.D');
    expect(
      row?.type === 'group' && row.children[0]?.type === 'group' && row.children[0].children[0],
    ).toMatchObject({ code: 'UKM.D1.1', sameAs: 'SPM.11' });
    const again = catalogFileText(read.catalog);
    expect(catalogFileText(readCatalogFile(again).catalog)).toBe(again);
    expect(again).toContain('"sameAs": "SPM.11"');
    const broken = refusal(text.replace('"sameAs":"SPM.11"', '"sameAs":"SPM.99"'));
    expect(broken.params.issues).toMatch(/baris UKM\.D1\.1: baris kembarnya \(sameAs\) tidak ada di katalog/);
    expect(broken.params.issuesEn).toMatch(/UKM\.D1\.1.*its twin row \(sameAs\) is not in the catalog/);
  });

  it("keeps what the decree prints on a group's own row (Table 2 F1 7, Table 5 A5 6)", () => {
    const text = catalogFileText(pati);
    const read = readCatalogFile(text).catalog;
    const printed: Record<string, unknown> = {};
    const visit = (node: CatalogNode): void => {
      if (node.type !== 'group') return;
      if (node.printed) printed[node.code] = node.printed;
      node.children.forEach(visit);
    };
    read.clusters.forEach(visit);
    expect(printed).toEqual({
      'UKM.F1.7': { unit: '%', target: '70', sasaran: 'Penderita PTM prioritas' },
      'MAN.A5.6': { unit: '', target: '1 kali setahun', sasaran: '' },
    });
    expect(catalogFileText(read)).toBe(text);
  });

  it('has its JSON Schema committed as docs/catalog.schema.json, which accepts the Pati file and refuses a broken one', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../docs/catalog.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(catalogJsonSchema());
    const validate = new Ajv({ strict: false }).compile(committed);
    expect(validate(JSON.parse(catalogFileText(pati, settings))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(patiWith((d) => (d.clusters[0].children[0].kind = 'guess'))))).toBe(false);
  });

  it('refuses each kind of bad catalog with the row named, in both languages', () => {
    const spm1 = (d: { clusters: { children: Record<string, unknown>[] }[] }) => d.clusters[0]!.children[0]!;
    const cases: [string, string, RegExp][] = [
      [
        'a duplicate code',
        patiWith((d) => (d.clusters[0].children[1].code = d.clusters[0].children[0].code)),
        /baris SPM\.01: kode dipakai lebih dari sekali/,
      ],
      ['an unknown kind', patiWith((d) => (spm1(d).kind = 'guess')), /baris SPM\.01: kind:/],
      [
        'a target that is no number',
        patiWith((d) => ((spm1(d).target as { value: unknown }).value = '100 %')),
        /baris SPM\.01: target\.value:/,
      ],
      [
        'a rubric without its four levels',
        patiWith((d) => {
          const man = d.clusters.find((c: { cluster: string }) => c.cluster === 'manajemen');
          const item = man.children[0].children[0];
          delete item.rubric.levels['7'];
        }),
        /baris MAN\.[\w.]+: rubric\.levels\.7:/,
      ],
      [
        'a range without its band',
        patiWith((d) => (spm1(d).kind = 'range')),
        /baris SPM\.01: indikator rentang tanpa batas bawah dan atas/,
      ],
      [
        'an empty group',
        patiWith((d) => (d.clusters[1].children[0].children = [])),
        /baris UKM\.A: kelompok tanpa isi/,
      ],
      ['another year', catalogFileText(pati), /katalog: tahun katalog bukan tahun yang diimpor/],
      ['not JSON', '{"format": "pkp-catalog",', /katalog: bukan JSON/],
    ];
    for (const [what, text, words] of cases) {
      const error = refusal(text, what === 'another year' ? { year: 2024 } : { year: 2023 });
      expect(error.code, what).toBe('CATALOG_INVALID');
      expect(String(error.params.issues), what).toMatch(words);
      expect(String(error.params.issuesEn), what).toMatch(/row |catalog: /);
    }
  });
});
