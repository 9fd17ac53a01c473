// A district's Puskesmas as a CSV list (docs/districts.md): code, name, rawat inap. Read as a
// spreadsheet saves it — a BOM, CRLF, `;` where the decimal comma takes `,` — and every problem of the
// list named by its row and field, so that the list is fixed in one pass.
import { UNIT_CODE_PATTERN } from '../shared/api/districts.schema.ts';
import { AppError } from '../shared/errors.ts';

export interface PuskesmasCsvRow {
  /** The row's line in the file (the header is line 1), as a spreadsheet numbers it. */
  line: number;
  code: string;
  name: string;
  rawatInap: boolean;
}

export type PuskesmasCsvField = 'code' | 'name' | 'rawat_inap';

/** A problem of the list, in words, naming its row (null: the file as a whole) and field. */
export interface PuskesmasCsvIssue {
  line: number | null;
  field: PuskesmasCsvField | null;
  id: string;
  en: string;
}

/** The header names each column is known by, Indonesian and English, after `headerKey`. */
const COLUMNS: Record<PuskesmasCsvField, readonly string[]> = {
  code: ['kode', 'code', 'kode_puskesmas'],
  name: ['nama', 'name', 'nama_puskesmas'],
  rawat_inap: ['rawat_inap', 'rawatinap', 'inpatient'],
};

/** How each field is named in the messages: the Indonesian header, and the English one. */
const FIELD_WORDS: Record<PuskesmasCsvField, { id: string; en: string }> = {
  code: { id: 'kode', en: 'code' },
  name: { id: 'nama', en: 'name' },
  rawat_inap: { id: 'rawat_inap', en: 'rawat_inap' },
};

// No one-letter forms: "t" reads as tidak to one officer and as true to another.
const YES = new Set(['ya', 'true', '1', 'yes']);
const NO = new Set(['tidak', 'false', '0', 'no']);

function headerKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** One record of the file: its cells and the line it starts on. */
interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 records: `"` quotes a cell (a doubled `""` is one quote) that may hold the separator or a
 * line break. Lines with nothing on them are skipped, their numbers kept.
 */
function records(text: string, separator: string): { records: CsvRecord[]; unclosedAt: number | null } {
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    if (touched || cells.length > 1 || cell.trim() !== '') out.push({ line: start, cells });
    cells = [];
    cell = '';
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      touched = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) return { records: out, unclosedAt: start };
  endRecord();
  return { records: out, unclosedAt: null };
}

/** `;` when the header line has more of them than commas (a spreadsheet set to Indonesian), else `,`. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function issue(
  line: number | null,
  field: PuskesmasCsvField | null,
  id: string,
  en: string,
): PuskesmasCsvIssue {
  const where = (lang: 'id' | 'en') => {
    const row =
      line === null ? (lang === 'id' ? 'berkas' : 'file') : `${lang === 'id' ? 'baris' : 'row'} ${line}`;
    return field === null ? row : `${row}, ${FIELD_WORDS[field][lang]}`;
  };
  return { line, field, id: `${where('id')}: ${id}`, en: `${where('en')}: ${en}` };
}

/**
 * The rows of a Puskesmas list, or every problem it has (a missing column, an empty code or name, a
 * code twice, a rawat inap that is not ya/tidak). Whether a code is used elsewhere is the caller's
 * question: it needs the database.
 */
export function readPuskesmasCsv(input: string): {
  rows: PuskesmasCsvRow[];
  /** Every well-formed code of the list with its row, the rows with other problems too: what to look up. */
  codes: { line: number; code: string }[];
  issues: PuskesmasCsvIssue[];
} {
  const text = input.replace(/^\uFEFF/, '');
  const { records: all, unclosedAt } = records(text, separatorOf(text));
  const issues: PuskesmasCsvIssue[] = [];
  if (unclosedAt !== null)
    issues.push(
      issue(unclosedAt, null, 'tanda kutip (") tidak ditutup', 'a quotation mark (") is never closed'),
    );
  const [header, ...body] = all;
  if (!header)
    return { rows: [], codes: [], issues: [issue(null, null, 'berkas kosong', 'the file is empty')] };

  const keys = header.cells.map(headerKey);
  const column = {} as Record<PuskesmasCsvField, number>;
  for (const field of Object.keys(COLUMNS) as PuskesmasCsvField[]) {
    const index = keys.findIndex((k) => COLUMNS[field].includes(k));
    if (index < 0) {
      const names = COLUMNS[field].slice(0, 2).join(' / ');
      issues.push(
        issue(
          header.line,
          null,
          `kolom ${FIELD_WORDS[field].id} tidak ada (judul kolom: ${names})`,
          `there is no ${FIELD_WORDS[field].en} column (header: ${names})`,
        ),
      );
    }
    column[field] = index;
  }
  // Without its columns (or its end) the rest of the file cannot be read row by row.
  if (issues.length > 0) return { rows: [], codes: [], issues };
  if (body.length === 0)
    return {
      rows: [],
      codes: [],
      issues: [issue(null, null, 'tidak ada baris Puskesmas', 'there is no Puskesmas row')],
    };

  const rows: PuskesmasCsvRow[] = [];
  const codes: { line: number; code: string }[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cells } of body) {
    if (cells.length > header.cells.length) {
      issues.push(
        issue(
          line,
          null,
          `${cells.length} kolom, judul hanya ${header.cells.length} (nama dengan pemisah perlu tanda kutip)`,
          `${cells.length} cells, the header has ${header.cells.length} (a name holding the separator needs quotes)`,
        ),
      );
      continue;
    }
    const cell = (field: PuskesmasCsvField) => (cells[column[field]] ?? '').trim();
    const code = cell('code');
    const name = cell('name');
    const rawat = cell('rawat_inap').toLowerCase();
    let ok = true;
    if (code === '') {
      issues.push(issue(line, 'code', 'kosong', 'empty'));
      ok = false;
    } else if (!UNIT_CODE_PATTERN.test(code)) {
      issues.push(
        issue(
          line,
          'code',
          `"${code}": hanya huruf, angka, titik, garis bawah dan tanda hubung, paling panjang 40`,
          `"${code}": letters, digits, dots, underscores and hyphens only, at most 40`,
        ),
      );
      ok = false;
    } else {
      const first = firstLineOf.get(code.toUpperCase());
      if (first !== undefined) {
        issues.push(
          issue(line, 'code', `${code} sudah ada di baris ${first}`, `${code} is already on row ${first}`),
        );
        ok = false;
      } else {
        firstLineOf.set(code.toUpperCase(), line);
        codes.push({ line, code });
      }
    }
    if (name === '') {
      issues.push(issue(line, 'name', 'kosong', 'empty'));
      ok = false;
    }
    const rawatInap = YES.has(rawat) ? true : NO.has(rawat) ? false : undefined;
    if (rawatInap === undefined) {
      const shown = rawat === '' ? 'kosong' : `"${cell('rawat_inap')}"`;
      const shownEn = rawat === '' ? 'empty' : `"${cell('rawat_inap')}"`;
      issues.push(
        issue(
          line,
          'rawat_inap',
          `${shown}: isi ya atau tidak (juga true/false, 1/0)`,
          `${shownEn}: write ya or tidak (or true/false, 1/0)`,
        ),
      );
      ok = false;
    }
    if (ok) rows.push({ line, code, name, rawatInap: rawatInap! });
  }
  return { rows, codes, issues };
}

/** PUSKESMAS_CSV_INVALID with every issue, one line each, in both languages (as CATALOG_INVALID). */
export function puskesmasCsvInvalid(issues: readonly PuskesmasCsvIssue[]): AppError {
  return new AppError(
    'PUSKESMAS_CSV_INVALID',
    {
      count: issues.length,
      issues: issues.map((i) => i.id).join('\n'),
      issuesEn: issues.map((i) => i.en).join('\n'),
    },
    { status: 400 },
  );
}
