// A district's Puskesmas list as a spreadsheet saves it, and every problem of it named by row and field.
import { describe, expect, it } from 'vitest';
import { puskesmasCsvInvalid, readPuskesmasCsv } from './puskesmas-csv.ts';

const KUDUS = [
  { line: 2, code: 'P3319001', name: 'Puskesmas Purwosari', rawatInap: false },
  { line: 3, code: 'P3319002', name: 'Puskesmas Jati', rawatInap: true },
];

describe('reading a Puskesmas list', () => {
  const good: [string, string][] = [
    [
      'Indonesian headers, commas',
      'kode,nama,rawat_inap\nP3319001,Puskesmas Purwosari,tidak\nP3319002,Puskesmas Jati,ya\n',
    ],
    [
      'English headers',
      'code,name,rawat_inap\nP3319001,Puskesmas Purwosari,false\nP3319002,Puskesmas Jati,true',
    ],
    [
      'a BOM, CRLF and semicolons (a spreadsheet set to Indonesian)',
      '\uFEFFKode;Nama;Rawat Inap\r\nP3319001;Puskesmas Purwosari;0\r\nP3319002;Puskesmas Jati;1\r\n',
    ],
    [
      'columns in another order, one more',
      'nama,kecamatan,rawat_inap,kode\nPuskesmas Purwosari,Kota,TIDAK,P3319001\nPuskesmas Jati,Jati,Ya,P3319002',
    ],
    [
      'blank lines between rows',
      'kode,nama,rawat_inap\n\nP3319001,Puskesmas Purwosari,tidak\n\nP3319002,Puskesmas Jati,ya\n\n',
    ],
  ];
  it.each(good)('reads %s', (_what, text) => {
    const { rows, issues } = readPuskesmasCsv(text);
    expect(issues).toEqual([]);
    expect(rows.map(({ code, name, rawatInap }) => ({ code, name, rawatInap }))).toEqual(
      KUDUS.map(({ code, name, rawatInap }) => ({ code, name, rawatInap })),
    );
  });

  it('numbers rows as the file does, blank lines counted', () => {
    const { rows } = readPuskesmasCsv('kode,nama,rawat_inap\n\nP1,A,ya\nP2,B,tidak');
    expect(rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('reads a quoted name holding the separator and a doubled quote', () => {
    const { rows, issues } = readPuskesmasCsv('kode,nama,rawat_inap\nP1,"Puskesmas ""Kota"", Kudus",ya\n');
    expect(issues).toEqual([]);
    expect(rows[0]!.name).toBe('Puskesmas "Kota", Kudus');
  });

  const bad: [string, string, string[]][] = [
    ['an empty file', '', ['berkas: berkas kosong']],
    ['a header only', 'kode,nama,rawat_inap\n', ['berkas: tidak ada baris Puskesmas']],
    [
      'a missing column',
      'kode,nama\nP1,A',
      ['baris 1: kolom rawat_inap tidak ada (judul kolom: rawat_inap / rawatinap)'],
    ],
    [
      'an empty code and name',
      'kode,nama,rawat_inap\n,,ya',
      ['baris 2, kode: kosong', 'baris 2, nama: kosong'],
    ],
    ['a code twice', 'kode,nama,rawat_inap\nP1,A,ya\np1,B,tidak', ['baris 3, kode: p1 sudah ada di baris 2']],
    [
      'a code with a space',
      'kode,nama,rawat_inap\nP 1,A,ya',
      ['baris 2, kode: "P 1": hanya huruf, angka, titik, garis bawah dan tanda hubung, paling panjang 40'],
    ],
    [
      'an unreadable rawat inap',
      'kode,nama,rawat_inap\nP1,A,mungkin\nP2,B,',
      [
        'baris 2, rawat_inap: "mungkin": isi ya atau tidak (juga true/false, 1/0)',
        'baris 3, rawat_inap: kosong: isi ya atau tidak (juga true/false, 1/0)',
      ],
    ],
    [
      'a name holding the separator, unquoted',
      'kode,nama,rawat_inap\nP1,Puskesmas Kota, Kudus,ya',
      ['baris 2: 4 kolom, judul hanya 3 (nama dengan pemisah perlu tanda kutip)'],
    ],
    ['a quote never closed', 'kode,nama,rawat_inap\nP1,"A,ya\n', ['baris 2: tanda kutip (") tidak ditutup']],
  ];
  it.each(bad)('names every problem of %s by row and field', (_what, text, expected) => {
    const { issues } = readPuskesmasCsv(text);
    expect(issues.map((i) => i.id)).toEqual(expected);
  });

  it('says the same in English, and keeps the good rows beside the bad', () => {
    const { rows, issues } = readPuskesmasCsv('code,name,rawat_inap\nP1,A,yes\nP1,,maybe');
    expect(rows.map((r) => r.code)).toEqual(['P1']);
    expect(issues.map((i) => i.en)).toEqual([
      'row 3, code: P1 is already on row 2',
      'row 3, name: empty',
      'row 3, rawat_inap: "maybe": write ya or tidak (or true/false, 1/0)',
    ]);
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'code'],
      [3, 'name'],
      [3, 'rawat_inap'],
    ]);
  });

  it('makes one PUSKESMAS_CSV_INVALID of all the problems, one line each', () => {
    const { issues } = readPuskesmasCsv('kode,nama,rawat_inap\n,,');
    const error = puskesmasCsvInvalid(issues);
    expect([error.code, error.status, error.params.count]).toEqual(['PUSKESMAS_CSV_INVALID', 400, 3]);
    expect(error.localized('id')).toBe(
      'Kabupaten/kota tidak ditambahkan: 3 masalah pada daftar Puskesmas (semua disebut per baris).',
    );
    expect(String(error.params.issues).split('\n')).toHaveLength(3);
  });
});
