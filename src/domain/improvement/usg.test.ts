import { describe, expect, it } from 'vitest';
import { isUsgScore, rankByUsg, usgTotal } from './usg.ts';

const p = (code: string, urgency: number, seriousness: number, growth: number) => ({
  code,
  urgency,
  seriousness,
  growth,
});

describe('USG priority', () => {
  it.each([
    ['the least pressing problem', p('a', 1, 1, 1), 3],
    ['the most pressing problem', p('a', 5, 5, 5), 15],
    ['urgent and serious but not growing', p('a', 5, 5, 1), 11],
  ])('totals %s as U + S + G', (_name, problem, total) => {
    expect(usgTotal(problem)).toBe(total);
  });

  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
  ])('takes %s as a score: %s', (x, ok) => {
    expect(isUsgScore(x)).toBe(ok);
  });

  it('puts the highest total first, even where a product would not (5·5·1 before 3·3·3)', () => {
    const ranked = rankByUsg([p('middling', 3, 3, 3), p('urgent', 5, 5, 1), p('small', 1, 2, 1)]);
    expect(ranked.map((r) => [r.item.code, r.total, r.rank])).toEqual([
      ['urgent', 11, 1],
      ['middling', 9, 2],
      ['small', 4, 3],
    ]);
  });

  it('breaks an equal total by urgency, then seriousness, then growth', () => {
    const ranked = rankByUsg([p('growing', 3, 3, 4), p('serious', 3, 4, 3), p('urgent', 4, 3, 3)]);
    expect(ranked.map((r) => r.item.code)).toEqual(['urgent', 'serious', 'growing']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('lets problems equal in all four share a rank in the order given, the next rank skipping', () => {
    const ranked = rankByUsg([p('first', 4, 4, 4), p('second', 4, 4, 4), p('third', 2, 2, 2)]);
    expect(ranked.map((r) => [r.item.code, r.rank])).toEqual([
      ['first', 1],
      ['second', 1],
      ['third', 3],
    ]);
  });
});
