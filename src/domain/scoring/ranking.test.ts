import { describe, expect, it } from 'vitest';
import { rankWithinKelompok, type Rankable } from './ranking.ts';

const p = (
  id: string,
  kelompok: Rankable['kelompok'],
  service: number,
  management = 9,
  quality = 95,
): Rankable => ({
  id,
  kelompok,
  service,
  management,
  quality,
});

describe('rankWithinKelompok', () => {
  it('ranks by service, then management, then quality inside each Kelompok', () => {
    const ranked = rankWithinKelompok([
      p('A', 'I', 95),
      p('B', 'I', 97),
      p('C', 'II', 85),
      p('D', 'I', 95, 9.5),
      p('E', 'II', 85, 7, 90),
      p('F', 'II', 85, 7, 92),
    ]);
    expect(ranked.map((r) => [r.item.id, r.rank])).toEqual([
      ['B', 1],
      ['D', 2],
      ['A', 3],
      ['C', 1],
      ['F', 2],
      ['E', 3],
    ]);
  });

  it('lets equal 2-decimal figures share a rank and skips the next (1, 1, 3)', () => {
    const ranked = rankWithinKelompok([p('A', 'I', 95.001), p('B', 'I', 94.996), p('C', 'I', 93)]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('leaves a Puskesmas that is not assessable unranked, at the end', () => {
    const ranked = rankWithinKelompok([{ ...p('X', null, 99) }, p('A', 'III', 50)]);
    expect(ranked.map((r) => [r.item.id, r.rank])).toEqual([
      ['A', 1],
      ['X', null],
    ]);
  });
});
