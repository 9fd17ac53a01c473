// Annex Table 1: the 12 SPM services, each a coverage of its SPM target population.
import type { CatalogCluster } from '../types.ts';
import { cluster, coverage } from './build.ts';

const SPM_SASARAN =
  'Table 1 prints no sasaran column: the sasaran is the SPM target population of the service for the year ' +
  '(estimated at the start of the year), so the monthly entry is the number served (count).';

const spm = (n: number, name: string) =>
  coverage(`SPM.${String(n).padStart(2, '0')}`, String(n), name, '%', '100', '', { note: SPM_SASARAN });

export const table1Spm: CatalogCluster = cluster(
  'spm',
  1,
  'SPM',
  'A.',
  'Kinerja dan Target Standar Pelayanan Minimal (SPM) Bidang Kesehatan',
  [
    spm(1, 'Pelayanan kesehatan ibu hamil'),
    spm(2, 'Pelayanan kesehatan ibu bersalin'),
    spm(3, 'Pelayanan kesehatan bayi baru lahir'),
    spm(4, 'Pelayanan kesehatan balita'),
    spm(5, 'Pelayanan kesehatan pada usia pendidikan dasar'),
    spm(6, 'Pelayanan kesehatan pada usia produktif'),
    spm(7, 'Pelayanan kesehatan pada usia lanjut'),
    spm(8, 'Pelayanan kesehatan penderita hipertensi'),
    spm(9, 'Pelayanan kesehatan penderita diabetes melitus'),
    spm(10, 'Pelayanan kesehatan orang dengan gangguan jiwa berat'),
    spm(11, 'Pelayanan kesehatan orang terduga tuberkulosis'),
    spm(12, 'Pelayanan kesehatan orang dengan risiko terinfeksi HIV'),
  ],
);
