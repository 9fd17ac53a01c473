// A league of units (a province's districts, the country's provinces) from their rolled-up results:
// ranked by the share of their assessed Puskesmas in Kelompok I, then in Kelompok II, then by mean
// service (docs/scale.md, roll-up views), and cut into pages.
import type { RollUpRecord } from './district-ports.ts';

/** Higher first in each place. */
function leagueKey(d: RollUpRecord): [number, number, number] {
  const share = (n: number) => (d.assessed === 0 ? 0 : n / d.assessed);
  return [share(d.kelompokI), share(d.kelompokII), d.service ?? -1];
}

/** Higher first; 0 when the league cannot tell them apart. */
function compareLeagueKeys(a: RollUpRecord, b: RollUpRecord): number {
  const [x, y] = [leagueKey(a), leagueKey(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
  return 0;
}

export interface LeagueRow {
  /** Null for a unit with nothing assessed: it is listed last, by code. */
  rank: number | null;
  code: string;
  name: string;
  districts: number;
  puskesmas: number;
  assessed: number;
  kelompok: { I: number; II: number; III: number };
  published: number;
  service: number | null;
  management: number | null;
  quality: number | null;
}

/** The units in league order; equal keys share a rank (1, 2, 2, 4). */
export function rankLeague(rows: readonly RollUpRecord[]): LeagueRow[] {
  const assessed = rows
    .filter((d) => d.assessed > 0)
    .sort((a, b) => compareLeagueKeys(a, b) || a.code.localeCompare(b.code));
  const unassessed = rows.filter((d) => d.assessed === 0).sort((a, b) => a.code.localeCompare(b.code));
  let rank = 0;
  return [...assessed, ...unassessed].map((d, i, all) => {
    if (d.assessed > 0 && (i === 0 || compareLeagueKeys(all[i - 1]!, d) !== 0)) rank = i + 1;
    return {
      rank: d.assessed > 0 ? rank : null,
      code: d.code,
      name: d.name,
      districts: d.districts,
      puskesmas: d.puskesmas,
      assessed: d.assessed,
      kelompok: { I: d.kelompokI, II: d.kelompokII, III: d.kelompokIII },
      published: d.published,
      service: d.service,
      management: d.management,
      quality: d.quality,
    };
  });
}

/** Every unit's counts summed. */
export function leagueTotals(rows: readonly RollUpRecord[]) {
  const sum = (f: (d: RollUpRecord) => number) => rows.reduce((a, d) => a + f(d), 0);
  return {
    districts: sum((d) => d.districts),
    puskesmas: sum((d) => d.puskesmas),
    assessed: sum((d) => d.assessed),
    published: sum((d) => d.published),
    kelompok: { I: sum((d) => d.kelompokI), II: sum((d) => d.kelompokII), III: sum((d) => d.kelompokIII) },
  };
}

/** Page `page` (1-based, past the end: the last) of `rows`, and how many pages there are. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = Math.min(page, pages);
  return { page: shown, pages, rows: rows.slice((shown - 1) * pageSize, shown * pageSize) };
}
