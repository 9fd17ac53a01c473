// The monthly entry workbook's layout, shared by its export and its import: which sheet, which row
// the headings are on, which column holds what, and the words of each field. A workbook carries its
// template id and version on a hidden sheet, so the import knows it is reading this layout.
import type { EntryField } from '../../domain/assessment/entry-fields.ts';

export const ENTRY_TEMPLATE = { id: 'pkp-isian-bulanan', version: 1 } as const;

export const ENTRY_SHEET = 'Isian bulanan';
/** Very hidden (not listed by Excel's "Unhide"): the template, the Puskesmas and the year. */
export const META_SHEET = 'pkp';

export const META_KEYS = {
  template: 'template',
  version: 'versi',
  puskesmas: 'puskesmas',
  year: 'tahun',
  exportedAt: 'diekspor',
} as const;

export const ENTRY_HEADER_ROW = 4;

/** 1-based columns. */
export const ENTRY_COLUMNS = {
  code: 1,
  place: 2,
  number: 3,
  name: 4,
  unit: 5,
  field: 6,
  counts: 7,
  /** January; December is `firstMonth + 11`. */
  firstMonth: 8,
} as const;

export const ENTRY_HEADINGS = [
  'Kode',
  'Klaster / program / variabel',
  'No',
  'Indikator',
  'Satuan',
  'Isian',
  'Yang dihitung',
] as const;

export const MONTH_HEADINGS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
] as const;
const MONTH_HEADINGS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export const FIELD_WORDS: Record<EntryField, { id: string; en: string }> = {
  numerator: { id: 'Pembilang', en: 'Numerator' },
  denominator: { id: 'Penyebut', en: 'Denominator' },
  value: { id: 'Nilai', en: 'Value' },
  flag: { id: 'Ya/Tidak', en: 'Yes/No' },
};

/** The field a row's "Isian" words name, whatever their case and spacing. */
export function fieldOfWords(words: string): EntryField | null {
  const key = words.trim().toLowerCase().replace(/\s+/g, '');
  for (const [field, w] of Object.entries(FIELD_WORDS) as [EntryField, { id: string; en: string }][]) {
    if (key === w.id.toLowerCase().replace(/\s+/g, '') || key === w.en.toLowerCase().replace(/\s+/g, ''))
      return field;
  }
  return null;
}

/** Excel's letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "lembar 'Isian bulanan', baris 12, kolom J (Mar)" and its English, for a conflict or a change. */
export function cellPlace(
  sheet: string,
  rows: readonly number[],
  column?: number,
): { id: string; en: string } {
  const rowsId = rows.length > 1 ? `baris ${rows.join(' dan ')}` : `baris ${rows[0]}`;
  const rowsEn = rows.length > 1 ? `rows ${rows.join(' and ')}` : `row ${rows[0]}`;
  if (column === undefined) return { id: `lembar '${sheet}', ${rowsId}`, en: `sheet '${sheet}', ${rowsEn}` };
  const month = column - ENTRY_COLUMNS.firstMonth;
  const inMonths = month >= 0 && month < 12;
  const id = inMonths ? ` (${MONTH_HEADINGS[month]})` : '';
  const en = inMonths ? ` (${MONTH_HEADINGS_EN[month]})` : '';
  const letters = columnLetters(column);
  return {
    id: `lembar '${sheet}', ${rowsId}, kolom ${letters}${id}`,
    en: `sheet '${sheet}', ${rowsEn}, column ${letters}${en}`,
  };
}
