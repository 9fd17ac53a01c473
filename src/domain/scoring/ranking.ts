// Ranking inside each Kelompok: by service %, then management, then quality, on 2-decimal figures;
// equal figures share a rank and the next rank skips (1, 1, 3).
import type { Kelompok } from './classify.ts';
import { roundHalfAway } from './rounding.ts';

export interface Rankable {
  id: string;
  kelompok: Kelompok | null;
  service: number | null;
  management: number | null;
  quality: number | null;
}

export interface Ranked<T extends Rankable> {
  item: T;
  /** Rank inside its Kelompok; null for a Puskesmas that is not assessable. */
  rank: number | null;
}

const KELOMPOK_ORDER: Kelompok[] = ['I', 'II', 'III'];

function key(item: Rankable): [number, number, number] {
  const r = (x: number | null) => (x === null ? -Infinity : roundHalfAway(x, 2));
  return [r(item.service), r(item.management), r(item.quality)];
}

function compareDesc(a: [number, number, number], b: [number, number, number]): number {
  for (let i = 0; i < 3; i++) {
    const d = (b[i] as number) - (a[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** Kelompok I first, best first inside each; not-assessable items last, unranked. Stable for ties. */
export function rankWithinKelompok<T extends Rankable>(items: readonly T[]): Ranked<T>[] {
  const out: Ranked<T>[] = [];
  for (const kelompok of KELOMPOK_ORDER) {
    const group = items.filter((i) => i.kelompok === kelompok).map((item) => ({ item, key: key(item) }));
    group.sort((a, b) => compareDesc(a.key, b.key) || a.item.id.localeCompare(b.item.id));
    group.forEach((entry, i) => {
      const previous = group[i - 1];
      const rank =
        previous && compareDesc(previous.key, entry.key) === 0 ? (out[out.length - 1]?.rank ?? i + 1) : i + 1;
      out.push({ item: entry.item, rank });
    });
  }
  for (const item of items) if (item.kelompok === null) out.push({ item, rank: null });
  return out;
}
