// A district-year as an Excel workbook: the recap (every Puskesmas' three axes, categories, Kelompok
// and rank) and one long "Data" sheet with a row per Puskesmas × indicator, to filter and pivot.
// Tables 1–5 per Puskesmas would be six sheets each, some four hundred for a district: the Data sheet
// holds the same figures in one place, and each Puskesmas' own workbook prints them as the decree does.
import type ExcelJS from 'exceljs';
import { yearTables, type YearTables, type YearTablesReader } from '../../app/exchange/year-tables.ts';
import { districtRecap } from '../../app/recap.ts';
import type { Stage } from '../../domain/assessment/inputs.ts';
import { AppError } from '../../shared/errors.ts';
import { statusWord } from '../../shared/status-words.ts';
import {
  NUMBER_FORMAT,
  STAGE_WORDS,
  frame,
  headerRow,
  newWorkbook,
  numberCell,
  setWidths,
  titleRows,
  workbookBytes,
} from './sheet-style.ts';

const HEADER_ROW = 4;

const RECAP_HEADINGS = [
  'Peringkat',
  'Kode',
  'Puskesmas',
  'Status',
  'Pelayanan',
  'Kategori pelayanan',
  'Manajemen',
  'Kategori manajemen',
  'Mutu',
  'Kategori mutu',
  'Kategori keseluruhan',
  'Kelompok',
];

const DATA_HEADINGS = [
  'Kode Puskesmas',
  'Puskesmas',
  'Tabel',
  'Kode',
  'No',
  'Indikator / butir',
  'Satuan',
  'Target',
  'Sasaran',
  'Target sasaran',
  'Pencapaian',
  '% Cakupan',
  'Nilai',
  'Skala nilai',
  'Variabel',
  'Program',
];

export async function exportDistrictWorkbook(
  repos: YearTablesReader,
  districtCode: string,
  year: number,
  stage: Stage,
  onProgress?: (done: number, total: number) => void,
): Promise<Buffer> {
  const recap = await districtRecap(repos, districtCode, year, stage);
  const workbook = newWorkbook();
  const title = (heading: string) => [
    heading,
    `${recap.district.name} (${recap.district.code}) — tahun ${year} — ${STAGE_WORDS[stage]}`,
  ];

  const recapSheet = workbook.addWorksheet('Rekap');
  setWidths(recapSheet, [10, 12, 28, 14, 11, 12, 11, 12, 11, 12, 13, 10]);
  titleRows(recapSheet, title('Rekapitulasi penilaian kinerja Puskesmas'), RECAP_HEADINGS.length);
  headerRow(recapSheet, HEADER_ROW, RECAP_HEADINGS, { freezeColumns: 3 });
  recap.rows.forEach((row, i) => {
    const out = recapSheet.getRow(HEADER_ROW + 1 + i);
    numberCell(out.getCell(1), row.rank, '0');
    out.getCell(2).value = row.puskesmas.code;
    out.getCell(3).value = row.puskesmas.name;
    out.getCell(4).value = statusWord(row.status, 'id');
    numberCell(out.getCell(5), row.service, NUMBER_FORMAT.score);
    out.getCell(6).value = row.serviceCategory ?? '–';
    numberCell(out.getCell(7), row.management, NUMBER_FORMAT.score);
    out.getCell(8).value = row.managementCategory ?? '–';
    numberCell(out.getCell(9), row.quality, NUMBER_FORMAT.score);
    out.getCell(10).value = row.qualityCategory ?? '–';
    out.getCell(11).value = row.overallCategory ?? '–';
    out.getCell(12).value = row.kelompok ?? '–';
    frame(out, RECAP_HEADINGS.length);
  });

  const dataSheet = workbook.addWorksheet('Data');
  setWidths(dataSheet, [14, 24, 8, 16, 6, 48, 12, 14, 11, 11, 11, 10, 10, 8, 10, 10]);
  titleRows(dataSheet, title('Data per Puskesmas dan indikator'), DATA_HEADINGS.length);
  headerRow(dataSheet, HEADER_ROW, DATA_HEADINGS, { freezeColumns: 2 });
  let r = HEADER_ROW + 1;
  let done = 0;
  for (const row of recap.rows) {
    const unit = await repos.findOrgUnit(row.puskesmas.code);
    if (!unit) throw new AppError('PUSKESMAS_NOT_FOUND', { code: row.puskesmas.code }, { status: 404 });
    const tables = await yearTables(repos, unit, year, stage, { analysis: false });
    r = dataRows(dataSheet, tables, r);
    onProgress?.(++done, recap.rows.length);
  }
  dataSheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: DATA_HEADINGS.length },
  };
  return workbookBytes(workbook);
}

function dataRows(sheet: ExcelJS.Worksheet, tables: YearTables, first: number): number {
  let r = first;
  for (const table of tables.tables) {
    for (const row of table.rows) {
      if (row.type === 'group') continue;
      const out = sheet.getRow(r++);
      out.getCell(1).value = tables.puskesmas.code;
      out.getCell(2).value = tables.puskesmas.name;
      out.getCell(3).value = table.cluster === 'mutu' ? '5 (mutu)' : String(table.table);
      out.getCell(4).value = row.code;
      out.getCell(5).value = row.number;
      out.getCell(6).value = row.name;
      if (row.type === 'indicator') {
        out.getCell(7).value = row.unit;
        out.getCell(8).value = row.target.value ?? row.target.printed;
        numberCell(out.getCell(9), row.sasaran, NUMBER_FORMAT.count);
        numberCell(out.getCell(10), row.targetSasaran, NUMBER_FORMAT.decimal);
        if (typeof row.achieved === 'boolean') out.getCell(11).value = row.achieved ? 'Ya' : 'Tidak';
        else numberCell(out.getCell(11), row.achieved, NUMBER_FORMAT.decimal);
        numberCell(out.getCell(12), row.realised, NUMBER_FORMAT.percent);
        out.getCell(14).value = '0–100';
      } else {
        out.getCell(8).value = row.target;
        numberCell(out.getCell(11), row.percent, NUMBER_FORMAT.percent);
        out.getCell(14).value = '0–10';
      }
      numberCell(out.getCell(13), row.score, NUMBER_FORMAT.score, row.excluded);
      numberCell(out.getCell(15), row.variableScore, NUMBER_FORMAT.score);
      numberCell(out.getCell(16), row.programmeScore, NUMBER_FORMAT.score);
    }
  }
  return r;
}
