// Tables 1–5 of a Puskesmas-year as an Excel workbook, in the decree's layout: a summary sheet, then
// one sheet per table (Table 5's management and quality items each on their own), programme and
// variable rows above their indicators, the heading frozen and printed on every page.
import type ExcelJS from 'exceljs';
import type {
  GroupRow,
  IndicatorRow,
  RubricRow,
  YearTable,
  YearTables,
} from '../../app/exchange/year-tables.ts';
import { RUBRIC_LEVELS } from '../../domain/catalog/types.ts';
import { statusWord } from '../../shared/status-words.ts';
import {
  FILL,
  NUMBER_FORMAT,
  STAGE_WORDS,
  fillRow,
  frame,
  headerRow,
  newWorkbook,
  numberCell,
  setWidths,
  titleRows,
  workbookBytes,
} from './sheet-style.ts';

/** Sheet names (at most 31 characters, Excel's limit); the full heading is the sheet's first line. */
const SHEET_NAMES: Record<YearTable['cluster'], string> = {
  spm: 'Tabel 1 SPM',
  'ukm-esensial': 'Tabel 2 UKM Esensial',
  'ukm-pengembangan': 'Tabel 3 UKM Pengembangan',
  ukp: 'Tabel 4 UKP',
  manajemen: 'Tabel 5 Manajemen',
  mutu: 'Tabel 5 Mutu',
};

const SERVICE_HEADINGS = [
  'No',
  'Indikator',
  'Satuan',
  'Target',
  'Sasaran',
  'Target sasaran',
  'Pencapaian',
  '% Cakupan',
  '% Capaian',
  'Variabel',
  'Program',
  'Masalah',
  'Penyebab',
  'RTL',
] as const;
const SERVICE_WIDTHS = [6, 48, 12, 12, 12, 12, 12, 11, 11, 10, 10, 30, 36, 36];

const RUBRIC_HEADINGS = [
  'No',
  'Jenis variabel',
  'Target',
  'Nilai 0',
  'Nilai 4',
  'Nilai 7',
  'Nilai 10',
  'Nilai hasil',
  'Skor',
] as const;
const RUBRIC_WIDTHS = [6, 44, 18, 24, 24, 24, 24, 10, 10];

const HEADER_ROW = 5;

/** The workbook's bytes (.xlsx). */
export async function exportTablesWorkbook(tables: YearTables): Promise<Buffer> {
  const workbook = newWorkbook();
  summarySheet(workbook, tables);
  for (const table of tables.tables) {
    if (table.layout === 'service') serviceSheet(workbook, tables, table);
    else rubricSheet(workbook, tables, table);
  }
  return workbookBytes(workbook);
}

/** "Puskesmas Pati II" as it is, "Pati II" with the word the reader expects before it. */
function puskesmasName(name: string): string {
  return /^puskesmas\b/i.test(name) ? name : `Puskesmas ${name}`;
}

function titleLines(tables: YearTables, heading: string): string[] {
  const computed = tables.computedAt
    ? `dihitung ${tables.computedAt.toISOString().slice(0, 10)}`
    : 'belum ada hasil yang dihitung';
  return [
    heading,
    `${puskesmasName(tables.puskesmas.name)} (${tables.puskesmas.code}) — tahun ${tables.year} — ${STAGE_WORDS[tables.stage]}`,
    `Status: ${statusWord(tables.status, 'id')}; ${computed}. ${tables.catalogSource}`,
  ];
}

function summarySheet(workbook: ExcelJS.Workbook, tables: YearTables): void {
  const sheet = workbook.addWorksheet('Ringkasan');
  setWidths(sheet, [34, 14, 14]);
  titleRows(sheet, titleLines(tables, 'Penilaian Kinerja Puskesmas — ringkasan'), 3);
  headerRow(sheet, HEADER_ROW, ['Bagian', 'Nilai', 'Kategori']);
  const h = tables.headline;
  const lines: [string, number | null, string | null][] = [
    ['Kinerja pelayanan (Tabel 1–4)', h?.service ?? null, h?.serviceCategory ?? null],
    ['Manajemen (Tabel 5)', h?.management ?? null, h?.managementCategory ?? null],
    ['Mutu (Tabel 5)', h?.quality ?? null, h?.qualityCategory ?? null],
    ['Kategori keseluruhan', null, h?.overallCategory ?? null],
    ['Kelompok', null, h?.kelompok ?? null],
  ];
  lines.forEach(([label, value, category], i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.getCell(1).value = label;
    if (value !== null || i < 3) numberCell(row.getCell(2), value, NUMBER_FORMAT.score);
    row.getCell(3).value = category ?? '–';
    frame(row, 3);
  });
  const first = HEADER_ROW + lines.length + 2;
  sheet.getRow(first).getCell(1).value = 'Nilai per tabel';
  sheet.getRow(first).getCell(1).font = { bold: true };
  tables.tables.forEach((table, i) => {
    const row = sheet.getRow(first + 1 + i);
    row.getCell(1).value = SHEET_NAMES[table.cluster];
    numberCell(row.getCell(2), table.score, NUMBER_FORMAT.score);
    frame(row, 2);
  });
}

function serviceSheet(workbook: ExcelJS.Workbook, tables: YearTables, table: YearTable): void {
  const width = SERVICE_HEADINGS.length;
  const sheet = workbook.addWorksheet(SHEET_NAMES[table.cluster]);
  setWidths(sheet, SERVICE_WIDTHS);
  titleRows(sheet, titleLines(tables, `Tabel ${table.table}. ${table.name}`), width);
  headerRow(sheet, HEADER_ROW, SERVICE_HEADINGS, { freezeColumns: 2 });
  let r = HEADER_ROW + 1;
  for (const row of table.rows) {
    const out = sheet.getRow(r++);
    if (row.type === 'group')
      groupLine(out, row, { width, scoreColumn: row.depth === 1 ? 11 : 10, unitColumn: 3, targetColumn: 4 });
    else if (row.type === 'indicator') indicatorLine(out, row);
    frame(out, width);
  }
  clusterLine(sheet.getRow(r), table, width, 9);
}

function groupLine(
  out: ExcelJS.Row,
  row: GroupRow,
  layout: { width: number; scoreColumn: number; format?: string; unitColumn?: number; targetColumn?: number },
): void {
  out.getCell(1).value = row.number;
  out.getCell(2).value = row.name;
  // What the decree prints on the heading itself (F1 7, A5 6), where the rows below have theirs.
  if (row.printed && layout.targetColumn !== undefined) {
    if (layout.unitColumn !== undefined) out.getCell(layout.unitColumn).value = row.printed.unit;
    out.getCell(layout.targetColumn).value = row.printed.target;
  }
  numberCell(out.getCell(layout.scoreColumn), row.score, layout.format ?? NUMBER_FORMAT.score, row.excluded);
  fillRow(out, layout.width, row.depth === 1 ? FILL.programme : FILL.variable);
  out.getCell(2).alignment = { indent: row.depth - 1, wrapText: true, vertical: 'top' };
}

function indicatorLine(out: ExcelJS.Row, row: IndicatorRow): void {
  out.getCell(1).value = row.number;
  out.getCell(2).value = row.name;
  out.getCell(2).alignment = { indent: Math.max(0, row.depth - 1), wrapText: true, vertical: 'top' };
  out.getCell(3).value = row.unit;
  out.getCell(4).value = targetText(row);
  out.getCell(4).alignment = { horizontal: 'center' };
  numberCell(out.getCell(5), row.sasaran, NUMBER_FORMAT.count);
  numberCell(out.getCell(6), row.targetSasaran, NUMBER_FORMAT.decimal);
  if (typeof row.achieved === 'boolean') {
    out.getCell(7).value = row.achieved ? 'Ya' : 'Tidak';
    out.getCell(7).alignment = { horizontal: 'center' };
  } else numberCell(out.getCell(7), row.achieved, NUMBER_FORMAT.decimal);
  numberCell(out.getCell(8), row.realised, NUMBER_FORMAT.percent);
  numberCell(out.getCell(9), row.score, NUMBER_FORMAT.percent, row.excluded);
  numberCell(out.getCell(10), row.variableScore, NUMBER_FORMAT.score);
  numberCell(out.getCell(11), row.programmeScore, NUMBER_FORMAT.score);
  out.getCell(12).value = row.problem ?? '';
  out.getCell(13).value = row.causes.join('\n');
  out.getCell(14).value = row.rtl.join('\n');
  if (!row.applicable) for (let c = 1; c <= 11; c++) out.getCell(c).font = { color: { argb: 'FF808080' } };
}

/** The target as printed; Dinkes' own figure where it set one that differs from the decree's. */
function targetText(row: IndicatorRow): string | number {
  const printed = row.target.printed;
  const value = row.target.value;
  if (value === null) return printed || '–';
  if (!printed) return value;
  const printedNumber = Number(printed.replace(/[^\d,.-]/g, '').replace(',', '.'));
  return printedNumber === value ? printed : value;
}

function rubricSheet(workbook: ExcelJS.Workbook, tables: YearTables, table: YearTable): void {
  const hasPercent = table.rows.some((r) => r.type === 'item' && r.input === 'percent');
  const headings: string[] = [...RUBRIC_HEADINGS];
  const widths = [...RUBRIC_WIDTHS];
  if (hasPercent) {
    headings.splice(7, 0, 'Capaian (%)');
    widths.splice(7, 0, 11);
  }
  const width = headings.length;
  const levelColumn = hasPercent ? 9 : 8;
  const scoreColumn = levelColumn + 1;
  const sheet = workbook.addWorksheet(SHEET_NAMES[table.cluster]);
  setWidths(sheet, widths);
  titleRows(sheet, titleLines(tables, `Tabel ${table.table}. ${table.name}`), width);
  headerRow(sheet, HEADER_ROW, headings, { freezeColumns: 2 });
  let r = HEADER_ROW + 1;
  for (const row of table.rows) {
    const out = sheet.getRow(r++);
    if (row.type === 'group') groupLine(out, row, { width, scoreColumn, targetColumn: 3 });
    else if (row.type === 'item') itemLine(out, row, { hasPercent, levelColumn });
    frame(out, width);
  }
  clusterLine(sheet.getRow(r), table, width, scoreColumn);
}

function itemLine(out: ExcelJS.Row, row: RubricRow, layout: { hasPercent: boolean; levelColumn: number }) {
  out.getCell(1).value = row.number;
  out.getCell(2).value = row.name;
  out.getCell(3).value = row.target;
  RUBRIC_LEVELS.forEach((level, i) => {
    out.getCell(4 + i).value = row.levels[level];
  });
  if (layout.hasPercent) numberCell(out.getCell(8), row.percent, NUMBER_FORMAT.percent);
  numberCell(out.getCell(layout.levelColumn), row.level, '0', row.excluded);
}

function clusterLine(out: ExcelJS.Row, table: YearTable, width: number, scoreColumn: number): void {
  out.getCell(2).value = `Nilai ${SHEET_NAMES[table.cluster]}`;
  numberCell(out.getCell(scoreColumn), table.score, NUMBER_FORMAT.score);
  fillRow(out, width, FILL.header);
  frame(out, width);
}
