// What changed between two catalogs (last year's and the draft of this year), row by row, matched by
// code: the rows added and removed, renamed, moved to another group, with another target, or scored
// differently — what Dinkes reads before it publishes (criterion 2.8.3 a: the indicators and targets
// are set by decree).
import { listIndicators, type PlacedIndicator } from './walk.ts';
import type { Catalog, CatalogIndicator, Target } from './types.ts';

export type CatalogChange =
  | { change: 'added'; code: string; name: string }
  | { change: 'removed'; code: string; name: string }
  | { change: 'renamed'; code: string; from: string; to: string }
  /** The row had another code last year (its `previousCode`): the crosswalk, not a removal and an addition. */
  | { change: 'recoded'; code: string; name: string; from: string }
  | { change: 'moved'; code: string; name: string; from: string; to: string }
  | { change: 'target'; code: string; name: string; from: Target; to: Target }
  | { change: 'scoring'; code: string; name: string; fields: ScoringField[] };

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
  return changes;
}
