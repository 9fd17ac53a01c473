// `pkp catalog export | import | diff | publish` end to end on both back ends: the district's 2023
// catalog written out, made into 2024 with a new target, read into the 2024 draft (its change listed),
// compared and published; a published year and a broken file refused, nothing stored. The same
// through the annex workbook: exported as .xlsx, made into 2025, a broken copy refused by sheet and
// row with nothing stored, the good one read into the draft unchanged.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { catalogFileText } from '../../src/app/catalog/catalog-document.ts';
import { BUILT_IN_CATALOGS } from '../../src/domain/catalog/builtin.ts';
import { describeCliOnSmallDemo } from './small-demo-cli.ts';

/** The workbook at `file` with `change` made to it, written to `out`. */
async function editWorkbook(file: string, out: string, change: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  change(workbook);
  await writeFile(out, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describeCliOnSmallDemo('pkp catalog export, import, diff, publish', ({ pkp, dir }) => {
  it('makes 2024 from 2023 with a new target, shows it in the diff, publishes it; a broken file stores nothing', async () => {
    const file2023 = join(dir(), 'pati-2023.json');
    expect(
      (await pkp('catalog', 'export', '--district', '3318', '--year', '2023', '--out', file2023)).code,
    ).toBe(0);
    const doc = JSON.parse(await readFile(file2023, 'utf8'));
    doc.year = 2024;
    doc.id = 'pati-2024';
    doc.clusters[0].children[0].target = { printed: '95 %', value: 95, comparator: '>=' };
    const file2024 = join(dir(), 'pati-2024.json');
    await writeFile(file2024, JSON.stringify(doc, null, 2));

    const broken = join(dir(), 'broken.json');
    const bad = structuredClone(doc);
    bad.clusters[0].children[1].code = bad.clusters[0].children[0].code;
    bad.clusters[0].children[2].kind = 'guess';
    await writeFile(broken, JSON.stringify(bad));
    const refused = await pkp('catalog', 'import', broken, '--district', '3318', '--year', '2024');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Katalog tidak disimpan: 2 masalah');
    expect(refused.stderr).toContain('baris SPM.03: kind:');
    expect(refused.stderr).toContain('baris SPM.01: kode dipakai lebih dari sekali');
    expect((await pkp('catalog', 'diff', '--district', '3318', '--year', '2024')).code).toBe(1);

    const imported = await pkp('catalog', 'import', file2024, '--district', '3318', '--year', '2024');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(
      'Konsep katalog Kabupaten Pati 2024 disimpan: 1 perubahan dibanding tahun lalu.',
    );
    expect(imported.stdout).toContain('~ SPM.01 target: 100 → 95 %');
    const diff = await pkp('catalog', 'diff', '--district', '3318', '--year', '2024');
    expect(diff.stdout).toContain('1 perubahan dari 2023 ke 2024 (konsep):');

    expect((await pkp('catalog', 'publish', '--district', '3318', '--year', '2024')).code).toBe(0);
    const again = await pkp('catalog', 'import', file2024, '--district', '3318', '--year', '2024');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('sudah diterbitkan');
    // Export → import → export: the published 2024 catalog is the file it came from, byte for byte.
    const out = join(dir(), 'out-2024.json');
    await pkp('catalog', 'export', '--district', '3318', '--year', '2024', '--out', out);
    const normalised = `${JSON.stringify(JSON.parse(await readFile(file2024, 'utf8')), null, 2)}\n`;
    expect(await readFile(out, 'utf8')).toBe(normalised);
  });
  it('exports the annex workbook, refuses a broken one by sheet and row storing nothing, and reads the good one', async () => {
    const xlsx = join(dir(), 'pati-2023.xlsx');
    expect((await pkp('catalog', 'export', '--district', '3318', '--year', '2023', '--out', xlsx)).code).toBe(
      0,
    );
    const for2025 = (workbook: ExcelJS.Workbook) => {
      const about = workbook.getWorksheet('Tentang')!;
      about.eachRow((row) => {
        if (row.getCell(1).value === 'Id') row.getCell(2).value = 'pati-2025';
        if (row.getCell(1).value === 'Tahun') row.getCell(2).value = 2025;
      });
    };
    const good = join(dir(), 'pati-2025.xlsx');
    await editWorkbook(xlsx, good, for2025);
    // Named .bin: a workbook is known by its content.
    const broken = join(dir(), 'rusak.bin');
    await editWorkbook(xlsx, broken, (workbook) => {
      for2025(workbook);
      const spm = workbook.getWorksheet('Tabel 1 SPM')!;
      spm.getRow(5).getCell(8).value = 'guess';
      spm.getRow(6).getCell(2).value = null;
    });

    const refused = await pkp('catalog', 'import', broken, '--district', '3318', '--year', '2025');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Katalog tidak disimpan: 2 masalah');
    expect(refused.stderr).toContain("Tabel 1 SPM baris 5: Jenis 'guess' tidak dikenal");
    expect(refused.stderr).toContain('Tabel 1 SPM baris 6: nama (kolom Indikator) kosong');
    expect((await pkp('catalog', 'diff', '--district', '3318', '--year', '2025')).code).toBe(1);

    const imported = await pkp('catalog', 'import', good, '--district', '3318', '--year', '2025');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('Konsep katalog Kabupaten Pati 2025 disimpan');
    const json = join(dir(), 'pati-2025.json');
    await pkp('catalog', 'export', '--district', '3318', '--year', '2025', '--out', json);
    const document = JSON.parse(await readFile(json, 'utf8'));
    expect([document.id, document.year]).toEqual(['pati-2025', 2025]);
    expect(document.clusters).toEqual(JSON.parse(catalogFileText(BUILT_IN_CATALOGS.get(2023)!)).clusters);
  });
});
