// The scoring trees of one Puskesmas-year: the catalog's tree with each indicator's measure at its leaf.
import { weeksInMonths } from '../periods/weeks.ts';
import { allGroupings, axisPartId, groupAxesOf, groupingInForce, rowAxes } from '../catalog/groupings.ts';
import type { Axis, Catalog, CatalogIndicator, GroupingNode } from '../catalog/types.ts';
import { listIndicators } from '../catalog/walk.ts';
import type { AssessmentTrees } from '../scoring/assessment.ts';
import type { ScoreGroup, ScoreLeaf } from '../scoring/tree.ts';

const AXES: readonly Axis[] = ['service', 'management', 'quality'];
import type { PuskesmasYear } from './inputs.ts';
import { rowInputs } from './linked-rows.ts';
import { measureIndicator } from './measure-indicator.ts';

export const AXIS_ROOT_ID: Record<Axis, string> = {
  service: 'service',
  management: 'management',
  quality: 'quality',
};

/** Why an indicator does not apply to this Puskesmas, or null when it does. */
export function notApplicableReason(indicator: CatalogIndicator, py: PuskesmasYear): string | null {
  const target = py.inputs.get(indicator.code)?.target;
  if (indicator.appliesTo === 'rawat-inap' && !py.rawatInap) return 'Puskesmas non rawat inap';
  if (indicator.optional && target?.chosen !== true) return 'Layanan UKM Pengembangan tidak dipilih';
  if (target?.applicable === false) return target.reason ?? 'Ditandai tidak berlaku';
  return null;
}

/**
 * One row's leaf: its measure from its inputs (and those of a row it is linked to), or excluded when
 * it does not apply. A leaf depends on nothing else of the year, so one row can be scored alone.
 */
export function buildLeaf(
  indicator: CatalogIndicator,
  py: PuskesmasYear,
  dueMonths = 12,
  weeks: number = weeksInMonths(py.year, dueMonths),
): ScoreLeaf {
  const reason = notApplicableReason(indicator, py);
  const leaf: ScoreLeaf = {
    id: indicator.code,
    name: indicator.name,
    measure: measureIndicator(indicator, rowInputs(indicator, py), dueMonths, weeks),
  };
  return reason === null ? leaf : { ...leaf, applicable: false, reason };
}

/**
 * The scoring trees of a Puskesmas-year. Each row is measured once; the axes follow the grouping in
 * force (`averagesBy`, else the decree's tables), each axis the grouping's groups restricted to its
 * rows. Every other grouping is scored beside them as `views`, so the decree's tables keep their
 * figures under the ILP clusters and the other way round.
 */
export function buildAssessmentTrees(catalog: Catalog, py: PuskesmasYear, dueMonths = 12): AssessmentTrees {
  const weeks = weeksInMonths(py.year, dueMonths);
  return assembleTrees(catalog, (indicator) => buildLeaf(indicator, py, dueMonths, weeks));
}

/**
 * The catalog's scoring trees with each row's leaf as `leafOf` makes it: the trees' shape is the
 * catalog's alone, whatever the year holds (`rescoreRows` puts stored rows in it).
 */
export function assembleTrees(
  catalog: Catalog,
  leafOf: (indicator: CatalogIndicator) => ScoreLeaf,
): AssessmentTrees {
  const shape = treeShapeOf(catalog);
  const leaves = new Map<string, ScoreLeaf>();
  for (const indicator of shape.indicators) leaves.set(indicator.code, leafOf(indicator));
  const build = (group: ShapeGroup): ScoreGroup => ({
    id: group.id,
    name: group.name,
    ...(group.weight === undefined ? {} : { weight: group.weight }),
    children: group.children.map((child) => (typeof child === 'string' ? leaves.get(child)! : build(child))),
  });
  return {
    service: { id: AXIS_ROOT_ID.service, name: 'Pelayanan', children: shape.roots.service.map(build) },
    management: {
      id: AXIS_ROOT_ID.management,
      name: 'Manajemen',
      children: shape.roots.management.map(build),
    },
    quality: { id: AXIS_ROOT_ID.quality, name: 'Mutu', children: shape.roots.quality.map(build) },
    views: shape.views.map(build),
  };
}

/** A group of the trees' shape; a child that is a string is a row, by its code. */
interface ShapeGroup {
  id: string;
  name: string;
  weight?: number;
  children: (ShapeGroup | string)[];
}

interface TreeShape {
  indicators: CatalogIndicator[];
  /** The grouping in force's groups, each restricted to one axis' rows. */
  roots: Record<Axis, ShapeGroup[]>;
  /** Every other grouping's groups, restricted likewise. */
  views: ShapeGroup[];
}

const shapeCache = new WeakMap<Catalog, TreeShape>();

/**
 * The trees' shape, worked out once per catalog (a catalog is never changed in place): a recompute
 * scores every Puskesmas of a district on one catalog, and restricting every group of every
 * grouping to each axis again for each of them was about a fifth of its scoring.
 */
function treeShapeOf(catalog: Catalog): TreeShape {
  const cached = shapeCache.get(catalog);
  if (cached) return cached;
  const indicators = listIndicators(catalog).map(({ indicator }) => indicator);
  const known = new Set(indicators.map((indicator) => indicator.code));
  const axisOf = rowAxes(catalog);
  const groupAxes = groupAxesOf(catalog);
  const restrict = (node: GroupingNode, axis: Axis): ShapeGroup | string | null => {
    if (node.type === 'row') return axisOf.get(node.code) === axis && known.has(node.code) ? node.code : null;
    const children = node.children.flatMap((child) => restrict(child, axis) ?? []);
    if (children.length === 0) return null;
    return {
      id: axisPartId(node.code, axis, groupAxes.get(node.code) ?? []),
      name: node.name,
      ...(node.weight === undefined ? {} : { weight: node.weight }),
      children,
    };
  };
  const roots: Record<Axis, ShapeGroup[]> = { service: [], management: [], quality: [] };
  const views: ShapeGroup[] = [];
  const inForce = groupingInForce(catalog).id;
  for (const grouping of allGroupings(catalog))
    for (const group of grouping.groups)
      for (const axis of AXES) {
        const part = restrict(group, axis) as ShapeGroup | null;
        if (!part) continue;
        if (grouping.id === inForce) roots[axis].push(part);
        else views.push(part);
      }
  const shape = { indicators, roots, views };
  shapeCache.set(catalog, shape);
  return shape;
}
