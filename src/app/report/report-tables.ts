// Bab III (targets) and Bab IV (results) as tables, from the same rows the Excel export prints
// (exchange/year-tables.ts): a programme or variable as a heading row, then its indicators.
import type { GroupRow, IndicatorRow, RubricRow, YearTable } from '../exchange/year-tables.ts';
import type { CellAlign, ReportRow, ReportTable } from '../../shared/report-document.ts';
import { column } from './report-columns.ts';
import { CLUSTER_AXIS } from '../../domain/catalog/types.ts';
import { count, DASH, nodeFigure, nodeNumber, num, percent } from './report-words.ts';

const TABLE_NAMES: Record<YearTable['cluster'], string> = {
  spm: 'Standar Pelayanan Minimal (SPM)',
  'ukm-esensial': 'UKM Esensial dan Keperawatan Kesehatan Masyarakat',
  'ukm-pengembangan': 'UKM Pengembangan',
  ukp: 'Upaya Kesehatan Perseorangan (UKP)',
  manajemen: 'Manajemen Puskesmas',
  mutu: 'Mutu Puskesmas',
};

export function tableName(table: YearTable): string {
  return TABLE_NAMES[table.cluster] ?? table.name;
}

/** Most of these tables' columns are figures: right-aligned unless said. */
const col = (title: string, width: number, align: CellAlign = 'right') => column(title, width, align);

/**
 * A heading's line: its number and name, the score where given, and the Satuan, Target and Sasaran
 * the decree prints on the heading itself, in the columns `at` names (docs/catalog-format.md).
 */
function groupRow(
  row: GroupRow,
  columns: number,
  withScore: string | null,
  at: { unit?: number; target?: number; sasaran?: number } = {},
): ReportRow {
  const cells = Array<string>(columns).fill('');
  cells[0] = row.number;
  cells[1] = row.name;
  if (row.printed) {
    if (at.unit !== undefined) cells[at.unit] = row.printed.unit;
    if (at.target !== undefined) cells[at.target] = row.printed.target;
    if (at.sasaran !== undefined) cells[at.sasaran] = row.printed.sasaran;
  }
  if (withScore !== null) cells[columns - 1] = withScore;
  return { kind: 'group', cells };
}

function achievedWords(row: IndicatorRow): string {
  if (row.achieved === null) return DASH;
  if (typeof row.achieved === 'boolean') return row.achieved ? 'Ya' : 'Tidak';
  return count(row.achieved);
}

/** "≥ 95 %" as printed, or Dinkes' own figure where it set one. */
function targetWords(row: IndicatorRow): string {
  if (row.target.printed) return row.target.printed;
  return row.target.value === null ? DASH : num(row.target.value);
}

function notScored(row: { applicable: boolean; excluded: string | null }): string {
  return row.applicable ? DASH : 'TB';
}

/** Bab III: what each indicator aims at, with the year's sasaran. */
export function targetTable(table: YearTable, number: string): ReportTable {
  if (table.layout === 'rubric') {
    const columns = [
      col('No', 5, 'left'),
      col('Jenis variabel', 27, 'left'),
      col('Target', 10, 'left'),
      col('Nilai 0', 14.5, 'left'),
      col('Nilai 4', 14.5, 'left'),
      col('Nilai 7', 14.5, 'left'),
      col('Nilai 10', 14.5, 'left'),
    ];
    const rows: ReportRow[] = table.rows.map((row) =>
      row.type === 'group'
        ? groupRow(row, columns.length, null, { target: 2 })
        : row.type === 'item'
          ? {
              kind: 'item',
              cells: [
                row.number,
                row.name,
                row.target || DASH,
                row.levels[0],
                row.levels[4],
                row.levels[7],
                row.levels[10],
              ],
            }
          : { kind: 'item', cells: [row.number, row.name, DASH, '', '', '', ''] },
    );
    return {
      type: 'table',
      caption: `Tabel ${number} Target ${tableName(table)}`,
      columns,
      rows,
      wide: true,
    };
  }
  const columns = [
    col('No', 5, 'left'),
    col('Indikator', 38, 'left'),
    col('Satuan', 10, 'left'),
    col('Target', 10, 'left'),
    col('Sasaran', 17, 'left'),
    col('Jumlah sasaran', 10),
    col('Target sasaran', 10),
  ];
  const rows: ReportRow[] = table.rows.map((row) =>
    row.type === 'indicator'
      ? {
          kind: 'item',
          cells: [
            row.number,
            row.name + (row.applicable ? '' : ' (tidak berlaku)'),
            row.unit,
            targetWords(row),
            row.sasaranLabel || DASH,
            count(row.sasaran),
            count(row.targetSasaran),
          ],
        }
      : row.type === 'group'
        ? groupRow(row, columns.length, null, { unit: 2, target: 3, sasaran: 4 })
        : { kind: 'item', cells: [row.number, row.name, '', row.target, '', '', ''] },
  );
  return {
    type: 'table',
    caption: `Tabel ${number} Target ${tableName(table)}`,
    columns,
    rows,
    note: 'Jumlah sasaran: sasaran tahun berjalan yang ditetapkan; target sasaran: jumlah yang harus dicapai (target × sasaran, atau angka Dinas Kesehatan).',
  };
}

/** Bab IV: what was achieved, the coverage and the score, with the variable's and programme's averages. */
export function resultTable(table: YearTable, number: string): ReportTable {
  if (table.layout === 'rubric') return rubricResultTable(table, number);
  const axis = CLUSTER_AXIS[table.cluster];
  const columns = [
    col('No', 4, 'left'),
    col('Indikator', 27, 'left'),
    col('Satuan', 8, 'left'),
    col('Target', 8, 'left'),
    col('Sasaran', 8),
    col('Target sasaran', 8),
    col('Pencapaian', 8),
    col('% cakupan', 7),
    col('% capaian', 7),
    col('Variabel', 7),
    col('Program', 8),
  ];
  const rows: ReportRow[] = table.rows.map((row) => {
    if (row.type === 'group')
      return groupRow(row, columns.length, row.depth === 1 ? percent(row.score) : null, {
        unit: 2,
        target: 3,
      });
    if (row.type === 'item') return rubricAsServiceRow(row, columns.length);
    return {
      kind: 'item',
      below: row.met === false,
      cells: [
        row.number,
        row.name,
        row.unit,
        targetWords(row),
        count(row.sasaran),
        count(row.targetSasaran),
        achievedWords(row),
        row.realised === null ? DASH : num(row.realised),
        row.score === null ? notScored(row) : num(row.score),
        nodeNumber(axis, row.variableScore),
        nodeNumber(axis, row.programmeScore),
      ],
    };
  });
  rows.push({
    kind: 'total',
    cells: [
      '',
      `Rata-rata ${tableName(table)}`,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      nodeFigure(axis, table.score),
    ],
  });
  return {
    type: 'table',
    caption: `Tabel ${number} Hasil ${tableName(table)}`,
    columns,
    rows,
    wide: true,
    note: '% cakupan: yang dibandingkan dengan target (pencapaian ÷ sasaran, angka per N, atau nilai itu sendiri); % capaian: skor indikator 0–100. – : tidak dinilai (belum diisi, sasaran atau target belum ada); TB: tidak berlaku di Puskesmas ini. Merah: di bawah target.',
  };
}

function rubricAsServiceRow(row: RubricRow, columns: number): ReportRow {
  const cells = Array<string>(columns).fill('');
  cells[0] = row.number;
  cells[1] = row.name;
  cells[3] = row.target;
  cells[8] = row.score === null ? notScored(row) : num(row.score);
  return { kind: 'item', cells };
}

function rubricResultTable(table: YearTable, number: string): ReportTable {
  const axis = CLUSTER_AXIS[table.cluster];
  const columns = [
    col('No', 6, 'left'),
    col('Jenis variabel', 48, 'left'),
    col('Target', 14, 'left'),
    col('Persentase', 8),
    col('Nilai hasil', 8),
    col('Skor variabel', 8),
    col('Skor bidang', 8),
  ];
  const rows: ReportRow[] = table.rows.map((row) => {
    if (row.type === 'group')
      return groupRow(row, columns.length, row.depth === 1 ? nodeFigure(axis, row.score) : null, {
        target: 2,
      });
    if (row.type === 'indicator')
      return {
        kind: 'item',
        cells: [
          row.number,
          row.name,
          targetWords(row),
          DASH,
          row.score === null ? notScored(row) : num(row.score),
          DASH,
          DASH,
        ],
      };
    return {
      kind: 'item',
      below: row.level !== null && row.level < 10,
      cells: [
        row.number,
        row.name,
        row.target || DASH,
        row.percent === null ? DASH : percent(row.percent),
        row.level === null ? notScored(row) : String(row.level),
        nodeNumber(axis, row.variableScore),
        nodeNumber(axis, row.programmeScore),
      ],
    };
  });
  rows.push({
    kind: 'total',
    cells: ['', `Skor ${tableName(table)}`, '', '', '', '', nodeFigure(axis, table.score)],
  });
  return {
    type: 'table',
    caption: `Tabel ${number} Hasil ${tableName(table)}`,
    columns,
    rows,
    note:
      axis === 'management'
        ? 'Nilai hasil 0, 4, 7 atau 10 menurut definisi operasional; skor variabel dan bidang: rata-rata nilai (skala 0–10).'
        : 'Nilai hasil 0, 4, 7 atau 10 menurut definisi operasional; skor variabel dan bidang dalam %: rata-rata nilai × 10.',
  };
}
