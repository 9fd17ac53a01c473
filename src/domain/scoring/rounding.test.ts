import { describe, expect, it } from 'vitest';
import { roundHalfAway, stripNoise } from './rounding.ts';

describe('roundHalfAway', () => {
  it.each([
    [8.495, 8.5],
    [90.994, 90.99],
    [90.995, 91],
    [80.994999, 80.99],
    [5.494, 5.49],
    [5.495, 5.5],
    [-2.345, -2.35],
    [0, 0],
    [100, 100],
    [1.005, 1.01],
    [0.1 + 0.2, 0.3],
  ])('rounds %d to %d', (x, expected) => {
    expect(roundHalfAway(x, 2)).toBe(expected);
  });

  it('strips binary noise before rounding', () => {
    expect(stripNoise(0.1 + 0.2)).toBe(0.3);
    expect(roundHalfAway((10 + 10 + 10 + 10 + 10 + 7) / 6, 2)).toBe(9.5);
  });
});
