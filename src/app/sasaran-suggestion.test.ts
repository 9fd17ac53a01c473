import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../domain/catalog/pati/index.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import type { SasaranKey } from '../shared/api/profile.schema.ts';
import { suggestedSasaran } from './sasaran-suggestion.ts';

/**
 * Every coverage and rate row of the Pati catalog: its code, its printed sasaran, and the profile
 * population the targets screen may suggest for it as the catalog reads the row (null: none).
 */
const EXPECTED: [code: string, printed: string, suggestion: SasaranKey | null][] = [
  // Table 1 prints no sasaran: the service's name says whom it serves.
  ['SPM.01', '', 'ibuHamil'],
  ['SPM.02', '', 'ibuBersalin'],
  ['SPM.03', '', 'bayiBaruLahir'],
  ['SPM.04', '', 'balita'],
  ['SPM.05', '', 'anakSekolah'],
  ['SPM.06', '', 'usiaProduktif'],
  ['SPM.07', '', 'lansia'],
  ['SPM.08', '', 'hipertensi'],
  ['SPM.09', '', 'diabetes'],
  ['SPM.10', '', 'odgjBerat'],
  ['SPM.11', '', 'terdugaTb'],
  ['SPM.12', '', 'risikoHiv'],
  ['UKM.A1.1', 'Kecamatan', null],
  ['UKM.A1.2', 'Posyandu', null],
  ['UKM.A1.3', 'Poskestren', null],
  ['UKM.A2.1', 'Rumah tangga', null],
  ['UKM.A2.2', 'Puskesmas', null],
  ['UKM.A3.1', 'Puskesmas', null],
  ['UKM.A4.1', 'Dunia usaha', null],
  ['UKM.A4.2', 'Ormas', null],
  ['UKM.B1.1', 'Sarana air minum', null],
  ['UKM.B1.2', 'Desa', null],
  ['UKM.B1.3', 'keluarga', null],
  ['UKM.B2.1', 'TTU', null],
  ['UKM.B3.1', 'TPM', null],
  ['UKM.B3.2', 'TPP laik hygiene sanitasi', null],
  ['UKM.B3.3', 'TPP berlabel MS', null],
  ['UKM.B4.1', 'Faskes', null],
  // A rate per 100.000 kelahiran hidup: the sasaran entered is the live births, not the printed "Ibu hamil".
  ['UKM.C1.A.1', 'Ibu hamil', 'kelahiranHidup'],
  // Printed "Bayi" for an antenatal visit, read as the pregnant women.
  ['UKM.C1.A.2', 'Bayi', 'ibuHamil'],
  ['UKM.C1.A.3', 'Bayi', 'ibuHamil'],
  ['UKM.C1.A.4', 'Bayi', 'ibuHamil'],
  ['UKM.C1.A.5', 'Ibu bersalin', 'ibuBersalin'],
  // Ibu nifas: no profile population.
  ['UKM.C1.A.6', 'Ibu nifas', null],
  ['UKM.C1.A.7', 'Ibu hamil', 'ibuHamil'],
  ['UKM.C1.A.8', 'Ibu bersalin', 'ibuBersalin'],
  ['UKM.C1.A.9', 'Puskesmas', null],
  ['UKM.C1.A.10', 'Laporan', null],
  // Per kelahiran hidup (printed "Bayi").
  ['UKM.C1.B.1', 'Bayi', 'kelahiranHidup'],
  ['UKM.C1.B.2', 'Neonatus', 'bayiBaruLahir'],
  ['UKM.C1.B.3', 'Neonatus', 'bayiBaruLahir'],
  ['UKM.C1.B.4', 'Neonatus', 'bayiBaruLahir'],
  // Per kelahiran hidup (printed "Balita").
  ['UKM.C2.1', 'Balita', 'kelahiranHidup'],
  ['UKM.C2.2', 'Bayi', 'bayi'],
  ['UKM.C2.3', 'Balita', 'balita'],
  ['UKM.C2.4', 'Balita', 'balita'],
  ['UKM.C2.5', 'Balita', 'balita'],
  ['UKM.C2.6', 'Puskesmas', null],
  // "anak yang berusia 0 - 59 bulan" are the balita.
  ['UKM.C2.7', 'anak yang berusia 0 - 59 bulan', 'balita'],
  ['UKM.C3.1', 'Lansia', 'lansia'],
  ['UKM.C3.2', 'Desa', null],
  ['UKM.C3.3', 'Posyandu Lansia', null],
  ['UKM.C4.1', 'SD/MI, SMP/MTs, SMA/MA/SMK', null],
  // School classes are not the SPM's "anak usia pendidikan dasar".
  ['UKM.C4.2', 'Siswa kelas 1SD/ MI, 7 SMP/ MTs, dan 10 SMA/ MA/SMK', null],
  ['UKM.C4.3', 'Siswa kelas 2-6 SD/ MI, 8-9 SMP/MTs', null],
  ['UKM.C4.4', 'Siswa kelas 11-12 SMA/SMK/MA', null],
  ['UKM.C4.7', 'Sekolah', null],
  ['UKM.C4.8', 'Sekolah/ madrasah kelas 7 dan 10', null],
  ['UKM.C4.9', 'Sekolah SMP?SMA', null],
  // "Usia Subur": couples (PUS) or women; not evidently the profile's WUS.
  ['UKM.C5.A.1', 'Usia Subur', null],
  ['UKM.C5.A.3', 'Catin', null],
  ['UKM.C5.B.1', 'Remaja Putri', 'remajaPutri'],
  ['UKM.C5.B.2', 'remaja putri kelas 7 dan 10', null],
  ['UKM.C5.B.4', 'Desa', null],
  ['UKM.C6.A.1', 'Ibu Hamil', 'ibuHamil'],
  // An age band of the bayi or balita is narrower than the profile's group.
  ['UKM.C6.A.2', 'Bayi umur 6-11 bulan', null],
  ['UKM.C6.A.3', 'Balita umur 12-59 bulan', null],
  ['UKM.C6.A.4', 'Ibu Hamil KEK', null],
  ['UKM.C6.A.5', 'Ibu Nifas', null],
  ['UKM.C6.A.6', 'Balita Gizi Kurang', null],
  ['UKM.C6.B.2', 'Bayi < 6 bulan', null],
  ['UKM.C6.C.5', 'Balita Gizi Buruk', null],
  ['UKM.C6.D.1', 'Bayi baru lahir', 'bayiBaruLahir'],
  ['UKM.C6.D.2', 'Balita', null],
  ['UKM.C6.D.4', 'Balita', null],
  // As SPM 11: the presumptive TB.
  ['UKM.D1.1', 'Terduga TB', 'terdugaTb'],
  // Per 100.000 population: no profile target population.
  ['UKM.D1.2', 'Penderita TB', null],
  // The estimated TB incidence.
  ['UKM.D1.3', 'Penderita TB', null],
  ['UKM.D1.4', 'Kasus', null],
  ['UKM.D1.5', 'Kasus', null],
  ['UKM.D1.7', 'Kasus', null],
  ['UKM.D1.8', 'Kasus', null],
  ['UKM.D2.1', 'Kasus', null],
  ['UKM.D2.2', 'Kasus', null],
  // As SPM 12: people at risk of HIV (printed "Orang").
  ['UKM.D3.1', 'Orang', 'risikoHiv'],
  ['UKM.D3.2', 'Penderita', null],
  ['UKM.D3.3', 'Penderita', null],
  ['UKM.D3.4', 'Penderita', null],
  // Ratio rows: the denominator is entered month by month; there is no sasaran to set.
  ['UKM.D4.1', 'Balita', null],
  // The estimated diarrhoea cases among balita, not all balita.
  ['UKM.D5.1', 'Balita', null],
  ['UKM.D5.2', 'Balita', null],
  ['UKM.D6.1', 'Ibu Hamil', 'ibuHamil'],
  ['UKM.E1.1', 'Orang', null],
  ['UKM.E1.2', 'Orang', null],
  ['UKM.E1.4', 'rumah', null],
  ['UKM.E2.1', 'Orang', null],
  ['UKM.E2.2', 'Orang', null],
  ['UKM.E3.1', 'Anak usia 2-12 th', null],
  ['UKM.E4.1', 'Orang', null],
  ['UKM.E4.2', 'Orang', null],
  ['UKM.F1.1', 'Desa', null],
  ['UKM.F1.3', 'Pusk', null],
  ['UKM.F1.4', 'Pasien', null],
  ['UKM.F1.5', 'Masy', null],
  ['UKM.F1.6', 'Wanita usia subur', 'wus'],
  // The F1.7 screenings: "Penderita …" is read as the population to screen, not the people with the disease.
  ['UKM.F1.7.1', 'Penderita Hipertensi', null],
  ['UKM.F1.7.2', 'Penderita Obesitas', null],
  ['UKM.F1.7.3', 'Penderita DM', null],
  ['UKM.F1.7.4', 'Penderita Stroke', null],
  ['UKM.F1.7.5', 'Penderita peny Jantung', null],
  ['UKM.F1.7.6', 'Penderita PPOK', null],
  ['UKM.F1.7.7', 'Penderita Kanker Payudara', null],
  ['UKM.F1.7.8', 'Penderita kanker leher Rahim', null],
  ['UKM.F1.7.9', 'Penderita Gangguan indra', null],
  ['UKM.F1.8', 'Penderita DM terkontrol', null],
  ['UKM.F1.9', 'Penderita HT terkendali', null],
  ['UKM.F2.1', 'pasien pasung dan repasung', null],
  ['UKM.F2.2', 'penduduk ≥ 15 tahun', null],
  // The estimated people with mental disorders: wider than the SPM's gangguan jiwa berat.
  ['UKM.F2.3', 'penyandang gangguan jiwa', null],
  ['UKM.G.1', 'Bayi', 'bayi'],
  ['UKM.G.2', 'Desa', null],
  // Baduta: no profile population.
  ['UKM.G.3', 'Baduta', null],
  ['UKM.G.4', 'Baduta', null],
  ['UKM.G.5', 'Siswa SD / MI Kelas 1', null],
  // The sasaran entered is the group the name describes (grades), not the printed one.
  ['UKM.G.6', 'Siswa SD / MI Kelas 2 dan 5', null],
  ['UKM.G.7', 'Siswa SD / MI Kelas 1', null],
  ['UKM.G.8', 'Siswa SD / MI Kelas 1', null],
  ['UKM.G.9', 'WUS', 'wus'],
  ['UKM.G.10', 'Bumil', 'ibuHamil'],
  ['UKM.H.5', 'Alert/KLB', null],
  // KK: no profile population.
  ['UKM.I1.1', 'KK', null],
  ['UKMP.A.1', 'Sekolah', null],
  ['UKMP.C.1', 'Pos UKK', null],
  ['UKMP.C.2', 'Perusahaan', null],
  ['UKMP.D.1', 'Jemaah haji tahun berjalan', 'jemaahHaji'],
  ['UKMP.D.2', 'Jemaah haji yang telah melakukan pemeriksaan tahap pertama', null],
  // Pilgrims departing this year: not evidently all of the year's jemaah haji.
  ['UKMP.D.3', 'Jemaah haji yang berangkat di tahun berjalan', null],
  ['UKMP.D.4', 'Jemaah haji yang telah tiba di tanah air', null],
  ['UKP.A1.1', 'Pasien yang datang periksa di poli umum', null],
  // Participant-months of JKN.
  ['UKP.A1.2', 'Peserta JKN', null],
  ['UKP.A1.5', 'Rekam medis pasien', null],
  ['UKP.A2.1', 'Pasien rawat Inap', null],
  ['UKP.A2.2', 'Rekam medis pasien', null],
  ['UKP.A3.1', 'Persalinan normal', null],
  ['UKP.A4.1', 'Pasien gawat darurat', null],
  ['UKP.A4.2', 'Pasien yang dilakukan tindakan', null],
  ['UKP.A4.3', 'Pasien gawa darurat', null],
  ['UKP.B.1', 'Pelayanan labrat yang sesuai standart', null],
  ['UKP.B.2', 'Waktu tunggu', null],
  ['UKP.B.3', 'Hasil pemeriksaan', null],
  ['UKP.C.1', 'apoteker', null],
  ['UKP.C.2', 'Oobat esensial', null],
  ['UKP.C.3', 'Puskesmas', null],
  ['UKP.C.5', 'Puskesmas', null],
];

const rows = listIndicators(patiCatalog2023).map((p) => p.indicator);

describe('the sasaran suggested from the profile', () => {
  it('has an expected suggestion for every coverage and rate row of the Pati catalog, and no other', () => {
    const sasaranRows = rows.filter((i) => i.kind === 'coverage' || i.kind === 'rate');
    expect(EXPECTED.map(([code, printed]) => [code, printed])).toEqual(
      sasaranRows.map((i) => [i.code, i.sasaran]),
    );
  });

  it.each(EXPECTED)('%s (sasaran printed "%s") suggests %s', (code, _printed, suggestion) => {
    const indicator = rows.find((i) => i.code === code)!;
    expect(suggestedSasaran(indicator)).toBe(suggestion);
  });

  it('suggests nothing for a row without a sasaran to set (value, ya/tidak, on time, rubric)', () => {
    const others = rows.filter((i) => i.kind !== 'coverage' && i.kind !== 'rate');
    expect(others.filter((i) => suggestedSasaran(i) !== null).map((i) => i.code)).toEqual([]);
  });
});
