// The Pati 2023 rows grouped by the clusters of Integrasi Layanan Primer (KMK HK.01.07/MENKES/2015/
// 2023; Permenkes 19/2024): Klaster 1 Manajemen, 2 Ibu dan Anak, 3 Usia Dewasa dan Lansia, 4
// Penanggulangan Penyakit Menular, 5 Lintas Klaster. The decree prints no such grouping: this is our
// reading of where each of its programmes belongs (docs/catalog-notes.md "ILP clusters"), for a
// district to adjust. A decree group named here comes with its own groups below it, so a programme
// keeps its weight inside its klaster as it had in its table; a row named alone joins as a row.
import { findNode } from '../walk.ts';
import type { Catalog, CatalogGrouping, CatalogNode, GroupingGroup, GroupingNode } from '../types.ts';

export const ILP_GROUPING_ID = 'ilp';

interface KlasterPart {
  number: string;
  name: string;
  /** Codes of the decree's groups (taken whole) and rows. */
  from: string[];
}

interface Klaster {
  number: string;
  name: string;
  parts: KlasterPart[];
}

const KLASTERS: Klaster[] = [
  {
    number: '1',
    name: 'Klaster 1 Manajemen',
    parts: [
      { number: '1.1', name: 'Manajemen Puskesmas', from: ['MAN'] },
      { number: '1.2', name: 'Mutu pelayanan', from: ['MUT'] },
    ],
  },
  {
    number: '2',
    name: 'Klaster 2 Ibu dan Anak',
    parts: [
      {
        number: '2.1',
        name: 'Ibu hamil, bersalin dan nifas',
        from: ['SPM.01', 'SPM.02', 'UKM.C1', 'UKP.A3', 'UKM.G.9', 'UKM.G.10'],
      },
      {
        number: '2.2',
        name: 'Bayi, balita dan anak prasekolah',
        from: ['SPM.03', 'SPM.04', 'UKM.C2', 'UKM.C6', 'UKM.G.1', 'UKM.G.2', 'UKM.G.3', 'UKM.G.4'],
      },
      {
        number: '2.3',
        name: 'Anak usia sekolah dan remaja',
        from: [
          'SPM.05',
          'UKM.C4',
          'UKM.C5',
          'UKM.G.5',
          'UKM.G.6',
          'UKM.G.7',
          'UKM.G.8',
          'UKMP.A.1',
          'UKMP.C.5',
        ],
      },
    ],
  },
  {
    number: '3',
    name: 'Klaster 3 Usia Dewasa dan Lansia',
    parts: [
      {
        number: '3.1',
        name: 'Usia dewasa dan penyakit tidak menular',
        from: ['SPM.06', 'SPM.08', 'SPM.09', 'UKM.F1', 'UKP.A1.4'],
      },
      {
        number: '3.2',
        name: 'Kesehatan kerja, olahraga dan haji',
        from: ['UKMP.C.1', 'UKMP.C.2', 'UKMP.C.3', 'UKMP.C.4', 'UKMP.D'],
      },
      { number: '3.3', name: 'Lanjut usia', from: ['SPM.07', 'UKM.C3'] },
      { number: '3.4', name: 'Kesehatan jiwa', from: ['SPM.10', 'UKM.F2'] },
    ],
  },
  {
    number: '4',
    name: 'Klaster 4 Penanggulangan Penyakit Menular',
    parts: [
      { number: '4.1', name: 'Penyakit menular langsung', from: ['SPM.11', 'SPM.12', 'UKM.D'] },
      { number: '4.2', name: 'Penyakit tular vektor dan zoonotik', from: ['UKM.E'] },
      { number: '4.3', name: 'Surveilans dan respons KLB', from: ['UKM.H'] },
      { number: '4.4', name: 'Kesehatan lingkungan', from: ['UKM.B'] },
    ],
  },
  {
    number: '5',
    name: 'Lintas Klaster',
    parts: [
      { number: '5.1', name: 'Promosi kesehatan dan pemberdayaan masyarakat', from: ['UKM.A'] },
      { number: '5.2', name: 'Keperawatan kesehatan masyarakat', from: ['UKM.I'] },
      {
        number: '5.3',
        name: 'Rawat jalan dan rujukan',
        from: ['UKP.A1.1', 'UKP.A1.2', 'UKP.A1.3', 'UKP.A1.5', 'UKP.A5'],
      },
      { number: '5.4', name: 'Gawat darurat dan rawat inap', from: ['UKP.A4', 'UKP.A2'] },
      { number: '5.5', name: 'Laboratorium', from: ['UKP.B'] },
      { number: '5.6', name: 'Kefarmasian dan sarana', from: ['UKP.C'] },
      {
        number: '5.7',
        name: 'Kesehatan gigi masyarakat dan kesehatan tradisional',
        from: ['UKMP.A.2', 'UKMP.B'],
      },
    ],
  },
];

/** A decree group with its groups below it, under codes of the grouping; a row as itself. */
function placed(node: CatalogNode): GroupingNode {
  if (node.type === 'indicator') return { type: 'row', code: node.code };
  return {
    type: 'group',
    code: `ILP.${node.code}`,
    number: node.number,
    name: node.name,
    children: node.children.map(placed),
  };
}

/** The ILP grouping of a catalog with the Pati decree's codes. */
export function ilpGrouping(catalog: Catalog): CatalogGrouping {
  const groups: GroupingGroup[] = KLASTERS.map((k) => ({
    type: 'group',
    code: `ILP.${k.number}`,
    number: k.number,
    name: k.name,
    children: k.parts.map((part) => ({
      type: 'group',
      code: `ILP.${part.number}`,
      number: part.number,
      name: part.name,
      children: part.from.map((code) => {
        const node = findNode(catalog, code);
        if (!node) throw new Error(`ILP grouping: ${code} is not in ${catalog.id}`);
        return placed(node);
      }),
    })),
  }));
  return { id: ILP_GROUPING_ID, name: 'Klaster Integrasi Layanan Primer (ILP)', groups };
}
