// The figures of a catalog's other groupings (the ILP clusters beside the decree's tables) for a
// dashboard: each top group with its figure on every axis it has rows of, read from a stored result.
import { axisPartId, groupAxesOf } from '../domain/catalog/groupings.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import type { GroupingFigures } from '../shared/api/dashboard.schema.ts';

/** A quality group scores 0–10 inside its tree; the axis reads it as a percentage. */
const AXIS_SCALE = { service: 1, management: 1, quality: 10 } as const;

export function groupingFigures(catalog: Catalog, nodes: Record<string, NodeResult>): GroupingFigures[] {
  const groupAxes = groupAxesOf(catalog);
  return (catalog.groupings ?? []).map((grouping) => ({
    id: grouping.id,
    name: grouping.name,
    inForce: catalog.averagesBy === grouping.id,
    groups: grouping.groups.map((group) => {
      const axes = groupAxes.get(group.code) ?? [];
      return {
        code: group.code,
        number: group.number,
        name: group.name,
        parts: axes.map((axis) => {
          const score = nodes[axisPartId(group.code, axis, axes)]?.score ?? null;
          return { axis, score: score === null ? null : score * AXIS_SCALE[axis] };
        }),
      };
    }),
  }));
}
