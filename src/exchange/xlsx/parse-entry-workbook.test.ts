// Reading an entry workbook: cell-level problems come back as conflicts naming sheet, row and column;
// file-level ones (another template, year, Puskesmas; damaged, random or endless files) are refused.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { YearReader } from '../../app/puskesmas-year.ts';
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { AppError } from '../../shared/errors.ts';
import { exportEntryWorkbook } from './entry-workbook.ts';
import { ENTRY_COLUMNS, ENTRY_HEADER_ROW, ENTRY_SHEET, META_SHEET } from './entry-layout.ts';
import { numberOfText, parseEntryWorkbook } from './parse-entry-workbook.ts';

const YEAR = 2023;
const UNIT = { id: 10, code: 'P0001', name: 'Contoh', rawatInap: false, ancestorIds: [1] };
const catalog = BUILT_IN_CATALOGS.get(YEAR)!;
/** A year nobody has opened: the district's catalog, nothing stored. */
const repos = {
  findAssessment: async () => undefined,
  findDistrictCatalog: async () => ({ catalogVersionId: 1, status: 'published', catalog, settings: {} }),
} as unknown as YearReader;

let exported: Buffer;
beforeAll(async () => {
  exported = await exportEntryWorkbook(repos, {
    unit: UNIT,
    year: YEAR,
    now: new Date('2024-02-01T00:00:00Z'),
  });
});

async function edited(
  change: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exported as unknown as ArrayBuffer);
  change(workbook.getWorksheet(ENTRY_SHEET)!, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first row whose field is `words` ("Pembilang", "Ya/Tidak"). */
function rowOf(sheet: ExcelJS.Worksheet, words: string): number {
  for (let r = ENTRY_HEADER_ROW + 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(ENTRY_COLUMNS.field).value === words) return r;
  throw new Error(`no ${words} row`);
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('parseEntryWorkbook', () => {
  it('reads an untouched export as no values', async () => {
    const parsed = await parseEntryWorkbook(exported, { puskesmasCode: UNIT.code, year: YEAR });
    expect(parsed).toMatchObject({ puskesmasCode: UNIT.code, year: YEAR, values: [], conflicts: [] });
  });

  it('reads numbers, a decimal comma and Ya/Tidak; refuses text, formulas and unknown fields by cell', async () => {
    let count = 0;
    let flag = 0;
    const bytes = await edited((sheet) => {
      count = rowOf(sheet, 'Pembilang');
      flag = rowOf(sheet, 'Ya/Tidak');
      const row = sheet.getRow(count);
      row.getCell(ENTRY_COLUMNS.firstMonth).value = 12;
      row.getCell(ENTRY_COLUMNS.firstMonth + 1).value = '12,5';
      row.getCell(ENTRY_COLUMNS.firstMonth + 2).value = 'abc';
      row.getCell(ENTRY_COLUMNS.firstMonth + 3).value = {
        formula: 'SUM(H5:J5)',
        result: 3,
      } as ExcelJS.CellValue;
      sheet.getRow(flag).getCell(ENTRY_COLUMNS.firstMonth).value = 'ya';
      sheet.getRow(flag).getCell(ENTRY_COLUMNS.firstMonth + 1).value = 'mungkin';
      const odd = sheet.getRow(flag + 1);
      odd.getCell(ENTRY_COLUMNS.field).value = 'Entah';
      odd.getCell(ENTRY_COLUMNS.firstMonth).value = 1;
    });
    const parsed = await parseEntryWorkbook(bytes);
    const code = (r: number) => String(r);
    expect(parsed.values.map((v) => [v.month, v.numerator ?? v.flag])).toEqual([
      [`${YEAR}-01`, 12],
      [`${YEAR}-02`, 12.5],
      [`${YEAR}-01`, true],
    ]);
    expect(parsed.values[0]!.source.id).toBe(`lembar 'Isian bulanan', baris ${code(count)}, kolom H (Jan)`);
    expect(parsed.conflicts.map((c) => [c.source.id, c.reason.id])).toEqual([
      [`lembar 'Isian bulanan', baris ${count}, kolom J (Mar)`, '"abc" bukan angka'],
      [`lembar 'Isian bulanan', baris ${count}, kolom K (Apr)`, 'rumus tidak diterima, tempel sebagai nilai'],
      [`lembar 'Isian bulanan', baris ${flag}, kolom I (Feb)`, '"mungkin" bukan Ya atau Tidak'],
      [
        `lembar 'Isian bulanan', baris ${flag + 1}, kolom F`,
        'isian "Entah" tidak dikenal (Pembilang, Penyebut, Nilai atau Ya/Tidak)',
      ],
    ]);
    expect(parsed.conflicts[0]!.source.en).toBe(`sheet 'Isian bulanan', row ${count}, column J (Mar)`);
  });

  it('reads typed numbers the Indonesian way and refuses the ambiguous', () => {
    expect(numberOfText('1.234,5')).toBe(1234.5);
    expect(numberOfText('1.234.567')).toBe(1234567);
    expect(numberOfText('0.5')).toBe(0.5);
    expect(numberOfText('1.234')).toBe('ambiguous');
    expect(numberOfText('12a')).toBeNull();
  });

  it('refuses another Puskesmas, another year and another template', async () => {
    expect((await refusal(parseEntryWorkbook(exported, { puskesmasCode: 'P9999', year: YEAR }))).code).toBe(
      'WORKBOOK_OTHER_PUSKESMAS',
    );
    const other = await refusal(parseEntryWorkbook(exported, { puskesmasCode: UNIT.code, year: 2024 }));
    expect(other.code).toBe('WORKBOOK_OTHER_YEAR');
    expect(other.localized('id')).toContain('tahun 2023, bukan 2024');
    const foreign = await edited((_sheet, workbook) => {
      workbook.getWorksheet(META_SHEET)!.getRow(1).getCell(2).value = 'laporan-lain';
    });
    expect((await refusal(parseEntryWorkbook(foreign))).code).toBe('WORKBOOK_TEMPLATE_UNKNOWN');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 1;
    const plainBytes = Buffer.from(await plain.xlsx.writeBuffer());
    expect((await refusal(parseEntryWorkbook(plainBytes))).code).toBe('WORKBOOK_TEMPLATE_UNKNOWN');
  });

  it('refuses random bytes, a truncated file and a moved column', async () => {
    expect((await refusal(parseEntryWorkbook(Buffer.from('not a workbook at all')))).code).toBe(
      'WORKBOOK_NOT_XLSX',
    );
    const truncated = exported.subarray(0, Math.floor(exported.length * 0.7));
    expect((await refusal(parseEntryWorkbook(truncated))).code).toBe('WORKBOOK_DAMAGED');
    const moved = await edited((sheet) => {
      sheet.getRow(ENTRY_HEADER_ROW).getCell(ENTRY_COLUMNS.firstMonth).value = 'Bulan';
    });
    expect((await refusal(parseEntryWorkbook(moved))).code).toBe('WORKBOOK_LAYOUT_CHANGED');
  });

  it('refuses a 100,000-row sheet quickly', async () => {
    const bytes = await hugeWorkbook(100_000);
    const started = performance.now();
    const error = await refusal(parseEntryWorkbook(bytes));
    const ms = performance.now() - started;
    expect(error.code).toBe('WORKBOOK_TOO_MANY_ROWS');
    expect(ms).toBeLessThan(1500);
  });
});

/** A minimal .xlsx written directly (no workbook model): one sheet of `rows` numbered rows. */
function hugeWorkbook(rows: number): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const add = (name: string, text: string) => zip.addBuffer(Buffer.from(text), name);
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  add(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Isian bulanan" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  add(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  add(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData></worksheet>`,
  );
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
