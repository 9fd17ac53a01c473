// What the pkp workbooks share: fonts, fills, borders, number formats, and the page set-up that
// prints a sheet landscape on A4 with its heading repeated on every page.
import ExcelJS from 'exceljs';
import type { Stage } from '../../domain/assessment/inputs.ts';
import { exclusionLabel } from '../../shared/labels.ts';
import type { ExclusionReason } from '../../domain/scoring/explanation.ts';

/**
 * Number formats. Excel shows the separators of the reader's locale, so an Indonesian Excel prints
 * 1.234 and 8,50 from these: the file stores plain numbers.
 */
export const NUMBER_FORMAT = {
  count: '#,##0',
  decimal: '#,##0.##',
  percent: '0.00',
  score: '0.00',
} as const;

export const STAGE_WORDS: Record<Stage, string> = {
  self: 'Penilaian mandiri',
  verified: 'Hasil verifikasi Dinkes',
};

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const FILL = {
  header: solid('FFD9E1F2'),
  programme: solid('FFEDEDED'),
  variable: solid('FFF5F5F5'),
  /** Months that have not begun: nothing may be entered yet. */
  future: solid('FFD0D0D0'),
  locked: solid('FFF2F2F2'),
} as const;

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pkp';
  workbook.created = new Date();
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Title lines above a table, bold first line, merged across its columns. */
export function titleRows(sheet: ExcelJS.Worksheet, lines: readonly string[], width: number): void {
  lines.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = { bold: i === 0, size: i === 0 ? 13 : 11 };
    if (width > 1) sheet.mergeCells(i + 1, 1, i + 1, width);
  });
}

/** The heading row: bold, filled, bordered, wrapped; frozen with what is above it and printed on every page. */
export function headerRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  headings: readonly string[],
  options: { freezeColumns?: number } = {},
): void {
  const row = sheet.getRow(rowNumber);
  headings.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = FILL.header;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  row.height = 30;
  sheet.views = [{ state: 'frozen', ySplit: rowNumber, xSplit: options.freezeColumns ?? 0 }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${rowNumber}:${rowNumber}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

export function setWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

/** Borders on every cell of a row up to `width`, text wrapped and set at the top. */
export function frame(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true, ...cell.alignment };
  }
}

/** A number cell with its format, or "–" / the reason it is not scored. */
export function numberCell(
  cell: ExcelJS.Cell,
  value: number | null,
  format: string,
  excluded?: ExclusionReason | null,
): void {
  if (value !== null) {
    cell.value = value;
    cell.numFmt = format;
    cell.alignment = { horizontal: 'right' };
    return;
  }
  cell.value = excluded ? exclusionLabel(excluded, 'id') : '–';
  cell.font = { italic: true, color: { argb: 'FF606060' } };
  cell.alignment = { horizontal: 'center', wrapText: true };
}

export function fillRow(row: ExcelJS.Row, width: number, fill: ExcelJS.Fill, bold = true): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.fill = fill;
    if (bold) cell.font = { ...cell.font, bold: true };
  }
}
