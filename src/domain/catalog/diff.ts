// What changed between two catalogs (last year's and the draft of this year), row by row, matched by
// code: the rows added and removed, renamed, moved to another group, with another target, or scored
// differently — what Dinkes reads before it publishes (criterion 2.8.3 a: the indicators and targets
// are set by decree).
import { listIndicators, type PlacedIndicator } from './walk.ts';
import { DECREE_GROUPING_ID, keepRows } from './groupings.ts';
import type { Catalog, CatalogGroup, CatalogIndicator, CatalogNode, Target } from './types.ts';

export type CatalogChange =
  | { change: 'added'; code: string; name: string }
  | { change: 'removed'; code: string; name: string }
  | { change: 'renamed'; code: string; from: string; to: string }
  /** The row had another code last year (its `previousCode`): the crosswalk, not a removal and an addition. */
  | { change: 'recoded'; code: string; name: string; from: string }
  | { change: 'moved'; code: string; name: string; from: string; to: string }
  | { change: 'target'; code: string; name: string; from: Target; to: Target }
  | { change: 'scoring'; code: string; name: string; fields: ScoringField[] }
  /** A group of the decree's tree (a programme, a variable), matched by code. */
  | { change: 'group-added'; code: string; name: string }
  | { change: 'group-removed'; code: string; name: string }
  | { change: 'group-renamed'; code: string; from: string; to: string }
  /** The averages above the rows follow another grouping (`averagesBy`; `tabel`: the decree's tables). */
  | { change: 'averages'; code: string; from: string; to: string }
  /** Another grouping of the rows (the ILP clusters) added, removed, or with other groups or members. */
  | { change: 'grouping'; code: string; name: string; what: 'added' | 'removed' | 'changed' };

/** What else decides a row's score besides its target. */
const SCORING_FIELDS = [
  'kind',
  'direction',
  'unit',
  'sasaran',
  'entry',
  'per',
  'scale',
  'nothingToCount',
  'targetScope',
  'requires',
  'cadence',
  'appliesTo',
  'optional',
  'sameAs',
  'rubric',
] as const satisfies readonly (keyof CatalogIndicator)[];
export type ScoringField = (typeof SCORING_FIELDS)[number];

/** Written with its keys sorted: two equal values read from differently ordered sources compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const placeOf = (p: PlacedIndicator) => [p.cluster.code, ...p.path.map((g) => g.code)].join(' › ');

/** In the order of `next` (added and changed rows), then the rows it no longer has. */
export function catalogDiff(previous: Catalog, next: Catalog): CatalogChange[] {
  const before = new Map(listIndicators(previous).map((p) => [p.indicator.code, p]));
  const after = listIndicators(next);
  const changes: CatalogChange[] = [];
  for (const placed of after) {
    const { indicator: now } = placed;
    const lastCode = now.previousCode ?? now.code;
    const was = before.get(lastCode);
    if (!was) {
      changes.push({ change: 'added', code: now.code, name: now.name });
      continue;
    }
    const old = was.indicator;
    if (lastCode !== now.code)
      changes.push({ change: 'recoded', code: now.code, name: now.name, from: lastCode });
    if (old.name !== now.name)
      changes.push({ change: 'renamed', code: now.code, from: old.name, to: now.name });
    if (placeOf(was) !== placeOf(placed))
      changes.push({
        change: 'moved',
        code: now.code,
        name: now.name,
        from: placeOf(was),
        to: placeOf(placed),
      });
    if (!same(old.target, now.target))
      changes.push({ change: 'target', code: now.code, name: now.name, from: old.target, to: now.target });
    const fields = SCORING_FIELDS.filter((f) => !same(old[f], now[f]));
    if (fields.length > 0) changes.push({ change: 'scoring', code: now.code, name: now.name, fields });
  }
  const kept = new Set(after.map((p) => p.indicator.previousCode ?? p.indicator.code));
  for (const [code, p] of before)
    if (!kept.has(code)) changes.push({ change: 'removed', code, name: p.indicator.name });
  changes.push(...groupChanges(previous, next), ...groupingChanges(previous, next));
  return changes;
}

/** The groups of the decree's tree (clusters included) by code. */
function groupsByCode(catalog: Catalog): Map<string, CatalogGroup> {
  const out = new Map<string, CatalogGroup>();
  const visit = (node: CatalogNode) => {
    if (node.type === 'indicator') return;
    out.set(node.code, node);
    node.children.forEach(visit);
  };
  catalog.clusters.forEach(visit);
  return out;
}

function groupChanges(previous: Catalog, next: Catalog): CatalogChange[] {
  const before = groupsByCode(previous);
  const after = groupsByCode(next);
  const changes: CatalogChange[] = [];
  for (const [code, group] of after) {
    const was = before.get(code);
    if (!was) changes.push({ change: 'group-added', code, name: group.name });
    else if (was.name !== group.name)
      changes.push({ change: 'group-renamed', code, from: was.name, to: group.name });
  }
  for (const [code, group] of before)
    if (!after.has(code)) changes.push({ change: 'group-removed', code, name: group.name });
  return changes;
}

/** The grouping the averages follow, and the other groupings added, removed or changed. */
function groupingChanges(previous: Catalog, next: Catalog): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const from = previous.averagesBy ?? DECREE_GROUPING_ID;
  const to = next.averagesBy ?? DECREE_GROUPING_ID;
  if (from !== to) changes.push({ change: 'averages', code: to, from, to });
  const before = new Map((previous.groupings ?? []).map((g) => [g.id, g]));
  const after = new Map((next.groupings ?? []).map((g) => [g.id, g]));
  // A row added or removed is said as such: the grouping changed only if its groups changed, or rows
  // of both years sit elsewhere in it.
  const lastYearRows = new Set(listIndicators(previous).map((p) => p.indicator.code));
  const kept = new Set(
    listIndicators(next)
      .map((p) => p.indicator)
      .filter((i) => lastYearRows.has(i.previousCode ?? i.code))
      .flatMap((i) => [i.code, i.previousCode ?? i.code]),
  );
  for (const [id, grouping] of after) {
    const was = before.get(id);
    if (!was) changes.push({ change: 'grouping', code: id, name: grouping.name, what: 'added' });
    else if (
      !same(
        keepRows([was], (code) => kept.has(code)),
        keepRows([grouping], (code) => kept.has(code)),
      )
    )
      changes.push({ change: 'grouping', code: id, name: grouping.name, what: 'changed' });
  }
  for (const [id, grouping] of before)
    if (!after.has(id)) changes.push({ change: 'grouping', code: id, name: grouping.name, what: 'removed' });
  return changes;
}
