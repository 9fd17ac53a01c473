// Walking the catalog tree: flat lists of indicators with their ancestry.
import type { Catalog, CatalogCluster, CatalogGroup, CatalogIndicator, CatalogNode } from './types.ts';

export interface PlacedIndicator {
  indicator: CatalogIndicator;
  cluster: CatalogCluster;
  /** The groups from the cluster (first) down to the indicator's parent (last). */
  path: CatalogGroup[];
}

/** Every indicator of the catalog in document order, with its cluster and group path. */
export function listIndicators(catalog: Catalog): PlacedIndicator[] {
  const out: PlacedIndicator[] = [];
  const visit = (node: CatalogNode, cluster: CatalogCluster, path: CatalogGroup[]): void => {
    if (node.type === 'indicator') {
      out.push({ indicator: node, cluster, path });
      return;
    }
    const next = [...path, node];
    for (const child of node.children) visit(child, cluster, next);
  };
  for (const cluster of catalog.clusters) visit(cluster, cluster, []);
  return out;
}

/** Every node (groups and indicators) of a subtree, depth-first, the root first. */
export function listNodes(root: CatalogNode): CatalogNode[] {
  const out: CatalogNode[] = [root];
  if (root.type === 'group') for (const child of root.children) out.push(...listNodes(child));
  return out;
}

export function findIndicator(catalog: Catalog, code: string): CatalogIndicator | undefined {
  return listIndicators(catalog).find((p) => p.indicator.code === code)?.indicator;
}

/** A group or row of the decree's tree by its code. */
export function findNode(catalog: Catalog, code: string): CatalogNode | undefined {
  for (const cluster of catalog.clusters) {
    const found = listNodes(cluster).find((node) => node.code === code);
    if (found) return found;
  }
  return undefined;
}
