import { describe, expect, it } from 'vitest';
import type { GapView } from '../../shared/api/analysis.schema.ts';
import { gapWords, inUnit, type GapVocabulary } from './gap-figures.ts';

const words: GapVocabulary = {
  yes: 'ya',
  no: 'tidak',
  noData: 'tidak ada data',
  level: (l) => `tingkat ${l}`,
  atBoundary: 'tepat di batas',
  none: '–',
};

const gap = (over: Partial<GapView>): GapView => ({
  indicator: { code: 'X', number: '1', name: 'X', unit: '%' },
  axis: 'service',
  programme: { code: 'P', number: 'A', name: 'P' },
  score: 80,
  met: false,
  kind: 'compared',
  realised: 80,
  target: 100,
  comparator: '>=',
  min: null,
  max: null,
  inCount: false,
  gap: 20,
  sentence: { id: '', en: '' },
  problem: null,
  ...over,
});

describe('a gap in words', () => {
  it.each([
    ['a coverage in %', gap({}), { realised: '80%', target: '≥ 100%', gap: '20%' }],
    [
      'a count against the absolute target Dinkes set, without the unit %',
      gap({ inCount: true, realised: 1020, target: 1200, gap: 180 }),
      { realised: '1.020', target: '≥ 1.200', gap: '180' },
    ],
    [
      'a lower-is-better target in days',
      gap({
        indicator: { code: 'LOS', number: '4', name: 'LOS', unit: 'Hari' },
        comparator: '<=',
        realised: 3.2,
        target: 3,
        gap: 0.2,
      }),
      { realised: '3,2 hari', target: '≤ 3 hari', gap: '0,2 hari' },
    ],
    [
      'a strict target missed at its boundary',
      gap({ comparator: '<', realised: 20, target: 20, gap: 0, score: 100 }),
      { realised: '20%', target: '< 20%', gap: 'tepat di batas' },
    ],
    [
      'a band',
      gap({ kind: 'range', realised: 45, min: 60, max: 85, gap: 15, comparator: null, target: null }),
      { realised: '45%', target: '60–85%', gap: '15%' },
    ],
    [
      'ya/tidak',
      gap({ kind: 'yesno', realised: null, gap: null }),
      { realised: 'tidak', target: 'ya', gap: '–' },
    ],
    [
      'nothing entered',
      gap({ kind: 'missing', realised: null, gap: null }),
      { realised: 'tidak ada data', target: '–', gap: '–' },
    ],
    [
      'a management item',
      gap({ kind: 'rubric', axis: 'management', realised: 7, target: 10, gap: 3 }),
      { realised: 'tingkat 7', target: 'tingkat 10', gap: '3' },
    ],
  ])('%s', (_name, g, expected) => {
    expect(gapWords(g, words, 'id')).toEqual(expected);
  });

  it('reads a rate bare, its unit being "per N"', () => {
    expect(inUnit(212.5, 'per 100.000 penddk', 'id')).toBe('212,5');
    expect(inUnit(12, 'kali', 'en')).toBe('12 kali');
  });
});
