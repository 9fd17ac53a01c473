// The monthly grid's rows: the catalog tree (cluster → programme → variable → indicator, as the
// entries API lists it in document order) with groups collapsed or filtered, and one input line per
// entry field of each indicator.
import type { EntryNode } from '../../shared/api/entries.schema.ts';
import type { EntryField } from './entry-fields.ts';
import type { HeadingPlace, RowRef } from './grid-nav.ts';

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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `word` starts a word of `text` (or, beginning with a sign such as "<" or "(", occurs at
 * all): "tb" finds "P2 TB" and "TB paru" but not "Desa STBM"; "d1" finds "UKM.D1.5".
 */
function startsAWord(text: string, word: string): boolean {
  const anywhere = !WORD_CHAR.test(word.charAt(0));
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (anywhere || i === 0 || !WORD_CHAR.test(text.charAt(i - 1))) return true;
  }
  return false;
}

/** The query's words, folded; an empty list matches everything. */
export function searchWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * An indicator matches when every word of the query starts a word of its code, number or name or of
 * those of a group above it, in any order: "P2 TB" (the programme) lists the TB rows, "D1" (its code)
 * too, "kesembuhan TB" the cure rate alone.
 */
function matches(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => startsAWord(haystack, w));
}

/** The text a node is found by: its code, printed number and name, folded. */
function ownText(node: EntryNode): string {
  return fold(`${node.code} ${node.number} ${node.name}`);
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
  const words = searchWords(query);
  const searching = words.length > 0;
  const above = ancestry(nodes);
  const texts = new Map(nodes.map((n) => [n.code, ownText(n)]));
  const counts = new Map<string, number>();
  const shown = new Set<string>();
  for (const node of nodes) {
    if (node.type !== 'indicator' || node.fields.length === 0) continue;
    const ancestors = above.get(node.code) ?? [];
    for (const a of ancestors) counts.set(a, (counts.get(a) ?? 0) + 1);
    const haystack = [node.code, ...ancestors].map((c) => texts.get(c) ?? '').join('\n');
    if (!searching || matches(haystack, words)) {
      shown.add(node.code);
      for (const a of ancestors) shown.add(a);
    }
  }
  const rows: GridRow[] = [];
  let line = 0;
  for (const node of nodes) {
    if (!shown.has(node.code)) continue;
    const ancestors = above.get(node.code) ?? [];
    if (!searching && ancestors.some((a) => collapsed.has(a))) continue;
    if (node.type === 'group') {
      rows.push({
        type: 'group',
        node,
        collapsed: !searching && collapsed.has(node.code),
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

/** How many indicators the rows show (a ratio's two lines are one indicator). */
export function shownIndicators(rows: readonly GridRow[]): number {
  return rows.filter((r) => r.type === 'line' && r.first).length;
}

/** The groups above a node, from its programme (the cluster left out) down to its parent. */
export function groupPath(nodes: readonly EntryNode[], code: string): GroupNode[] {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const path: GroupNode[] = [];
  for (let parent = byCode.get(code)?.parent ?? null; parent !== null;) {
    const group = byCode.get(parent);
    if (group?.type !== 'group') break;
    if (group.parent !== null) path.unshift(group);
    parent = group.parent;
  }
  return path;
}

function refOf(row: GridRow | undefined): RowRef | null {
  if (!row) return null;
  return row.type === 'line' ? { line: row.line } : { heading: row.node.code };
}

/** Where the heading of `groupCode` sits: what is right above and right below it; null when not shown. */
export function headingPlace(rows: readonly GridRow[], groupCode: string): HeadingPlace | null {
  const i = rows.findIndex((r) => r.type === 'group' && r.node.code === groupCode);
  const row = rows[i];
  if (row?.type !== 'group') return null;
  return { expanded: !row.collapsed, above: refOf(rows[i - 1]), below: refOf(rows[i + 1]) };
}
