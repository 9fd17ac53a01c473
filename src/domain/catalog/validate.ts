// What makes a catalog unusable beyond its shape: the rules the engine relies on, checked over the
// whole tree so that a catalog is refused with every problem at once, each tied to its row.
import { DECREE_GROUPING_ID } from './groupings.ts';
import type { Catalog, CatalogIndicator, CatalogNode, GroupingNode } from './types.ts';

export type CatalogProblemRule =
  | 'duplicate-code'
  | 'empty-group'
  | 'rubric-missing'
  | 'rubric-not-annual'
  | 'annual-not-rubric'
  | 'range-band-missing'
  | 'range-band-reversed'
  | 'rate-per-missing'
  | 'ratio-scale-missing'
  | 'bands-not-ascending'
  | 'optional-outside-development'
  | 'same-as-unknown'
  | 'same-as-chained'
  | 'same-as-entry-differs'
  | 'same-as-same-cluster'
  | 'same-as-annual'
  | 'district-target-not-amount'
  | 'district-target-missing'
  | 'weekly-not-ontime-count'
  | 'rise-not-figure'
  | 'previous-code-twice'
  | 'grouping-id-twice'
  | 'grouping-row-unknown'
  | 'grouping-row-missing'
  | 'grouping-row-twice'
  | 'averages-by-unknown'
  | 'year-mismatch';

export interface CatalogProblem {
  /** The row (or group) it is about; the catalog itself when absent. */
  code?: string;
  rule: CatalogProblemRule;
}

function indicatorProblems(ind: CatalogIndicator, development: boolean): CatalogProblemRule[] {
  const out: CatalogProblemRule[] = [];
  if (ind.kind === 'rubric' && !ind.rubric) out.push('rubric-missing');
  if (ind.kind === 'rubric' && ind.entry !== 'annual') out.push('rubric-not-annual');
  if (ind.entry === 'annual' && ind.kind !== 'rubric') out.push('annual-not-rubric');
  if (ind.kind === 'range') {
    if (ind.target.min === undefined || ind.target.max === undefined) out.push('range-band-missing');
    else if (ind.target.min > ind.target.max) out.push('range-band-reversed');
  }
  if (ind.kind === 'rate' && ind.per === undefined) out.push('rate-per-missing');
  if (ind.entry === 'ratio' && ind.scale === undefined) out.push('ratio-scale-missing');
  const bands = ind.rubric?.bands ?? [];
  if (bands.some((b, i) => i > 0 && b.from < bands[i - 1]!.from)) out.push('bands-not-ascending');
  if (ind.optional && !development) out.push('optional-outside-development');
  // A total shared out in parts is a sum: only an amount, more is better, summed over the months.
  if (ind.targetScope === 'district') {
    if (ind.kind !== 'value' || ind.direction !== 'higher' || ind.entry !== 'amount')
      out.push('district-target-not-amount');
    if (ind.target.value === null || ind.target.value <= 0) out.push('district-target-missing');
  }
  if (ind.cadence === 'weekly' && (ind.kind !== 'ontime' || ind.entry !== 'count'))
    out.push('weekly-not-ontime-count');
  // A rise is told by comparing two figures: an item entered as a level has none.
  if (ind.rubric?.mustRise && ind.rubric.input !== 'percent') out.push('rise-not-figure');
  return out;
}

/** Every problem of the catalog, in catalog order; none: the engine can score it. */
export function catalogProblems(catalog: Catalog, expectedYear?: number): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (expectedYear !== undefined && catalog.year !== expectedYear) problems.push({ rule: 'year-mismatch' });
  const seen = new Set<string>();
  const visit = (node: CatalogNode | (CatalogNode & { cluster?: string }), development: boolean) => {
    if (seen.has(node.code)) problems.push({ code: node.code, rule: 'duplicate-code' });
    seen.add(node.code);
    if (node.type === 'group') {
      if (node.children.length === 0) problems.push({ code: node.code, rule: 'empty-group' });
      for (const child of node.children) visit(child, development);
      return;
    }
    for (const rule of indicatorProblems(node, development)) problems.push({ code: node.code, rule });
  };
  for (const cluster of catalog.clusters) visit(cluster, cluster.cluster === 'ukm-pengembangan');
  for (const { code, rule } of sameAsProblems(catalog)) problems.push({ code, rule });
  for (const code of previousCodesTwice(catalog)) problems.push({ code, rule: 'previous-code-twice' });
  problems.push(...groupingProblems(catalog, seen));
  return problems;
}

/**
 * The links between twin rows (`sameAs`), each problem on the linked row: the twin must be a row of
 * the catalog, not linked itself (a chain or a cycle would leave no row where the figures are
 * entered), entered in the same shape (its fields are this row's fields), and printed in another
 * table — two rows of one table counting the same thing is a transcription error, not a twin. A row
 * entered once a year has no monthly values to share.
 */
function sameAsProblems(catalog: Catalog): CatalogProblem[] {
  const rows = new Map<string, { indicator: CatalogIndicator; cluster: string }>();
  const walk = (node: CatalogNode, cluster: string) => {
    if (node.type === 'group') for (const child of node.children) walk(child, cluster);
    else if (!rows.has(node.code)) rows.set(node.code, { indicator: node, cluster });
  };
  for (const cluster of catalog.clusters) walk(cluster, cluster.cluster);
  const problems: CatalogProblem[] = [];
  for (const { indicator, cluster } of rows.values()) {
    if (indicator.sameAs === undefined) continue;
    const code = indicator.code;
    if (indicator.entry === 'annual') problems.push({ code, rule: 'same-as-annual' });
    const twin = rows.get(indicator.sameAs);
    if (!twin) {
      problems.push({ code, rule: 'same-as-unknown' });
      continue;
    }
    if (twin.indicator.sameAs !== undefined) problems.push({ code, rule: 'same-as-chained' });
    if (twin.indicator.entry !== indicator.entry) problems.push({ code, rule: 'same-as-entry-differs' });
    if (twin.cluster === cluster) problems.push({ code, rule: 'same-as-same-cluster' });
  }
  return problems;
}

/** Rows whose last-year code (`previousCode`, else their own) another row already claims: one row of last year, one row of this year. */
function previousCodesTwice(catalog: Catalog): string[] {
  const claimed = new Set<string>();
  const twice: string[] = [];
  const visit = (node: CatalogNode) => {
    if (node.type === 'group') return node.children.forEach(visit);
    const previous = node.previousCode ?? node.code;
    if (claimed.has(previous)) twice.push(node.code);
    claimed.add(previous);
  };
  catalog.clusters.forEach(visit);
  return twice;
}

/**
 * The other groupings (rule 113): each has its own id, its groups' codes are new to the catalog, no
 * group is empty, and every row of the catalog sits in it exactly once — a row left out would drop
 * out of the averages that follow the grouping, a row placed twice would count twice.
 * `codes` holds every code of the decree's tree.
 */
function groupingProblems(catalog: Catalog, codes: Set<string>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const rows = new Set<string>();
  const collect = (node: CatalogNode) => {
    if (node.type === 'group') node.children.forEach(collect);
    else rows.add(node.code);
  };
  catalog.clusters.forEach(collect);
  const ids = new Set<string>([DECREE_GROUPING_ID]);
  for (const grouping of catalog.groupings ?? []) {
    if (ids.has(grouping.id)) problems.push({ code: grouping.id, rule: 'grouping-id-twice' });
    ids.add(grouping.id);
    const placed = new Set<string>();
    const visit = (node: GroupingNode) => {
      if (node.type === 'row') {
        if (!rows.has(node.code)) problems.push({ code: node.code, rule: 'grouping-row-unknown' });
        else if (placed.has(node.code)) problems.push({ code: node.code, rule: 'grouping-row-twice' });
        placed.add(node.code);
        return;
      }
      if (codes.has(node.code)) problems.push({ code: node.code, rule: 'duplicate-code' });
      codes.add(node.code);
      if (node.children.length === 0) problems.push({ code: node.code, rule: 'empty-group' });
      node.children.forEach(visit);
    };
    if (grouping.groups.length === 0) problems.push({ code: grouping.id, rule: 'empty-group' });
    grouping.groups.forEach(visit);
    for (const row of rows) if (!placed.has(row)) problems.push({ code: row, rule: 'grouping-row-missing' });
  }
  if (catalog.averagesBy !== undefined && !ids.has(catalog.averagesBy))
    problems.push({ rule: 'averages-by-unknown' });
  return problems;
}
