// The monthly entry workbook of a Puskesmas-year: one row per field of each monthly indicator, one
// column per month holding what is stored, for an officer to fill offline and upload. The headings
// and the indicator columns are locked (sheet protection without a password: it guards against slips,
// not people); the month cells are open, with Excel checking a number ≥ 0 or Ya/Tidak as it is typed;
// months that have not begun are grey and locked. A very hidden sheet names the template, the
// Puskesmas and the year, so the import refuses another template, Puskesmas or year.
import type ExcelJS from 'exceljs';
import { notApplicableReason } from '../../domain/assessment/build-trees.ts';
import { entryFields, isEnteredMonthly, type EntryField } from '../../domain/assessment/entry-fields.ts';
import { isLinked } from '../../domain/assessment/linked-rows.ts';
import { CLUSTER_AXIS, type ClusterId } from '../../domain/catalog/types.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import { hasBegun } from '../../domain/periods/calendar.ts';
import { monthsOfYear } from '../../domain/periods/months.ts';
import type { MonthlyValueRecord } from '../../app/ports.ts';
import { loadYear, today, type PuskesmasUnit, type YearReader } from '../../app/puskesmas-year.ts';
import {
  ENTRY_COLUMNS,
  ENTRY_HEADER_ROW,
  ENTRY_HEADINGS,
  ENTRY_SHEET,
  ENTRY_TEMPLATE,
  FIELD_WORDS,
  META_KEYS,
  META_SHEET,
  MONTH_HEADINGS,
} from './entry-layout.ts';
import { BORDER, FILL, headerRow, newWorkbook, setWidths, titleRows, workbookBytes } from './sheet-style.ts';

const CLUSTER_WORDS: Record<ClusterId, string> = {
  spm: 'SPM',
  'ukm-esensial': 'UKM Esensial',
  'ukm-pengembangan': 'UKM Pengembangan',
  ukp: 'UKP',
  manajemen: 'Manajemen',
  mutu: 'Mutu',
};

const WIDTHS = [16, 30, 6, 46, 10, 11, 30, ...MONTH_HEADINGS.map(() => 9)];

/** The workbook's bytes (.xlsx): the Puskesmas' own values (stage 'self'), as stored now. */
export async function exportEntryWorkbook(
  repos: YearReader,
  input: { unit: PuskesmasUnit; year: number; now: Date },
): Promise<Buffer> {
  const ctx = await loadYear(repos, input.unit, input.year, { rubrics: false });
  const day = today(input.now);
  const months = monthsOfYear(input.year);
  const begun = months.map((m) => hasBegun(m, day));
  const stored = new Map(ctx.monthly.map((v) => [`${v.indicatorCode}|${v.month}`, v]));

  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(ENTRY_SHEET);
  const width = ENTRY_COLUMNS.firstMonth + 11;
  setWidths(sheet, WIDTHS);
  titleRows(
    sheet,
    [
      `Buku isian bulanan — ${input.unit.name} (${input.unit.code}), tahun ${input.year}`,
      'Isi sel bulan saja. Sel kosong: nilai yang tersimpan tidak diubah. Desimal boleh memakai koma (12,5). Isian ya/tidak: Ya atau Tidak. Jangan memakai rumus: tempel sebagai nilai.',
    ],
    width,
  );
  sheet.getRow(2).height = 30;
  sheet.getRow(2).getCell(1).alignment = { wrapText: true, vertical: 'top' };
  headerRow(sheet, ENTRY_HEADER_ROW, [...ENTRY_HEADINGS, ...MONTH_HEADINGS], {
    freezeColumns: ENTRY_COLUMNS.firstMonth - 1,
  });

  // A row linked to its twin (`sameAs`) is entered in the twin's rows: a second row of cells would
  // invite the same figures typed twice, and refused on import.
  const placed = listIndicators(ctx.catalog).filter(
    (p) =>
      CLUSTER_AXIS[p.cluster.cluster] === 'service' &&
      isEnteredMonthly(p.indicator) &&
      !isLinked(p.indicator) &&
      notApplicableReason(p.indicator, ctx.py) === null,
  );
  let r = ENTRY_HEADER_ROW + 1;
  for (const { indicator, cluster, path } of placed) {
    const groups = path.slice(1);
    const place = [
      CLUSTER_WORDS[cluster.cluster],
      ...groups.map((g, i) => (i === groups.length - 1 ? `${g.number} ${g.name}` : g.number)),
    ].join(' › ');
    for (const field of entryFields(indicator)) {
      const row = sheet.getRow(r++);
      row.getCell(ENTRY_COLUMNS.code).value = indicator.code;
      row.getCell(ENTRY_COLUMNS.place).value = place;
      row.getCell(ENTRY_COLUMNS.number).value = indicator.number;
      row.getCell(ENTRY_COLUMNS.name).value = indicator.name;
      row.getCell(ENTRY_COLUMNS.unit).value = indicator.unit;
      row.getCell(ENTRY_COLUMNS.field).value = FIELD_WORDS[field].id;
      row.getCell(ENTRY_COLUMNS.counts).value = countsText(indicator.counts, field);
      for (let c = 1; c < ENTRY_COLUMNS.firstMonth; c++) {
        const cell = row.getCell(c);
        cell.border = BORDER;
        cell.fill = FILL.locked;
        cell.alignment = { vertical: 'top', wrapText: c !== ENTRY_COLUMNS.code };
      }
      months.forEach((month, i) => {
        const cell = row.getCell(ENTRY_COLUMNS.firstMonth + i);
        const value = stored.get(`${indicator.code}|${month}`);
        cell.value = cellValue(value, field);
        cell.border = BORDER;
        if (!begun[i]) {
          cell.fill = FILL.future;
          return;
        }
        cell.protection = { locked: false };
        cell.dataValidation = validation(field);
        if (field !== 'flag') cell.numFmt = '#,##0.##';
        else cell.alignment = { horizontal: 'center' };
      });
    }
  }
  sheet.autoFilter = {
    from: { row: ENTRY_HEADER_ROW, column: 1 },
    to: { row: ENTRY_HEADER_ROW, column: width },
  };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
  });
  await metaSheet(workbook, { unit: input.unit, year: input.year, now: input.now });
  return workbookBytes(workbook);
}

function countsText(counts: { numerator: string; denominator?: string } | undefined, field: EntryField) {
  if (!counts) return '';
  if (field === 'denominator') return counts.denominator ?? '';
  return counts.numerator;
}

function cellValue(value: MonthlyValueRecord | undefined, field: EntryField): number | string | null {
  if (!value) return null;
  if (field === 'flag') return value.flag === null ? null : value.flag ? 'Ya' : 'Tidak';
  return value[field];
}

function validation(field: EntryField): ExcelJS.DataValidation {
  if (field === 'flag') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: ['"Ya,Tidak"'],
      showErrorMessage: true,
      errorTitle: 'Ya atau Tidak',
      error: 'Pilih Ya atau Tidak (atau kosongkan).',
    };
  }
  return {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: 'Angka',
    error: 'Isi angka 0 atau lebih (desimal memakai koma), atau kosongkan.',
  };
}

async function metaSheet(
  workbook: ExcelJS.Workbook,
  meta: { unit: PuskesmasUnit; year: number; now: Date },
): Promise<void> {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: [string, string | number][] = [
    [META_KEYS.template, ENTRY_TEMPLATE.id],
    [META_KEYS.version, ENTRY_TEMPLATE.version],
    [META_KEYS.puskesmas, meta.unit.code],
    [META_KEYS.year, meta.year],
    [META_KEYS.exportedAt, meta.now.toISOString()],
  ];
  rows.forEach(([key, value], i) => {
    sheet.getRow(i + 1).getCell(1).value = key;
    sheet.getRow(i + 1).getCell(2).value = value;
  });
  await sheet.protect('', {});
}
