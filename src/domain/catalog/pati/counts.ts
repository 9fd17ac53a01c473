// What each monthly row of the Pati catalog counts, in the words of the person who enters it. The
// decree prints a name, a unit, a target and a sasaran, never the numerator: without these an officer
// guesses (K4 visits or mothers? cases found or treated?). Kept beside the tables, by code, so the
// tables stay a transcription of the annex; `withCounts` joins them, and pati-catalog/counts tests
// check that every monthly row has its words and no code is stale.
//
// A ratio row names both monthly figures; a count or a stock names its numerator and the annual
// sasaran it is set against (the decree's sasaran column, as the catalog reads it: the ANC rows'
// "Bayi" is the pregnant women, the death rates' the live births); amounts, ya/tidak and on-time rows
// name what is counted or answered.
import type { CatalogCluster, CatalogNode, IndicatorCounts } from '../types.ts';

/** Numerator and denominator (or sasaran). */
const of = (numerator: string, denominator: string): IndicatorCounts => ({ numerator, denominator });
/** A figure with no denominator: an amount, a ya/tidak answer, an on-time report. */
const only = (numerator: string): IndicatorCounts => ({ numerator });

const IBU_HAMIL = 'Ibu hamil di wilayah kerja';
const IBU_BERSALIN = 'Ibu bersalin di wilayah kerja';
const NEONATUS = 'Neonatus (bayi baru lahir) di wilayah kerja';
const BALITA = 'Balita di wilayah kerja';
const DESA = 'Desa/kelurahan di wilayah kerja';
const KELAHIRAN_HIDUP = 'Kelahiran hidup di wilayah kerja';
const PENDUDUK = 'Penduduk di wilayah kerja';
const PUSKESMAS_SATU = 'Puskesmas ini (sasaran 1)';

/** The nine PTM screenings of UKM F1.7: the sasaran is the population to screen, not the patients. */
const screening = (what: string): IndicatorCounts =>
  of(
    `Penduduk sesuai kelompok usia yang diskrining ${what}`,
    `Penduduk sasaran skrining ${what} (sesuai kelompok usia) di wilayah kerja`,
  );

export const PATI_COUNTS: Readonly<Record<string, IndicatorCounts>> = {
  // Table 1: SPM. The sasaran is the SPM target population of the service for the year.
  'SPM.01': of('Ibu hamil yang mendapat pelayanan antenatal sesuai standar', IBU_HAMIL),
  'SPM.02': of('Ibu bersalin yang mendapat pelayanan persalinan sesuai standar di fasyankes', IBU_BERSALIN),
  'SPM.03': of(
    'Bayi baru lahir (0–28 hari) yang mendapat pelayanan neonatal esensial sesuai standar',
    NEONATUS,
  ),
  'SPM.04': of('Balita (0–59 bulan) yang mendapat pelayanan kesehatan sesuai standar', BALITA),
  'SPM.05': of(
    'Anak usia pendidikan dasar (kelas 1–9, dan usia 7–15 tahun di luar sekolah) yang mendapat skrining kesehatan sesuai standar',
    'Anak usia pendidikan dasar di wilayah kerja',
  ),
  'SPM.06': of(
    'Warga usia 15–59 tahun yang mendapat skrining kesehatan sesuai standar',
    'Warga usia 15–59 tahun di wilayah kerja',
  ),
  'SPM.07': of(
    'Warga usia 60 tahun ke atas yang mendapat skrining kesehatan sesuai standar',
    'Warga usia 60 tahun ke atas di wilayah kerja',
  ),
  'SPM.08': of(
    'Penderita hipertensi usia ≥ 15 tahun yang mendapat pelayanan kesehatan sesuai standar',
    'Perkiraan penderita hipertensi usia ≥ 15 tahun di wilayah kerja',
  ),
  'SPM.09': of(
    'Penderita diabetes melitus usia ≥ 15 tahun yang mendapat pelayanan kesehatan sesuai standar',
    'Perkiraan penderita diabetes melitus usia ≥ 15 tahun di wilayah kerja',
  ),
  'SPM.10': of(
    'Orang dengan gangguan jiwa berat (ODGJ berat) yang mendapat pelayanan kesehatan jiwa sesuai standar',
    'Perkiraan ODGJ berat di wilayah kerja',
  ),
  'SPM.11': of(
    'Orang terduga TB yang mendapat pelayanan sesuai standar',
    'Perkiraan orang terduga TB di wilayah kerja',
  ),
  'SPM.12': of(
    'Orang berisiko terinfeksi HIV yang mendapat pemeriksaan HIV sesuai standar',
    'Perkiraan orang berisiko terinfeksi HIV di wilayah kerja',
  ),

  // Table 2 A: promosi kesehatan (stocks: how many hold the status this month).
  'UKM.A1.1': of('Kecamatan dengan forum kecamatan sehat yang aktif', 'Kecamatan di wilayah kerja'),
  'UKM.A1.2': of('Posyandu berstrata mandiri', 'Posyandu di wilayah kerja'),
  'UKM.A1.3': of('Poskestren (pos kesehatan pesantren) yang aktif', 'Poskestren di wilayah kerja'),
  'UKM.A2.1': of(
    'Rumah tangga yang memenuhi indikator PHBS tatanan rumah tangga (rumah tangga sehat)',
    'Rumah tangga di wilayah kerja',
  ),
  'UKM.A2.2': of('Kegiatan kampanye Germas yang dilaksanakan', 'Kampanye Germas yang direncanakan setahun'),
  'UKM.A3.1': of(
    'Media sosial Puskesmas yang aktif (diperbarui dalam bulan ini)',
    'Media sosial yang dimiliki Puskesmas',
  ),
  'UKM.A4.1': of(
    'Perusahaan/dunia usaha yang menjalin kemitraan dengan Puskesmas',
    'Perusahaan/dunia usaha di wilayah kerja',
  ),
  'UKM.A4.2': of('Ormas yang menjalin kemitraan dengan Puskesmas', 'Ormas di wilayah kerja'),

  // Table 2 B: kesehatan lingkungan.
  'UKM.B1.1': of(
    'Sarana air minum yang diawasi/diperiksa kualitas airnya sesuai standar',
    'Sarana air minum di wilayah kerja',
  ),
  'UKM.B1.2': of('Desa/kelurahan yang melaksanakan STBM', DESA),
  'UKM.B1.3': of('Keluarga yang memiliki akses rumah sehat', 'Keluarga di wilayah kerja'),
  'UKM.B2.1': of('Tempat-tempat umum (TTU) yang memenuhi syarat kesehatan', 'TTU di wilayah kerja'),
  'UKM.B3.1': of('Tempat pengelolaan makanan (TPM) yang memenuhi syarat', 'TPM di wilayah kerja'),
  'UKM.B3.2': of(
    'Tempat pengelolaan pangan (TPP) yang bersertifikat laik higiene sanitasi (SLHS)',
    'TPP di wilayah kerja',
  ),
  'UKM.B3.3': of('TPP yang berlabel memenuhi syarat (MS)', 'TPP di wilayah kerja'),
  'UKM.B4.1': of(
    'Fasilitas pelayanan kesehatan yang mengelola limbah B3 sesuai standar',
    'Fasilitas pelayanan kesehatan di wilayah kerja',
  ),

  // Table 2 C1: maternal dan neonatal. The death rates are per live births; the ANC rows' printed
  // sasaran "Bayi" is read as the pregnant women (docs/catalog-notes.md).
  'UKM.C1.A.1': of('Kematian ibu (saat hamil, bersalin atau dalam 42 hari nifas)', KELAHIRAN_HIDUP),
  'UKM.C1.A.2': of('Ibu hamil yang mendapat pelayanan antenatal pertama (K1)', IBU_HAMIL),
  'UKM.C1.A.3': of(
    'Ibu hamil yang mendapat pelayanan antenatal minimal 4 kali sesuai jadwal (K4)',
    IBU_HAMIL,
  ),
  'UKM.C1.A.4': of(
    'Ibu hamil yang mendapat pelayanan antenatal minimal 6 kali sesuai jadwal (K6)',
    IBU_HAMIL,
  ),
  'UKM.C1.A.5': of('Ibu bersalin yang ditolong tenaga kesehatan di fasyankes', IBU_BERSALIN),
  'UKM.C1.A.6': of('Ibu nifas yang mendapat pelayanan nifas lengkap (KF4)', 'Ibu nifas di wilayah kerja'),
  'UKM.C1.A.7': of('Ibu hamil yang diskrining faktor risikonya oleh tenaga kesehatan', IBU_HAMIL),
  'UKM.C1.A.8': of('Ibu dengan komplikasi kebidanan yang ditangani sesuai standar', IBU_BERSALIN),
  'UKM.C1.A.9': of('Kelas ibu hamil dilaksanakan: isi 1 bila ya, 0 bila tidak', PUSKESMAS_SATU),
  'UKM.C1.A.10': of(
    'Kematian ibu dan anak yang datanya sudah dientri di aplikasi MPDN (OVM & OVP)',
    'Kematian ibu dan anak yang terjadi',
  ),
  'UKM.C1.B.1': of('Kematian bayi (0–11 bulan)', KELAHIRAN_HIDUP),
  'UKM.C1.B.2': of('Neonatus yang mendapat kunjungan neonatal pertama (KN1, 6–48 jam)', NEONATUS),
  'UKM.C1.B.3': of('Neonatus yang mendapat kunjungan neonatal lengkap (KN3)', NEONATUS),
  'UKM.C1.B.4': of('Neonatus dengan komplikasi yang ditangani sesuai standar', NEONATUS),

  // Table 2 C2–C4: balita, lansia, anak sekolah.
  'UKM.C2.1': of('Kematian balita (0–59 bulan)', KELAHIRAN_HIDUP),
  'UKM.C2.2': of(
    'Bayi (0–11 bulan) yang mendapat pelayanan kesehatan sesuai standar',
    'Bayi di wilayah kerja',
  ),
  'UKM.C2.3': of('Balita (12–59 bulan) yang mendapat pelayanan kesehatan sesuai standar', BALITA),
  'UKM.C2.4': of('Balita sakit yang dilayani dengan pendekatan MTBS', BALITA),
  'UKM.C2.5': of(
    'Balita yang mendapat stimulasi, deteksi dan intervensi dini tumbuh kembang (SDIDTK)',
    BALITA,
  ),
  'UKM.C2.6': of('Kelas ibu balita dilaksanakan: isi 1 bila ya, 0 bila tidak', PUSKESMAS_SATU),
  'UKM.C2.7': of('Balita yang memiliki buku KIA', 'Anak usia 0–59 bulan di wilayah kerja'),
  'UKM.C2.8': only('Ya bila Puskesmas memenuhi kriteria Puskesmas ramah anak'),
  'UKM.C3.1': of(
    'Lansia (≥ 60 tahun) yang mendapat skrining kesehatan sesuai standar',
    'Lansia di wilayah kerja',
  ),
  'UKM.C3.2': of('Desa/kelurahan yang memiliki posyandu lansia aktif', DESA),
  'UKM.C3.3': of('Posyandu lansia yang dibina Puskesmas', 'Posyandu lansia di wilayah kerja'),
  'UKM.C3.4': only('Ya bila Puskesmas menerapkan pelayanan santun lansia'),
  'UKM.C4.1': of(
    'Sekolah (SD/MI, SMP/MTs, SMA/MA/SMK) yang melaksanakan penjaringan kesehatan',
    'SD/MI, SMP/MTs dan SMA/MA/SMK di wilayah kerja',
  ),
  'UKM.C4.2': of(
    'Siswa kelas 1 SD/MI, 7 SMP/MTs dan 10 SMA/MA/SMK yang mendapat penjaringan kesehatan',
    'Siswa kelas 1, 7 dan 10 di wilayah kerja',
  ),
  'UKM.C4.3': of(
    'Siswa kelas 2–6 SD/MI dan 8–9 SMP/MTs yang mendapat pemeriksaan berkala',
    'Siswa kelas 2–6 SD/MI dan 8–9 SMP/MTs di wilayah kerja',
  ),
  'UKM.C4.4': of(
    'Siswa kelas 11–12 SMA/MA/SMK yang mendapat pemeriksaan berkala',
    'Siswa kelas 11–12 SMA/MA/SMK di wilayah kerja',
  ),
  'UKM.C4.7': of('Sekolah yang melaksanakan UKS', 'Sekolah di wilayah kerja'),
  'UKM.C4.8': of(
    'Sekolah/madrasah yang melaksanakan skrining anemia siswa kelas 7 dan 10',
    'Sekolah/madrasah dengan kelas 7 dan 10 di wilayah kerja',
  ),
  'UKM.C4.9': of('SMP dan SMA yang melaksanakan aksi bergizi', 'SMP dan SMA di wilayah kerja'),

  // Table 2 C5–C6: usia reproduksi, remaja, gizi.
  'UKM.C5.A.1': of('Peserta KB aktif', 'Pasangan usia subur di wilayah kerja'),
  'UKM.C5.A.3': of(
    'Calon pengantin yang mendapat pelayanan kesehatan sesuai standar',
    'Calon pengantin yang terdaftar',
  ),
  'UKM.C5.B.1': of('Remaja putri yang mengonsumsi tablet tambah darah', 'Remaja putri di wilayah kerja'),
  'UKM.C5.B.2': of(
    'Remaja putri kelas 7 dan 10 yang diskrining anemia',
    'Remaja putri kelas 7 dan 10 di wilayah kerja',
  ),
  'UKM.C5.B.3': of(
    'Remaja putri kelas 7 dan 10 yang anemia menurut skrining',
    'Remaja putri kelas 7 dan 10 yang diskrining',
  ),
  'UKM.C5.B.4': of('Desa/kelurahan yang memiliki posyandu remaja', DESA),
  'UKM.C6.A.1': of('Ibu hamil yang mendapat minimal 90 tablet tambah darah', IBU_HAMIL),
  'UKM.C6.A.2': of(
    'Bayi 6–11 bulan yang mendapat kapsul vitamin A dosis tinggi',
    'Bayi 6–11 bulan di wilayah kerja',
  ),
  'UKM.C6.A.3': of(
    'Balita 12–59 bulan yang mendapat kapsul vitamin A dosis tinggi',
    'Balita 12–59 bulan di wilayah kerja',
  ),
  'UKM.C6.A.4': of('Ibu hamil KEK yang mendapat PMT pemulihan', 'Ibu hamil KEK yang ditemukan'),
  'UKM.C6.A.5': of('Ibu nifas yang mendapat kapsul vitamin A', 'Ibu nifas di wilayah kerja'),
  'UKM.C6.A.6': of('Balita gizi kurang yang mendapat makanan tambahan', 'Balita gizi kurang yang ditemukan'),
  'UKM.C6.B.1': of(
    'Balita pendek dan sangat pendek (TB/U < −2 SD)',
    'Balita yang diukur tinggi/panjang badannya',
  ),
  'UKM.C6.B.2': of('Bayi < 6 bulan yang mendapat ASI eksklusif', 'Bayi < 6 bulan di wilayah kerja'),
  'UKM.C6.B.4': of(
    'Baduta pendek dan sangat pendek (PB/U < −2 SD)',
    'Baduta (0–23 bulan) yang diukur panjang badannya',
  ),
  'UKM.C6.C.1': of('Balita gizi buruk', 'Balita yang ditimbang dan diukur'),
  'UKM.C6.C.2': of('Ibu hamil KEK (LiLA < 23,5 cm)', 'Ibu hamil yang diukur LiLA-nya'),
  'UKM.C6.C.3': of('Balita kurus (BB/TB < −2 SD)', 'Balita yang ditimbang dan diukur'),
  'UKM.C6.C.4': of('Balita berat badan kurang (BB/U < −2 SD)', 'Balita yang ditimbang'),
  'UKM.C6.C.5': of(
    'Balita gizi buruk yang mendapat perawatan sesuai standar',
    'Balita gizi buruk yang ditemukan',
  ),
  'UKM.C6.C.6': of('Ibu hamil anemia (Hb < 11 g/dL)', 'Ibu hamil yang diperiksa Hb-nya'),
  'UKM.C6.D.1': of(
    'Bayi baru lahir yang mendapat inisiasi menyusu dini (IMD)',
    'Bayi baru lahir di wilayah kerja',
  ),
  'UKM.C6.D.2': of('Balita yang ditimbang bulan ini (D)', 'Balita yang ada bulan ini (S)'),
  'UKM.C6.D.3': of('Bayi lahir hidup dengan berat < 2.500 gram', 'Bayi lahir hidup yang ditimbang'),
  'UKM.C6.D.4': of('Balita ditimbang yang naik berat badannya (N)', 'Balita yang ditimbang bulan ini (D)'),

  // Table 2 D: penyakit menular langsung.
  'UKM.D1.1': of(
    'Orang terduga TB yang mendapat pelayanan sesuai standar',
    'Perkiraan orang terduga TB di wilayah kerja',
  ),
  'UKM.D1.2': of('Kasus TB (semua kasus) yang ditemukan dan diobati', PENDUDUK),
  'UKM.D1.3': of(
    'Kasus TB (semua kasus) yang ditemukan dan diobati',
    'Perkiraan insiden kasus TB di wilayah kerja',
  ),
  'UKM.D1.4': of(
    'Pasien TB (semua kasus) yang berhasil diobati: sembuh dan pengobatan lengkap',
    'Pasien TB (semua kasus) yang diobati dalam kohort yang dievaluasi',
  ),
  'UKM.D1.5': of(
    'Pasien TB terkonfirmasi bakteriologis yang sembuh',
    'Pasien TB terkonfirmasi bakteriologis yang diobati dalam kohort yang dievaluasi',
  ),
  'UKM.D1.6': only('Kasus TB resistan obat yang ditemukan'),
  'UKM.D1.7': of(
    'Pasien TB resistan obat yang berhasil diobati',
    'Pasien TB resistan obat yang diobati dalam kohort yang dievaluasi',
  ),
  'UKM.D1.8': of('Kasus TB yang mengetahui status HIV-nya', 'Kasus TB yang ditemukan'),
  'UKM.D2.1': of('Kasus kusta baru tanpa cacat tingkat 2', 'Kasus kusta baru yang ditemukan'),
  'UKM.D2.2': of(
    'Penderita kusta yang menyelesaikan pengobatan tepat waktu (RFT)',
    'Penderita kusta yang seharusnya selesai berobat',
  ),
  'UKM.D3.1': of(
    'Orang berisiko terinfeksi HIV yang mendapat pemeriksaan HIV sesuai standar',
    'Perkiraan orang berisiko terinfeksi HIV di wilayah kerja',
  ),
  'UKM.D3.2': of('ODHIV baru yang mulai pengobatan ARV', 'ODHIV baru yang ditemukan'),
  'UKM.D3.3': of('ODHIV yang mendapat terapi pencegahan TB (TPT)', 'ODHIV tanpa TB aktif yang dilayani'),
  'UKM.D3.4': of('ODHIV yang mendapat ARV dan dites viral load', 'ODHIV yang mendapat ARV'),
  'UKM.D4.1': of(
    'Kasus pneumonia balita yang diobati sesuai standar',
    'Kasus pneumonia balita yang ditemukan',
  ),
  'UKM.D5.1': of(
    'Penderita diare balita yang ditemukan dan dilayani',
    'Perkiraan kasus diare balita di wilayah kerja',
  ),
  'UKM.D5.2': of(
    'Penderita diare balita yang dilayani sesuai standar (oralit dan zinc)',
    'Penderita diare balita yang ditemukan',
  ),
  'UKM.D6.1': of('Ibu hamil yang diperiksa hepatitis B (HBsAg)', IBU_HAMIL),

  // Table 2 E: penyakit tular vektor dan zoonosis. Morbidity rates are per population.
  'UKM.E1.1': of('Kasus DBD yang ditangani sesuai standar', 'Kasus DBD yang ditemukan'),
  'UKM.E1.2': of('Kasus DBD baru', PENDUDUK),
  'UKM.E1.3': of('Kematian karena DBD', 'Kasus DBD'),
  'UKM.E1.4': of('Rumah yang bebas jentik', 'Rumah yang diperiksa jentiknya'),
  'UKM.E2.1': of('Penderita malaria yang diobati sesuai standar', 'Penderita malaria yang ditemukan'),
  'UKM.E2.2': of('Kasus malaria positif', PENDUDUK),
  'UKM.E2.3': of('Kematian karena malaria', 'Kasus malaria'),
  'UKM.E3.1': of('Anak usia 2–12 tahun yang minum obat cacing', 'Anak usia 2–12 tahun di wilayah kerja'),
  'UKM.E3.2': of(
    'Anak usia 2–12 tahun yang positif cacingan',
    'Anak usia 2–12 tahun yang diperiksa tinjanya',
  ),
  'UKM.E4.1': of(
    'Penderita leptospirosis yang ditangani sesuai standar',
    'Penderita leptospirosis yang ditemukan',
  ),
  'UKM.E4.2': of('Kasus leptospirosis', PENDUDUK),
  'UKM.E4.3': of('Kematian karena leptospirosis', 'Kasus leptospirosis'),
  'UKM.E4.4': of(
    'Kasus gigitan hewan penular rabies yang berakhir kematian (lyssa)',
    'Kasus gigitan hewan penular rabies',
  ),

  // Table 2 F: penyakit tidak menular dan kesehatan jiwa.
  'UKM.F1.1': of('Desa/kelurahan yang memiliki posbindu PTM aktif', DESA),
  'UKM.F1.2': only('Posbindu institusi yang baru dibentuk'),
  'UKM.F1.3': of(
    'Layanan upaya berhenti merokok (UBM) tersedia: isi 1 bila ya, 0 bila tidak',
    PUSKESMAS_SATU,
  ),
  'UKM.F1.4': of('Pasien PTM yang dilayani dengan pelayanan terpadu (Pandu) PTM', 'Pasien PTM yang dilayani'),
  'UKM.F1.5': of('Penduduk yang dideteksi dini gangguan indera (penglihatan dan pendengaran)', PENDUDUK),
  'UKM.F1.6': of(
    'Perempuan yang diperiksa IVA dan pemeriksaan payudara klinis (SADANIS)',
    'Wanita usia subur di wilayah kerja',
  ),
  'UKM.F1.7.1': screening('hipertensi'),
  'UKM.F1.7.2': screening('obesitas'),
  'UKM.F1.7.3': screening('diabetes melitus'),
  'UKM.F1.7.4': screening('stroke'),
  'UKM.F1.7.5': screening('penyakit jantung'),
  'UKM.F1.7.6': screening('PPOK'),
  'UKM.F1.7.7': screening('kanker payudara'),
  'UKM.F1.7.8': screening('kanker leher rahim'),
  'UKM.F1.7.9': screening('gangguan indera'),
  'UKM.F1.8': of('Penyandang DM yang gula darahnya terkontrol', 'Penyandang DM yang dilayani'),
  'UKM.F1.9': of(
    'Penyandang hipertensi yang tekanan darahnya terkontrol',
    'Penyandang hipertensi yang dilayani',
  ),
  'UKM.F2.1': of('Pasien pasung dan repasung yang ditangani', 'Pasien pasung dan repasung yang ditemukan'),
  'UKM.F2.2': of(
    'Penduduk ≥ 15 tahun berisiko masalah kesehatan jiwa yang diskrining',
    'Penduduk ≥ 15 tahun di wilayah kerja',
  ),
  'UKM.F2.3': of(
    'Penyandang gangguan jiwa yang memperoleh layanan di fasyankes',
    'Perkiraan penyandang gangguan jiwa di wilayah kerja',
  ),

  // Table 2 G: imunisasi.
  'UKM.G.1': of('Bayi yang mendapat imunisasi dasar lengkap', 'Bayi di wilayah kerja'),
  'UKM.G.2': of('Desa/kelurahan yang mencapai UCI', DESA),
  'UKM.G.3': of('Baduta yang mendapat imunisasi DPT-HB-Hib lanjutan', 'Baduta di wilayah kerja'),
  'UKM.G.4': of('Baduta yang mendapat imunisasi campak/MR lanjutan', 'Baduta di wilayah kerja'),
  'UKM.G.5': of(
    'Siswa kelas 1 SD/MI yang mendapat imunisasi campak/MR',
    'Siswa kelas 1 SD/MI di wilayah kerja',
  ),
  'UKM.G.6': of(
    'Siswi kelas 5 dan 6 SD/MI yang mendapat imunisasi HPV',
    'Siswi kelas 5 dan 6 SD/MI di wilayah kerja',
  ),
  'UKM.G.7': of('Siswa kelas 1 SD/MI yang mendapat imunisasi DT', 'Siswa kelas 1 SD/MI di wilayah kerja'),
  'UKM.G.8': of(
    'Siswa kelas 2 dan 5 SD/MI yang mendapat imunisasi Td',
    'Siswa kelas 2 dan 5 SD/MI di wilayah kerja',
  ),
  'UKM.G.9': of('WUS 15–39 tahun yang mendapat imunisasi Td5', 'WUS 15–39 tahun di wilayah kerja'),
  'UKM.G.10': of('Ibu hamil yang mendapat imunisasi TT2+ (Td2+)', IBU_HAMIL),

  // Table 2 H: surveilans. On-time rows are answered per month: tepat or terlambat.
  'UKM.H.1': only('Tepat bila laporan STP bulan ini terkirim paling lambat tanggal 5 bulan berikutnya'),
  'UKM.H.2': only('Tepat bila laporan C1 bulan ini terkirim paling lambat tanggal 5 bulan berikutnya'),
  'UKM.H.3': only('Minggu bulan ini yang laporan W2-nya terkirim tepat waktu'),
  'UKM.H.4': of('KLB/wabah yang ditangani dalam waktu kurang dari 24 jam', 'KLB/wabah yang terjadi'),
  'UKM.H.5': of('Sinyal KLB (alert) EWARS yang diverifikasi', 'Sinyal KLB (alert) EWARS yang muncul'),
  'UKM.H.6': of('Jumlah jam penanggulangan semua KLB PD3I', 'KLB PD3I yang ditanggulangi'),
  'UKM.H.7': of('Jumlah jam respons semua kejadian PIE', 'Kejadian PIE yang direspons'),

  // Table 2 I: perkesmas.
  'UKM.I1.1': of('Keluarga (KK) yang dibina', 'KK sasaran pembinaan keluarga di wilayah kerja'),

  // Table 3: UKM Pengembangan.
  'UKMP.A.1': of('Sekolah yang melaksanakan UKGS tahap I', 'Sekolah di wilayah kerja'),
  'UKMP.A.2': only('Ada bila pembinaan kesehatan gigi masyarakat dilaksanakan bulan ini'),
  'UKMP.B.1': only('Pelaku penyehat tradisional (hattra) yang dibina'),
  'UKMP.C.1': of('Pos UKK yang aktif', 'Pos UKK di wilayah kerja'),
  'UKMP.C.2': of(
    'Perusahaan yang dibina keselamatan dan kesehatan kerja (K3)',
    'Perusahaan di wilayah kerja',
  ),
  'UKMP.C.3': only('Kegiatan pembinaan kebugaran karyawan (kali)'),
  'UKMP.C.4': only('Kegiatan pembinaan kebugaran jasmani calon jemaah haji (kali)'),
  'UKMP.C.5': only('Kegiatan pembinaan kebugaran anak sekolah SD dan SMP (kali)'),
  'UKMP.D.1': of('Jemaah haji yang diperiksa kesehatan tahap pertama', 'Jemaah haji tahun berjalan'),
  'UKMP.D.2': of(
    'Jemaah haji yang mendapat pembinaan kesehatan masa tunggu',
    'Jemaah haji yang sudah diperiksa tahap pertama',
  ),
  'UKMP.D.3': of(
    'Jemaah haji yang diperiksa kesehatan tahap kedua',
    'Jemaah haji yang berangkat tahun berjalan',
  ),
  'UKMP.D.4': of('Jemaah haji yang diperiksa pasca haji (K3JH)', 'Jemaah haji yang telah tiba di tanah air'),

  // Table 4: UKP.
  'UKP.A1.1': of('Pasien poli umum yang diperiksa oleh dokter', 'Pasien yang datang periksa di poli umum'),
  'UKP.A1.2': of(
    'Kontak peserta JKN (kunjungan sakit dan sehat)',
    'Peserta JKN terdaftar, dijumlahkan tiap bulan (peserta-bulan)',
  ),
  'UKP.A1.3': of('Rujukan rawat jalan kasus non spesialistik', 'Seluruh rujukan rawat jalan'),
  'UKP.A1.4': of('Peserta prolanis yang terkendali', 'Peserta prolanis terdaftar'),
  'UKP.A1.5': of(
    'Rekam medis yang lengkap diisi dalam 24 jam setelah pelayanan',
    'Rekam medis pasien yang dilayani',
  ),
  'UKP.A2.1': of('Pasien rawat inap yang divisite dokter', 'Pasien rawat inap'),
  'UKP.A2.2': of('Rekam medis rawat inap yang lengkap diisi dalam 24 jam', 'Rekam medis pasien rawat inap'),
  'UKP.A2.3': of(
    'Hari perawatan: pasien yang dirawat tiap hari, dijumlahkan sebulan',
    'Tempat tidur × hari dalam bulan ini',
  ),
  'UKP.A2.4': of('Jumlah hari perawatan pasien yang keluar', 'Pasien yang keluar (hidup dan mati)'),
  'UKP.A3.1': of(
    'Persalinan normal yang dilayani di Puskesmas',
    'Ibu bersalin normal yang datang ke Puskesmas',
  ),
  'UKP.A4.1': of('Pasien UGD yang dikonsultasikan ke dokter', 'Pasien gawat darurat yang dilayani'),
  'UKP.A4.2': of(
    'Informed consent yang lengkap diisi dalam 24 jam setelah selesai pelayanan',
    'Pasien yang dilakukan tindakan',
  ),
  'UKP.A4.3': of('Pasien gawat darurat yang dilayani sesuai standar', 'Pasien gawat darurat yang datang'),
  'UKP.A5.1': of('Pasien rawat jalan yang dirujuk', 'Kunjungan pasien rawat jalan'),
  'UKP.A5.2': of('Pasien rawat inap yang dirujuk', 'Pasien rawat inap'),
  'UKP.A5.3': of('Pasien persalinan yang dirujuk', 'Pasien persalinan yang dilayani'),
  'UKP.A5.4': of('Pasien JKN yang dirujuk', 'Kunjungan pasien JKN'),
  'UKP.A5.5': of('Pasien non JKN yang dirujuk', 'Kunjungan pasien non JKN'),
  'UKP.B.1': of(
    'Jenis pelayanan laboratorium yang tersedia sesuai standar',
    'Jenis pelayanan laboratorium yang diwajibkan standar',
  ),
  'UKP.B.2': of(
    'Hasil laboratorium yang diserahkan dalam waktu < 120 menit',
    'Pemeriksaan laboratorium yang dilakukan',
  ),
  'UKP.B.3': of('Hasil pemantapan mutu internal (PMI) yang sesuai', 'Pemeriksaan PMI yang dilakukan'),
  'UKP.C.1': of(
    'Pelayanan kefarmasian (resep) yang dilayani apoteker',
    'Seluruh pelayanan kefarmasian (resep)',
  ),
  'UKP.C.2': of(
    'Item obat esensial, vaksin dan perbekalan kesehatan yang tersedia',
    'Item obat esensial, vaksin dan perbekalan kesehatan dalam daftar',
  ),
  'UKP.C.3': of('Item obat tersedia yang sesuai Fornas', 'Item obat yang tersedia'),
  'UKP.C.4': of('Kasus yang pengobatannya dinilai rasional', 'Kasus yang dinilai'),
  'UKP.C.5': of(
    'Item sarana dan prasarana yang sesuai standar',
    'Item sarana dan prasarana yang diwajibkan standar',
  ),
};

function withNodeCounts(node: CatalogNode): CatalogNode {
  if (node.type === 'group') return { ...node, children: node.children.map(withNodeCounts) };
  const counts = PATI_COUNTS[node.code];
  return counts ? { ...node, counts } : node;
}

/** The cluster with each indicator's `counts` from `PATI_COUNTS`. */
export function withCounts(cluster: CatalogCluster): CatalogCluster {
  return { ...cluster, children: cluster.children.map(withNodeCounts) };
}
