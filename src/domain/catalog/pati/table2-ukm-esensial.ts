// Annex Table 2: UKM Esensial & Perkesmas, programmes A–I → variables → (sub-variables →) indicators.
import type { CatalogCluster } from '../types.ts';
import {
  amount,
  cluster,
  coverage,
  coverageOfStock,
  coverageOfEvents,
  group,
  lowerPercent,
  ontimeEvents,
  ontimeReport,
  rate,
  valueOfRatio,
  yesno,
  weeklyReport,
} from './build.ts';

const SKRINING_PTM =
  'One of the nine "-" rows under 7) "Persentase penduduk … skrining PTM prioritas", which we made a ' +
  'sub-group scored as the mean of these rows. Sasaran printed "Penderita …" is read as the annual ' +
  'target population of the screening (count).';

const ANC_SASARAN =
  'Sasaran printed "Bayi" for an antenatal visit: read as the pregnant women (ibu hamil) of the year, ' +
  'the usual denominator; the printed text is kept.';

const PER_100000_LOOKS_PER_1000 =
  'printed "Per 100.000 kelahiran hidup", but a target of this size is a per-1.000 figure (the national ' +
  'infant/under-five mortality targets are per 1.000 live births). Kept as printed (per 100.000); the ' +
  'district should confirm the unit or the target. Sasaran entered is the number of live births.';

export const table2UkmEsensial: CatalogCluster = cluster(
  'ukm-esensial',
  2,
  'UKM',
  'B.',
  'INDIKATOR KINERJA UKM ESENSIAL & KEPERAWATAN KESEHATAN MASYARAKAT',
  [
    group('UKM.A', 'A', 'UPAYA PROMOSI KESEHATAN dan PEMBERDAYAAN KESEHATAN MASYARAKAT', [
      group('UKM.A1', 'A1', 'Pemberdayaan Masyarakat', [
        coverageOfStock('UKM.A1.1', '1)', 'Forum Kecamatan Sehat Aktif', '%', '100', 'Kecamatan'),
        coverageOfStock('UKM.A1.2', '2)', 'Cakupan Posyandu Mandiri', '%', '28', 'Posyandu'),
        coverageOfStock('UKM.A1.3', '3)', 'Cakupan Poskestren Aktif', '%', '50', 'Poskestren'),
      ]),
      group('UKM.A2', 'A2', 'Promosi Kesehatan', [
        coverageOfStock('UKM.A2.1', '1)', 'Cakupan Rumah Tangga Sehat', '%', '82', 'Rumah tangga'),
        coverage('UKM.A2.2', '2)', 'Cakupan kampanye Germas', '%', '50', 'Puskesmas'),
      ]),
      group('UKM.A3', 'A3', 'Komunikasi, Informasi dan Edukasi kesehatan', [
        coverageOfStock('UKM.A3.1', '1)', 'Media sosial puskesmas aktif', '%', '100', 'Puskesmas'),
      ]),
      group('UKM.A4', 'A4', 'Advokasi dan kemitraan', [
        coverageOfStock(
          'UKM.A4.1',
          '1)',
          'Cakupan perusahaan atau dunia usaha yang menjalin kemitraan dengan puskesmas',
          '%',
          '30',
          'Dunia usaha',
        ),
        coverageOfStock(
          'UKM.A4.2',
          '2)',
          'Cakupan ORMAS yang menjalin Kemitraan dengan Puskesmas',
          '%',
          '20',
          'Ormas',
        ),
      ]),
    ]),

    group('UKM.B', 'B.', 'INDIKATOR KESEHATAN LINGKUNGAN, KESEHATAN KERJA DAN OLAHRAGA', [
      group('UKM.B1', 'B1', 'Upaya Penyehatan Air Dan Sanitasi Dasar', [
        coverage(
          'UKM.B1.1',
          '1)',
          'Cakupan Sarana Air Minum yang Diawasi/diperiksa Kualitas Air Minumnya sesuai standar',
          '%',
          '65',
          'Sarana air minum',
        ),
        coverageOfStock('UKM.B1.2', '2)', 'Cakupan Desa STBM', '%', '100', 'Desa'),
        coverageOfStock('UKM.B1.3', '3)', 'Cakupan Keluarga Akses Rumah Sehat', '%', '45', 'keluarga'),
      ]),
      group('UKM.B2', 'B2', 'Upaya Penyehatan Udara, Tanah Dan Kawasan', [
        coverageOfStock('UKM.B2.1', '', 'Cakupan TTU memenuhi syarat sesuai standar', '%', '83', 'TTU', {
          note: 'The only row of B2 is printed without a row number; number left empty, code UKM.B2.1.',
        }),
      ]),
      group('UKM.B3', 'B3', 'Upaya Peningkatan, Pengawasan Dan Perlindungan Higiene Dan Sanitasi Pangan', [
        coverageOfStock('UKM.B3.1', '1)', 'Cakupan TPM memenuhi syarat sesuai standar', '%', '83', 'TPM'),
        coverageOfStock(
          'UKM.B3.2',
          '2)',
          'Cakupan TPP yang bersertifikat Laik Higiene Sanitasi (SLHS)',
          '%',
          '25',
          'TPP laik hygiene sanitasi',
        ),
        coverageOfStock(
          'UKM.B3.3',
          '3)',
          'Cakupan TPP yang berlabel memenuhi syarat (MS)',
          '%',
          '25',
          'TPP berlabel MS',
        ),
      ]),
      group('UKM.B4', 'B4', 'Upaya Pengamanan Limbah Dan Radiasi', [
        coverageOfStock('UKM.B4.1', '1)', 'Pengelolaan limbah B3 sesuai standar', '%', '75', 'Faskes'),
      ]),
    ]),

    group('UKM.C', 'C.', 'INDIKATOR KESEHATAN KELUARGA DAN GIZI', [
      group('UKM.C1', 'C1', 'Upaya Kesehatan Maternal dan Neonatal', [
        group('UKM.C1.A', 'A.', 'Upaya Kesehatan Maternal', [
          rate(
            100000,
            'lower',
            'UKM.C1.A.1',
            '1)',
            'Angka kematian ibu',
            'Per 100.000 kelahiran hidup',
            '132',
            'Ibu hamil',
            {
              note:
                'Maternal deaths per 100.000 live births, lower is better. Sasaran printed "Ibu hamil", but the ' +
                'unit is per live birth: the sasaran entered is the number of live births.',
            },
          ),
          coverage('UKM.C1.A.2', '2)', 'Cakupan K1', '%', '100', 'Bayi', { note: ANC_SASARAN }),
          coverage('UKM.C1.A.3', '3)', 'Cakupan K4', '%', '100', 'Bayi', { note: ANC_SASARAN }),
          coverage('UKM.C1.A.4', '4)', 'Cakupan K6', '%', '100', 'Bayi', { note: ANC_SASARAN }),
          coverage(
            'UKM.C1.A.5',
            '5)',
            'Cakupan Persalinan oleh Tenaga Kesehatan di Fasyankes',
            '%',
            '100',
            'Ibu bersalin',
          ),
          coverage('UKM.C1.A.6', '6)', 'Cakupan pelayanan nifas KF 4', '%', '100', 'Ibu nifas'),
          coverage(
            'UKM.C1.A.7',
            '7)',
            'Cakupan Deteksi Dini Faktor Risiko oleh Nakes',
            '%',
            '100',
            'Ibu hamil',
          ),
          coverage('UKM.C1.A.8', '8)', 'Cakupan Penanganan Komplikasi Obsetri', '%', '100', 'Ibu bersalin'),
          coverageOfStock(
            'UKM.C1.A.9',
            '9)',
            'Cakupan Puskesmas melaksanakan kelas ibu hamil',
            '%',
            '100',
            'Puskesmas',
          ),
          coverageOfEvents(
            'UKM.C1.A.10',
            '10)',
            'Cakupan entri data kematian ibu dan anak terinput di aplikasi MPDN (OVM & OVP)',
            '%',
            '100',
            'Laporan',
            {
              note: 'Sasaran "Laporan": the deaths to report arise during the year, so numerator and denominator are entered monthly (ratio).',
            },
          ),
        ]),
        group('UKM.C1.B', 'B.', 'Upaya Kesehatan Neonatal', [
          rate(
            100000,
            'lower',
            'UKM.C1.B.1',
            '1)',
            'Angka kematian bayi',
            'Per 100.000 kelahiran hidup',
            '16',
            'Bayi',
            {
              note: `Infant deaths, lower is better; ${PER_100000_LOOKS_PER_1000}`,
            },
          ),
          coverage('UKM.C1.B.2', '2)', 'Cakupan Pelayanan Neonatal (KN 1)', '%', '100', 'Neonatus'),
          coverage('UKM.C1.B.3', '3)', 'Cakupan Pelayanan Neonatal (KN 3)', '%', '100', 'Neonatus'),
          coverage('UKM.C1.B.4', '4)', 'Cakupan Pelayanan Komplikasi Neonatal', '%', '100', 'Neonatus'),
        ]),
      ]),
      group('UKM.C2', 'C2', 'Upaya Kesehatan Balita Dan Anak Pra Sekolah', [
        rate(
          100000,
          'lower',
          'UKM.C2.1',
          '1)',
          'Angka kematian balita',
          'Per 100.000 kelahiran hidup',
          '18',
          'Balita',
          {
            note: `Under-five deaths, lower is better; ${PER_100000_LOOKS_PER_1000}`,
          },
        ),
        coverage('UKM.C2.2', '2)', 'Cakupan Pelayanan Bayi', '%', '100', 'Bayi'),
        coverage('UKM.C2.3', '3)', 'Cakupan Pelayanan Balita', '%', '100', 'Balita'),
        coverage('UKM.C2.4', '4)', 'Cakupan Pelayanan Balita Sakit (MTBS)', '%', '100', 'Balita'),
        coverage('UKM.C2.5', '5)', 'Cakupan pelayanan SDIDTK', '%', '100', 'Balita'),
        coverageOfStock(
          'UKM.C2.6',
          '6)',
          'Cakupan Puskesmas melaksanakan kelas ibu bayi dan balita',
          '%',
          '50',
          'Puskesmas',
        ),
        coverageOfStock(
          'UKM.C2.7',
          '7)',
          'Cakupan balita yang memiliki buku KIA',
          '%',
          '100',
          'anak yang berusia 0 - 59 bulan',
        ),
        yesno('UKM.C2.8', '8)', 'Cakupan Puskesmas ramah anak', 'Ya/tdk', 'ya', 'Puskesmas'),
      ]),
      group('UKM.C3', 'C3', 'Upaya Kesehatan Lansia', [
        coverage('UKM.C3.1', '1)', 'Cakupan pelayanan skrining kesehatan lansia', '%', '100', 'Lansia', {
          sameAs: 'SPM.07',
          note: 'The same count as SPM 7 (lansia screened, against the lansia of the area): entered once, there.',
        }),
        coverageOfStock('UKM.C3.2', '2)', 'Cakupan posyandu lansia', '%', '100', 'Desa'),
        coverage('UKM.C3.3', '3)', 'Cakupan Pembinaan posyandu lansia', '%', '100', 'Posyandu Lansia'),
        yesno(
          'UKM.C3.4',
          '4)',
          'Cakupan Puskesmas menerapkan pelayanan santun lansia',
          'ya/tdk',
          'ya',
          'Pelayanan Santun Lansia',
        ),
      ]),
      group('UKM.C4', 'C 4', 'Upaya Kesehatan Anak Sekolah', [
        coverage(
          'UKM.C4.1',
          '1)',
          'Cakupan sekolah yang melakukan penjangkaran kesehatan',
          '%',
          '100',
          'SD/MI, SMP/MTs, SMA/MA/SMK',
        ),
        coverage(
          'UKM.C4.2',
          '2)',
          'Cakupan Siswa SD/MI, SMP/MTs, SMA/MA/SMK yang mendapat penjangkaran kesehatan',
          '%',
          '100',
          'Siswa kelas 1SD/ MI, 7 SMP/ MTs, dan 10 SMA/ MA/SMK',
        ),
        coverage(
          'UKM.C4.3',
          '3)',
          'Cakupan Siswa SD/MI, SMP/MTs, yang mendapat pemeriksaan berkala',
          '%',
          '100',
          'Siswa kelas 2-6 SD/ MI, 8-9 SMP/MTs',
        ),
        coverage(
          'UKM.C4.4',
          '4)',
          'Cakupan Siswa SMA/MA/SMK yang mendapat pemeriksaan berkala',
          '%',
          '50',
          'Siswa kelas 11-12 SMA/SMK/MA',
        ),
        coverageOfStock('UKM.C4.7', '7)', 'Cakupan sekolah melaksanakan UKS', '%', '100', 'Sekolah', {
          note: 'The printed numbering of C4 skips 5) and 6) (4) is followed by 7)); printed numbers and codes kept.',
        }),
        coverage(
          'UKM.C4.8',
          '8)',
          'Cakupan Sekolah/madrasah melaksanakan skrining anemia kelas 7 dan 10',
          '%',
          '100',
          'Sekolah/ madrasah kelas 7 dan 10',
        ),
        coverageOfStock(
          'UKM.C4.9',
          '9)',
          'Persentase Sekolah melakukan aksi bergizi',
          '%',
          '100',
          'Sekolah SMP?SMA',
        ),
      ]),
      group('UKM.C5', 'C5', 'Kesehatan Usia Reproduksi Dan Remaja', [
        group('UKM.C5.A', 'A.', 'Upaya Kesehatan Usia Reproduksi', [
          coverageOfStock('UKM.C5.A.1', '1)', 'Cakupan Peserta KB Aktif', '%', '75', 'Usia Subur'),
          coverageOfEvents('UKM.C5.A.3', '3)', 'Cakupan pelayanan kesehatan catin', '%', '100', 'Catin', {
            note:
              'Printed numbering of C5 A skips 2) (1) is followed by 3)); code keeps the printed 3. Catin ' +
              '(brides/grooms-to-be) register during the year, so numerator and denominator are entered monthly (ratio).',
          }),
        ]),
        group('UKM.C5.B', 'B.', 'Upaya Kesehatan Remaja', [
          coverage(
            'UKM.C5.B.1',
            '1)',
            'Cakupan remaja putri mengkonsumsi tablet tambah darah',
            '%',
            '75',
            'Remaja Putri',
          ),
          coverage(
            'UKM.C5.B.2',
            '2)',
            'Cakupan remaja putri yang di skrining anemia kelas 7 dan 10',
            '%',
            '100',
            'remaja putri kelas 7 dan 10',
          ),
          lowerPercent(
            'UKM.C5.B.3',
            '3)',
            'Cakupan anemia remaja putri kelas 7 dan 10',
            '%',
            '30',
            'remaja putri kelas 7 dan 10',
            {
              note:
                'Named "Cakupan" but it is the share of screened girls found anaemic, a prevalence: lower is ' +
                'better, at most 30 % (anaemic / screened × 100, entered monthly).',
            },
          ),
          coverageOfStock('UKM.C5.B.4', '4)', 'Cakupan Posyandu Remaja', '%', '100', 'Desa'),
        ]),
      ]),
      group('UKM.C6', 'C6', 'Pelayanan Gizi Masyarakat', [
        group('UKM.C6.A', 'A.', 'Upaya Pengelolaan konsumsi Gizi', [
          coverage('UKM.C6.A.1', '1)', 'Cakupan bumil mendapatkan TTD 90', '%', '90', 'Ibu Hamil'),
          coverage(
            'UKM.C6.A.2',
            '2)',
            'Cakupan Pemberian Vitamin A dosis tinggi Bayi umur 6-11bl bulan',
            '%',
            '95',
            'Bayi umur 6-11 bulan',
          ),
          coverage(
            'UKM.C6.A.3',
            '3)',
            'Cakupan Pemberian Vitamin A balita umur 12-59 bln',
            '%',
            '95',
            'Balita umur 12-59 bulan',
          ),
          coverageOfEvents(
            'UKM.C6.A.4',
            '4)',
            'Cakupan bumil KEK mendapatkan PMT-P',
            '%',
            '100',
            'Ibu Hamil KEK',
            {
              note: 'Pregnant women with KEK are found during the year, so numerator and denominator are entered monthly (ratio).',
            },
          ),
          coverage('UKM.C6.A.5', '5)', 'Cakupan Ibu Nifas Mendapat Kapsul Vitamin A', '%', '80', 'Ibu Nifas'),
          coverageOfEvents(
            'UKM.C6.A.6',
            '6)',
            'Cakupan Balita Gizi Kurang Mendapat Makanan Tambahan',
            '%',
            '85',
            'Balita Gizi Kurang',
            {
              note: 'Underweight under-fives are found during the year, so numerator and denominator are entered monthly (ratio).',
            },
          ),
        ]),
        group('UKM.C6.B', 'B.', 'Upaya Kewaspadaan Gizi', [
          lowerPercent(
            'UKM.C6.B.1',
            '1)',
            'Prevalensi balita pendek dan sangat pendek (stunting)',
            '%',
            '21',
            'Balita',
          ),
          coverage('UKM.C6.B.2', '2)', 'Cakupan ASI eksklusif bayi <6 bln', '%', '50', 'Bayi < 6 bulan'),
          lowerPercent(
            'UKM.C6.B.4',
            '4)',
            'Prevalensi baduta pendek dan sangat pendek (stunting)',
            '%',
            '<20',
            'Baduta',
            { note: 'Printed numbering of C6 B skips 3) (2) is followed by 4)); code keeps the printed 4.' },
          ),
        ]),
        group('UKM.C6.C', 'C.', 'Upaya Penanggulangan Masalah Gizi', [
          lowerPercent('UKM.C6.C.1', '1)', 'Persentase Balita gizi buruk', '%', '0,1', 'Balita'),
          lowerPercent('UKM.C6.C.2', '2)', 'Cakupan bumil KEK', '%', '11,5', 'Ibu Hamil', {
            note:
              'Named "Cakupan" but it is the share of pregnant women with KEK, a prevalence: lower is better, ' +
              'at most 11,5 % (KEK / examined × 100).',
          }),
          lowerPercent('UKM.C6.C.3', '3)', 'Prevalensi balita kurus (wasting)', '%', '<9,5', 'Balita'),
          lowerPercent(
            'UKM.C6.C.4',
            '4)',
            'Prevalensi balita berat badan kurang pada balita',
            '%',
            '<17',
            'Balita',
          ),
          coverageOfEvents(
            'UKM.C6.C.5',
            '5)',
            'Cakupan balita gizi buruk mendapat perawatan',
            '%',
            '100',
            'Balita Gizi Buruk',
            {
              note: 'Severely malnourished under-fives are found during the year: numerator and denominator entered monthly (ratio).',
            },
          ),
          lowerPercent('UKM.C6.C.6', '6)', 'Presentase Ibu Hamil Anemia', '%', '36', 'Ibu Hamil'),
        ]),
        group('UKM.C6.D', 'D.', 'Upaya Peningkatan Mutu Dan Kecukupan Gizi', [
          coverage('UKM.C6.D.1', '1)', 'Cakupan bayi baru lahir mendapat IMD', '%', '90', 'Bayi baru lahir'),
          coverageOfEvents('UKM.C6.D.2', '2)', 'Cakupan penimbangan balita (D/S)', '%', '85', 'Balita', {
            note:
              'D/S is a monthly participation rate: summing monthly D against the annual S would give ~12 × S. ' +
              'Entered monthly as D (weighed) and S (balita of the month), R = ΣD / ΣS × 100, the mean monthly D/S.',
          }),
          lowerPercent(
            'UKM.C6.D.3',
            '3)',
            'Presentasu Bayi dengan Berat Badan Lahir Rendah (<2500 gram)',
            '%',
            '3,8',
            'Bayi Berat badan Lahir Rendah',
            {
              nothingToCount: 'exclude',
              note:
                'Sasaran printed "Bayi Berat badan Lahir Rendah" is the numerator; the denominator entered ' +
                'is the number of live births weighed. Lower is better, at most 3,8 %.',
            },
          ),
          coverageOfEvents(
            'UKM.C6.D.4',
            '4)',
            'Cakupan Balita Ditimbang yang naik berat badannya (N/D)',
            '%',
            '84',
            'Balita',
            {
              note: 'N/D: the denominator is D (balita weighed that month), not the printed "Balita"; N and D entered monthly (ratio).',
            },
          ),
        ]),
      ]),
    ]),

    group('UKM.D', 'D.', 'INDIKATOR UPAYA PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR LANGSUNG (P2ML)', [
      group('UKM.D1', 'D1', 'P2 TB', [
        coverage('UKM.D1.1', '1)', 'Pelayanan kesehatan terduga TB', '%', '100', 'Terduga TB', {
          sameAs: 'SPM.11',
          note:
            'The same count as SPM 11 (presumptive TB served, against the estimated presumptive TB of the ' +
            'year): entered once, there.',
        }),
        rate(
          100000,
          'higher',
          'UKM.D1.2',
          '2)',
          'Angka notifikasi semua kasus TB yang diobati (case notification rate/CNR)',
          'per 100.000 penddk',
          '212',
          'Penderita TB',
          {
            note:
              'CNR: TB cases notified per 100.000 population, higher is better. Sasaran printed "Penderita TB" ' +
              'names the numerator; the sasaran entered is the population.',
          },
        ),
        coverage(
          'UKM.D1.3',
          '3)',
          'Cakupan pengobatan semua kasus TB yang diobati (Case Detection Rate / CDR)',
          '%',
          '90',
          'Penderita TB',
          {
            note: 'CDR: cases treated against the estimated TB incidence set for the year (the sasaran), so count entry.',
          },
        ),
        coverageOfEvents(
          'UKM.D1.4',
          '4)',
          'Angka keberhasilan pengobatan pasien TB semua kasus (Succes Rate/ SR)',
          '%',
          '90',
          'Kasus',
        ),
        coverageOfEvents(
          'UKM.D1.5',
          '5)',
          'Angka kesembuhan pengobatan pasien TB terkonfirmasi bakteriologis positif (cure rete/CR)',
          '%',
          '85',
          'Kasus',
        ),
        amount('UKM.D1.6', '6)', 'Penemuan kasus resistan obat', 'Kasus', '45', 'Kasus Komulatif kab', {
          targetScope: 'district',
          note:
            'A count of cases (value, higher, summed monthly). The sasaran "Kasus Komulatif kab" says 45 is the ' +
            "district's cumulative target, not each Puskesmas': Dinkes shares the 45 out among its Puskesmas " +
            '(the shares sum to 45) and each is scored against its own share; without a share the row is ' +
            'not scored (no target yet).',
        }),
        coverageOfEvents(
          'UKM.D1.7',
          '7)',
          'Keberhasilan pengobatan pasien TB resisten obat',
          '%',
          '80',
          'Kasus',
        ),
        coverageOfEvents(
          'UKM.D1.8',
          '8)',
          'Persentase kasus TB yang mengetahui status HIV',
          '%',
          '75',
          'Kasus',
        ),
      ]),
      group('UKM.D2', 'D2', 'P2 Kusta', [
        coverageOfEvents(
          'UKM.D2.1',
          '1)',
          'Proporsi Kasus kusta baru tanpa cacat tingkat dua',
          '%',
          '90',
          'Kasus',
        ),
        coverageOfEvents(
          'UKM.D2.2',
          '2)',
          'Persentase penderita kusta yang menyelesaikan pengobatan kusta tepat waktu',
          '%',
          '90',
          'Kasus',
        ),
      ]),
      group('UKM.D3', 'D3', 'P2 HIV', [
        coverage(
          'UKM.D3.1',
          '1)',
          'Pelayanan kesehatan orang beresiko terinfeksi HIV sesuai standar',
          '%',
          '100',
          'Orang',
          {
            sameAs: 'SPM.12',
            note:
              'The same count as SPM 12 (people at risk of HIV served, against the estimate of the year): ' +
              'entered once, there.',
          },
        ),
        coverageOfEvents('UKM.D3.2', '2)', 'ODHIV baru yang mulai pengobatan ARV', '%', '85', 'Penderita'),
        coverageOfEvents('UKM.D3.3', '3)', 'TPT pada ODHIV', '%', '50', 'Penderita'),
        coverageOfEvents('UKM.D3.4', '4)', 'ODHIV on ARV tes Viral Load', '%', '65', 'Penderita'),
      ]),
      group('UKM.D4', 'D4', 'P2 ISPA / Pneumonia', [
        coverageOfEvents(
          'UKM.D4.1',
          '1)',
          'Prosentase pengobatan Kasus pneumonia sesuai standar',
          '%',
          '70',
          'Balita',
          {
            note: 'Pneumonia cases treated to standard out of cases found (ratio); the printed sasaran "Balita" is the age group.',
          },
        ),
      ]),
      group('UKM.D5', 'D5', 'P2 Diare', [
        coverage('UKM.D5.1', '1)', 'Penemuan penderita Diare balita', '%', '100', 'Balita', {
          note: 'Cases found against the estimated number of diarrhoea cases among balita set for the year (count).',
        }),
        coverageOfEvents('UKM.D5.2', '2)', 'Pelayanan penderita Diare balita', '%', '100', 'Balita', {
          note: 'Cases treated to standard out of cases found (ratio); the printed sasaran "Balita" is the age group.',
        }),
      ]),
      group('UKM.D6', 'D6', 'P2 HEPATITIS', [
        coverage('UKM.D6.1', '1)', 'Deteksi Dini Hepatitis B pada Ibu Hamil', '%', '100', 'Ibu Hamil'),
      ]),
    ]),

    group(
      'UKM.E',
      'E.',
      'INDIKATOR UPAYA PENCEGAHAN DAN PENGENDALIAN PENYAKIT TULAR VEKTOR dan ZONOSIS (P2PTVZ)',
      [
        group('UKM.E1', 'E1', 'P2 DBD & Chikungunya', [
          coverageOfEvents('UKM.E1.1', '1)', 'Cakupan DBD yang ditangani', '%', '100 %', 'Orang'),
          rate(
            100000,
            'lower',
            'UKM.E1.2',
            '2)',
            'Angka kesakitan penderita DBD',
            'per 100 rb pendk',
            '< 30',
            'Orang',
            {
              note: 'Sasaran printed "Orang": the sasaran entered is the population (unit per 100 rb penduduk).',
            },
          ),
          lowerPercent('UKM.E1.3', '3)', 'Angka kematian kasus DBD', '%', '< 1', 'Orang', {
            nothingToCount: 'exclude',
          }),
          coverageOfEvents('UKM.E1.4', '4)', 'Angka bebas jentik', '%', '≥ 95', 'rumah', {
            note: 'Houses free of larvae out of houses inspected; the inspected houses are entered monthly (ratio).',
          }),
        ]),
        group('UKM.E2', 'E2', 'P2 Malaria', [
          coverageOfEvents('UKM.E2.1', '1)', 'Cakupan penderita malaria ditangani', '%', '100', 'Orang'),
          rate(1000, 'lower', 'UKM.E2.2', '2)', 'Angka kesakitan Malaria', 'Per 1000 pddk', '< 1', 'Orang', {
            note: 'Sasaran printed "Orang": the sasaran entered is the population (unit per 1000 penduduk).',
          }),
          lowerPercent('UKM.E2.3', '3)', 'Angka Kematian Malaria', '%', '0', 'Orang', {
            nothingToCount: 'exclude',
          }),
        ]),
        group('UKM.E3', 'E3', 'P2 Filariasis dan Kecacingan', [
          coverage(
            'UKM.E3.1',
            '1)',
            'Anak usia 2-12 minum obat cacing 2x setahun',
            '%',
            '100',
            'Anak usia 2-12 th',
          ),
          lowerPercent('UKM.E3.2', '2)', 'Prevalensi kecacingan', '%', '<10', 'Anak usia 2-12 th'),
        ]),
        group('UKM.E4', 'E4', 'P2 Zoonosis', [
          coverageOfEvents(
            'UKM.E4.1',
            '1)',
            'Cakupan penderita Leptospirosis di tangani',
            '%',
            '100',
            'Orang',
          ),
          rate(
            100000,
            'lower',
            'UKM.E4.2',
            '2)',
            'Angka kesakitan Leptospirosis',
            '/100.000 pend',
            '<3/100.000 pend',
            'Orang',
            {
              note: 'Target "<3/100.000 pend" read as a rate below 3 per 100.000 population; sasaran entered is the population.',
            },
          ),
          lowerPercent('UKM.E4.3', '3)', 'Angka kematian Leptospirosis', '%', '0', 'Orang', {
            nothingToCount: 'exclude',
          }),
          lowerPercent('UKM.E4.4', '4)', 'P2 GHPR (Gigitan Hewan Penular Rabies)', '%', '0', 'Orang', {
            nothingToCount: 'exclude',
            note:
              'The row names only the programme. A 0 % target fits only an adverse outcome, so like the death ' +
              'rows above it we read it as the share of rabies-transmitting animal bite cases ending in rabies ' +
              '(lyssa) death, lower is better, exactly 0. The district should confirm.',
          }),
        ]),
      ],
    ),

    group('UKM.F', 'F.', 'Indikator Upaya Pencegahan Dan Pengendalian Penyakit Tidak Menular', [
      group('UKM.F1', 'F1', 'Pencegahan dan Pengendalian Penyakit Tidak Menular', [
        coverageOfStock('UKM.F1.1', '1)', 'Cakupan posbindu desa', '%', '100', 'Desa'),
        amount('UKM.F1.2', '2)', 'Cakupan Posbindu Institusi', 'posbindu', '34', 'Posbindu', {
          note:
            'Unit "posbindu", target 34: a number of institutional posbindu, not a percentage (value, higher). ' +
            'Entered as the posbindu newly set up in the month, summed over the year.',
        }),
        coverageOfStock(
          'UKM.F1.3',
          '3)',
          'Puskesmas menyelenggarakan layanan Upaya Berhenti Merokok',
          '%',
          '100',
          'Pusk',
        ),
        coverageOfEvents(
          'UKM.F1.4',
          '4)',
          'Cakupan pelayanan terpadu (Pandu) PTM',
          'Pasien',
          '100',
          'Pasien',
          {
            note: 'Unit printed "Pasien" with target 100: read as 100 % of PTM patients served with Pandu (ratio of patients).',
          },
        ),
        coverage(
          'UKM.F1.5',
          '5)',
          'Cakupan deteksi dini gangguan indera pada ≥ 45% populasi',
          '%',
          '45',
          'Masy',
          {
            note: 'The source text renders "≥ 45%" in the name as LaTeX ($\\geq 45\\%$); transcribed as "≥ 45%".',
          },
        ),
        coverage(
          'UKM.F1.6',
          '6)',
          'Cakupan Deteksi Dini Kanker Leher Rahim dengan Metode IVA dan Kanker Payudara dengan Pemeriksaan Klinis (SADANIS)',
          '%',
          '30',
          'Wanita usia subur',
        ),
        group(
          'UKM.F1.7',
          '7)',
          'Persentase penduduk sesuai kelompok usia yang dilakukan skrining PTM prioritas',
          [
            coverage(
              'UKM.F1.7.1',
              '-',
              'Cakupan Deteksi Dini Hipertensi',
              '%',
              '70',
              'Penderita Hipertensi',
              {
                note: SKRINING_PTM,
              },
            ),
            coverage('UKM.F1.7.2', '-', 'Cakupan Deteksi Dini Obesitas', '%', '70', 'Penderita Obesitas', {
              note: SKRINING_PTM,
            }),
            coverage('UKM.F1.7.3', '-', 'Cakupan Deteksi Dini Diabetes Melitus', '%', '70', 'Penderita DM', {
              note: SKRINING_PTM,
            }),
            coverage('UKM.F1.7.4', '-', 'Cakupan Deteksi Stroke', '%', '70', 'Penderita Stroke', {
              note: SKRINING_PTM,
            }),
            coverage(
              'UKM.F1.7.5',
              '-',
              'Cakupan Deteksi Dini Penyakit Jantung',
              '%',
              '70',
              'Penderita peny Jantung',
              {
                note: SKRINING_PTM,
              },
            ),
            coverage(
              'UKM.F1.7.6',
              '-',
              'Cakupan Deteksi Dini Penyakit Paru Obstruksi Kronis (PPOK)',
              '%',
              '70',
              'Penderita PPOK',
              { note: SKRINING_PTM },
            ),
            coverage(
              'UKM.F1.7.7',
              '-',
              'Cakupan Deteksi Dini Kanker Payudara',
              '%',
              '70',
              'Penderita Kanker Payudara',
              { note: SKRINING_PTM },
            ),
            coverage(
              'UKM.F1.7.8',
              '-',
              'Cakupan Deteksi Dini Kanker Leher Rahim',
              '%',
              '70',
              'Penderita kanker leher Rahim',
              { note: SKRINING_PTM },
            ),
            coverage(
              'UKM.F1.7.9',
              '-',
              'Cakupan Deteksi Dini Gangguan Indera',
              '%',
              '70',
              'Penderita Gangguan indra',
              { note: SKRINING_PTM },
            ),
          ],
          { unit: '%', target: '70', sasaran: 'Penderita PTM prioritas' },
        ),
        coverageOfEvents(
          'UKM.F1.8',
          '8)',
          'Persentase penyandang diabetes melitus yang gula darahnya terkontrol di puskesmas/FKTP',
          '%',
          '58',
          'Penderita DM terkontrol',
          {
            note:
              'Controlled out of people with DM served (both entered monthly, ratio); the printed sasaran ' +
              '"Penderita DM terkontrol" names the numerator.',
          },
        ),
        coverageOfEvents(
          'UKM.F1.9',
          '9)',
          'Persentase penyandang hipertensi yang tekanan darahnya terkontrol di puskesmas/FKTP',
          '%',
          '63',
          'Penderita HT terkendali',
          {
            note:
              'Controlled out of people with hypertension served (both entered monthly, ratio); the printed ' +
              'sasaran "Penderita HT terkendali" names the numerator.',
          },
        ),
      ]),
      group('UKM.F2', 'F2.', 'Upaya Kesehatan Jiwa', [
        coverageOfEvents(
          'UKM.F2.1',
          '1)',
          'Cakupan penemuan dan penanganan pasien pasung dan repasung',
          '%',
          '100',
          'pasien pasung dan repasung',
        ),
        coverage(
          'UKM.F2.2',
          '2)',
          'Persentase penduduk ≥ 15 tahun dengan resiko masalah kesehatan jiwa yang mendapatkan screening',
          '%',
          '30',
          'penduduk ≥ 15 tahun',
        ),
        coverage(
          'UKM.F2.3',
          '3)',
          'Persentase penyandang gangguan jiwa yang memperoleh layanan di fasyakes',
          '%',
          '30',
          'penyandang gangguan jiwa',
          {
            note: 'The sasaran is the estimated number of people with mental disorders set for the year (count).',
          },
        ),
      ]),
    ]),

    group('UKM.G', 'G.', 'Indikator Pelayanan Imunisasi', [
      coverage('UKM.G.1', '1)', 'Imunisasi Dasar Lengkap', '%', '95', 'Bayi'),
      coverageOfStock(
        'UKM.G.2',
        '2)',
        'Universal Child Immunization (UCI Desa/ Kelurahan)',
        '%',
        '80',
        'Desa',
      ),
      coverage('UKM.G.3', '3)', 'Imunisasi DPT/ HB - Hib Lanjutan', '%', '95', 'Baduta'),
      coverage('UKM.G.4', '4)', 'Imunisasi Campak / MR Lanjutan', '%', '95', 'Baduta'),
      coverage(
        'UKM.G.5',
        '5)',
        'Imunisasi Campak / MR pada Siswa SD kelas 1',
        '%',
        '98',
        'Siswa SD / MI Kelas 1',
      ),
      coverage(
        'UKM.G.6',
        '6)',
        'Imunisasi BIAS HPV pada Siswa Perempuan SD Kelas 5 dan 6',
        '%',
        '80',
        'Siswa SD / MI Kelas 2 dan 5',
        {
          note:
            'The name says girls of grades 5 and 6, the printed sasaran "Kelas 2 dan 5" (apparently copied from ' +
            'the Td row). Kept as printed; the sasaran entered is the group the name describes.',
        },
      ),
      coverage('UKM.G.7', '7)', 'Imunisasi DT pada siswa SD kelas 1 SD', '%', '98', 'Siswa SD / MI Kelas 1'),
      coverage(
        'UKM.G.8',
        '8)',
        'Imunisasi Td pada siswa SD kelas 2 dan 5',
        '%',
        '98',
        'Siswa SD / MI Kelas 1',
        {
          note:
            'The name says grades 2 and 5, the printed sasaran "Kelas 1". Kept as printed; the sasaran entered is ' +
            'the group the name describes.',
        },
      ),
      coverage('UKM.G.9', '9)', 'Imunisasi Td 5 pada WUS (15 – 39 th)', '%', '95', 'WUS'),
      coverage('UKM.G.10', '10)', 'Imunisasi TT 2 plus pada Bumil', '%', '95', 'Bumil'),
    ]),

    group('UKM.H', 'H.', 'Indikator Upaya Surveilans Epidemiologi', [
      ontimeReport(
        'UKM.H.1',
        '1)',
        'Laporan Surveilans Terpadu Puskesmas tepat waktu',
        'per bln',
        'Maks tgl 5',
        'Laporan STP',
      ),
      ontimeReport('UKM.H.2', '2)', 'Laporan C1 tepat waktu', 'per bln', 'maks tgl 5', 'Laporan C1'),
      weeklyReport(
        'UKM.H.3',
        '3)',
        'Laporan W2 (mingguan) tepat waktu',
        'per mgg',
        'Maks tgl 5',
        'Laporan W2',
        {
          note:
            'A weekly report ("per mgg") printed with the monthly deadline "Maks tgl 5", which is when the ' +
            "month's figure is due. Entered per month as the number of its weeks whose W2 was sent on time; " +
            'scored as the weeks on time out of the weeks due (the weeks, Monday–Sunday, ending in the months ' +
            'due: 53 in 2023), target 100 %.',
        },
      ),
      ontimeEvents(
        'UKM.H.4',
        '4)',
        'Cakupan KLB/ wabah ditangani dalam waktu kurang dari 24 jam',
        'Kasus',
        '100%',
        'LB/wabah',
        {
          note: 'Unit "Kasus": outbreaks handled within 24 h out of outbreaks (both entered monthly), target 100 % on time.',
        },
      ),
      coverageOfEvents('UKM.H.5', '5)', 'Verifikasi sinyal KLB (alert)', 'Lap Ewars', '> 80 %', 'Alert/KLB', {
        note: 'Unit "Lap Ewars": EWARS alerts verified out of alerts raised (both entered monthly), above 80 %.',
      }),
      valueOfRatio(
        'lower',
        1,
        'UKM.H.6',
        '6)',
        'Lama waktu Penanggulangan KLB PD3I',
        'jam',
        '< 24 Jam',
        'KLB PD3I',
        {
          nothingToCount: 'exclude',
          note: 'Mean hours: total response hours / number of PD3I outbreaks (both entered monthly), lower is better, under 24.',
        },
      ),
      valueOfRatio(
        'lower',
        1,
        'UKM.H.7',
        '7)',
        'Lama waktu Respon PIE (pyk infeksi emerging)',
        'jam',
        '< 24 Jam',
        'PIE (penyakit infeksi emerging)',
        {
          nothingToCount: 'exclude',
          note: 'Mean hours: total response hours / number of PIE events (both entered monthly), lower is better, under 24.',
        },
      ),
    ]),

    group('UKM.I', 'I.', 'Indikator Pelayanan Keperawatan Kesehatan Masyarakat', [
      group('UKM.I1', '11.', 'INDIKATOR PIS-PK dan PERKESMAS / Home care', [
        coverageOfStock('UKM.I1.1', '1)', 'Cakupan Keluarga Binaan', 'KK', '80', 'KK', {
          note:
            'Unit printed "KK" with target 80: read as 80 % of the KK sasaran (coverage). The variable is ' +
            'printed "11.", read as I1 (code UKM.I1).',
        }),
      ]),
    ]),
  ],
);
