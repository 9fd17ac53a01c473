// The programmes of the service axis (the children of each service cluster, in catalog order): the
// columns of the district heat map and of the published recap, and the spokes of a Puskesmas' radar.
import { CLUSTER_AXIS, type Catalog } from '../domain/catalog/types.ts';
import type { ProgrammeScore } from '../shared/api/dashboard.schema.ts';

export function serviceProgrammes(catalog: Catalog): Omit<ProgrammeScore, 'score'>[] {
  return catalog.clusters
    .filter((c) => CLUSTER_AXIS[c.cluster] === 'service')
    .flatMap((cluster) =>
      cluster.children.map((child) => ({
        code: child.code,
        number: child.number,
        name: child.name,
        cluster: cluster.cluster,
      })),
    );
}
