import { describe, expect, it } from 'vitest';
import { isNotableScoreChange } from './score-change.ts';

const scored = (score: number) => ({ score });
const notScored = { score: null, excluded: 'no-sasaran' as const };

describe('when a target change asks before it is saved', () => {
  it.each([
    ['SPM 6 from 67,9 to 0,8', scored(67.9), scored(0.8), true],
    ['a rise of more than 5 points', scored(60), scored(65.01), true],
    ['exactly 5 points', scored(60), scored(65), false],
    ['a small correction', scored(88.2), scored(90.1), false],
    ['no change', scored(100), scored(100), false],
    ['scored, then not scored (sasaran cleared)', scored(72), notScored, true],
    ['not scored, then scored', notScored, scored(100), true],
    ['not scored either way', notScored, { score: null, excluded: 'missing' as const }, false],
  ])('%s', (_case, before, after, expected) => {
    expect(isNotableScoreChange(before, after)).toBe(expected);
  });
});
