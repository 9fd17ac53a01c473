// The monthly grid's rows: the catalog tree (cluster → programme → variable → indicator, as the
// entries API lists it in document order) with groups collapsed or filtered, and one input line per
// entry field of each indicator.
import type { EntryNode } from '../../shared/api/entries.schema.ts';
import type { EntryField } from './entry-fields.ts';

export type GroupNode = Extract<EntryNode, { type: 'group' }>;
export type IndicatorNode = Extract<EntryNode, { type: 'indicator' }>;

export interface GroupRow {
  type: 'group';
  node: GroupNode;
  collapsed: boolean;
  /** Monthly indicators under it. */
  indicators: number;
}

export interface LineRow {
  type: 'line';
  indicator: IndicatorNode;
  field: EntryField;
  /** The indicator's first line carries its name and its progress. */
  first: boolean;
  /** How many lines the indicator takes (2 for a ratio). */
  lines: number;
  /** Position among the input lines: the grid's row for keyboard moves and pasting. */
  line: number;
}

export type GridRow = GroupRow | LineRow;

/** Lower-case without accents, for a forgiving search. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(indicator: IndicatorNode, query: string): boolean {
  return fold(`${indicator.code} ${indicator.number} ${indicator.name}`).includes(query);
}

/** The ancestors' codes of every node, nearest first. */
function ancestry(nodes: readonly EntryNode[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const node of nodes) {
    out.set(node.code, node.parent === null ? [] : [node.parent, ...(out.get(node.parent) ?? [])]);
  }
  return out;
}

/**
 * Rows in catalog order. A collapsed group hides what is under it, unless a search is typed: then
 * only the matching indicators (and the groups above them) show, whatever is collapsed.
 */
export function gridRows(nodes: readonly EntryNode[], collapsed: ReadonlySet<string>, query = ''): GridRow[] {
  const q = fold(query.trim());
  const above = ancestry(nodes);
  const counts = new Map<string, number>();
  const shown = new Set<string>();
  for (const node of nodes) {
    if (node.type !== 'indicator' || node.fields.length === 0) continue;
    const ancestors = above.get(node.code) ?? [];
    for (const a of ancestors) counts.set(a, (counts.get(a) ?? 0) + 1);
    if (!q || matches(node, q)) {
      shown.add(node.code);
      for (const a of ancestors) shown.add(a);
    }
  }
  const rows: GridRow[] = [];
  let line = 0;
  for (const node of nodes) {
    if (!shown.has(node.code)) continue;
    const ancestors = above.get(node.code) ?? [];
    if (!q && ancestors.some((a) => collapsed.has(a))) continue;
    if (node.type === 'group') {
      rows.push({
        type: 'group',
        node,
        collapsed: !q && collapsed.has(node.code),
        indicators: counts.get(node.code) ?? 0,
      });
      continue;
    }
    node.fields.forEach((field, i) => {
      rows.push({
        type: 'line',
        indicator: node,
        field,
        first: i === 0,
        lines: node.fields.length,
        line: line++,
      });
    });
  }
  return rows;
}

/** The programmes (groups right under a cluster): "collapse all" folds these, leaving an outline. */
export function programmeCodes(nodes: readonly EntryNode[]): string[] {
  return nodes.filter((n) => n.type === 'group' && n.depth === 1).map((n) => n.code);
}

/** Every indicator entered monthly, by code. */
export function indicatorMap(nodes: readonly EntryNode[]): Map<string, IndicatorNode> {
  const out = new Map<string, IndicatorNode>();
  for (const node of nodes) if (node.type === 'indicator' && node.fields.length > 0) out.set(node.code, node);
  return out;
}
