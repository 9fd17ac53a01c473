// The demo's second district, Kabupaten Kudus (3319): six Puskesmas beside Pati in the same province,
// assessed on a variant of Pati's catalog — a few targets of its own and one UKM Pengembangan row
// fewer, as a district that adopted its neighbour's decree and changed what its own SK says would have
// it (docs/districts.md). Its figures come from the same generator, from a seed of its own, so Pati's
// draws are untouched.
import { keepRows } from '../../domain/catalog/groupings.ts';
import type { Catalog, CatalogNode } from '../../domain/catalog/types.ts';
import { demoDraftPuskesmas, SECOND_DISTRICT_DEMO_ACCOUNTS } from './demo-accounts.ts';
import { planDemoDistrict, type DemoPlan } from './plan.ts';
import { SECOND_DEMO_DISTRICT, secondDemoPuskesmasList } from './puskesmas-list.ts';

/** Kudus' own targets where they differ from Pati's (invented for the demo). */
export const SECOND_DEMO_TARGETS: Readonly<Record<string, number>> = {
  // Posyandu Mandiri, Rumah Tangga Sehat, Keluarga Akses Rumah Sehat.
  'UKM.A1.2': 30,
  'UKM.A2.1': 80,
  'UKM.B1.3': 50,
};

/** The UKM Pengembangan row Kudus does not offer: school children's fitness. */
export const SECOND_DEMO_REMOVED = 'UKMP.C.5';

function variant(node: CatalogNode): CatalogNode[] {
  if (node.type === 'indicator') {
    if (node.code === SECOND_DEMO_REMOVED) return [];
    const value = SECOND_DEMO_TARGETS[node.code];
    return [
      value === undefined ? node : { ...node, target: { ...node.target, printed: String(value), value } },
    ];
  }
  return [{ ...node, children: node.children.flatMap(variant) }];
}

/** Kudus' catalog of Pati's year: Pati's rows with SECOND_DEMO_TARGETS and without SECOND_DEMO_REMOVED (nor in the ILP clusters). */
export function secondDemoCatalog(pati: Catalog): Catalog {
  return {
    id: `kudus-${pati.year}`,
    year: pati.year,
    source: `Demo: katalog Kabupaten Kudus ${pati.year}, diadopsi dari katalog Kabupaten Pati dengan beberapa target sendiri (bukan SK resmi)`,
    clusters: pati.clusters.map((cluster) => ({
      ...cluster,
      children: cluster.children.flatMap(variant),
    })),
    // Pati's ILP clusters too, without the row Kudus does not have.
    groupings: keepRows(pati.groupings ?? [], (code) => code !== SECOND_DEMO_REMOVED),
  };
}

/** Kudus' demo year: its Puskesmas, Purwosari (whose staff have demo accounts) still in draft. */
export function planSecondDemoDistrict(pati: Catalog): DemoPlan {
  return planDemoDistrict(secondDemoCatalog(pati), {
    seed: 33_190,
    district: SECOND_DEMO_DISTRICT,
    puskesmas: secondDemoPuskesmasList(),
    drafts: demoDraftPuskesmas(SECOND_DISTRICT_DEMO_ACCOUNTS),
  });
}
