import { describe, expect, it } from 'vitest';
import { formatAxisScore, formatNodeScore, nodeScoreOnAxis } from './axis-scale.ts';

describe('every axis on one scale', () => {
  it.each([
    ['a Pelayanan node in %', 'service', 66.98, '66,98%'],
    ['a Manajemen node on 0–10', 'management', 5.8888, '5,89'],
    ['a Mutu node × 10 in %, as its axis (6,833 → 68,33%)', 'quality', 6.83333, '68,33%'],
    ['a Mutu item at level 7 → 70,00%', 'quality', 7, '70,00%'],
    ['a node left out', 'quality', null, '–'],
  ] as const)('%s', (_name, axis, score, shown) => {
    expect(formatNodeScore(axis, score, 'id')).toBe(shown);
  });

  it('keeps an axis figure as it is (the engine already scaled Mutu)', () => {
    expect(formatAxisScore('quality', 68.333, 'id')).toBe('68,33%');
    expect(formatAxisScore('service', 1234.5, 'en')).toBe('1,234.50%');
    expect(nodeScoreOnAxis('quality', 7.5)).toBe(75);
    expect(nodeScoreOnAxis('management', 7.5)).toBe(7.5);
  });
});
