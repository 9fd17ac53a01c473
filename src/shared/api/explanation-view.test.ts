import { describe, expect, it } from 'vitest';
import { ExplanationView } from './dashboard.schema.ts';

describe('ExplanationView', () => {
  const missedAt20 = {
    rule: 'value-lower-permenpan',
    inputs: { target: 20, achieved: 20, direction: 'lower' },
    derived: { ratio: 1 },
    capped: false,
    met: false,
    comparison: { comparator: '<', target: 20, realised: 20 },
  };

  it('keeps whether the target is met and the comparison, so a stored "why" can say it', () => {
    expect(ExplanationView.parse(missedAt20)).toEqual(missedAt20);
  });

  it('refuses a comparator the engine does not know', () => {
    const bad = { ...missedAt20, comparison: { ...missedAt20.comparison, comparator: '≪' } };
    expect(ExplanationView.safeParse(bad).success).toBe(false);
  });
});
