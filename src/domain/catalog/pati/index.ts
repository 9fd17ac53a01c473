// The Pati 2023 catalog: annex Tables 1–5 of SK Kepala Dinas Kesehatan Kabupaten Pati Nomor 800/0022,
// with the ILP clusters as a second grouping; and its variant averaged by the ILP clusters.
import type { Catalog } from '../types.ts';
import { withCounts } from './counts.ts';
import { ILP_GROUPING_ID, ilpGrouping } from './ilp.ts';
import { table1Spm } from './table1-spm.ts';
import { table2UkmEsensial } from './table2-ukm-esensial.ts';
import { table3UkmPengembangan } from './table3-ukm-pengembangan.ts';
import { table4Ukp } from './table4-ukp.ts';
import { table5Manajemen, table5Mutu } from './table5-manajemen-mutu.ts';

const SOURCE =
  'Keputusan Kepala Dinas Kesehatan Kabupaten Pati Nomor 800/0022 tentang Pedoman Penilaian Kinerja Puskesmas, Lampiran Tabel 1–5';

const tables: Catalog = {
  id: 'pati-2023',
  year: 2023,
  source: SOURCE,
  // What each monthly row counts (counts.ts) is joined here: the tables stay the annex as printed.
  clusters: [table1Spm, table2UkmEsensial, table3UkmPengembangan, table4Ukp, table5Manajemen, table5Mutu].map(
    withCounts,
  ),
};

/** The decree as printed: the averages follow its tables; the ILP clusters are there for dashboards. */
export const patiCatalog2023: Catalog = { ...tables, groupings: [ilpGrouping(tables)] };

/**
 * The same rows, the same targets, averaged by the ILP clusters: what a Pati decree regrouped by
 * Integrasi Layanan Primer would score. Every row scores as in `patiCatalog2023`; the groups above
 * them, the service figure and so the category can differ (docs/catalog-format.md "Groupings").
 */
export const patiCatalog2023Ilp: Catalog = {
  ...patiCatalog2023,
  id: 'pati-2023-ilp',
  source: `${SOURCE}; dikelompokkan menurut klaster Integrasi Layanan Primer`,
  averagesBy: ILP_GROUPING_ID,
};
