// Reading an annex workbook (catalog-workbook.ts, or one Dinkes typed from its decree) back into a
// catalog. Columns are found by their headings; what a typed workbook leaves out — the columns pkp
// scores by — is derived from the printed ones (docs/catalog-format.md#the-annex-workbook says how).
// Every problem is named by its sheet and row, all at once, as CATALOG_INVALID; nothing is returned
// unless the whole catalog is usable, and it passes the same checks as the JSON document.
import ExcelJS from 'exceljs';
import { catalogInvalid, catalogOfDocument, type CatalogIssue } from '../../app/catalog/catalog-document.ts';
import { parseNumericTarget, readPrintedTarget } from '../../domain/catalog/printed-target.ts';
import type {
  GroupPrinted,
  Catalog,
  ClusterId,
  Comparator,
  Direction,
  EntryShape,
  IndicatorKind,
  RubricBand,
  RubricLevel,
} from '../../domain/catalog/types.ts';
import type { SettingsOverrides } from '../../domain/scoring/settings.ts';
import { AppError } from '../../shared/errors.ts';
import {
  CATALOG_FORMAT,
  CATALOG_FORMAT_VERSION,
  type CatalogGroupDocument,
  type CatalogIndicatorDocument,
} from '../../shared/schemas/catalog-document.schema.ts';
import {
  ABOUT_ROWS,
  ABOUT_SHEET,
  CATALOG_WORKBOOK,
  CLUSTER_DEFAULTS,
  EXTRA_COLUMNS,
  GROUP_WORD,
  GROUPING_HEADINGS,
  GROUPING_SHEET,
  PRINTED_COLUMNS,
  SETTING_ROWS,
  TABLE_LIST_HEADINGS,
  clusterOfSheetName,
  columnOfHeading,
  normalised,
  type ColumnKey,
} from './catalog-workbook-layout.ts';
import { readGroupingLines, type GroupingDocument, type GroupingSheetLine } from './grouping-sheet.ts';
import { numberOfText } from './parse-entry-workbook.ts';
import { preflightXlsx } from './zip-preflight.ts';

/** A catalog has a few hundred rows; anything past this is another file. */
const MAX_ROWS = 5000;
const MAX_SHEET_BYTES = 32 * 1024 * 1024;
/** How far down a sheet its heading row may be (below the title lines). */
const HEADING_SEARCH_ROWS = 20;

type Words = { id: string; en: string };

const CLUSTER_IDS: readonly ClusterId[] = [
  'spm',
  'ukm-esensial',
  'ukm-pengembangan',
  'ukp',
  'manajemen',
  'mutu',
];
const KINDS: readonly IndicatorKind[] = ['coverage', 'rate', 'value', 'range', 'yesno', 'ontime', 'rubric'];
const ENTRIES: readonly EntryShape[] = ['count', 'ratio', 'amount', 'level', 'yesno', 'ontime', 'annual'];
const COMPARATOR_WORDS: Record<string, Comparator> = {
  '≥': '>=',
  '>=': '>=',
  '≤': '<=',
  '<=': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
};
const YES = new Set(['ya', 'y', 'yes', 'true', '1']);
const NO = new Set(['tidak', 'tdk', 'no', 'false', '0']);

const WORDS = {
  noTables: {
    id: "tidak ada lembar tabel: beri nama lembar 'Tabel 1 SPM', 'Tabel 2 UKM Esensial', 'Tabel 3 UKM Pengembangan', 'Tabel 4 UKP', 'Tabel 5 Manajemen', 'Tabel 5 Mutu'",
    en: "there is no table sheet: name the sheets 'Tabel 1 SPM', 'Tabel 2 UKM Esensial', 'Tabel 3 UKM Pengembangan', 'Tabel 4 UKP', 'Tabel 5 Manajemen', 'Tabel 5 Mutu'",
  },
  noHeading: {
    id: `baris judul kolom (No, Indikator, Target, …) tidak ditemukan di ${HEADING_SEARCH_ROWS} baris pertama`,
    en: `no heading row (No, Indikator, Target, …) in the first ${HEADING_SEARCH_ROWS} rows`,
  },
  sheetMissing: (name: string): Words => ({
    id: `lembar '${name}' tidak ada di buku kerja`,
    en: `the workbook has no sheet '${name}'`,
  }),
  unlisted: {
    id: `lembar tabel ini tidak tercantum di daftar tabel lembar ${ABOUT_SHEET}`,
    en: `this table sheet is not in the list of tables on the ${ABOUT_SHEET} sheet`,
  },
  tableTwice: (other: string): Words => ({
    id: `tabel ini sudah ada di lembar '${other}'`,
    en: `this table is already on sheet '${other}'`,
  }),
  noName: { id: 'nama (kolom Indikator) kosong', en: 'the name (column Indikator) is empty' },
  target: (text: string): Words => ({
    id: `target '${text}' tidak terbaca (mis. 100, ≥ 95 %, ≤ 2 %, < 24 Jam, Maks tgl 5, ya; atau isi kolom Nilai target)`,
    en: `the target '${text}' cannot be read (e.g. 100, ≥ 95 %, ≤ 2 %, < 24 Jam, Maks tgl 5, ya; or fill in the column Nilai target)`,
  }),
  unknown: (heading: string, text: string, values: readonly string[]): Words => ({
    id: `${heading} '${text}' tidak dikenal (${values.join(', ')})`,
    en: `${heading} '${text}' is not known (${values.join(', ')})`,
  }),
  notNumber: (heading: string, text: string): Words => ({
    id: `${heading} '${text}' bukan angka`,
    en: `${heading} '${text}' is not a number`,
  }),
  ambiguous: (heading: string, text: string): Words => ({
    id: `${heading} '${text}' tidak jelas: tulis tanpa pemisah ribuan (1234), desimal memakai koma (1,5)`,
    en: `${heading} '${text}' is ambiguous: write it without thousands separators (1234), decimals with a comma (1,5)`,
  }),
  depth: (text: string): Words => ({
    id: `Tingkat '${text}' bukan 1, 2, 3, …`,
    en: `Tingkat '${text}' is not 1, 2, 3, …`,
  }),
  depthGap: (depth: number): Words => ({
    id: `tingkat ${depth} tanpa kelompok tingkat ${depth - 1} di atasnya`,
    en: `level ${depth} without a level ${depth - 1} group above it`,
  }),
  levelMissing: (level: RubricLevel): Words => ({
    id: `teks Nilai ${level} kosong (butir Tabel 5 memerlukan teks nilai 0 dan 10)`,
    en: `the text for Nilai ${level} is empty (a Table 5 item needs its texts for 0 and 10)`,
  }),
  noLevelColumns: {
    id: 'butir rubrik tanpa kolom Nilai 0, Nilai 4, Nilai 7 dan Nilai 10',
    en: 'a rubric item on a sheet without the columns Nilai 0, Nilai 4, Nilai 7 and Nilai 10',
  },
  perUnknown: (unit: string): Words => ({
    id: `satuan '${unit}' tidak menyebut per berapa: isi kolom Per N`,
    en: `the unit '${unit}' does not say per how many: fill in the column Per N`,
  }),
  bands: (text: string): Words => ({
    id: `Pita persentase '${text}' tidak terbaca (mis. ≥ 40: 4; ≥ 60: 7; ≥ 80: 10)`,
    en: `Pita persentase '${text}' cannot be read (e.g. ≥ 40: 4; ≥ 60: 7; ≥ 80: 10)`,
  }),
  codeTwice: (code: string, first: Words): Words => ({
    id: `kode '${code}' sudah dipakai di ${first.id}`,
    en: `the code '${code}' is already used at ${first.en}`,
  }),
  format: (text: string): Words => ({
    id: `format '${text}' bukan ${CATALOG_WORKBOOK.id}`,
    en: `the format '${text}' is not ${CATALOG_WORKBOOK.id}`,
  }),
  version: (text: string): Words => ({
    id: `versi '${text}' tidak dikenal (pkp membaca versi ${CATALOG_WORKBOOK.version})`,
    en: `version '${text}' is not known (pkp reads version ${CATALOG_WORKBOOK.version})`,
  }),
  year: (text: string): Words => ({ id: `Tahun '${text}' bukan tahun`, en: `Tahun '${text}' is not a year` }),
  table: (text: string): Words => ({ id: `Tabel '${text}' bukan 1–5`, en: `Tabel '${text}' is not 1–5` }),
};

/** Where something is: a sheet, and a row of it. */
function placeWords(sheet: string, row?: number): Words {
  return row === undefined
    ? { id: sheet, en: sheet }
    : { id: `${sheet} baris ${row}`, en: `${sheet} row ${row}` };
}

class Problems {
  readonly list: CatalogIssue[] = [];
  at(place: Words, what: Words): void {
    this.list.push({ code: null, id: `${place.id}: ${what.id}`, en: `${place.en}: ${what.en}` });
  }
}

/**
 * The catalog and settings of an annex workbook, for the year it is imported into. Throws
 * WORKBOOK_NOT_XLSX / WORKBOOK_DAMAGED / WORKBOOK_TOO_MANY_ROWS for a file that is no usable
 * workbook, and CATALOG_INVALID with every problem by sheet and row otherwise.
 */
export async function readCatalogWorkbook(
  bytes: Uint8Array,
  expected: { year: number },
): Promise<{ catalog: Catalog; settings: SettingsOverrides }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  preflightXlsx(buffer, { maxRows: MAX_ROWS, maxSheetBytes: MAX_SHEET_BYTES });
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
  const problems = new Problems();
  const about = readAbout(workbook.getWorksheet(ABOUT_SHEET), problems);
  const tables = tableSheets(workbook, about, problems);
  const { groupings, rowOfCode } = readGroupingSheet(workbook.getWorksheet(GROUPING_SHEET), problems);
  const sheets = tables.map((t) => ({ ...t, rows: readTableSheet(t.sheet, problems) }));

  // Codes given in the workbook come first: a generated code never takes one of them.
  const places = new Map<string, Words>();
  const taken = new Set<string>();
  const claim = (code: string, place: Words): string => {
    const first = places.get(code);
    if (!first) {
      places.set(code, place);
      taken.add(code);
      return code;
    }
    problems.at(place, WORDS.codeTwice(code, first));
    // Kept apart under another code, so that the checks below do not say it a second time.
    let other = `${code}~`;
    while (taken.has(other)) other += '~';
    taken.add(other);
    return other;
  };
  for (const t of sheets) {
    t.code = claim(t.code, t.place);
    for (const row of t.rows) if (row.code) row.code = claim(row.code, placeWords(t.name, row.row));
  }

  // A grouping's codes are named by their line there, unless they are rows of the tables.
  for (const [code, row] of rowOfCode)
    if (!places.has(code)) places.set(code, placeWords(GROUPING_SHEET, row));

  const clusters = sheets.map((t) => {
    const children = buildTree(t, problems, (code, place) => {
      let unique = code;
      for (let n = 2; taken.has(unique); n++) unique = `${code}-${n}`;
      taken.add(unique);
      places.set(unique, place);
      return unique;
    });
    return defined({
      type: 'group' as const,
      code: t.code,
      number: t.number,
      name: t.clusterName,
      weight: t.weight,
      cluster: t.cluster,
      table: t.table,
      children,
    });
  });

  const year = about.year ?? expected.year;
  const document = defined({
    format: CATALOG_FORMAT,
    formatVersion: CATALOG_FORMAT_VERSION,
    id: about.id ?? `katalog-${year}`,
    year,
    source: about.source ?? '',
    settings: Object.keys(about.settings).length > 0 ? about.settings : undefined,
    averagesBy: about.averagesBy,
    clusters,
    groupings: groupings.length > 0 ? groupings : undefined,
  });
  const read = catalogOfDocument(document, expected, (code) => places.get(code));
  const issues = [...problems.list, ...('issues' in read ? read.issues : [])];
  if (issues.length > 0 || 'issues' in read) throw catalogInvalid(issues.slice(0, 200));
  return read;
}

/** The Pengelompokan sheet's groupings, its columns found by their headings on the first rows. */
function readGroupingSheet(
  sheet: ExcelJS.Worksheet | undefined,
  problems: Problems,
): { groupings: GroupingDocument[]; rowOfCode: Map<string, number> } {
  const none = { groupings: [], rowOfCode: new Map<string, number>() };
  if (!sheet) return none;
  const columns = new Map<string, number>();
  let headingRow = 0;
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADING_SEARCH_ROWS) && headingRow === 0; r++) {
    const row = sheet.getRow(r);
    const found = new Map<string, number>();
    row.eachCell((cell, c) => {
      const heading = GROUPING_HEADINGS.find(
        (h) => normalised(h) === normalised(valueText(cell.value, undefined)),
      );
      if (heading) found.set(heading, c);
    });
    if (found.has('Jenis') && found.has('Kode')) {
      headingRow = r;
      found.forEach((c, h) => columns.set(h, c));
    }
  }
  if (headingRow === 0) {
    problems.at(placeWords(GROUPING_SHEET), WORDS.noHeading);
    return none;
  }
  const lines: GroupingSheetLine[] = [];
  for (let r = headingRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    lines.push({
      row: r,
      cell: (heading) => {
        const c = columns.get(heading);
        return c === undefined ? '' : valueText(row.getCell(c).value, row.getCell(c).numFmt);
      },
    });
  }
  return readGroupingLines(
    lines,
    (r, what) => problems.at(placeWords(GROUPING_SHEET, r), what),
    (text) => {
      const n = numberOfText(text);
      return typeof n === 'number' ? n : undefined;
    },
  );
}

/** Keeps only the keys whose value is defined. */
function defined<T extends Record<string, unknown>>(entries: T): T {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// Cells

/** A number as a decree prints it: a decimal comma, a percentage cell as "95%". */
function printedNumber(n: number, numFmt: string | undefined): string {
  const shown = (x: number) => String(Number(x.toPrecision(12))).replace('.', ',');
  return numFmt?.includes('%') ? `${shown(n * 100)}%` : shown(n);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return printedNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return valueText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  return '';
}

/** A row of a table sheet, its cells read by column. */
interface SheetRow {
  row: number;
  text(key: ColumnKey): string;
  /** The cell as a number: undefined when blank, null for "-" where `dash` allows it. */
  number(key: ColumnKey, dash?: boolean): number | null | undefined;
  has(key: ColumnKey): boolean;
  /** The code given in the Kode column (claimed before the tree is built). */
  code?: string;
}

function headingOf(key: ColumnKey): string {
  const printed = (PRINTED_COLUMNS as Partial<Record<ColumnKey, { heading: string }>>)[key];
  return printed?.heading ?? EXTRA_COLUMNS.find((c) => c.key === key)!.heading;
}

function readTableSheet(sheet: ExcelJS.Worksheet, problems: Problems): SheetRow[] {
  const columns = new Map<ColumnKey, number>();
  let headingRow = 0;
  for (let r = 1; r <= Math.min(HEADING_SEARCH_ROWS, sheet.rowCount) && !headingRow; r++) {
    const found = new Map<ColumnKey, number>();
    sheet.getRow(r).eachCell((cell, column) => {
      const key = columnOfHeading(valueText(cell.value, cell.numFmt));
      if (key && !found.has(key)) found.set(key, column);
    });
    if (found.has('name') && (found.has('number') || found.has('target'))) {
      headingRow = r;
      found.forEach((column, key) => columns.set(key, column));
    }
  }
  if (!headingRow) {
    problems.at(placeWords(sheet.name), WORDS.noHeading);
    return [];
  }
  const rows: SheetRow[] = [];
  for (let r = headingRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (key: ColumnKey) => {
      const column = columns.get(key);
      return column === undefined ? undefined : row.getCell(column);
    };
    const text = (key: ColumnKey) => {
      const c = cell(key);
      return c ? valueText(c.value, c.numFmt) : '';
    };
    const all = [...columns.keys()].map(text);
    if (all.every((t) => t === '')) continue;
    // The annex repeats its heading at the top of each printed page; a typed copy may too.
    if (columnOfHeading(text('name')) === 'name' && columnOfHeading(text('number')) === 'number') continue;
    const place = placeWords(sheet.name, r);
    const code = text('code');
    rows.push({
      row: r,
      ...(code ? { code } : {}),
      text,
      has: (key) => columns.has(key),
      number(key, dash = false) {
        const c = cell(key);
        const raw = c?.value;
        if (typeof raw === 'number')
          return c?.numFmt?.includes('%') ? Number((raw * 100).toPrecision(12)) : raw;
        const t = text(key);
        if (t === '') return undefined;
        if (dash && /^[-–—]$/.test(t)) return null;
        const n = numberOfText(t);
        if (n === 'ambiguous') problems.at(place, WORDS.ambiguous(headingOf(key), t));
        else if (n === null) problems.at(place, WORDS.notNumber(headingOf(key), t));
        else return n;
        return undefined;
      },
    });
  }
  return rows;
}

function word<T extends string>(
  row: SheetRow,
  key: ColumnKey,
  values: readonly T[],
  problems: Problems,
  place: Words,
  synonyms: Record<string, T> = {},
): T | undefined {
  const t = row.text(key);
  if (!t) return undefined;
  const n = normalised(t);
  const found = values.find((v) => v.toLowerCase() === n) ?? synonyms[n];
  if (found === undefined) problems.at(place, WORDS.unknown(headingOf(key), t, values));
  return found;
}

/** A `;`-separated list of words; undefined when the cell is empty. */
function listOf(text: string): string[] | undefined {
  const items = text
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return items.length > 0 ? items : undefined;
}

function yesNo(row: SheetRow, key: ColumnKey, problems: Problems, place: Words): boolean | undefined {
  const t = normalised(row.text(key));
  if (!t) return undefined;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  problems.at(place, WORDS.unknown(headingOf(key), row.text(key), ['ya', 'tidak']));
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The Tentang sheet

interface TableListing {
  sheet: string;
  row: number;
  cluster?: ClusterId;
  table?: 1 | 2 | 3 | 4 | 5;
  code?: string;
  number?: string;
  name?: string;
  weight?: number;
}

interface About {
  id?: string;
  year?: number;
  source?: string;
  settings: SettingsOverrides;
  tables: TableListing[];
  averagesBy?: string;
}

function readAbout(sheet: ExcelJS.Worksheet | undefined, problems: Problems): About {
  const about: About = { settings: {}, tables: [] };
  if (!sheet) return about;
  const labels = new Map<string, string>(
    [...Object.values(ABOUT_ROWS), ...Object.values(SETTING_ROWS)].map((l) => [normalised(l), l]),
  );
  let inList = false;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (c: number) => valueText(row.getCell(c).value, row.getCell(c).numFmt);
    const place = placeWords(ABOUT_SHEET, r);
    const first = normalised(cell(1));
    if (first === normalised(TABLE_LIST_HEADINGS[0])) {
      inList = true;
      continue;
    }
    if (inList) {
      if (!first) inList = false;
      else about.tables.push(tableListing(cell, r, place, problems));
      continue;
    }
    const label = labels.get(first);
    const value = cell(2);
    if (!label || !value) continue;
    const number = (c: number) => {
      const n = numberOfText(cell(c));
      if (typeof n === 'number') return n;
      problems.at(place, WORDS.notNumber(label, cell(c)));
      return undefined;
    };
    const oneOf = <T extends string>(values: readonly T[]): T | undefined => {
      const found = values.find((v) => v.toLowerCase() === normalised(value));
      if (!found) problems.at(place, WORDS.unknown(label, value, values));
      return found;
    };
    switch (label) {
      case ABOUT_ROWS.format:
        if (value !== CATALOG_WORKBOOK.id) problems.at(place, WORDS.format(value));
        break;
      case ABOUT_ROWS.version:
        if (value !== String(CATALOG_WORKBOOK.version)) problems.at(place, WORDS.version(value));
        break;
      case ABOUT_ROWS.id:
        about.id = value;
        break;
      case ABOUT_ROWS.year: {
        const year = Number(value);
        if (Number.isInteger(year)) about.year = year;
        else problems.at(place, WORDS.year(value));
        break;
      }
      case ABOUT_ROWS.source:
        about.source = value;
        break;
      case ABOUT_ROWS.averagesBy:
        about.averagesBy = value;
        break;
      case SETTING_ROWS.convention: {
        const v = oneOf(['target', 'coverage'] as const);
        if (v) about.settings.convention = v;
        break;
      }
      case SETTING_ROWS.cap:
        if (YES.has(normalised(value))) about.settings.cap = true;
        else if (NO.has(normalised(value))) about.settings.cap = false;
        else problems.at(place, WORDS.unknown(label, value, ['ya', 'tidak']));
        break;
      case SETTING_ROWS.lowerFormula: {
        const v = oneOf(['permenpan', 'ratio'] as const);
        if (v) about.settings.lowerFormula = v;
        break;
      }
      case SETTING_ROWS.zeroSasaran: {
        const v = oneOf(['exclude', 'full'] as const);
        if (v) about.settings.zeroSasaran = v;
        break;
      }
      default: {
        const axis = (['service', 'management', 'quality'] as const).find((a) => SETTING_ROWS[a] === label);
        const baik = number(2);
        const cukup = number(3);
        if (axis && baik !== undefined && cukup !== undefined)
          about.settings.thresholds = { ...about.settings.thresholds, [axis]: [baik, cukup] as const };
      }
    }
  }
  return about;
}

function tableListing(
  cell: (c: number) => string,
  row: number,
  place: Words,
  problems: Problems,
): TableListing {
  const listing: TableListing = { sheet: cell(1), row };
  const table = cell(2);
  if (table) {
    if (/^[1-5]$/.test(table)) listing.table = Number(table) as TableListing['table'];
    else problems.at(place, WORDS.table(table));
  }
  const cluster = cell(3);
  if (cluster) {
    const found = CLUSTER_IDS.find((c) => c === normalised(cluster));
    if (found) listing.cluster = found;
    else problems.at(place, WORDS.unknown(TABLE_LIST_HEADINGS[2], cluster, CLUSTER_IDS));
  }
  if (cell(4)) listing.code = cell(4);
  if (cell(5)) listing.number = cell(5);
  if (cell(6)) listing.name = cell(6);
  if (cell(7)) {
    const n = numberOfText(cell(7));
    if (typeof n === 'number') listing.weight = n;
    else problems.at(place, WORDS.notNumber(TABLE_LIST_HEADINGS[6], cell(7)));
  }
  return listing;
}

// ---------------------------------------------------------------------------------------------
// Which sheet is which table

interface TableSheet {
  sheet: ExcelJS.Worksheet;
  name: string;
  /** Where the cluster's own problems are said (an empty table): its sheet. */
  place: Words;
  cluster: ClusterId;
  table: 1 | 2 | 3 | 4 | 5;
  code: string;
  number: string;
  clusterName: string;
  weight?: number;
}

function tableSheet(sheet: ExcelJS.Worksheet, cluster: ClusterId, listing?: TableListing): TableSheet {
  const d = CLUSTER_DEFAULTS[cluster];
  const t: TableSheet = {
    sheet,
    name: sheet.name,
    place: placeWords(sheet.name),
    cluster,
    table: listing?.table ?? d.table,
    code: listing?.code ?? d.code,
    number: listing?.number ?? d.number,
    clusterName: listing?.name ?? d.name,
  };
  if (listing?.weight !== undefined) t.weight = listing.weight;
  return t;
}

function tableSheets(workbook: ExcelJS.Workbook, about: About, problems: Problems): TableSheet[] {
  const named = workbook.worksheets.filter((s) => clusterOfSheetName(s.name) !== undefined);
  if (about.tables.length > 0) {
    const listed = new Set(about.tables.map((t) => t.sheet));
    for (const s of named) if (!listed.has(s.name)) problems.at(placeWords(s.name), WORDS.unlisted);
    return about.tables.flatMap((listing) => {
      const sheet = workbook.getWorksheet(listing.sheet);
      const cluster = listing.cluster ?? clusterOfSheetName(listing.sheet);
      if (!sheet) {
        problems.at(placeWords(ABOUT_SHEET, listing.row), WORDS.sheetMissing(listing.sheet));
        return [];
      }
      if (!cluster) {
        problems.at(
          placeWords(ABOUT_SHEET, listing.row),
          WORDS.unknown(TABLE_LIST_HEADINGS[2], '', CLUSTER_IDS),
        );
        return [];
      }
      return [tableSheet(sheet, cluster, listing)];
    });
  }
  if (named.length === 0) {
    problems.at({ id: 'buku kerja', en: 'workbook' }, WORDS.noTables);
    return [];
  }
  const seen = new Map<ClusterId, string>();
  return named.flatMap((sheet) => {
    const cluster = clusterOfSheetName(sheet.name)!;
    const other = seen.get(cluster);
    if (other) {
      problems.at(placeWords(sheet.name), WORDS.tableTwice(other));
      return [];
    }
    seen.set(cluster, sheet.name);
    return [tableSheet(sheet, cluster)];
  });
}

// ---------------------------------------------------------------------------------------------
// Rows into a tree

type NodeDocument = CatalogGroupDocument | CatalogIndicatorDocument;

interface Frame {
  depth: number;
  code: string;
  /** 1: lettered like a programme ("A", "B.", "II."); 2: like a variable ("A1", "B 2"); 3: other. */
  numbering: 0 | 1 | 2 | 3;
  children: NodeDocument[];
  isCluster: boolean;
  segments: Set<string>;
}

function numberingOf(number: string): 1 | 2 | 3 {
  if (/^([A-Z]|[IVX]+)\.?$/.test(number)) return 1;
  if (/^[A-Z]\s*\d+\.?$/.test(number)) return 2;
  return 3;
}

/**
 * A group's depth when the Tingkat column does not say: a programme's letter is depth 1, a
 * variable's letter and number one below the programme above it (or 1 without one), anything else
 * one below the nearest of those. A row is one below the latest group.
 */
function derivedDepth(stack: readonly Frame[], isGroup: boolean, numbering: 1 | 2 | 3): number {
  const top = stack.at(-1)!;
  if (!isGroup) return top.depth + 1;
  if (numbering === 1) return 1;
  const above = [...stack].reverse().find((f) => f.numbering !== 0 && f.numbering < numbering);
  return above ? above.depth + 1 : 1;
}

/** A code from the parent's and the printed number: "A1" under UKM.A is UKM.A1, "1)" under it UKM.A1.1. */
function generatedCode(parent: Frame, number: string, position: number): string {
  let segment = number.replace(/[^0-9A-Za-z]/g, '');
  if (!segment || parent.segments.has(segment)) segment = String(position);
  parent.segments.add(segment);
  const last = parent.code.slice(parent.code.lastIndexOf('.') + 1);
  if (!parent.isCluster && segment.length > last.length && segment.startsWith(last))
    return `${parent.code.slice(0, parent.code.length - last.length)}${segment}`;
  return `${parent.code}.${segment}`;
}

function buildTree(
  table: TableSheet & { rows: SheetRow[] },
  problems: Problems,
  unique: (code: string, place: Words) => string,
): NodeDocument[] {
  const root: Frame = {
    depth: 0,
    code: table.code,
    numbering: 0,
    children: [],
    isCluster: true,
    segments: new Set(),
  };
  const stack: Frame[] = [root];
  const typed = !table.rows.some((r) => r.has('code'));
  for (const row of table.rows) {
    const place = placeWords(table.name, row.row);
    let number = row.text('number');
    let name = row.text('name');
    // Typed from the annex, a row's number often sits in its name cell: "1) Forum Kecamatan Sehat Aktif".
    const split = typed && !number ? /^(\d+[.)]|[a-z][.)]|-)\s+(.+)$/i.exec(name) : null;
    if (split) [number, name] = [split[1]!, split[2]!];
    if (!name) {
      problems.at(place, WORDS.noName);
      name = '?';
    }
    const group = isGroupRow(row);
    const numbering = numberingOf(number);

    let depth = depthOf(row, place, problems) ?? derivedDepth(stack, group, numbering);
    while (stack.length > 1 && stack.at(-1)!.depth >= depth) stack.pop();
    const parent = stack.at(-1)!;
    if (depth !== parent.depth + 1) {
      problems.at(place, WORDS.depthGap(depth));
      depth = parent.depth + 1;
    }
    const code = row.code ?? unique(generatedCode(parent, number, parent.children.length + 1), place);
    if (row.code) parent.segments.add(number.replace(/[^0-9A-Za-z]/g, ''));

    if (group) {
      const children: NodeDocument[] = [];
      parent.children.push(
        defined({
          type: 'group' as const,
          code,
          number,
          name,
          weight: row.number('weight') ?? undefined,
          printed: groupPrinted(row),
          children,
        }),
      );
      stack.push({ depth, code, numbering, children, isCluster: false, segments: new Set() });
    } else {
      parent.children.push(indicatorOf(row, { code, number, name, cluster: table.cluster }, place, problems));
    }
  }
  return root.children;
}

/** What a group row prints in Satuan, Target and Sasaran (Table 2 F1 7, Table 5 A5 6); none when blank. */
function groupPrinted(row: SheetRow): GroupPrinted | undefined {
  const printed = { unit: row.text('unit'), target: row.text('target'), sasaran: row.text('sasaran') };
  return printed.unit || printed.target || printed.sasaran ? printed : undefined;
}

function depthOf(row: SheetRow, place: Words, problems: Problems): number | undefined {
  const text = row.text('depth');
  if (!text) return undefined;
  const depth = Number(text);
  if (Number.isInteger(depth) && depth >= 1) return depth;
  problems.at(place, WORDS.depth(text));
  return undefined;
}

const LEVEL_KEYS: [RubricLevel, ColumnKey][] = [
  [0, 'level0'],
  [4, 'level4'],
  [7, 'level7'],
  [10, 'level10'],
];

/**
 * A heading row (programme, variable, sub-variable): Jenis "kelompok", or, without a Jenis, a row
 * with nothing in Satuan, Target and Sasaran — on a sheet with level texts, nothing in those: the
 * annex prints Table 5's "6 Laporan keuangan BLUD" with a target above its items a–f.
 */
function isGroupRow(row: SheetRow): boolean {
  const kind = normalised(row.text('kind'));
  if (kind) return kind === GROUP_WORD;
  const levels = LEVEL_KEYS.some(([, key]) => row.text(key) !== '');
  const levelSheet = LEVEL_KEYS.some(([, key]) => row.has(key));
  return !levels && !row.text('unit') && !row.text('sasaran') && (levelSheet || !row.text('target'));
}

/** "‰", "Per 1000 pddk", "Per 100.000 kelahiran hidup", "per 100 rb pendk", "/100.000 pend": the N. */
export function perOfUnit(unit: string): number | undefined {
  if (unit.includes('‰')) return 1000;
  const m = /(?:per|\/)\s*(\d{1,3}(?:[.\s]?\d{3})*)\s*(rb|ribu)?\b/i.exec(unit);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/[.\s]/g, '')) * (m[2] ? 1000 : 1);
  return n >= 10 ? n : undefined;
}

const isPercent = (unit: string) => /^%$|persen/i.test(unit.trim());
const isDuration = (unit: string) => /^(jam|hari|menit)$/i.test(unit.trim());

function indicatorOf(
  row: SheetRow,
  at: { code: string; number: string; name: string; cluster: ClusterId },
  place: Words,
  problems: Problems,
): CatalogIndicatorDocument {
  const unit = row.text('unit');
  const printed = row.text('target');
  const sasaran = row.text('sasaran');
  const levels = LEVEL_KEYS.map(([level, key]) => [level, row.text(key)] as const);
  const hasLevels = levels.some(([, text]) => text !== '');
  const parsed = parseNumericTarget(printed);
  const comparatorCell = word(row, 'comparator', Object.keys(COMPARATOR_WORDS), problems, place);
  const comparatorGiven = comparatorCell === undefined ? undefined : COMPARATOR_WORDS[comparatorCell];

  const direction: Direction =
    word(row, 'direction', ['higher', 'lower'] as const, problems, place) ??
    (['<', '<='].includes(comparatorGiven ?? parsed?.comparator ?? '') ? 'lower' : 'higher');
  const kind: IndicatorKind =
    word(row, 'kind', KINDS, problems, place) ??
    (hasLevels
      ? 'rubric'
      : /^maks/i.test(printed)
        ? 'ontime'
        : /^(ya|ada)\s*\/\s*t(i)?(da)?k/i.test(unit) || /^(ya|ada)$/i.test(printed)
          ? 'yesno'
          : perOfUnit(unit) !== undefined
            ? 'rate'
            : isPercent(unit) && direction === 'higher'
              ? 'coverage'
              : 'value');

  const derived = derivedTarget(kind, printed, direction);
  const valueCell = row.number('value', true);
  if (!derived && valueCell === undefined) problems.at(place, WORDS.target(printed));
  const target = defined({
    printed,
    value: valueCell !== undefined ? valueCell : (derived?.value ?? null),
    comparator: comparatorGiven ?? derived?.comparator ?? (direction === 'lower' ? '<=' : '>='),
    min: row.number('min') ?? undefined,
    max: row.number('max') ?? undefined,
  });

  const entry: EntryShape = word(row, 'entry', ENTRIES, problems, place) ?? derivedEntry(kind, unit);
  let per = row.number('per') ?? undefined;
  if (per === undefined && kind === 'rate') {
    per = perOfUnit(unit);
    if (per === undefined) problems.at(place, WORDS.perUnknown(unit));
  }
  const scale = row.number('scale') ?? (entry === 'ratio' ? (isDuration(unit) ? 1 : 100) : undefined);
  const numerator = row.text('numerator');
  const denominator = row.text('denominator');

  return defined({
    type: 'indicator' as const,
    code: at.code,
    number: at.number,
    name: at.name,
    unit,
    kind,
    direction,
    per,
    target,
    sasaran,
    entry,
    scale,
    nothingToCount: word(row, 'nothingToCount', ['exclude', 'missing'] as const, problems, place),
    targetScope: word(row, 'targetScope', ['district'] as const, problems, place, {
      kabupaten: 'district',
      'kabupaten/kota': 'district',
      kota: 'district',
    }),
    requires: listOf(row.text('requires')),
    cadence: word(row, 'cadence', ['weekly'] as const, problems, place, { mingguan: 'weekly' }),
    appliesTo:
      word(row, 'appliesTo', ['all', 'rawat-inap'] as const, problems, place, {
        semua: 'all',
        'rawat inap': 'rawat-inap',
      }) ?? 'all',
    optional: yesNo(row, 'optional', problems, place) ?? at.cluster === 'ukm-pengembangan',
    sameAs: row.text('sameAs') || undefined,
    previousCode: row.text('previousCode') || undefined,
    rubric: kind === 'rubric' ? rubricOf(row, printed, levels, place, problems) : undefined,
    counts:
      numerator || denominator ? defined({ numerator, denominator: denominator || undefined }) : undefined,
    interpretation: row.text('interpretation') || undefined,
  });
}

/**
 * The number and comparator a printed target means for a row of this kind; null when the kind needs
 * a number and the text is none. On time is 100 % of months ("Maks tgl 5"), yes/no is yes; a Table 5
 * item's target is often words ("Setiap bulan"), which leave it without a number.
 */
function derivedTarget(
  kind: IndicatorKind,
  printed: string,
  direction: Direction,
): { value: number | null; comparator: Comparator } | null {
  if (kind === 'ontime') return { value: 100, comparator: '>=' };
  if (kind === 'yesno') return { value: 1, comparator: '=' };
  if (kind === 'rubric' || kind === 'range') {
    const parsed = parseNumericTarget(printed);
    return { value: parsed?.value ?? null, comparator: parsed?.comparator ?? '>=' };
  }
  return readPrintedTarget(printed, direction);
}

/**
 * How the months are entered, when the Isian column does not say: a coverage or a rate counts
 * against the annual sasaran, a percentage or a duration that is no coverage is a monthly numerator
 * and denominator, any other value a count summed over the months.
 */
function derivedEntry(kind: IndicatorKind, unit: string): EntryShape {
  switch (kind) {
    case 'coverage':
    case 'rate':
      return 'count';
    case 'yesno':
      return 'yesno';
    case 'ontime':
      return 'ontime';
    case 'rubric':
      return 'annual';
    case 'range':
      return 'level';
    case 'value':
      return isPercent(unit) || isDuration(unit) ? 'ratio' : 'amount';
  }
}

function rubricOf(
  row: SheetRow,
  printed: string,
  levels: readonly (readonly [RubricLevel, string])[],
  place: Words,
  problems: Problems,
): NonNullable<CatalogIndicatorDocument['rubric']> {
  if (!LEVEL_KEYS.some(([, key]) => row.has(key))) problems.at(place, WORDS.noLevelColumns);
  else
    for (const [level, text] of levels)
      if ((level === 0 || level === 10) && !text) problems.at(place, WORDS.levelMissing(level));
  const text = (level: RubricLevel) => levels.find(([l]) => l === level)![1];
  const bandsText = row.text('bands');
  let bands: RubricBand[] | undefined;
  if (bandsText) {
    bands = bandsOf(bandsText);
    if (!bands) problems.at(place, WORDS.bands(bandsText));
  }
  const percentTarget = parseNumericTarget(printed) !== null && /%\s*$/.test(printed);
  return defined({
    target: printed,
    levels: { '0': text(0), '4': text(4), '7': text(7), '10': text(10) },
    input:
      word(row, 'input', ['level', 'percent'] as const, problems, place) ??
      (percentTarget ? 'percent' : 'level'),
    bands,
    mustRise: yesNo(row, 'mustRise', problems, place) || undefined,
    definition: row.text('definition') || undefined,
  });
}

/** "≥ 40: 4; ≥ 60: 7; > 0: 4" (bandsText's words) as bands; undefined when any part is not of that shape. */
export function bandsOf(text: string): RubricBand[] | undefined {
  const bands: RubricBand[] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(≥|>=|>)?\s*(-?\d+(?:[.,]\d+)?)\s*:\s*(0|4|7|10)$/.exec(part);
    if (!m) return undefined;
    const band: RubricBand = { from: Number(m[2]!.replace(',', '.')), level: Number(m[3]) as RubricLevel };
    if (m[1] === '>') band.exclusive = true;
    bands.push(band);
  }
  return bands.length > 0 ? bands : undefined;
}
