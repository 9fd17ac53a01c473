// The priority of a problem by USG — Urgency, Seriousness, Growth, each scored 1–5 by the team — as
// Puskesmas reports (Bab V) set it: the problem with the highest total is dealt with first.
//
// Why the sum and not the product: the sum is what the guidance Puskesmas teams work from prints
// (a total of 3–15), and a product would let one low score drag a pressing problem below a middling
// one — urgent and serious but not growing, 5 × 5 × 1 = 25, would fall behind 3 × 3 × 3 = 27, where the
// sum ranks it first (11 against 9). docs/scoring-decisions.md ("Feedback, analysis and RTL").

export interface UsgScores {
  urgency: number;
  seriousness: number;
  growth: number;
}

/** Each of U, S and G is a whole number from 1 to 5. */
export const USG_MIN = 1;
export const USG_MAX = 5;

export function isUsgScore(x: number): boolean {
  return Number.isInteger(x) && x >= USG_MIN && x <= USG_MAX;
}

/** U + S + G: 3 (least pressing) to 15 (most). */
export function usgTotal(s: UsgScores): number {
  return s.urgency + s.seriousness + s.growth;
}

export interface RankedProblem<T> {
  item: T;
  total: number;
  /** 1 for the most pressing; problems equal in total, U, S and G share a rank, and the next rank skips. */
  rank: number;
}

/** What orders two problems: the total, then U, then S, then G — higher first. */
function sortKey(s: UsgScores): readonly number[] {
  return [usgTotal(s), s.urgency, s.seriousness, s.growth];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (b[i] ?? 0) - (a[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The problems in order of priority: the highest total first; between equal totals the more urgent,
 * then the more serious, then the faster growing. Problems equal in all four keep the order given
 * (the catalog's) and share a rank.
 */
export function rankByUsg<T extends UsgScores>(problems: readonly T[]): RankedProblem<T>[] {
  const sorted = problems
    .map((item, index) => ({ item, index, key: sortKey(item) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
  const ranked: RankedProblem<T>[] = [];
  sorted.forEach((p, i) => {
    const before = sorted[i - 1];
    const shared = before !== undefined && compareKeys(before.key, p.key) === 0;
    const rank = shared ? (ranked[i - 1]?.rank ?? i + 1) : i + 1;
    ranked.push({ item: p.item, total: p.key[0] ?? 0, rank });
  });
  return ranked;
}
