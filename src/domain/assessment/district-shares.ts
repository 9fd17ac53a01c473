// A district-wide target shared out among the district's Puskesmas (`targetScope: 'district'`): what
// makes a set of shares whole (every Puskesmas where the row applies has one, each a whole number of at
// least 1, and together they are the printed total), and a first proposal by population.

/** One Puskesmas of the district as the shares see it. */
export interface ShareHolder {
  code: string;
  name: string;
  /** Whether the row applies to it (not marked not applicable, rawat inap where it must be). */
  applies: boolean;
}

export type ShareProblem =
  | { rule: 'unknown'; code: string }
  | { rule: 'twice'; code: string }
  | { rule: 'missing'; code: string; name: string }
  | { rule: 'not-whole'; code: string; name: string; share: number }
  | { rule: 'not-applicable'; code: string; name: string }
  | { rule: 'sum'; sum: number; total: number };

/**
 * Every problem of `given` against the district's Puskesmas, in the district's order, the sum last.
 * A Puskesmas where the row does not apply carries no share (and counts for nothing in the sum).
 */
export function shareProblems(
  total: number,
  holders: readonly ShareHolder[],
  given: readonly { code: string; share: number | null }[],
): ShareProblem[] {
  const known = new Map(holders.map((h) => [h.code, h]));
  const shares = new Map<string, number | null>();
  const problems: ShareProblem[] = [];
  for (const g of given) {
    if (!known.has(g.code)) problems.push({ rule: 'unknown', code: g.code });
    else if (shares.has(g.code)) problems.push({ rule: 'twice', code: g.code });
    else shares.set(g.code, g.share);
  }
  let sum = 0;
  for (const h of holders) {
    const share = shares.get(h.code) ?? null;
    if (!h.applies) {
      if (share !== null) problems.push({ rule: 'not-applicable', code: h.code, name: h.name });
      continue;
    }
    if (share === null) problems.push({ rule: 'missing', code: h.code, name: h.name });
    else if (!Number.isInteger(share) || share < 1)
      problems.push({ rule: 'not-whole', code: h.code, name: h.name, share });
    else sum += share;
  }
  if (problems.length === 0 && sum !== total) problems.push({ rule: 'sum', sum, total });
  return problems;
}

/**
 * A first proposal: one each, and the rest by weight (the population) by largest remainder, so that
 * the shares are whole and sum to `total` exactly. Where the total is smaller than the number of
 * Puskesmas, the whole of it goes by weight (some get 0, which Dinkes must then settle).
 */
export function proposeShares(
  total: number,
  holders: readonly { code: string; weight: number }[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (holders.length === 0) return out;
  const floor = total >= holders.length ? 1 : 0;
  const rest = total - floor * holders.length;
  const weightSum = holders.reduce((s, h) => s + Math.max(0, h.weight), 0);
  const exact = holders.map((h) =>
    weightSum > 0 ? (rest * Math.max(0, h.weight)) / weightSum : rest / holders.length,
  );
  const whole = exact.map(Math.floor);
  let left = rest - whole.reduce((s, n) => s + n, 0);
  // Largest remainder first; ties go to the earlier Puskesmas, so the proposal is the same every time.
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i]! += 1;
    left -= 1;
  }
  holders.forEach((h, i) => out.set(h.code, floor + whole[i]!));
  return out;
}
