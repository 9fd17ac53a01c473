// Annex Table 5: management (A, groups A1–A6) and quality (B, groups B1–B3) rubrics scored 0/4/7/10.
import type { CatalogCluster } from '../types.ts';
import { cluster, group, rubric, type LevelTexts } from './build.ts';

const NOT_MADE_YEARLY: LevelTexts = [
  'Tidak membuat',
  'Ya, tidak tentu',
  'Ya setiap tahun',
  'Ya setahun satu kali',
];
const MONTHLY: LevelTexts = ['Tidak membuat', 'Ya, tidak tentu', 'Ya setiap tiga bulan', 'Ya setiap bulan'];
const DETAILED: LevelTexts = [
  'Tidak menyusun',
  'Ya terinci sebagian kecil',
  'Ya, terperinci sebagian besar',
  'Ya, terperinci semuanya',
];

const BLUD =
  'Sub-item of 6 "Laporan keuangan BLUD" (target "1 kali setahun", printed on row 6 only); 6 is a group ' +
  'scored as the mean of a–f. The texts for 7 ("Ya setiap tahun") and 10 ("Ya setahun satu kali") read ' +
  'alike; the annex gives no way to tell them apart, so the assessor and verifier choose.';

/** Table 5 B's header: the level texts of the INM items, whose own cells hold only the formula. */
const INM_LEVELS: LevelTexts = ['< 50%', '51 - 69 %', '70 - 79 %', '≥80%'];
const INM =
  'National quality indicator (INM): entered as the percentage of the printed formula and banded by the ' +
  'default bands (< 50 → 0, 50–69,99 → 4, 70–79,99 → 7, ≥ 80 → 10). The row prints only the formula; the ' +
  'level texts are those of the Table 5 B header, whose "51 - 69 %" leaves 50–51 open: closed at 50.';
const inm = (code: string, number: string, name: string, target: string, definition: string, note = INM) =>
  rubric(code, number, name, target, INM_LEVELS, { percent: true, definition, note });

export const table5Manajemen: CatalogCluster = cluster(
  'manajemen',
  5,
  'MAN',
  'A',
  'MANAJEMEN UMUM PUSKESMAS',
  [
    group('MAN.A1', 'A1', 'INDIKATOR MANAJEMEN UMUM PUSKESMAS', [
      rubric('MAN.A1.1', '1', 'Ijin Operasional Puskesmas', 'Sudah ada bukti ijin operasional', [
        'Belum mengajukan ijin',
        '50 % berkas persyaratan sudah diajukan',
        'berkas persyaratan sudah diverifikasi',
        'Sudah ada ijin operasional',
      ]),
      rubric(
        'MAN.A1.2',
        '2',
        'Struktur Organisasi (SO) Puskesmas dengan uraian tugas pokok dan tugas integrasi',
        'Ada SK Ka Pusk Tentang SO dan Uraian Tugas di Laksanakan',
        [
          'Tidak ada SK ttg SO dan uraian tugas tidak lengkap',
          'ada SK ka Pusk ttg SO dan 50% uraian tugas karyawan',
          'ada SK ka Pusk ttg SO dan 100% Uraian tugas karyawan',
          'Ada SK Ka Pusk tentang SO dan uraian tugas dilaksanakan',
        ],
      ),
    ]),
    group('MAN.A2', 'A2', 'INDIKATOR PERENCANAAN PUSKESMAS', [
      rubric('MAN.A2.1', '1', 'Mempunyai Rencana Strategi Bisnis (RSB) lima tahunan', '', [
        'Tidak punya',
        '',
        '',
        'Punya',
      ]),
      rubric(
        'MAN.A2.2',
        '2',
        'Ada Rencana Usulan Kegiatan (RUK) tahunan, disusun berdasarkan rencana lima tahunan, dan melalui analisis situasi dan perumusan masalah',
        '',
        [
          'Tidak menyusun',
          'Ya, beberapa ada analisa dan perumusan',
          'Ya, sebagian ada analisa dan perumusan',
          'Ya seluruhnya ada analisa dan perumusan',
        ],
      ),
      rubric('MAN.A2.3', '3', 'Menyusun Rencana Bisnis Anggaran (RBA) secara terinci dan lengkap', '', [
        'Tidak menyusun',
        'Ya terinci sebagian kecil',
        'Ya, terperinci sebagian besar',
        'Ya , terperinci semuanya',
      ]),
      rubric('MAN.A2.4', '4', 'Menyusun Rencana Kegiatan dan Anggaran (RKA)', '', DETAILED),
      rubric('MAN.A2.5', '5', 'Memiliki DPA', '', DETAILED),
      rubric('MAN.A2.6', '6', 'Melaksanakan mini lokakarya bulanan', '', [
        'Tidak melaksanakan',
        '< 5 kali / tahun',
        '5 - 8 kali / tahun',
        '9 - 12 kali / tahun',
      ]),
      rubric('MAN.A2.7', '7', 'Melaksanakan mini lokakarya tribulanan', '', [
        'Tidak melaksanakan',
        '< 2 kali / tahun',
        '2 - 3 kali / tahun',
        '4 kali / tahun',
      ]),
      rubric(
        'MAN.A2.8',
        '8',
        'Membuat penilaian kinerja Puskesmas di tahun sebelumnya, mengirimkan ke dinas kesehatan kabupaten, dan mendapat feedback dari dinas kesehatan kabupaten',
        '',
        [
          'Tidak membuat',
          'Membuat tapi tidak mengirimkan ke DKK',
          'Membuat dan mengirimkan tetapi tidak mendapat feedback',
          'Membuat, mengirimkan dan mendapat feedback dari DKK',
        ],
      ),
    ]),
    group('MAN.A3', 'A3', 'MANAJEMEN SUMBER DAYA', [
      rubric(
        'MAN.A3.1',
        '1',
        'Puskesmas memiliki minimal 9 jenis tenaga kesehatan strategis (indikator renstra)',
        'Tersedia 100%',
        ['Tersedia < 40 %', 'Tersedia 60 %', 'Tersedia 80 %', 'Tersedia 100%'],
        {
          bands: [
            { from: 40, level: 4 },
            { from: 80, level: 7 },
            { from: 100, level: 10 },
          ],
          note:
            'Percentage of the 9 strategic professions available. Printed points < 40 / 60 / 80 / 100 leave gaps; ' +
            'closed as < 40 → 0, 40–< 80 → 4 (contains the printed 60), 80–< 100 → 7, 100 → 10.',
        },
      ),
      rubric('MAN.A3.2', '2', 'Membuat sasaran dan penilaian Kinerja Pegawai (SKP)', 'Seluruh PNS', [
        'Tidak membuat',
        'Ada, beberapa PNS',
        'Ada, sebagian besar PNS',
        'Ada, seluruh PNS',
      ]),
      rubric('MAN.A3.3', '3', 'Melaporkan SPT Tahunan', 'Seluruh PNS', [
        'Tidak membuat',
        'Ada, beberapa PNS',
        'Ada, sebagian besar PNS',
        'Ada Seluruh PNS',
      ]),
    ]),
    group('MAN.A4', 'A4', 'MANAJEMEN SUMBER DAYA BARANG MILIK NEGARA/DAERAH', [
      rubric('MAN.A4.1', '1', 'Berita Acara Belanja Modal sesuai harga perolehan barang', '100%/ triwulan', [
        'Tidak melaksanakan',
        'Per semester',
        'Dilakukan/ triwulan selama setahun tidak tepat waktu',
        'Dilakukan / triwulan selama setahun tepat waktu',
      ]),
      rubric('MAN.A4.2', '2', 'Melaksanakan up dating daftar inventaris alat diSIMDA', 'Seluruh alat', [
        'Tidak melaksanakan',
        'Ya, sebagian kecil',
        'Ya, sebagian besar',
        'Ya, seluruh alat',
      ]),
      rubric(
        'MAN.A4.3',
        '3',
        'Membuat kartu inventaris dan menempatkan di masing – masing ruang',
        'Seluruh ruang',
        ['Tidak membuat', 'Ya, sebagian kecil ruang', 'Ya, sebagian besar ruang', 'Ya seluruh ruang'],
      ),
      rubric('MAN.A4.4', '4', 'SOP pengelolaan sarpras', 'Memiliki dokumen SOP, dipahami dan dilaksanakan', [
        'Tidak ada SOP',
        '50 % dari urusan pengelolaan sarpras sudah ada SOP',
        '75 % dari urusan pengelolaan sarpras sudah ada SOP',
        'Ada dokumen, dipahami semua pihak dan dilaksanakan',
      ]),
      rubric('MAN.A4.5', '5', 'Pelaksanaan kalibrasi peralatan', '1 keg/ tahun', [
        'Tidak melaksanakan',
        '',
        '',
        'Melaksanakan',
      ]),
      rubric(
        'MAN.A4.6',
        '6',
        'Updating dan validasi ASPAK',
        '100%',
        ['<69,9%', '70-79,9%', '80-99,9%', '100% Update dan divalidasi'],
        {
          bands: [
            { from: 70, level: 4 },
            { from: 80, level: 7 },
            { from: 100, level: 10 },
          ],
          note:
            'Percentage of ASPAK updated and validated. The printed "<69,9%" leaves 69,9–70 open; the upper ' +
            'bounds are printed to one decimal (79,9; 99,9), so bands start at 70 / 80 / 100: below 70 → 0.',
        },
      ),
      rubric('MAN.A4.7', '7', 'Kesesuaian SPA', '100%', ['<40%', '40-50%', '50-59%', '>=60% sesuai'], {
        bands: [
          { from: 40, level: 4 },
          { from: 50, level: 7 },
          { from: 60, level: 10 },
        ],
        note:
          'Percentage of SPA conformity. The printed bands overlap at 50 and leave 59–60 open; read half-open ' +
          'like the default bands: 40–< 50 → 4, 50–< 60 → 7, ≥ 60 → 10 (although the target column says 100%).',
      }),
    ]),
    group('MAN.A5', 'A5.', 'MANAJEMEN KEUANGAN', [
      rubric('MAN.A5.1', '1', 'Membuat BKU dan pengesahan belanja', 'Setiap bulan', MONTHLY),
      rubric('MAN.A5.2', '2', 'Membuat laporan realisasi keuangan/ RLA', 'Setiap bulan', MONTHLY),
      rubric('MAN.A5.3', '3', 'SP3B', 'Setiap bulan', MONTHLY),
      rubric('MAN.A5.4', '4', 'SP2B', 'Setiap bulan', MONTHLY),
      rubric('MAN.A5.5', '5', 'SPJ', 'Setiap bulan', MONTHLY),
      group(
        'MAN.A5.6',
        '6',
        'Laporan keuangan BLUD',
        [
          rubric('MAN.A5.6.a', 'a.', 'Laporan realisasi anggaran', '', NOT_MADE_YEARLY, { note: BLUD }),
          rubric('MAN.A5.6.b', 'b.', 'Laporan perubahan saldo anggaran lebih;', '', NOT_MADE_YEARLY, {
            note: BLUD,
          }),
          rubric('MAN.A5.6.c', 'c.', 'Neraca;', '', NOT_MADE_YEARLY, { note: BLUD }),
          rubric('MAN.A5.6.d', 'd.', 'Laporan operasional;', '', NOT_MADE_YEARLY, { note: BLUD }),
          rubric(
            'MAN.A5.6.e',
            'e.',
            'Laporan arus kas;',
            '',
            ['Tidak membuat', 'Ya, tidak tentu', 'Ya setiap tahun', 'Ya setahun satukali'],
            { note: BLUD },
          ),
          rubric(
            'MAN.A5.6.f',
            'f.',
            'Laporan perubahan ekuitas',
            '',
            ['Tidak membuat', 'Ya, tidak tentu', 'Ya setiap tahun', 'Ya setahun Satu kali'],
            { note: BLUD },
          ),
        ],
        { unit: '', target: '1 kali setahun', sasaran: '' },
      ),
    ]),
    group('MAN.A6', 'A6', 'MANAJEMEN PEMBERDAYAAN MASYARAKAT', [
      rubric('MAN.A6.1', '1', 'Adanya SMD dan MMD', 'Ada', ['Tidak ada', '', '', 'Ada']),
      rubric(
        'MAN.A6.2',
        '2',
        'Cakupan kepesertaan JKN',
        '≥ 97 %',
        ['Tidak Memiliki Peserta JKN', 'Peserta JKN < 75%', 'Peserta JKN 75 % - 96 %', 'Peserta JKN ≥ 97 %'],
        {
          bands: [
            { from: 0, level: 4, exclusive: true },
            { from: 75, level: 7 },
            { from: 97, level: 10 },
          ],
          note:
            'Percentage of the population in JKN: exactly 0 % ("Tidak Memiliki Peserta") → 0, above 0 and < 75 → 4, ' +
            '75–< 97 → 7 (closes the printed 96–97 gap), ≥ 97 → 10.',
        },
      ),
    ]),
  ],
);

export const table5Mutu: CatalogCluster = cluster('mutu', 5, 'MUT', 'B', 'MANAJEMEN MUTU', [
  group('MUT.B1', 'B1', 'MANAJEMEN MUTU UKP', [
    inm(
      'MUT.B1.a',
      'a.',
      'Kepatuhan Kebersihan Tangan',
      '100%',
      'Jumlah Tindakan Kebersihan Tangan yg di Lakukan di bagi Jumlah Total Kebersihan Tangan yg seharusnya di lakukan dalam Periode Observasi kali 100 %',
    ),
    inm(
      'MUT.B1.b',
      'b.',
      'Kepatuhan Penggunaan Alat Pelindung Diri (APD)',
      '100%',
      'Jumlah petugas yang patuh menggunakan APD sesuai indikasi dalam periode observasi di bagi Jumlah seluruh petugas yang terindikasi menggunakan APD dalam periode observasi kali 100%',
    ),
    inm(
      'MUT.B1.c',
      'c.',
      'Kepatuhan Identifikasi Pasien',
      '100%',
      'Jumlah pemberi pelayanan yang melakukan identifikasi pasien secara benar dalam periode observasi di bagi Jumlah pemberi pelayanan yang diobservasi dalam periode observasi kali 100 %',
    ),
    inm(
      'MUT.B1.d',
      'a.',
      'Keberhasilan Pengobatan Pasien Tuberkulosis (TB) Semua Kasus Sensitif Obat (SO)',
      '90%',
      'Jumlah semua pasien TB SO yang sembuh dan pengobatan lengkap pada tahun berjalan di wilayah kerja Puskesmas di bagi Jumlah semua kasus TB SO yang diobati pada tahun berjalan di wilayah kerja kali 100 %',
      `${INM} Printed letters restart (a., b., … f.) after c.: codes follow the INM order d, e, f.`,
    ),
    inm(
      'MUT.B1.e',
      'b.',
      'Ibu Hamil yang Mendapatkan Pelayanan Ante Natal Care (ANC) Sesuai Standar',
      '100%',
      'Jumlah ibu hamil yang telah mendapatkan pelayanan ANC lengkap sesuai standar di wilayah kerja Puskesmas pada tahun berjalan di bagi Jumlah seluruh ibu hamil yang telah bersalin yang mendapatkan pelayanan ANC di wilayah kerja Puskesmas pada tahun berjalan kali 100 %',
      `${INM} Printed letters restart (a., b., … f.) after c.: codes follow the INM order d, e, f.`,
    ),
    inm(
      'MUT.B1.f',
      'f.',
      'Kepuasan Pasien',
      '≥76.61',
      'Total nilai persepsi seluruh responden di bagi Total unsur yang terisi dari seluruh responden kali 100 %',
      `${INM} Printed letters restart (a., b., … f.) after c.: codes follow the INM order d, e, f. The target ` +
        '≥ 76,61 lies inside the default 70–79,99 band, so a result that meets it may still score 7.',
    ),
  ]),
  group('MUT.B2', 'B 2', 'MUTU UKM', [
    rubric(
      'MUT.B2.1',
      '1',
      'Peningkatan Indeks Keluarga Sehat',
      '> 0,8',
      ['Tetap/turun', '≤ 0,50', '0,50 – 0,80', '>0,8'],
      {
        mustRise: true,
        bands: [
          { from: 0, level: 4 },
          { from: 0.5, level: 7 },
          { from: 0.8, level: 10, exclusive: true },
        ],
        note:
          "Entered as the year's IKS (0–1) beside last year's: an index that did not rise is 0 " +
          '("Tetap/turun"); a risen one is banded by the texts, which are the IKS categories (≤ 0,50 ' +
          'tidak sehat, 0,50–0,80 pra-sehat, > 0,8 sehat), not the size of the rise (a rise of 0,8 on a ' +
          "0–1 index cannot happen). Both texts include 0,50: read 0,50 as 7. Last year's IKS is the one " +
          'the system holds for 2022, else the one the Puskesmas gives (rule 111).',
      },
    ),
    rubric('MUT.B2.2', '2', 'Adanya penilaian kinerja UKM', '2 kali setahun di Sertai Analisis Kinerja', [
      'Tidak melaksanakan',
      '1 kali',
      '2 kali tanpa disertai analisis capaian kinerja',
      '2 kali setahun disertai analisis capaian kinerja',
    ]),
  ]),
  group('MUT.B3', 'B 3', 'MUTU ADMEN', [
    rubric('MUT.B3.1', '1', 'Adanya Survey Kepuasan Pelanggan', '1 kegiatan/th', [
      'Tidak melaksanakan',
      '',
      '',
      'Melaksanakan',
    ]),
    rubric(
      'MUT.B3.2',
      '2',
      'Nilai IKM (Indeks Kepuasan Masyarakat)',
      'Baik 76,61 - 88,3',
      ['Tidak melaksanakan', 'Tidak Baik 25,00- 64,99', 'Kurang Baik 65.00-76.60', 'Baik 76,61- 88,30'],
      {
        bands: [
          { from: 25, level: 4 },
          { from: 65, level: 7 },
          { from: 76.61, level: 10 },
        ],
        note:
          'IKM value (25–100) banded from the printed texts: 25–< 65 → 4 (closes 64,99–65), 65–< 76,61 → 7 ' +
          '(closes 76,60–76,61), ≥ 76,61 → 10 including above 88,30 ("Sangat Baik" is not worse). No survey ' +
          '("Tidak melaksanakan") is entered as 0 → level 0.',
      },
    ),
    rubric(
      'MUT.B3.3',
      '3',
      'Pelaksanaan audit keuangan oleh tim independen',
      '1 keg/ tahun',
      ['Tidak melaksanakan', '', '1 kali setahun', '1 kali setahun'],
      {
        note:
          'The printed 7 and 10 texts are both "1 kali setahun" (4 is blank): the annex gives no way to tell ' +
          '7 from 10, so the assessor and verifier choose; kept as printed.',
      },
    ),
  ]),
]);
