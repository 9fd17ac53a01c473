// Reading a filled monthly entry workbook back into the values it holds. What is wrong with the file
// as a whole (not an .xlsx, damaged, another template, Puskesmas or year, far too many rows) throws an
// AppError: nothing in it can be trusted. What is wrong with a cell (text in a number cell, a formula,
// a field word nobody knows) is a conflict naming the sheet, row and column, so the officer can fix
// every cell in one pass. An empty cell means "leave what is stored": a workbook cannot clear a value.
import ExcelJS from 'exceljs';
import type {
  ImportConflict,
  ImportedMonthlyValue,
  ValueSource,
} from '../../app/exchange/imported-values.ts';
import type { EntryField } from '../../domain/assessment/entry-fields.ts';
import { monthsOfYear, type Month } from '../../domain/periods/months.ts';
import { AppError } from '../../shared/errors.ts';
import {
  ENTRY_COLUMNS,
  ENTRY_HEADER_ROW,
  ENTRY_HEADINGS,
  ENTRY_SHEET,
  ENTRY_TEMPLATE,
  META_KEYS,
  META_SHEET,
  MONTH_HEADINGS,
  cellPlace,
  columnLetters,
  fieldOfWords,
} from './entry-layout.ts';
import { preflightXlsx } from './zip-preflight.ts';

/** An entry workbook has a few hundred rows; anything past this is another file. */
export const MAX_WORKBOOK_ROWS = 5000;
const MAX_SHEET_BYTES = 32 * 1024 * 1024;

export interface ParsedEntryWorkbook {
  puskesmasCode: string;
  year: number;
  /** One per indicator and month with anything in it (a ratio's numerator and denominator together). */
  values: ImportedMonthlyValue[];
  conflicts: ImportConflict[];
}

type CellReading =
  | { kind: 'empty' }
  | { kind: 'value'; value: number | boolean }
  | { kind: 'refused'; reason: { id: string; en: string } };

const REASONS = {
  formula: {
    id: 'rumus tidak diterima, tempel sebagai nilai',
    en: 'formulas are not accepted: paste the values instead',
  },
  notNumber: (text: string) => ({
    id: `"${text}" bukan angka`,
    en: `"${text}" is not a number`,
  }),
  ambiguous: (text: string) => ({
    id: `"${text}" tidak jelas: tulis tanpa pemisah ribuan (1234), desimal memakai koma (1,5)`,
    en: `"${text}" is ambiguous: write it without thousands separators (1234), decimals with a comma (1,5)`,
  }),
  notFlag: (text: string) => ({
    id: `"${text}" bukan Ya atau Tidak`,
    en: `"${text}" is not Ya (yes) or Tidak (no)`,
  }),
  notValue: {
    id: 'isi sel ini bukan nilai (tanggal, galat atau gambar)',
    en: 'the cell holds no plain value (a date, an error or a picture)',
  },
  unknownField: (text: string) => ({
    id: `isian "${text}" tidak dikenal (Pembilang, Penyebut, Nilai atau Ya/Tidak)`,
    en: `field "${text}" is unknown (Pembilang, Penyebut, Nilai or Ya/Tidak)`,
  }),
  noCode: { id: 'kode indikator kosong', en: 'the indicator code is empty' },
  twice: (code: string, field: string) => ({
    id: `${code} ${field} muncul lebih dari sekali`,
    en: `${code} ${field} appears more than once`,
  }),
};

/**
 * The values of an entry workbook exported by pkp. `expected` names the Puskesmas and year the upload
 * is for: a workbook of another one is refused whole.
 */
export async function parseEntryWorkbook(
  buffer: Buffer,
  expected?: { puskesmasCode: string; year: number },
): Promise<ParsedEntryWorkbook> {
  preflightXlsx(buffer, { maxRows: MAX_WORKBOOK_ROWS, maxSheetBytes: MAX_SHEET_BYTES });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError(
      'WORKBOOK_DAMAGED',
      { reason: error instanceof Error ? error.message : String(error) },
      { status: 400, cause: error },
    );
  }
  const meta = readMeta(workbook);
  if (expected && meta.puskesmasCode !== expected.puskesmasCode)
    throw new AppError(
      'WORKBOOK_OTHER_PUSKESMAS',
      { found: meta.puskesmasCode, expected: expected.puskesmasCode },
      { status: 409 },
    );
  if (expected && meta.year !== expected.year)
    throw new AppError('WORKBOOK_OTHER_YEAR', { found: meta.year, expected: expected.year }, { status: 409 });
  const sheet = workbook.getWorksheet(ENTRY_SHEET);
  if (!sheet) throw layoutChanged(`lembar '${ENTRY_SHEET}' tidak ada`);
  checkHeadings(sheet);
  return { ...meta, ...readRows(sheet, meta) };
}

function layoutChanged(reason: string): AppError {
  return new AppError('WORKBOOK_LAYOUT_CHANGED', { sheet: ENTRY_SHEET, reason }, { status: 400 });
}

function readMeta(workbook: ExcelJS.Workbook): { puskesmasCode: string; year: number } {
  const sheet = workbook.getWorksheet(META_SHEET);
  const found: Record<string, string> = {};
  sheet?.eachRow((row) => {
    const key = textOf(row.getCell(1).value);
    if (key) found[key] = textOf(row.getCell(2).value);
  });
  const template = found[META_KEYS.template] ?? '';
  const version = Number(found[META_KEYS.version]);
  if (template !== ENTRY_TEMPLATE.id || version !== ENTRY_TEMPLATE.version)
    throw new AppError(
      'WORKBOOK_TEMPLATE_UNKNOWN',
      { template: template ? `${template} v${found[META_KEYS.version] ?? '?'}` : '–' },
      { status: 400 },
    );
  const year = Number(found[META_KEYS.year]);
  const puskesmasCode = found[META_KEYS.puskesmas] ?? '';
  if (!Number.isInteger(year) || !puskesmasCode)
    throw new AppError('WORKBOOK_TEMPLATE_UNKNOWN', { template }, { status: 400 });
  return { puskesmasCode, year };
}

function checkHeadings(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(ENTRY_HEADER_ROW);
  const expected = [...ENTRY_HEADINGS, ...MONTH_HEADINGS];
  expected.forEach((heading, i) => {
    const found = textOf(row.getCell(i + 1).value);
    if (found !== heading)
      throw layoutChanged(`kolom ${columnLetters(i + 1)} berjudul "${found}", seharusnya "${heading}"`);
  });
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  return '';
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** A number as typed: "12", "12,5", "12.5", "1.234,5"; "1.234" is ambiguous and refused. */
export function numberOfText(text: string): number | 'ambiguous' | null {
  const t = text.replace(/\s/g, '');
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^-?\d{1,3}\.\d{3}$/.test(t)) return 'ambiguous';
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return null;
}

const YES = new Set(['ya', 'y', 'yes', 'ada', 'true', '1']);
const NO = new Set(['tidak', 'tdk', 'no', 'n', 'tidak ada', 'false', '0']);

function readCell(value: ExcelJS.CellValue, field: EntryField): CellReading {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (isFormula(value)) return { kind: 'refused', reason: REASONS.formula };
  if (field === 'flag') {
    if (typeof value === 'boolean') return { kind: 'value', value };
    const text = textOf(value);
    if (!text)
      return typeof value === 'object' ? { kind: 'refused', reason: REASONS.notValue } : { kind: 'empty' };
    const key = text.toLowerCase();
    if (YES.has(key)) return { kind: 'value', value: true };
    if (NO.has(key)) return { kind: 'value', value: false };
    return { kind: 'refused', reason: REASONS.notFlag(text) };
  }
  if (typeof value === 'number') return { kind: 'value', value };
  if (typeof value === 'string' || (typeof value === 'object' && 'richText' in value)) {
    const text = textOf(value);
    if (!text) return { kind: 'empty' };
    const n = numberOfText(text);
    if (n === 'ambiguous') return { kind: 'refused', reason: REASONS.ambiguous(text) };
    if (n === null) return { kind: 'refused', reason: REASONS.notNumber(text) };
    return { kind: 'value', value: n };
  }
  if (typeof value === 'boolean') return { kind: 'refused', reason: REASONS.notNumber(String(value)) };
  return { kind: 'refused', reason: REASONS.notValue };
}

interface Gathered {
  code: string;
  month: Month;
  fields: Partial<Record<EntryField, number | boolean>>;
  rows: number[];
  column: number;
}

function readRows(
  sheet: ExcelJS.Worksheet,
  meta: { puskesmasCode: string; year: number },
): { values: ImportedMonthlyValue[]; conflicts: ImportConflict[] } {
  const months = monthsOfYear(meta.year);
  const conflicts: ImportConflict[] = [];
  const gathered = new Map<string, Gathered>();
  const seen = new Set<string>();
  const refuse = (source: ValueSource, reason: { id: string; en: string }) =>
    conflicts.push({ source, reason });
  for (let r = ENTRY_HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const code = textOf(row.getCell(ENTRY_COLUMNS.code).value);
    const fieldWords = textOf(row.getCell(ENTRY_COLUMNS.field).value);
    const cells = months.map((_, i) => row.getCell(ENTRY_COLUMNS.firstMonth + i).value);
    const anything = cells.some(
      (v) => v !== null && v !== undefined && !(typeof v === 'string' && !v.trim()),
    );
    if (!anything) continue;
    if (!code) {
      refuse(cellPlace(ENTRY_SHEET, [r], ENTRY_COLUMNS.code), REASONS.noCode);
      continue;
    }
    const field = fieldOfWords(fieldWords);
    if (!field) {
      refuse(cellPlace(ENTRY_SHEET, [r], ENTRY_COLUMNS.field), REASONS.unknownField(fieldWords));
      continue;
    }
    if (seen.has(`${code}|${field}`)) {
      refuse(cellPlace(ENTRY_SHEET, [r]), REASONS.twice(code, fieldWords));
      continue;
    }
    seen.add(`${code}|${field}`);
    cells.forEach((value, i) => {
      const column = ENTRY_COLUMNS.firstMonth + i;
      const reading = readCell(value, field);
      if (reading.kind === 'empty') return;
      if (reading.kind === 'refused') return refuse(cellPlace(ENTRY_SHEET, [r], column), reading.reason);
      const month = months[i]!;
      const key = `${code}|${month}`;
      const entry = gathered.get(key) ?? { code, month, fields: {}, rows: [], column };
      entry.fields[field] = reading.value;
      entry.rows.push(r);
      gathered.set(key, entry);
    });
  }
  const values = [...gathered.values()].map(
    (g) =>
      ({
        kind: 'monthly',
        puskesmasCode: meta.puskesmasCode,
        year: meta.year,
        indicatorCode: g.code,
        month: g.month,
        ...g.fields,
        source: cellPlace(ENTRY_SHEET, g.rows, g.column),
      }) as ImportedMonthlyValue,
  );
  return { values, conflicts };
}
