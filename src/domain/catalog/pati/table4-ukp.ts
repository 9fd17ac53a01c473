// Annex Table 4: UKP (individual care); the A2 inpatient rows apply only to a Puskesmas with beds.
import type { CatalogCluster } from '../types.ts';
import {
  cluster,
  coverageOfEvents,
  group,
  lowerPercent,
  rate,
  rawatInapOnly,
  valueOfRatio,
} from './build.ts';

/** The note of a share of items; `printed` is the row's sasaran as printed, quoted as it is. */
const ITEMS_RATIO = (printed: string, what: string) =>
  `Sasaran printed "${printed}": items, not a population. Entered as ${what} (numerator and denominator, ` +
  'ratio), so one entry in the year or one per month both give the right percentage.';

// What a Puskesmas must have for a row to apply (`requires`): the laboratory rows of B, and a normal
// delivery served at the Puskesmas where it runs a delivery room; a Puskesmas whose profile says it
// has none is not scored on them (docs/catalog-notes.md).
const LABORATORY = 'laboratorium';
const DELIVERIES = 'pertolongan persalinan';

export const table4Ukp: CatalogCluster = cluster(
  'ukp',
  4,
  'UKP',
  'A.',
  'Target Kinerja upaya kesehatan perorangan (UKP)',
  [
    group('UKP.A1', 'A1', 'PELAYANAN RAWAT JALAN', [
      coverageOfEvents(
        'UKP.A1.1',
        '1)',
        'Pelayanan dilakukan oleh dokter',
        '%',
        '80',
        'Pasien yang datang periksa di poli umum',
      ),
      rate(1000, 'higher', 'UKP.A1.2', '2)', 'Angka kontak JKN', '‰', '150', 'Peserta JKN', {
        note:
          "Angka kontak is BPJS's monthly rate (≥ 150 ‰ of registered participants each month). Contacts are " +
          'entered monthly (count) and summed, so the sasaran to enter is the participant-months (the sum of ' +
          'the monthly registered JKN participants): R is then the mean monthly ‰. With the plain participant ' +
          'count R would be about 12 times the monthly rate.',
      }),
      lowerPercent(
        'UKP.A1.3',
        '3)',
        'Rasio rujukan non spesialistik',
        '%',
        '≤ 2 %',
        'Jumlah Pasien yang dirujuk non spesialistik',
      ),
      valueOfRatio(
        'higher',
        100,
        'UKP.A1.4',
        '4)',
        'Rasio peserta prolanis terkendali',
        '%',
        '≥ 5 %',
        'Peserta prolanis yang terkendali',
        {
          note:
            'A ratio with a threshold (BPJS RPPT ≥ 5 %), not a coverage of a population: value, higher is better, ' +
            'controlled / registered prolanis participants × 100 entered monthly; the printed sasaran names the numerator.',
        },
      ),
      coverageOfEvents(
        'UKP.A1.5',
        '5)',
        'Kelengkapan pengisian rekam medis dalam 24 jam',
        '%',
        '100',
        'Rekam medis pasien',
      ),
    ]),
    group(
      'UKP.A2',
      'A2',
      'PELAYANAN RAWAT INAP',
      rawatInapOnly([
        coverageOfEvents(
          'UKP.A2.1',
          '1)',
          'Visite pasien dilakukan oleh dokter',
          '%',
          '100',
          'Pasien rawat Inap',
        ),
        coverageOfEvents(
          'UKP.A2.2',
          '2)',
          'Kelengkapan pengisian rekam medis dalam 24 jam',
          '%',
          '100',
          'Rekam medis pasien',
        ),
        valueOfRatio('higher', 100, 'UKP.A2.3', '3)', 'BOR', '%', '≥ 60', 'Bed pasien yang terpakai', {
          note: 'BOR = patient-days / (beds × days in the month) × 100, both entered monthly; higher is better, at least 60.',
        }),
        valueOfRatio('lower', 1, 'UKP.A2.4', '4)', 'LOS', 'Hari', '≤ 3', 'Lama hari perawatan', {
          note: 'LOS = total days of care of discharged patients / discharged patients, both entered monthly; at most 3 days.',
        }),
      ]),
    ),
    group('UKP.A3', 'A3.', 'PELAYANAN PERSALINAN', [
      coverageOfEvents(
        'UKP.A3.1',
        '1)',
        'Persentase persalinan normal dilayani di Puskesmas',
        '%',
        '100',
        'Persalinan normal',
        { requires: [DELIVERIES] },
      ),
    ]),
    group('UKP.A4', 'A4', 'PELAYANAN GAWAT DARURAT', [
      coverageOfEvents(
        'UKP.A4.1',
        '1)',
        'Pasien UGD dikonsulkan ke dokter',
        '%',
        '100',
        'Pasien gawat darurat',
      ),
      coverageOfEvents(
        'UKP.A4.2',
        '2)',
        'Kelengkapan pengisian informed consent dalam 24 jam setelah selesai pelayanan',
        '%',
        '100',
        'Pasien yang dilakukan tindakan',
      ),
      coverageOfEvents(
        'UKP.A4.3',
        '3)',
        'Persentase pelayanan kegawatdaruratan',
        '%',
        '100',
        'Pasien gawa darurat',
      ),
    ]),
    group('UKP.A5', 'A5', 'RUJUKAN PASIEN', [
      lowerPercent(
        'UKP.A5.1',
        '1)',
        'Rujukan pasien rawat jalan',
        '%',
        '≤ 2 %',
        'Pasien rawat jalan yang dirujuk',
      ),
      valueOfRatio(
        'lower',
        100,
        'UKP.A5.2',
        '2)',
        'Rujukan pasien rawat inap',
        'Kasus',
        '',
        'Sesuai indikator rujukan',
        {
          nothingToCount: 'exclude',
          note:
            'No target printed (unit "Kasus", sasaran "Sesuai indikator rujukan"). Read like the other referral ' +
            'rows: inpatients referred / inpatients × 100, lower is better; target null until the district sets ' +
            'one. A Puskesmas without beds has no inpatients (nothing to count: excluded); we keep appliesTo "all" ' +
            'as the annex lists it outside A2.',
        },
      ),
      lowerPercent(
        'UKP.A5.3',
        '3)',
        'Rujukan pasien persalinan',
        '%',
        '≤20 %',
        'Pasien persalinan yang dirujuk',
        { nothingToCount: 'exclude' },
      ),
      lowerPercent('UKP.A5.4', '4)', 'Rujukan pasien JKN', '%', '≤ 2 %', 'Pasien JKN yang dirujuk'),
      lowerPercent('UKP.A5.5', '5)', 'Rujukan pasien non JKN', '%', '≤ 2 %', 'Pasien non JKN yang dirujuk'),
    ]),
    group('UKP.B', 'B', 'PELAYANAN LABORATORIUM', [
      coverageOfEvents(
        'UKP.B.1',
        '1)',
        'Kesesuaian jenis pelayanan laboratorium dengan standar',
        '%',
        '100',
        'Pelayanan labrat yang sesuai standart',
        {
          requires: [LABORATORY],
          note: ITEMS_RATIO(
            'Pelayanan labrat yang sesuai standart',
            'the laboratory service types provided that meet the standard / the types the standard requires',
          ),
        },
      ),
      coverageOfEvents(
        'UKP.B.2',
        '2)',
        'Ketepatan waktu tunggu penyerahan hasil pelayanan laboratorium < 120 menit',
        '%',
        '100',
        'Waktu tunggu',
        { requires: [LABORATORY] },
      ),
      coverageOfEvents(
        'UKP.B.3',
        '3)',
        'Kesesuaian hasil pemeriksaan baku mutu internal (PMI)',
        '%',
        '100',
        'Hasil pemeriksaan',
        { requires: [LABORATORY] },
      ),
    ]),
    group('UKP.C', 'C', 'PELAYANAN KEFARMASIAN', [
      coverageOfEvents('UKP.C.1', '1)', 'Pelayanan kefarmasian oleh apoteker', '%', '100', 'apoteker', {
        note: 'Sasaran "apoteker": read as the pharmacy services (prescriptions) given by a pharmacist / all pharmacy services (ratio).',
      }),
      coverageOfEvents(
        'UKP.C.2',
        '2)',
        'Prosentase ketersediaan obat esensial, vaksin dan perbekalan kesehatan di Puskesmas',
        '%',
        '95',
        'Oobat esensial',
        {
          note: ITEMS_RATIO(
            'Oobat esensial',
            'essential items available / essential items listed (monthly entries give the mean availability)',
          ),
        },
      ),
      coverageOfEvents(
        'UKP.C.3',
        '3)',
        'Kesesuaian item obat yang tersedia dengan Fornas',
        '%',
        '60',
        'Puskesmas',
        {
          note: ITEMS_RATIO('Puskesmas', 'drug items matching the Fornas / drug items available'),
        },
      ),
      lowerPercent(
        'UKP.C.4',
        '4)',
        'Persentase penggunaan obat rasional di Puskesmas',
        '%',
        '≤ 60',
        'Puskesmas',
        {
          note:
            'Printed "≤ 60": kept as a lower-is-better percentage as printed, although rational drug use is ' +
            'normally higher-is-better; the district should confirm the sign.',
        },
      ),
      coverageOfEvents(
        'UKP.C.5',
        '5)',
        'Prosentase sarana dan prasarana Puskesmas sesuai standar',
        '%',
        '95',
        'Puskesmas',
        {
          note: ITEMS_RATIO(
            'Puskesmas',
            'facility and infrastructure items meeting the standard / items the standard requires',
          ),
        },
      ),
    ]),
  ],
);
