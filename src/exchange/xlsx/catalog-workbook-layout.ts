// The annex workbook's layout, shared by its writer and its reader: one sheet per table of the
// decree's annex with the columns it prints, then the columns pkp scores by that an annex does not
// print, and a Tentang sheet for the catalog as a whole (docs/catalog-format.md#the-annex-workbook).
// The reader finds every column by its heading, so a workbook typed from the decree needs only the
// printed ones, in any order.
import type { ClusterId } from '../../domain/catalog/types.ts';

export const CATALOG_WORKBOOK = { id: 'pkp-katalog-lampiran', version: 1 } as const;

export const ABOUT_SHEET = 'Tentang';

/** Sheet names (Excel allows 31 characters), as the Tables 1–5 workbook names them. */
export const CLUSTER_SHEETS: Record<ClusterId, string> = {
  spm: 'Tabel 1 SPM',
  'ukm-esensial': 'Tabel 2 UKM Esensial',
  'ukm-pengembangan': 'Tabel 3 UKM Pengembangan',
  ukp: 'Tabel 4 UKP',
  manajemen: 'Tabel 5 Manajemen',
  mutu: 'Tabel 5 Mutu',
};

/** What a table is when the workbook does not say (no Tentang sheet): the decree's own headings. */
export const CLUSTER_DEFAULTS: Record<
  ClusterId,
  { table: 1 | 2 | 3 | 4 | 5; code: string; number: string; name: string }
> = {
  spm: { table: 1, code: 'SPM', number: 'A.', name: 'Kinerja dan Target Standar Pelayanan Minimal (SPM)' },
  'ukm-esensial': {
    table: 2,
    code: 'UKM',
    number: 'B.',
    name: 'Indikator Kinerja UKM Esensial dan Keperawatan Kesehatan Masyarakat',
  },
  'ukm-pengembangan': {
    table: 3,
    code: 'UKMP',
    number: 'C.',
    name: 'Indikator Kinerja UKM Pengembangan',
  },
  ukp: { table: 4, code: 'UKP', number: 'D.', name: 'Indikator Kinerja Upaya Kesehatan Perorangan (UKP)' },
  manajemen: { table: 5, code: 'MAN', number: 'A', name: 'Manajemen Puskesmas' },
  mutu: { table: 5, code: 'MUT', number: 'B', name: 'Manajemen Mutu' },
};

/**
 * Which table a sheet is, by its name: "Tabel 1 …" to "Tabel 4 …", and "Tabel 5 …" for management
 * unless it says Mutu. Undefined for any other sheet (Tentang, notes of the district's own).
 */
export function clusterOfSheetName(name: string): ClusterId | undefined {
  const m = /^\s*tabel\s*([1-5])\b/i.exec(name);
  if (!m) return undefined;
  const byTable: Record<string, ClusterId> = {
    '1': 'spm',
    '2': 'ukm-esensial',
    '3': 'ukm-pengembangan',
    '4': 'ukp',
  };
  if (m[1] === '5') return /mutu/i.test(name) ? 'mutu' : 'manajemen';
  return byTable[m[1]!];
}

export type ColumnKey =
  | 'number'
  | 'name'
  | 'unit'
  | 'target'
  | 'sasaran'
  | 'level0'
  | 'level4'
  | 'level7'
  | 'level10'
  | 'code'
  | 'depth'
  | 'kind'
  | 'direction'
  | 'comparator'
  | 'value'
  | 'min'
  | 'max'
  | 'per'
  | 'entry'
  | 'scale'
  | 'nothingToCount'
  | 'targetScope'
  | 'requires'
  | 'cadence'
  | 'appliesTo'
  | 'optional'
  | 'sameAs'
  | 'previousCode'
  | 'weight'
  | 'input'
  | 'bands'
  | 'mustRise'
  | 'definition'
  | 'numerator'
  | 'denominator'
  | 'interpretation';

export interface ColumnSpec {
  key: ColumnKey;
  heading: string;
  width: number;
}

/** The columns the annex prints, with the headings they are written under. */
export const PRINTED_COLUMNS: Record<
  'number' | 'name' | 'unit' | 'target' | 'sasaran' | 'level0' | 'level4' | 'level7' | 'level10',
  ColumnSpec
> = {
  number: { key: 'number', heading: 'No', width: 6 },
  name: { key: 'name', heading: 'Indikator', width: 50 },
  unit: { key: 'unit', heading: 'Satuan', width: 12 },
  target: { key: 'target', heading: 'Target', width: 14 },
  sasaran: { key: 'sasaran', heading: 'Sasaran', width: 20 },
  level0: { key: 'level0', heading: 'Nilai 0', width: 22 },
  level4: { key: 'level4', heading: 'Nilai 4', width: 22 },
  level7: { key: 'level7', heading: 'Nilai 7', width: 22 },
  level10: { key: 'level10', heading: 'Nilai 10', width: 22 },
};

/**
 * The columns pkp scores by, to the right of the printed ones. `values` is what a cell may hold (the
 * document format's words, docs/catalog-format.md), `meaning` what the column is, both for the
 * legend on the Tentang sheet. `rubric` columns are written only on sheets with Table 5 items.
 */
export const EXTRA_COLUMNS: readonly (ColumnSpec & { meaning: string; values: string; rubric?: true })[] = [
  {
    key: 'code',
    heading: 'Kode',
    width: 14,
    meaning: 'kode tetap baris atau kelompok, unik dalam katalog',
    values: 'teks, mis. UKM.A1.1',
  },
  {
    key: 'depth',
    heading: 'Tingkat',
    width: 8,
    meaning: 'kedalaman dalam tabel: 1 langsung di bawah tabel, 2 di bawah kelompok tingkat 1, …',
    values: '1, 2, 3, …',
  },
  {
    key: 'kind',
    heading: 'Jenis',
    width: 11,
    meaning: 'kelompok (program/variabel), atau cara indikator dinilai (docs/scoring.md#kinds)',
    values: 'kelompok, coverage, rate, value, range, yesno, ontime, rubric',
  },
  {
    key: 'direction',
    heading: 'Arah',
    width: 9,
    meaning: 'higher: makin tinggi makin baik; lower: indikator negatif',
    values: 'higher, lower',
  },
  {
    key: 'comparator',
    heading: 'Pembanding',
    width: 11,
    meaning: 'cara capaian dibandingkan dengan target; > dan < tidak termasuk target itu sendiri',
    values: '≥, ≤, >, <, =',
  },
  {
    key: 'value',
    heading: 'Nilai target',
    width: 11,
    meaning: 'angka yang dipakai menilai; "-" bila tidak ada (Dinkes harus menetapkannya)',
    values: 'angka, atau -',
  },
  {
    key: 'min',
    heading: 'Batas bawah',
    width: 10,
    meaning: 'indikator rentang (range): batas bawah',
    values: 'angka',
  },
  {
    key: 'max',
    heading: 'Batas atas',
    width: 10,
    meaning: 'indikator rentang (range): batas atas',
    values: 'angka',
  },
  {
    key: 'per',
    heading: 'Per N',
    width: 10,
    meaning: 'angka per N (rate): N',
    values: '1000, 100000, …',
  },
  {
    key: 'entry',
    heading: 'Isian',
    width: 9,
    meaning:
      'cara bulan diisi (count: jumlah per bulan terhadap sasaran tahunan; ratio: pembilang dan penyebut)',
    values: 'count, ratio, amount, level, yesno, ontime, annual',
  },
  {
    key: 'scale',
    heading: 'Pengali',
    width: 9,
    meaning: 'isian ratio: Σ pembilang / Σ penyebut × pengali (100 untuk %)',
    values: 'angka',
  },
  {
    key: 'nothingToCount',
    heading: 'Bila penyebut 0',
    width: 11,
    meaning:
      'isian ratio tanpa kejadian setahun: exclude (tidak dinilai) atau missing (dianggap belum diisi)',
    values: 'exclude, missing',
  },
  {
    key: 'targetScope',
    heading: 'Target untuk',
    width: 11,
    meaning:
      'kabupaten: target yang dicetak adalah target seluruh kabupaten, dibagi Dinkes ke Puskesmas (jumlah bagiannya = target); kosong: target tiap Puskesmas',
    values: 'kabupaten (kosong: tiap Puskesmas)',
  },
  {
    key: 'cadence',
    heading: 'Laporan',
    width: 10,
    meaning:
      'mingguan: laporan tiap minggu (W2), diisi per bulan sebagai jumlah minggu yang tepat waktu; kosong: bulanan',
    values: 'mingguan (kosong: bulanan)',
  },
  {
    key: 'requires',
    heading: 'Memerlukan',
    width: 14,
    meaning:
      'yang harus dimiliki Puskesmas agar baris ini berlaku (mis. laboratorium); Puskesmas yang profilnya tidak memilikinya tidak dinilai pada baris ini',
    values: 'kata, dipisah titik koma (kosong: tanpa syarat)',
  },
  {
    key: 'appliesTo',
    heading: 'Berlaku untuk',
    width: 11,
    meaning: 'semua Puskesmas, atau hanya Puskesmas rawat inap',
    values: 'all, rawat-inap',
  },
  {
    key: 'optional',
    heading: 'Pilihan',
    width: 8,
    meaning: 'UKM Pengembangan: dinilai hanya bila Puskesmas memilih layanannya',
    values: 'ya, tidak',
  },
  {
    key: 'sameAs',
    heading: 'Sama dengan',
    width: 14,
    meaning:
      'kode baris di tabel lain yang menghitung hal yang sama: nilai bulanannya diisi sekali di sana, target dan sasaran baris ini tetap berlaku',
    values: 'kode baris, mis. SPM.11 (kosong: diisi sendiri)',
  },
  {
    key: 'previousCode',
    heading: 'Kode tahun lalu',
    width: 14,
    meaning:
      'kode baris ini di katalog tahun lalu bila berubah (baris dipindah atau dikelompokkan ulang): angka tahun lalu baris itu adalah angka tahun lalu baris ini',
    values: 'kode baris (kosong: kode yang sama)',
  },
  {
    key: 'weight',
    heading: 'Bobot',
    width: 8,
    meaning: 'bobot kelompok di antara saudaranya (kosong: 1)',
    values: 'angka',
  },
  {
    key: 'input',
    heading: 'Isian rubrik',
    width: 10,
    rubric: true,
    meaning: 'butir Tabel 5: level dipilih dari teksnya, atau persentase yang dijadikan level',
    values: 'level, percent',
  },
  {
    key: 'bands',
    heading: 'Pita persentase',
    width: 22,
    rubric: true,
    meaning: 'butir persentase: mulai persentase berapa tiap nilai (kosong: pita baku)',
    values: '≥ 40: 4; ≥ 60: 7; ≥ 80: 10 (> untuk batas yang tidak termasuk)',
  },
  {
    key: 'mustRise',
    heading: 'Harus naik',
    width: 9,
    rubric: true,
    meaning:
      'butir angka yang harus naik dari angka tahun lalu (Peningkatan IKS): tidak naik → nilai 0, naik → pitanya',
    values: 'ya (kosong: tidak)',
  },
  {
    key: 'definition',
    heading: 'Definisi',
    width: 30,
    rubric: true,
    meaning: 'rumus yang tercetak (pembilang ÷ penyebut × 100 %)',
    values: 'teks',
  },
  {
    key: 'numerator',
    heading: 'Yang dihitung',
    width: 30,
    meaning: 'apa yang dihitung angka bulanan (pembilang)',
    values: 'teks',
  },
  {
    key: 'denominator',
    heading: 'Penyebut',
    width: 30,
    meaning: 'apa yang dihitung penyebutnya, atau sasaran tahunannya',
    values: 'teks',
  },
  {
    key: 'interpretation',
    heading: 'Catatan pkp',
    width: 40,
    meaning: 'cara pkp membaca baris yang kurang jelas di keputusan',
    values: 'teks',
  },
];

/** The word in the Jenis column for a group (programme, variable, sub-variable). */
export const GROUP_WORD = 'kelompok';

/** The settings rows of the Tentang sheet: label, and the key in the document's `settings`. */
export const SETTING_ROWS = {
  convention: 'Konvensi (convention)',
  cap: 'Batas 100 (cap)',
  lowerFormula: 'Rumus indikator negatif (lowerFormula)',
  zeroSasaran: 'Sasaran nol (zeroSasaran)',
  service: 'Ambang pelayanan (thresholds.service)',
  management: 'Ambang manajemen (thresholds.management)',
  quality: 'Ambang mutu (thresholds.quality)',
} as const;

export const ABOUT_ROWS = {
  format: 'Format',
  version: 'Versi',
  id: 'Id',
  year: 'Tahun',
  source: 'Sumber',
  averagesBy: 'Rata-rata menurut (averagesBy)',
} as const;

/**
 * The sheet of the other groupings (the ILP clusters): one line per grouping, group and placed row,
 * in order, its depth in Tingkat (0 for the grouping itself).
 */
export const GROUPING_SHEET = 'Pengelompokan';
export const GROUPING_HEADINGS = ['Jenis', 'Tingkat', 'Kode', 'No', 'Nama', 'Bobot'] as const;
export const GROUPING_WORDS = { grouping: 'pengelompokan', group: 'kelompok', row: 'baris' } as const;

/** The heading of the Tentang sheet's list of tables: which sheet is which cluster. */
export const TABLE_LIST_HEADINGS = ['Lembar', 'Tabel', 'Klaster', 'Kode', 'No', 'Nama', 'Bobot'] as const;

/** Lower case, single spaces: how headings and labels are compared. */
export function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

const PRINTED_HEADINGS: [ColumnKey, RegExp][] = [
  ['number', /^no\.?$/],
  ['name', /^(indikator|jenis variabel|upaya|uraian|nama|program|variabel)/],
  ['unit', /^(satuan|pelayanan satuan)/],
  ['target', /^target/],
  ['sasaran', /^sasaran/],
  ['level0', /^nilai ?0\b/],
  ['level4', /^nilai ?4\b/],
  ['level7', /^nilai ?7\b/],
  ['level10', /^nilai ?10\b/],
];

/**
 * The column a heading names: one of pkp's own by its exact words, or a printed one as a decree may
 * word it ("Target Capaian", "Target 2023", "Satuan Indikator", "NILAI 0 < 50%", "Upaya Pelayanan
 * Kesehatan/ Program/ Variabel/ Sub Variabel").
 */
export function columnOfHeading(heading: string): ColumnKey | undefined {
  const h = normalised(heading);
  if (!h) return undefined;
  const extra = EXTRA_COLUMNS.find((c) => normalised(c.heading) === h);
  if (extra) return extra.key;
  return PRINTED_HEADINGS.find(([, pattern]) => pattern.test(h))?.[0];
}
