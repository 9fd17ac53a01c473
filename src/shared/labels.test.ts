import { describe, expect, it } from 'vitest';
import { explain, type Explanation } from '../domain/scoring/explanation.ts';
import { explanationLabel, targetLabel } from './labels.ts';

const missedAt20: Explanation = {
  ...explain('value-lower-permenpan', { target: 20, achieved: 20, direction: 'lower' }, { ratio: 1 }),
  met: false,
  comparison: { comparator: '<', target: 20, realised: 20 },
};

describe('the words of an explanation', () => {
  it.each([
    ['id', 'target < 20 tidak tercapai (20)'],
    ['en', 'target < 20 not met (20)'],
  ] as const)('says a strict target missed at its boundary (%s)', (locale, words) => {
    expect(targetLabel(missedAt20, locale)).toBe(words);
    expect(explanationLabel(missedAt20, locale)).toContain(words);
  });

  it.each([
    [
      'a met "≤" with a decimal comma',
      { comparator: '<=', target: 3.8, realised: 2.5 },
      true,
      'target ≤ 3,8 tercapai (2,5)',
    ],
    [
      'a missed "≥"',
      { comparator: '>=', target: 100, realised: 66.6667 },
      false,
      'target ≥ 100 tidak tercapai (66,67)',
    ],
    ['a met ">"', { comparator: '>', target: 80, realised: 90 }, true, 'target > 80 tercapai (90)'],
    [
      'a missed "="',
      { comparator: '=', target: 0, realised: 1.25 },
      false,
      'target = 0 tidak tercapai (1,25)',
    ],
  ] as const)('%s', (_n, comparison, met, words) => {
    expect(targetLabel({ ...explain('value-lower-permenpan', {}), met, comparison }, 'id')).toBe(words);
  });

  it('says a range or ya/tidak met without figures, and nothing where nothing was compared', () => {
    expect(targetLabel({ ...explain('range-inside', {}), met: true }, 'id')).toBe('target tercapai');
    expect(targetLabel(explain('rubric-level', { level: 7 }), 'id')).toBeNull();
  });

  it('names the new exclusion and its "full" rule in both languages', () => {
    const excluded = { ...explain('excluded', {}), excluded: 'nothing-to-count' as const };
    expect(explanationLabel(excluded, 'id')).toBe('tidak ada kasus untuk dihitung');
    expect(explanationLabel(excluded, 'en')).toBe('nothing to count');
    expect(explanationLabel(explain('nothing-to-count-full', {}), 'id')).toBe(
      'tidak ada kasus untuk dihitung (dinilai 100)',
    );
    expect(explanationLabel(explain('nothing-to-count-full', {}), 'en')).toBe(
      'nothing to count (scored 100)',
    );
  });
});
