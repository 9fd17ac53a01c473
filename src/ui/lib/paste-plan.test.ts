import { describe, expect, it } from 'vitest';
import { parseClipboardBlock } from './clipboard.ts';
import type { EntryField } from './entry-fields.ts';
import { planPasteBlock, type PasteIndicator, type PastePlan } from './paste-plan.ts';

interface Ind extends PasteIndicator {
  number: string;
}
const ind = (code: string, name: string, fields: EntryField[], applicable = true): Ind => ({
  code,
  name,
  number: '1',
  fields,
  applicable,
});
const K1 = ind('SPM.01', 'Pelayanan kesehatan ibu hamil', ['numerator']);
const BUMIL = ind('SPM.02', 'Pelayanan kesehatan ibu bersalin', ['numerator']);
const POSY = ind('UKM.A1.2', 'Cakupan Posyandu Mandiri', ['numerator', 'denominator']);
const FORUM = ind('UKM.A1.1', 'Forum Kecamatan Sehat Aktif', ['flag']);
const BEDS = ind('UKP.B1', 'BOR rawat inap', ['value'], false);
const indicators = [K1, BUMIL, POSY, FORUM, BEDS];
const lines = indicators.flatMap((indicator) => indicator.fields.map((field) => ({ indicator, field })));
const months = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);

/** What the grid shows now: SPM.01 has 10 in every month, the ratio 5 of 8, the flag ya; the rest empty. */
const shown = (indicator: Ind, field: EntryField): string => {
  if (indicator === K1) return '10';
  if (indicator === POSY) return field === 'numerator' ? '5' : '8';
  if (indicator === FORUM) return 'ya';
  return '';
};
const grid = { lines, indicators, months, shown };

const plan = (text: string, row = 0, col = 0): PastePlan<Ind> =>
  planPasteBlock(parseClipboardBlock(text), { row, col }, grid, 'id');
const changes = (p: PastePlan<Ind>) =>
  p.changes.map((c) => `${c.indicator.code}|${c.field}|${c.month}: ${c.from} → ${c.to}`);

describe('planPasteBlock: a bare block, line by line from the focused cell', () => {
  it('lists each cell it changes, old → new in the user format, and counts the same ones', () => {
    const p = plan('10\t1234\n7\t8\n', 0, 0);
    expect(p.mode).toBe('by-line');
    expect(changes(p)).toEqual([
      'SPM.01|numerator|2023-02: 10 → 1.234',
      'SPM.02|numerator|2023-01:  → 7',
      'SPM.02|numerator|2023-02:  → 8',
    ]);
    expect(p.same).toBe(1);
  });

  it.each([
    ['an empty cell', '\t12\n'],
    ['a dash', '-\t12\n'],
    ['an en dash', '–\t12\n'],
  ])('never erases a stored value with %s: it is listed apart, to clear only on request', (_name, text) => {
    const p = plan(text, 0, 0);
    expect(changes(p)).toEqual(['SPM.01|numerator|2023-02: 10 → 12']);
    expect(p.blanks.map((c) => `${c.indicator.code}|${c.month}: ${c.from} → ${c.to}`)).toEqual([
      'SPM.01|2023-01: 10 → ',
    ]);
  });

  it('says nothing of an empty cell over an empty cell', () => {
    expect(plan('\t\n', 1, 0).blanks).toEqual([]);
  });

  it('marks a value that cannot be saved, with its reason', () => {
    expect(plan('dua\t-3\n', 1, 0).changes.map((c) => c.problem)).toEqual(['not-a-number', 'negative']);
  });

  it('lists the cells past the last month and the last line, and the lines that do not apply', () => {
    const p = plan('1\t2\t3\n4\t5\t6\n', 5, 10);
    expect(p.unplaced).toEqual([
      { row: 1, label: 'BOR rawat inap', reason: 'not-applicable', cells: 3 },
      { row: 2, label: '4', reason: 'outside', cells: 3 },
    ]);
  });

  it('reads ya/tidak into a flag line and tells it from what is there', () => {
    expect(changes(plan('tidak\tya\n', 4, 0))).toEqual(['UKM.A1.1|flag|2023-01: ya → tidak']);
  });
});

describe('planPasteBlock: a block with the workbook headings and the indicators names, by indicator', () => {
  const sheet = [
    'No\tIndikator\tJan\tFeb',
    'A.\tSPM',
    '2\tPelayanan kesehatan ibu bersalin\t3\t4',
    '1\tPELAYANAN KESEHATAN IBU HAMIL\t11\t-',
    '3\tCakupan Posyandu Mandiri\t6\t7',
    '\tPenyebut\t9\t9',
    '4\tForum Kecamatan Sehat Aktif\tya\ttidak',
    '5\tIndikator yang tidak ada\t1\t2',
    '6\tBOR rawat inap\t70\t80',
    '',
  ].join('\n');

  it('places each row on its indicator whatever its order, a ratio denominator on the row under it', () => {
    const p = plan(sheet, 0, 5);
    expect(p.mode).toBe('by-indicator');
    expect(changes(p)).toEqual([
      'SPM.02|numerator|2023-01:  → 3',
      'SPM.02|numerator|2023-02:  → 4',
      'SPM.01|numerator|2023-01: 10 → 11',
      'UKM.A1.2|numerator|2023-01: 5 → 6',
      'UKM.A1.2|numerator|2023-02: 5 → 7',
      'UKM.A1.2|denominator|2023-01: 8 → 9',
      'UKM.A1.2|denominator|2023-02: 8 → 9',
      'UKM.A1.1|flag|2023-02: ya → tidak',
    ]);
    expect(p.blanks).toHaveLength(1);
    expect(p.same).toBe(1);
    expect(p.headings).toBe(2);
  });

  it('places the columns by the month names of the heading row, not by the focused cell', () => {
    expect(plan(sheet, 0, 7).changes[0]?.month).toBe('2023-01');
  });

  it('lists the rows it cannot place, with their label and why', () => {
    expect(plan(sheet, 0, 0).unplaced).toEqual([
      { row: 8, label: '5 Indikator yang tidak ada', reason: 'unknown-indicator', cells: 2 },
      { row: 9, label: '6 BOR rawat inap', reason: 'not-applicable', cells: 2 },
    ]);
  });

  it('matches by code, the months following the focused cell when no heading names them', () => {
    const p = plan('spm.02\t1\t2\nSPM.01\t\t12\n', 0, 10);
    expect(changes(p)).toEqual([
      'SPM.02|numerator|2023-11:  → 1',
      'SPM.02|numerator|2023-12:  → 2',
      'SPM.01|numerator|2023-12: 10 → 12',
    ]);
  });

  it('lists a second row for an indicator that has one line', () => {
    expect(plan('SPM.02\t1\nSPM.02\t2\n', 0, 0).unplaced).toEqual([
      { row: 2, label: 'SPM.02', reason: 'extra-line', cells: 1 },
    ]);
  });

  it('reads a block whose first column is text that names no indicator line by line (a typo stays a typo)', () => {
    const p = plan('dua\t5\n', 1, 0);
    expect(p.mode).toBe('by-line');
    expect(p.changes.map((c) => c.problem)).toEqual(['not-a-number', null]);
  });
});
