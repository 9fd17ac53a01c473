// Editing a catalog document on the authoring screen: each change returns a new document with only
// the changed branch replaced (the rows left alone keep their identity, so the screen redraws only
// what changed). Rows and groups are found by their code, which is unique in a catalog; the server
// checks the whole document again when it is saved (readCatalogFile), so nothing here is the rule.
import type {
  CatalogDocument,
  CatalogGroupDocument,
  CatalogIndicatorDocument,
  CatalogTargetDocument,
  GroupingGroupDocument,
} from '../../shared/schemas/catalog-document.schema.ts';
import type { z } from 'zod';
import { formatInput } from './numbers.ts';

export type CatalogRow = CatalogIndicatorDocument;
export type CatalogTarget = z.infer<typeof CatalogTargetDocument>;
type Cluster = CatalogDocument['clusters'][number];
type Node = CatalogGroupDocument | CatalogIndicatorDocument;
/** A cluster or a group: whatever holds children. */
type Parent = Cluster | CatalogGroupDocument;

/** Replaces the children of every parent on the way to `code` with what `edit` makes of them. */
function editSiblings(doc: CatalogDocument, code: string, edit: (siblings: Node[], at: number) => Node[]) {
  const walk = <P extends Parent>(parent: P): P => {
    const at = parent.children.findIndex((n) => n.code === code);
    if (at >= 0) return { ...parent, children: edit(parent.children, at) };
    let changed = false;
    const children = parent.children.map((child) => {
      if (child.type !== 'group') return child;
      const next = walk(child);
      if (next !== child) changed = true;
      return next;
    });
    return changed ? { ...parent, children } : parent;
  };
  return { ...doc, clusters: doc.clusters.map(walk) };
}

/** Changes fields of one row (an indicator) or one group; a cluster's name and number too. */
export function updateNode(
  doc: CatalogDocument,
  code: string,
  patch: Partial<CatalogRow> | Partial<Pick<CatalogGroupDocument, 'name' | 'number' | 'weight'>>,
): CatalogDocument {
  const cluster = doc.clusters.findIndex((c) => c.code === code);
  if (cluster >= 0) {
    const { name, number, weight } = patch as Partial<CatalogGroupDocument>;
    const fields = Object.fromEntries(
      Object.entries({ name, number, weight }).filter(([, v]) => v !== undefined),
    ) as Partial<Cluster>;
    return { ...doc, clusters: doc.clusters.map((c, i) => (i === cluster ? { ...c, ...fields } : c)) };
  }
  return editSiblings(doc, code, (siblings, at) =>
    siblings.map((n, i) => (i === at ? ({ ...n, ...patch } as Node) : n)),
  );
}

/** Removes a row or group, and its rows from every other grouping (a group left empty there goes too). */
export function removeNode(doc: CatalogDocument, code: string): CatalogDocument {
  const gone = new Set<string>();
  const collect = (node: Cluster | Node) => {
    if (node.type === 'indicator') gone.add(node.code);
    else node.children.forEach(collect);
  };
  const node = findNode(doc, code);
  if (node) collect(node);
  const next = editSiblings(doc, code, (siblings, at) => siblings.filter((_, i) => i !== at));
  return withGroupings(next, (groups) => withoutRows(groups, gone));
}

type GroupingChild = GroupingGroupDocument['children'][number];

/** The rows of `gone` taken out, and a group left with nothing in it. */
function withoutRows(children: readonly GroupingChild[], gone: ReadonlySet<string>): GroupingChild[] {
  return children.flatMap((child): GroupingChild[] => {
    if (child.type === 'row') return gone.has(child.code) ? [] : [child];
    const inner = withoutRows(child.children, gone);
    return inner.length > 0 ? [{ ...child, children: inner }] : [];
  });
}

/** Every grouping's top groups through `edit` (children lists, depth-first by the caller). */
function withGroupings(
  doc: CatalogDocument,
  edit: (groups: GroupingChild[]) => GroupingChild[],
): CatalogDocument {
  if (!doc.groupings) return doc;
  return {
    ...doc,
    groupings: doc.groupings.map((g) => ({ ...g, groups: edit(g.groups) as GroupingGroupDocument[] })),
  };
}

function findNode(doc: CatalogDocument, code: string): Cluster | Node | undefined {
  const walk = (node: Cluster | Node): Cluster | Node | undefined => {
    if (node.code === code) return node;
    if (node.type === 'group')
      for (const child of node.children) {
        const found = walk(child);
        if (found) return found;
      }
    return undefined;
  };
  for (const cluster of doc.clusters) {
    const found = walk(cluster);
    if (found) return found;
  }
  return undefined;
}

/** The last row under a node, depth-first. */
function lastRowUnder(node: Cluster | Node): string | undefined {
  if (node.type === 'indicator') return node.code;
  for (let i = node.children.length - 1; i >= 0; i--) {
    const found = lastRowUnder(node.children[i]!);
    if (found) return found;
  }
  return undefined;
}

/** In every other grouping, `code` placed right after the row `after` (where that row is). */
function placeAfter(doc: CatalogDocument, code: string, after: string): CatalogDocument {
  const insert = (children: GroupingChild[]): GroupingChild[] => {
    const at = children.findIndex((c) => c.type === 'row' && c.code === after);
    if (at >= 0) return [...children.slice(0, at + 1), { type: 'row', code }, ...children.slice(at + 1)];
    return children.map((c) => (c.type === 'group' ? { ...c, children: insert(c.children) } : c));
  };
  return withGroupings(doc, insert);
}

/** One place up (-1) or down (+1) among its siblings; at either end nothing moves. */
export function moveNode(doc: CatalogDocument, code: string, by: -1 | 1): CatalogDocument {
  return editSiblings(doc, code, (siblings, at) => {
    const to = at + by;
    if (to < 0 || to >= siblings.length) return siblings;
    const next = [...siblings];
    [next[at], next[to]] = [next[to]!, next[at]!];
    return next;
  });
}

/** Every code in the document, clusters and groups included. */
export function codesOf(doc: CatalogDocument): Set<string> {
  const codes = new Set<string>();
  const walk = (node: Cluster | Node) => {
    codes.add(node.code);
    if (node.type === 'group') node.children.forEach(walk);
  };
  doc.clusters.forEach(walk);
  return codes;
}

/**
 * A new row at the end of a cluster or group: a coverage row scored ≥ 100 %, with a code that is not
 * used yet ("<parent>.BARU1"), for the admin to name and set.
 */
export function addRow(
  doc: CatalogDocument,
  parentCode: string,
  code = freshCode(doc, parentCode),
): { doc: CatalogDocument; code: string } {
  const row: CatalogRow = {
    type: 'indicator',
    code,
    number: '',
    name: '',
    unit: '%',
    kind: 'coverage',
    direction: 'higher',
    target: { printed: '100 %', value: 100, comparator: '>=' },
    sasaran: '',
    entry: 'ratio',
    scale: 100,
    appliesTo: 'all',
    optional: false,
  };
  const append = <P extends Parent>(parent: P): P => ({ ...parent, children: [...parent.children, row] });
  // In the other groupings (the ILP clusters) the new row joins the group of the parent's last row.
  const parent = findNode(doc, parentCode);
  const neighbour = parent && lastRowUnder(parent);
  const placed = (next: CatalogDocument) => (neighbour ? placeAfter(next, code, neighbour) : next);
  const cluster = doc.clusters.findIndex((c) => c.code === parentCode);
  if (cluster >= 0)
    return {
      doc: placed({ ...doc, clusters: doc.clusters.map((c, i) => (i === cluster ? append(c) : c)) }),
      code,
    };
  return {
    doc: placed(
      editSiblings(doc, parentCode, (siblings, at) =>
        siblings.map((n, i) => (i === at && n.type === 'group' ? append(n) : n)),
      ),
    ),
    code,
  };
}

function freshCode(doc: CatalogDocument, parentCode: string): string {
  const codes = codesOf(doc);
  let n = 1;
  while (codes.has(`${parentCode}.BARU${n}`)) n++;
  return `${parentCode}.BARU${n}`;
}

/**
 * A new target value, with the printed target following it where it printed the old number
 * ("100 %" → "95 %", "≤ 2 %" → "≤ 1,5 %"); a printed text without that number is left as it was.
 */
export function retarget(target: CatalogTarget, value: number | null): CatalogTarget {
  if (value === target.value) return target;
  const next: CatalogTarget = { ...target, value };
  if (target.value === null || value === null) return next;
  const old = formatInput(target.value, 'id');
  const fresh = formatInput(value, 'id');
  const at = target.printed.search(new RegExp(`(?<![\\d,.])${escape(old)}(?![\\d,])`));
  if (at >= 0) next.printed = target.printed.slice(0, at) + fresh + target.printed.slice(at + old.length);
  return next;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rows of the document in order, for counts and the search. */
export function rowsOf(doc: CatalogDocument): CatalogRow[] {
  const rows: CatalogRow[] = [];
  const walk = (node: Node) => {
    if (node.type === 'indicator') rows.push(node);
    else node.children.forEach(walk);
  };
  doc.clusters.forEach((c) => c.children.forEach(walk));
  return rows;
}
