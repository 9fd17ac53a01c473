// The Pati 2023 catalog: annex Tables 1–5 of SK Kepala Dinas Kesehatan Kabupaten Pati Nomor 800/0022.
import type { Catalog } from '../types.ts';
import { withCounts } from './counts.ts';
import { table1Spm } from './table1-spm.ts';
import { table2UkmEsensial } from './table2-ukm-esensial.ts';
import { table3UkmPengembangan } from './table3-ukm-pengembangan.ts';
import { table4Ukp } from './table4-ukp.ts';
import { table5Manajemen, table5Mutu } from './table5-manajemen-mutu.ts';

export const patiCatalog2023: Catalog = {
  id: 'pati-2023',
  year: 2023,
  source:
    'Keputusan Kepala Dinas Kesehatan Kabupaten Pati Nomor 800/0022 tentang Pedoman Penilaian Kinerja Puskesmas, Lampiran Tabel 1–5',
  // What each monthly row counts (counts.ts) is joined here: the tables stay the annex as printed.
  clusters: [table1Spm, table2UkmEsensial, table3UkmPengembangan, table4Ukp, table5Manajemen, table5Mutu].map(
    withCounts,
  ),
};
