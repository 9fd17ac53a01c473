// A catalog as a workbook laid out like the decree's annex: one sheet per table with the columns the
// annex prints (No, Indikator, Satuan, Target, Sasaran; Table 5's level texts for 0, 4, 7 and 10),
// programmes and variables as bold heading rows in the printed numbering, and to their right the
// columns pkp scores by, which an annex does not print. With the Tentang sheet (id, year, decree,
// settings, which sheet is which table) nothing is left out: readCatalogWorkbook gives the catalog back.
import type ExcelJS from 'exceljs';
import {
  RUBRIC_LEVELS,
  type Catalog,
  type CatalogCluster,
  type CatalogIndicator,
  type CatalogNode,
  type Comparator,
  type RubricBand,
} from '../../domain/catalog/types.ts';
import type { SettingsOverrides } from '../../domain/scoring/settings.ts';
import {
  ABOUT_ROWS,
  ABOUT_SHEET,
  CATALOG_WORKBOOK,
  CLUSTER_SHEETS,
  EXTRA_COLUMNS,
  GROUP_WORD,
  PRINTED_COLUMNS,
  SETTING_ROWS,
  TABLE_LIST_HEADINGS,
  type ColumnKey,
  type ColumnSpec,
} from './catalog-workbook-layout.ts';
import { groupingSheet } from './grouping-sheet.ts';
import {
  BORDER,
  FILL,
  fillRow,
  frame,
  headerRow,
  newWorkbook,
  setWidths,
  titleRows,
  workbookBytes,
} from './sheet-style.ts';

/** The row the headings are on; the title lines are above it. */
export const CATALOG_HEADER_ROW = 4;

/** The heading fill of pkp's own columns, so the printed ones stand apart. */
const EXTRA_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

const COMPARATOR_SIGNS: Record<Comparator, string> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
};

/** The workbook's bytes (.xlsx). */
export async function catalogWorkbook(catalog: Catalog, settings: SettingsOverrides = {}): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheetNames = sheetNamesOf(catalog.clusters);
  aboutSheet(workbook, catalog, settings, sheetNames);
  catalog.clusters.forEach((cluster, i) => tableSheet(workbook, catalog, cluster, sheetNames[i]!));
  groupingSheet(workbook, catalog);
  return workbookBytes(workbook);
}

/** One sheet per cluster; a cluster the catalog has twice gets its own name. */
function sheetNamesOf(clusters: readonly CatalogCluster[]): string[] {
  const used = new Set<string>();
  return clusters.map((c) => {
    let name = CLUSTER_SHEETS[c.cluster];
    for (let n = 2; used.has(name); n++) name = `${CLUSTER_SHEETS[c.cluster]} (${n})`;
    used.add(name);
    return name;
  });
}

function aboutSheet(
  workbook: ExcelJS.Workbook,
  catalog: Catalog,
  settings: SettingsOverrides,
  sheetNames: readonly string[],
): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  setWidths(sheet, [40, 28, 16, 12, 8, 50, 8]);
  titleRows(
    sheet,
    [
      'Katalog indikator Penilaian Kinerja Puskesmas',
      'Lampiran keputusan sebagai buku kerja: satu lembar per tabel, kolom seperti tercetak (No sampai Sasaran, ' +
        'atau Nilai 0 sampai Nilai 10), lalu kolom yang dipakai pkp untuk menilai (Kode dan seterusnya).',
    ],
    1,
  );
  let r = 4;
  const pair = (label: string, ...values: (string | number)[]) => {
    const row = sheet.getRow(r++);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    values.forEach((v, i) => (row.getCell(2 + i).value = v));
  };
  pair(ABOUT_ROWS.format, CATALOG_WORKBOOK.id);
  pair(ABOUT_ROWS.version, CATALOG_WORKBOOK.version);
  pair(ABOUT_ROWS.id, catalog.id);
  pair(ABOUT_ROWS.year, catalog.year);
  pair(ABOUT_ROWS.source, catalog.source);
  if (catalog.averagesBy !== undefined) pair(ABOUT_ROWS.averagesBy, catalog.averagesBy);
  if (settings.convention !== undefined) pair(SETTING_ROWS.convention, settings.convention);
  if (settings.cap !== undefined) pair(SETTING_ROWS.cap, settings.cap ? 'ya' : 'tidak');
  if (settings.lowerFormula !== undefined) pair(SETTING_ROWS.lowerFormula, settings.lowerFormula);
  if (settings.zeroSasaran !== undefined) pair(SETTING_ROWS.zeroSasaran, settings.zeroSasaran);
  for (const axis of ['service', 'management', 'quality'] as const) {
    const t = settings.thresholds?.[axis];
    if (t) pair(SETTING_ROWS[axis], t[0], t[1]);
  }

  r += 1;
  const listHeader = sheet.getRow(r++);
  TABLE_LIST_HEADINGS.forEach((heading, i) => {
    const cell = listHeader.getCell(i + 1);
    cell.value = heading;
    cell.font = { bold: true };
    cell.fill = FILL.header;
    cell.border = BORDER;
  });
  catalog.clusters.forEach((c, i) => {
    const row = sheet.getRow(r++);
    [sheetNames[i]!, c.table, c.cluster, c.code, c.number, c.name].forEach(
      (v, j) => (row.getCell(j + 1).value = v),
    );
    if (c.weight !== undefined) row.getCell(7).value = c.weight;
    frame(row, TABLE_LIST_HEADINGS.length);
  });

  r += 1;
  sheet.getRow(r).getCell(1).value =
    'Kolom yang dipakai pkp (tidak tercetak di lampiran); kosong: lihat docs';
  sheet.getRow(r++).getCell(1).font = { bold: true };
  for (const column of EXTRA_COLUMNS) {
    const row = sheet.getRow(r++);
    row.getCell(1).value = column.heading;
    row.getCell(2).value = column.values;
    row.getCell(6).value = column.meaning;
  }
}

function hasRubric(nodes: readonly CatalogNode[]): boolean {
  return nodes.some((n) => (n.type === 'group' ? hasRubric(n.children) : n.rubric !== undefined));
}

function anyIndicator(nodes: readonly CatalogNode[], test: (i: CatalogIndicator) => boolean): boolean {
  return nodes.some((n) => (n.type === 'group' ? anyIndicator(n.children, test) : test(n)));
}

/** Table 5 prints its level texts instead of a unit and sasaran; Tables 1–4 the other way round. */
function columnsOf(cluster: CatalogCluster): ColumnSpec[] {
  const rubricTable = cluster.cluster === 'manajemen' || cluster.cluster === 'mutu';
  const rubrics = rubricTable || hasRubric(cluster.children);
  const p = PRINTED_COLUMNS;
  const printed = [
    p.number,
    p.name,
    ...(!rubricTable || anyIndicator(cluster.children, (i) => i.unit !== '') ? [p.unit] : []),
    p.target,
    ...(!rubricTable || anyIndicator(cluster.children, (i) => i.sasaran !== '') ? [p.sasaran] : []),
    ...(rubrics ? [p.level0, p.level4, p.level7, p.level10] : []),
  ];
  return [...printed, ...EXTRA_COLUMNS.filter((c) => rubrics || !c.rubric)];
}

function tableSheet(
  workbook: ExcelJS.Workbook,
  catalog: Catalog,
  cluster: CatalogCluster,
  name: string,
): void {
  const columns = columnsOf(cluster);
  const width = columns.length;
  const firstExtra = columns.findIndex((c) => c.key === 'code') + 1;
  const sheet = workbook.addWorksheet(name);
  setWidths(
    sheet,
    columns.map((c) => c.width),
  );
  titleRows(
    sheet,
    [`Tabel ${cluster.table}. ${cluster.name}`, `${catalog.source} — tahun ${catalog.year}`],
    firstExtra - 1,
  );
  headerRow(
    sheet,
    CATALOG_HEADER_ROW,
    columns.map((c) => c.heading),
    { freezeColumns: 2 },
  );
  for (let c = firstExtra; c <= width; c++) sheet.getRow(CATALOG_HEADER_ROW).getCell(c).fill = EXTRA_FILL;
  const at = (key: ColumnKey) => columns.findIndex((c) => c.key === key) + 1;
  let r = CATALOG_HEADER_ROW + 1;
  const write = (nodes: readonly CatalogNode[], depth: number) => {
    for (const node of nodes) {
      const row = sheet.getRow(r++);
      const put = (key: ColumnKey, value: string | number | undefined) => {
        const column = at(key);
        if (column > 0 && value !== undefined && value !== '') row.getCell(column).value = value;
      };
      put('number', node.number);
      put('name', node.name);
      put('code', node.code);
      put('depth', depth);
      if (node.type === 'group') {
        put('kind', GROUP_WORD);
        put('unit', node.printed?.unit);
        put('target', node.printed?.target);
        put('sasaran', node.printed?.sasaran);
        put('weight', node.weight);
        fillRow(row, width, depth === 1 ? FILL.programme : FILL.variable);
      } else indicatorCells(node, put);
      frame(row, width);
      row.getCell(at('name')).alignment = { indent: depth - 1, wrapText: true, vertical: 'top' };
      if (node.type === 'group') write(node.children, depth + 1);
    }
  };
  write(cluster.children, 1);
}

function indicatorCells(
  i: CatalogIndicator,
  put: (key: ColumnKey, value: string | number | undefined) => void,
) {
  put('unit', i.unit);
  put('target', i.target.printed);
  put('sasaran', i.sasaran);
  put('kind', i.kind);
  put('direction', i.direction);
  put('comparator', COMPARATOR_SIGNS[i.target.comparator]);
  put('value', i.target.value ?? '-');
  put('min', i.target.min);
  put('max', i.target.max);
  put('per', i.per);
  put('entry', i.entry);
  put('scale', i.scale);
  put('nothingToCount', i.nothingToCount);
  put('targetScope', i.targetScope === 'district' ? 'kabupaten' : undefined);
  put('requires', i.requires?.join('; '));
  put('cadence', i.cadence === 'weekly' ? 'mingguan' : undefined);
  put('appliesTo', i.appliesTo);
  put('optional', i.optional ? 'ya' : 'tidak');
  put('sameAs', i.sameAs);
  put('previousCode', i.previousCode);
  if (i.rubric) {
    RUBRIC_LEVELS.forEach((level) => put(`level${level}`, i.rubric!.levels[level]));
    put('input', i.rubric.input);
    put('bands', i.rubric.bands && bandsText(i.rubric.bands));
    put('mustRise', i.rubric.mustRise ? 'ya' : undefined);
    put('definition', i.rubric.definition);
  }
  put('numerator', i.counts?.numerator);
  put('denominator', i.counts?.denominator);
  put('interpretation', i.interpretation);
}

/** "≥ 40: 4; ≥ 60: 7; ≥ 80: 10", decimals with a comma as the decree prints them; ">" for an exclusive start. */
export function bandsText(bands: readonly RubricBand[]): string {
  return bands
    .map((b) => `${b.exclusive ? '>' : '≥'} ${String(b.from).replace('.', ',')}: ${b.level}`)
    .join('; ');
}
