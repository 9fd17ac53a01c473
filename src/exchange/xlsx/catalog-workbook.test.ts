// The annex workbook: the Pati catalog goes out and comes back as the same document; a workbook typed
// from a decree with only its printed columns reads with the documented defaults; and a bad workbook
// is refused with every problem named by sheet and row, in both languages.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogFileText } from '../../app/catalog/catalog-document.ts';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { patiCatalog2023Ilp } from '../../domain/catalog/pati/index.ts';
import type { CatalogIndicator, CatalogNode } from '../../domain/catalog/types.ts';
import type { AppError } from '../../shared/errors.ts';
import { catalogWorkbook } from './catalog-workbook.ts';
import { readCatalogWorkbook } from './read-catalog-workbook.ts';

const pati = BUILT_IN_CATALOGS.get(2023)!;

type Cell = string | number | null | { percent: number };

/** A workbook of sheets given as rows of cells; `{ percent }` is a number formatted as a percentage. */
async function workbookOf(sheets: Record<string, Cell[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getRow(r + 1).getCell(c + 1);
        if (typeof value === 'object') {
          cell.value = value.percent;
          cell.numFmt = '0%';
        } else cell.value = value;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array, year = 2024): Promise<AppError> {
  try {
    await readCatalogWorkbook(bytes, { year });
  } catch (error) {
    return error as AppError;
  }
  throw new Error('the workbook was accepted');
}

function byCode(nodes: readonly CatalogNode[], code: string): CatalogNode | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const found = node.type === 'group' ? byCode(node.children, code) : undefined;
    if (found) return found;
  }
  return undefined;
}

const SERVICE = [
  'No',
  'Upaya Pelayanan Kesehatan/ Program/ Variabel/ Sub Variabel',
  'Satuan',
  'Target Capaian',
  'Sasaran',
];
const RUBRIC = ['No', 'Indikator', 'TARGET', 'NILAI 0', 'NILAI 4', 'NILAI 7', 'NILAI 10'];

describe('the annex workbook', () => {
  it('exports and imports the Pati catalog to the same document, settings included', async () => {
    const settings = {
      thresholds: { management: [8.5, 5.5] as [number, number] },
      zeroSasaran: 'exclude' as const,
      cap: false,
    };
    const read = await readCatalogWorkbook(await catalogWorkbook(pati, settings), { year: 2023 });
    expect(catalogFileText(read.catalog, read.settings)).toBe(catalogFileText(pati, settings));
  });

  it('keeps the linked rows through their "Sama dengan" column, and a new link too', async () => {
    const read = await readCatalogWorkbook(await catalogWorkbook(pati), { year: 2023 });
    expect(byCode(read.catalog.clusters, 'UKM.D1.1')).toMatchObject({ sameAs: 'SPM.11' });
    const linked = structuredClone(pati);
    const hiv = byCode(linked.clusters, 'UKM.D3.1') as CatalogIndicator;
    delete hiv.sameAs;
    const again = await readCatalogWorkbook(await catalogWorkbook(linked), { year: 2023 });
    expect(byCode(again.catalog.clusters, 'UKM.D3.1')).not.toHaveProperty('sameAs');
    expect(catalogFileText(again.catalog)).toBe(catalogFileText(linked));
  });

  it("prints a group's own Satuan, Target and Sasaran on its row and reads them back (F1 7, A5 6)", async () => {
    const bytes = await catalogWorkbook(pati);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rowOf = (sheet: ExcelJS.Worksheet, code: string) => {
      let found: string[] = [];
      sheet.eachRow((row) => {
        const cells = (row.values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
        if (cells.includes(code)) found = cells;
      });
      return found;
    };
    const ukm = workbook.worksheets.find((w) => rowOf(w, 'UKM.F1.7').length > 0)!;
    expect(rowOf(ukm, 'UKM.F1.7')).toEqual(expect.arrayContaining(['%', '70', 'Penderita PTM prioritas']));
    const read = await readCatalogWorkbook(bytes, { year: 2023 });
    expect(byCode(read.catalog.clusters, 'UKM.F1.7')).toMatchObject({
      type: 'group',
      printed: { unit: '%', target: '70', sasaran: 'Penderita PTM prioritas' },
    });
    expect(byCode(read.catalog.clusters, 'MAN.A5.6')).toMatchObject({
      printed: { unit: '', target: '1 kali setahun', sasaran: '' },
    });
  });

  it('reads a workbook typed from the decree, with only its printed columns, with the assumed defaults', async () => {
    const bytes = await workbookOf({
      'Tabel 1 SPM': [
        ['Tabel 1 Target Kinerja SPM Puskesmas Tahun 2024'],
        [],
        [
          'No',
          'Upaya Pelayanan Kesehatan/ Program/ Variabel/ Sub Variabel',
          'Satuan Indikator',
          'Target 2024',
        ],
        [1, 'Pelayanan kesehatan ibu hamil', '%', 100],
        [2, 'Pelayanan kesehatan ibu bersalin', '%', '95 %'],
      ],
      'Tabel 2 UKM Esensial': [
        SERVICE,
        ['A', 'UPAYA PROMOSI KESEHATAN'],
        ['A1', 'Pemberdayaan Masyarakat'],
        [null, '1) Forum Kecamatan Sehat Aktif', '%', 100, 'Kecamatan'],
        [null, '2) Angka kematian ibu', 'Per 100.000 kelahiran hidup', '≤ 132', 'Ibu hamil'],
        SERVICE,
        ['H.', 'Indikator Upaya Surveilans Epidemiologi'],
        [null, '1) Laporan C1 tepat waktu', 'per bln', 'maks tgl 5', 'Laporan C1'],
        [null, '2) Lama waktu Penanggulangan KLB', 'jam', '< 24 Jam', 'KLB PD3I'],
        [null, '3) Rujukan pasien rawat jalan', '%', '≤ 2 %', 'Pasien rawat jalan yang dirujuk'],
        [null, '4) Cakupan Puskesmas ramah anak', 'Ya/tdk', 'ya', 'Puskesmas'],
      ],
      'Tabel 3 UKM Pengembangan': [
        SERVICE,
        ['A', 'Upaya Kesehatan Olah Raga'],
        [null, '1) Cakupan pembinaan kebugaran anak sekolah', 'kali', 2, 'SD,SMP'],
      ],
      'Tabel 5 Manajemen': [
        RUBRIC,
        ['A5', 'MANAJEMEN KEUANGAN'],
        [
          1,
          'SPJ',
          'Setiap bulan',
          'Tidak membuat',
          'Ya, tidak tentu',
          'Ya setiap tiga bulan',
          'Ya setiap bulan',
        ],
        [6, 'Laporan keuangan BLUD', '1 kali setahun'],
        ['a.', 'Neraca', null, 'Tidak membuat', 'Ya, tidak tentu', null, 'Ya setahun satu kali'],
        ['A6', 'MANAJEMEN PEMBERDAYAAN MASYARAKAT'],
        [2, 'Cakupan kepesertaan JKN', '≥ 97 %', 'Tidak memiliki', '< 75%', '75 % - 96 %', '≥ 97 %'],
      ],
      'Tabel 5 Mutu': [
        RUBRIC,
        ['B1', 'MANAJEMEN MUTU UKP'],
        ['a.', 'Kepatuhan Kebersihan Tangan', { percent: 1 }, '< 50%', '51 - 69 %', '70 - 79 %', '≥80%'],
      ],
    });
    const { catalog, settings } = await readCatalogWorkbook(bytes, { year: 2024 });
    expect([catalog.id, catalog.year, catalog.source, settings]).toEqual(['katalog-2024', 2024, '', {}]);
    expect(catalog.clusters.map((c) => [c.cluster, c.table, c.code])).toEqual([
      ['spm', 1, 'SPM'],
      ['ukm-esensial', 2, 'UKM'],
      ['ukm-pengembangan', 3, 'UKMP'],
      ['manajemen', 5, 'MAN'],
      ['mutu', 5, 'MUT'],
    ]);
    const row = (code: string) => {
      const node = byCode(catalog.clusters, code);
      expect(node?.type, code).toBe('indicator');
      return node as CatalogIndicator;
    };
    const shape = (code: string) => {
      const i = row(code);
      return [i.number, i.kind, i.direction, i.entry, i.target.value, i.target.comparator, i.per, i.scale];
    };
    // Table by table: the printed numbering makes the codes, the unit and target the way it is scored.
    expect(shape('SPM.1')).toEqual(['1', 'coverage', 'higher', 'count', 100, '>=', undefined, undefined]);
    expect(row('SPM.2').target).toEqual({ printed: '95 %', value: 95, comparator: '>=' });
    expect(row('UKM.A1.1')).toMatchObject({ name: 'Forum Kecamatan Sehat Aktif', sasaran: 'Kecamatan' });
    expect(shape('UKM.A1.1')).toEqual(['1)', 'coverage', 'higher', 'count', 100, '>=', undefined, undefined]);
    expect(shape('UKM.A1.2')).toEqual(['2)', 'rate', 'lower', 'count', 132, '<=', 100000, undefined]);
    expect(shape('UKM.H.1')).toEqual(['1)', 'ontime', 'higher', 'ontime', 100, '>=', undefined, undefined]);
    expect(shape('UKM.H.2')).toEqual(['2)', 'value', 'lower', 'ratio', 24, '<', undefined, 1]);
    expect(shape('UKM.H.3')).toEqual(['3)', 'value', 'lower', 'ratio', 2, '<=', undefined, 100]);
    expect(shape('UKM.H.4')).toEqual(['4)', 'yesno', 'higher', 'yesno', 1, '=', undefined, undefined]);
    expect(shape('UKMP.A.1')).toEqual(['1)', 'value', 'higher', 'amount', 2, '>=', undefined, undefined]);
    expect(row('UKMP.A.1').optional).toBe(true);
    expect(row('UKM.A1.1').optional).toBe(false);
    // Table 5: the row with a target and no level texts is a heading; its items are one below it.
    expect(byCode(catalog.clusters, 'MAN.A5.6')).toMatchObject({
      type: 'group',
      name: 'Laporan keuangan BLUD',
    });
    expect(row('MAN.A5.6.a').rubric).toEqual({
      target: '',
      levels: { 0: 'Tidak membuat', 4: 'Ya, tidak tentu', 7: '', 10: 'Ya setahun satu kali' },
      input: 'level',
    });
    expect(shape('MAN.A5.1')).toEqual(['1', 'rubric', 'higher', 'annual', null, '>=', undefined, undefined]);
    expect([row('MAN.A6.2').target.value, row('MAN.A6.2').rubric?.input]).toEqual([97, 'percent']);
    expect(row('MUT.B1.a').target).toEqual({ printed: '100%', value: 100, comparator: '>=' });
  });

  it('refuses a bad workbook with every problem named by sheet and row, nothing returned', async () => {
    const bytes = await workbookOf({
      'Tabel 2 UKM Esensial': [
        ['Tabel 2'],
        [],
        [],
        ['No', 'Indikator', 'Satuan', 'Target', 'Sasaran', 'Kode'],
        ['A', 'Promosi Kesehatan', null, null, null, 'UKM.A'],
        ['1)', 'Forum Kecamatan Sehat Aktif', '%', 100, 'Kecamatan', 'UKM.A.1'],
        ['2)', 'Cakupan Posyandu Mandiri', '%', '≥ abc', 'Posyandu', 'UKM.A.2'],
        ['3)', 'Cakupan Poskestren Aktif', '%', 50, 'Poskestren', 'UKM.A.1'],
        ['4)', null, '%', 50, 'Desa', 'UKM.A.4'],
      ],
      'Tabel 5 Manajemen': [
        RUBRIC,
        ['A1', 'INDIKATOR MANAJEMEN UMUM PUSKESMAS'],
        [
          1,
          'Ijin Operasional Puskesmas',
          'Sudah ada ijin',
          'Belum mengajukan ijin',
          'Diajukan',
          'Diverifikasi',
        ],
      ],
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('CATALOG_INVALID');
    expect(String(error.params.issues).split('\n')).toEqual([
      "Tabel 2 UKM Esensial baris 8: kode 'UKM.A.1' sudah dipakai di Tabel 2 UKM Esensial baris 6",
      "Tabel 2 UKM Esensial baris 7: target '≥ abc' tidak terbaca (mis. 100, ≥ 95 %, ≤ 2 %, < 24 Jam, Maks tgl 5, ya; atau isi kolom Nilai target)",
      'Tabel 2 UKM Esensial baris 9: nama (kolom Indikator) kosong',
      'Tabel 5 Manajemen baris 3: teks Nilai 10 kosong (butir Tabel 5 memerlukan teks nilai 0 dan 10)',
    ]);
    expect(error.params.count).toBe(4);
    expect(String(error.params.issuesEn)).toContain(
      "Tabel 2 UKM Esensial row 7: the target '≥ abc' cannot be read",
    );
  });

  it('carries the ILP clusters on the Pengelompokan sheet, and which grouping the averages follow', async () => {
    const variant = await readCatalogWorkbook(await catalogWorkbook(patiCatalog2023Ilp), { year: 2023 });
    expect(catalogFileText(variant.catalog)).toBe(catalogFileText(patiCatalog2023Ilp));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await catalogWorkbook(pati)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Pengelompokan')!;
    const lineOf = (code: string) => {
      let found = 0;
      sheet.eachRow((row, r) => {
        if (row.getCell(3).value === code) found = r;
      });
      return found;
    };
    const spm07 = lineOf('SPM.07');
    sheet.getRow(spm07).getCell(3).value = 'SPM.99';
    const klaster2 = lineOf('ILP.2');
    sheet.getRow(klaster2).getCell(6).value = 'berat';
    const error = await refusal(Buffer.from(await workbook.xlsx.writeBuffer()), 2023);
    expect(String(error.params.issues).split('\n')).toEqual([
      `Pengelompokan baris ${klaster2}: Bobot 'berat' bukan angka`,
      `Pengelompokan baris ${spm07}: pengelompokan menyebut baris yang tidak ada di katalog`,
      'Tabel 1 SPM baris 11: baris ini tidak ada di salah satu pengelompokan: setiap baris masuk tepat satu kelompok',
    ]);
  });

  it('refuses the Pati workbook for another year, and a file that is no workbook', async () => {
    const other = await refusal(await catalogWorkbook(pati));
    expect(String(other.params.issues)).toBe('katalog: tahun katalog bukan tahun yang diimpor');
    expect((await refusal(new TextEncoder().encode('{"format": "pkp-catalog"}'))).code).toBe(
      'WORKBOOK_NOT_XLSX',
    );
  });
});
