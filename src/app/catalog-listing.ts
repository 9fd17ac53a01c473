// The indicators of a catalog as flat rows: `pkp catalog`, and later the catalog screen and exports.
import { listIndicators } from '../domain/catalog/walk.ts';
import type { Catalog, CatalogIndicator, ClusterId } from '../domain/catalog/types.ts';

export interface CatalogRow extends Omit<CatalogIndicator, 'type'> {
  cluster: ClusterId;
  /** The annex table the row comes from (1–5). */
  table: number;
  /** The groups above the indicator, from its cluster down. */
  path: { code: string; number: string; name: string }[];
}

export function catalogRows(catalog: Catalog): CatalogRow[] {
  return listIndicators(catalog).map(({ indicator, cluster, path }) => {
    const { type: _type, ...fields } = indicator;
    return {
      ...fields,
      cluster: cluster.cluster,
      table: cluster.table,
      path: path.map((g) => ({ code: g.code, number: g.number, name: g.name })),
    };
  });
}
