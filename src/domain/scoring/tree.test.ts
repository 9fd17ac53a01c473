import { describe, expect, it } from 'vitest';
import { resolveSettings } from './settings.ts';
import { scoreTree, type ScoreLeaf } from './tree.ts';

const fixed = (id: string, value: number, extra: Partial<ScoreLeaf> = {}): ScoreLeaf => ({
  id,
  measure: { kind: 'value', target: 100, achieved: value, direction: 'higher' },
  ...extra,
});

describe('scoreTree', () => {
  it('a variable with 100, 85, 70 and one not applicable → 85', () => {
    const r = scoreTree(
      {
        id: 'V',
        children: [fixed('a', 100), fixed('b', 85), fixed('c', 70), fixed('d', 0, { applicable: false })],
      },
      resolveSettings(),
    );
    expect(r.score).toBe(85);
    expect(r.children?.[3]?.explanation.excluded).toBe('not-applicable');
  });

  it('means the children, never a flat mean over leaves', () => {
    const r = scoreTree(
      {
        id: 'P',
        children: [
          { id: 'V1', children: [fixed('a', 100)] },
          { id: 'V2', children: [fixed('b', 50), fixed('c', 50), fixed('d', 50)] },
        ],
      },
      resolveSettings(),
    );
    expect(r.score).toBe(75);
  });

  it('renormalises weights over the children that apply', () => {
    const r = scoreTree(
      {
        id: 'P',
        children: [
          fixed('a', 100, { weight: 3 }),
          fixed('b', 0, { weight: 1 }),
          fixed('c', 0, { weight: 6, applicable: false }),
        ],
      },
      resolveSettings(),
    );
    expect(r.score).toBe(75);
    expect(r.explanation.rule).toBe('weighted-mean');
  });

  it('excludes a group whose children are all excluded', () => {
    const r = scoreTree({ id: 'G', children: [fixed('a', 1, { applicable: false })] }, resolveSettings());
    expect(r.score).toBeNull();
    expect(r.explanation.excluded).toBe('all-children-excluded');
  });

  it('excludes a whole group marked not applicable, and its parent means without it', () => {
    const r = scoreTree(
      {
        id: 'P',
        children: [
          { id: 'V1', children: [fixed('a', 90)] },
          { id: 'V2', applicable: false, reason: 'tidak dipilih', children: [fixed('b', 0)] },
        ],
      },
      resolveSettings(),
    );
    expect(r.score).toBe(90);
    expect(r.children?.[1]?.explanation.excluded).toBe('not-applicable');
  });

  it('management group (10, 10, 10, 10, 10, 7) → 9,5', () => {
    const items = ([10, 10, 10, 10, 10, 7] as const).map((level, i) => ({
      id: `m${i}`,
      measure: { kind: 'rubric', level } as const,
    }));
    expect(scoreTree({ id: 'A2', children: items }, resolveSettings()).score).toBeCloseTo(9.5, 12);
  });
});
