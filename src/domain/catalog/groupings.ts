// The groupings of a catalog's rows: the decree's tables, and any other grouping the catalog carries
// (the ILP clusters). Each is a tree of groups over row codes; which one the averages follow is the
// catalog's `averagesBy` (docs/catalog-format.md "Groupings", rule 113).
import {
  CLUSTER_AXIS,
  type Axis,
  type Catalog,
  type CatalogGrouping,
  type CatalogNode,
  type GroupingGroup,
  type GroupingNode,
} from './types.ts';
import { listIndicators } from './walk.ts';

/** The id the decree's own tables go by wherever a grouping is named. */
export const DECREE_GROUPING_ID = 'tabel';

const decreeGroupings = new WeakMap<Catalog, CatalogGrouping>();

/**
 * The decree's tables as a grouping: the same groups, each row in place by its code. Made once per
 * catalog (a catalog is never changed in place): every scoring asks for it.
 */
export function decreeGrouping(catalog: Catalog): CatalogGrouping {
  let grouping = decreeGroupings.get(catalog);
  if (!grouping) decreeGroupings.set(catalog, (grouping = tablesAsGrouping(catalog)));
  return grouping;
}

function tablesAsGrouping(catalog: Catalog): CatalogGrouping {
  const toNode = (node: CatalogNode): GroupingNode => {
    if (node.type === 'indicator') return { type: 'row', code: node.code };
    return {
      type: 'group',
      code: node.code,
      number: node.number,
      name: node.name,
      ...(node.weight === undefined ? {} : { weight: node.weight }),
      children: node.children.map(toNode),
    };
  };
  return {
    id: DECREE_GROUPING_ID,
    name: 'Tabel keputusan',
    groups: catalog.clusters.map((c) => toNode(c) as GroupingGroup),
  };
}

/** The grouping the averages follow: the one `averagesBy` names, else the decree's tables. */
export function groupingInForce(catalog: Catalog): CatalogGrouping {
  const named = catalog.groupings?.find((g) => g.id === catalog.averagesBy);
  return named ?? decreeGrouping(catalog);
}

/** Every grouping of the catalog, the decree's tables first. */
export function allGroupings(catalog: Catalog): CatalogGrouping[] {
  return [decreeGrouping(catalog), ...(catalog.groupings ?? [])];
}

/** Every group of a grouping, depth-first. */
export function groupsOf(grouping: CatalogGrouping): GroupingGroup[] {
  const out: GroupingGroup[] = [];
  const visit = (node: GroupingNode): void => {
    if (node.type === 'row') return;
    out.push(node);
    node.children.forEach(visit);
  };
  grouping.groups.forEach(visit);
  return out;
}

const AXES: readonly Axis[] = ['service', 'management', 'quality'];

/** Each row's axis: the one its decree table counts on, whichever grouping it is averaged in. */
export function rowAxes(catalog: Catalog): Map<string, Axis> {
  return new Map(listIndicators(catalog).map((p) => [p.indicator.code, CLUSTER_AXIS[p.cluster.cluster]]));
}

const groupAxesCache = new WeakMap<Catalog, ReadonlyMap<string, readonly Axis[]>>();

/**
 * The axes every group of every grouping has rows of (service, management, quality, in that order),
 * by group code, worked out once per
 * catalog (a catalog is never changed in place): each save builds the trees again.
 */
export function groupAxesOf(catalog: Catalog): ReadonlyMap<string, readonly Axis[]> {
  const cached = groupAxesCache.get(catalog);
  if (cached) return cached;
  const axisOf = rowAxes(catalog);
  const out = new Map<string, readonly Axis[]>();
  const visit = (node: GroupingNode): Set<Axis> => {
    if (node.type === 'row') {
      const axis = axisOf.get(node.code);
      return new Set(axis ? [axis] : []);
    }
    const found = new Set<Axis>();
    for (const child of node.children) for (const axis of visit(child)) found.add(axis);
    out.set(
      node.code,
      AXES.filter((axis) => found.has(axis)),
    );
    return found;
  };
  for (const grouping of allGroupings(catalog)) grouping.groups.forEach(visit);
  groupAxesCache.set(catalog, out);
  return out;
}

/**
 * The id of a group's part on one axis: its code where all its rows count on one axis; where they
 * count on several (ILP Klaster 1 holds management and quality items), one part per axis,
 * `code:axis`, since a 0–10 management mean and a quality mean are never averaged together.
 */
export function axisPartId(code: string, axis: Axis, axes: readonly Axis[]): string {
  return axes.length > 1 ? `${code}:${axis}` : code;
}

/**
 * The catalog with its averages following another of its groupings (`tabel`: the decree's tables);
 * undefined when it has no such grouping.
 */
export function averagedBy(catalog: Catalog, groupingId: string): Catalog | undefined {
  const { averagesBy: _current, ...rest } = catalog;
  if (groupingId === DECREE_GROUPING_ID) return rest;
  if (!catalog.groupings?.some((g) => g.id === groupingId)) return undefined;
  return { ...rest, averagesBy: groupingId };
}

/**
 * The groupings with only the rows `keep` keeps: a row that leaves the catalog leaves every grouping,
 * and a group left with nothing in it goes too.
 */
export function keepRows(
  groupings: readonly CatalogGrouping[],
  keep: (code: string) => boolean,
): CatalogGrouping[] {
  const prune = (nodes: readonly GroupingNode[]): GroupingNode[] =>
    nodes.flatMap((node): GroupingNode[] => {
      if (node.type === 'row') return keep(node.code) ? [node] : [];
      const children = prune(node.children);
      return children.length > 0 ? [{ ...node, children }] : [];
    });
  return groupings.map((g) => ({ ...g, groups: prune(g.groups) as GroupingGroup[] }));
}
