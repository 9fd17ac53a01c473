// Annex Table 3: UKM Pengembangan, programmes A–D; every row is optional (scored only where chosen).
import type { CatalogCluster } from '../types.ts';
import {
  amount,
  cluster,
  coverage,
  coverageOfEvents,
  coverageOfStock,
  group,
  optionalService,
  yesno,
} from './build.ts';

const KALI =
  'Unit "kali": a number of coaching sessions in the year (value, higher, summed monthly), read as the ' +
  'Puskesmas total, not per institution of the printed sasaran.';

export const table3UkmPengembangan: CatalogCluster = cluster(
  'ukm-pengembangan',
  3,
  'UKMP',
  'II.',
  'INDIKATOR KINERJA UKM PENGEMBANGAN',
  optionalService([
    group('UKMP.A', 'A', 'Upaya Kesehatan Gigi Masyarakat', [
      coverageOfStock('UKMP.A.1', '1)', 'Cakupan UKGS Tahap I', '%', '100', 'Sekolah'),
      yesno(
        'UKMP.A.2',
        '2)',
        'Cakupan Pembinaan kesehatan gigi pada masyarakat',
        'Ada/ tdk',
        'Ada',
        'Masyarakat',
      ),
    ]),
    group('UKMP.B', 'B', 'Upaya Kesehatan Tradisional Komplementer', [
      amount('UKMP.B.1', '1)', 'Pembinaan Hattra', 'Pelaku Hattra', '60', 'Hattra', {
        note: 'Unit "Pelaku Hattra", target 60: a number of practitioners coached in the year (value, higher, summed monthly).',
      }),
    ]),
    group('UKMP.C', 'C', 'Upaya Kesehatan Olah Raga Dan Kesehatan Kerja', [
      coverageOfStock('UKMP.C.1', '1)', 'Pos UKK aktif', '%', '100', 'Pos UKK'),
      coverage(
        'UKMP.C.2',
        '2)',
        'Cakupan pembinaan Keselamatan dan Kesehatan Kerja (K3) di perusahaan',
        '%',
        '100',
        'Perusahaan',
      ),
      amount('UKMP.C.3', '3)', 'Cakupan pembinaan Kebugaran Karyawan', 'kali', '2', 'isntansi', {
        note: KALI,
      }),
      amount(
        'UKMP.C.4',
        '4)',
        'Cakupan pembinaan Kebugaran Jasmani calon jamaah haji',
        'kali',
        '3',
        'Jamaah haji',
        {
          note: KALI,
        },
      ),
      amount('UKMP.C.5', '5)', 'Cakupan pembinaan kebugaran anak sekolah', 'kali', '2', 'SD,SMP', {
        note: KALI,
      }),
    ]),
    group('UKMP.D', 'D.', 'Upaya Kesehatan Program Kesehatan Haji', [
      coverage(
        'UKMP.D.1',
        '1)',
        'Cakupan Pemeriksaan Kesehatan Tahap Pertama',
        '%',
        '90',
        'Jemaah haji tahun berjalan',
      ),
      coverageOfEvents(
        'UKMP.D.2',
        '2)',
        'Cakupan Pembinaan Kesehatan Masa Tunggu',
        '%',
        '90',
        'Jemaah haji yang telah melakukan pemeriksaan tahap pertama',
        {
          note: 'The denominator (pilgrims examined in stage one) grows during the year: both entered monthly (ratio).',
        },
      ),
      coverage(
        'UKMP.D.3',
        '3)',
        'Cakupan Pemeriksaan Kesehatan Tahap Kedua',
        '%',
        '100',
        'Jemaah haji yang berangkat di tahun berjalan',
      ),
      coverageOfEvents(
        'UKMP.D.4',
        '4)',
        'Cakupan Pemeriksaan Kesehatan Pasca Haji (K3JH)',
        '%',
        '90',
        'Jemaah haji yang telah tiba di tanah air',
        {
          note: 'The denominator (pilgrims returned home) arises during the year: both entered monthly (ratio).',
        },
      ),
    ]),
  ]),
);
