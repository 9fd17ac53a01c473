import { describe, expect, it } from 'vitest';
import { bandLevel, type Band } from './rubric.ts';

const DEFAULT: Band[] = [
  { from: 0, level: 0, exclusive: false },
  { from: 50, level: 4, exclusive: false },
  { from: 70, level: 7, exclusive: false },
  { from: 80, level: 10, exclusive: false },
];

describe('bandLevel', () => {
  it.each([
    [0, 0],
    [49.99, 0],
    [50, 4],
    [69.995, 4],
    [70, 7],
    [80, 10],
    [100, 10],
  ])('puts %d%% at level %d (half-open bands, unrounded)', (percent, level) => {
    expect(bandLevel(percent, DEFAULT)).toBe(level);
  });

  it('gives 0 below every band, as the server sends bands without the 0 one', () => {
    expect(bandLevel(39.9, [{ from: 40, level: 4, exclusive: false }])).toBe(0);
  });

  it('honours a band that starts strictly above its bound', () => {
    const jkn: Band[] = [
      { from: 0, level: 0, exclusive: false },
      { from: 0, level: 4, exclusive: true },
    ];
    expect(bandLevel(0, jkn)).toBe(0);
    expect(bandLevel(0.1, jkn)).toBe(4);
    expect(bandLevel(0.1, [...jkn].reverse())).toBe(4);
  });
});
