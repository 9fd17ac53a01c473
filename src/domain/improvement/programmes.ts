// The programmes a Bab V analysis and a feedback point are written per: each cluster's groups (UKM
// Esensial's A–I, UKP's A1–C, Table 5's A1–A6 and B1–B3), and a cluster that lists its indicators
// without groups (SPM's twelve services) as one programme of its own.
import { CLUSTER_AXIS, type Axis, type Catalog } from '../catalog/types.ts';

export interface ProgrammeRef {
  code: string;
  /** As printed ("A1", "C"). */
  number: string;
  name: string;
  axis: Axis;
  /** The cluster it belongs to (itself for SPM). */
  clusterCode: string;
}

/** In catalog order. */
export function programmesOf(catalog: Catalog): ProgrammeRef[] {
  const out: ProgrammeRef[] = [];
  for (const cluster of catalog.clusters) {
    const axis = CLUSTER_AXIS[cluster.cluster];
    const of = (g: { code: string; number: string; name: string }) => ({
      code: g.code,
      number: g.number,
      name: g.name,
      axis,
      clusterCode: cluster.code,
    });
    if (cluster.children.some((c) => c.type === 'indicator')) out.push(of(cluster));
    for (const child of cluster.children) if (child.type === 'group') out.push(of(child));
  }
  return out;
}
