import { describe, expect, it } from 'vitest';
import type { LeafMeasure } from './measure.ts';
import { scoreLeaf } from './score-leaf.ts';
import { resolveSettings, type SettingsOverrides } from './settings.ts';

const score = (m: LeafMeasure, s: SettingsOverrides = {}) => scoreLeaf(m, resolveSettings(s)).score;
const cov = (sasaran: number, target: number | null, achieved: number | null, targetSasaran?: number) =>
  ({
    kind: 'coverage',
    sasaran,
    target,
    achieved,
    ...(targetSasaran === undefined ? {} : { targetSasaran }),
  }) as const;

describe('coverage', () => {
  it.each([
    ['K4: S 1.200, T 100 %, P 1.020 → 85 (target)', cov(1200, 100, 1020), {}, 85],
    ['K4 under the coverage convention → 85', cov(1200, 100, 1020), { convention: 'coverage' }, 85],
    ['ASI eksklusif: S 400, T 50 %, P 230 → capped at 100', cov(400, 50, 230), {}, 100],
    [
      'ASI eksklusif under the coverage convention → 57,5',
      cov(400, 50, 230),
      { convention: 'coverage' },
      57.5,
    ],
    ['ASI eksklusif uncapped → 115', cov(400, 50, 230), { cap: false }, 115],
    ['the absolute target wins over T% × S', cov(400, 50, 150, 300), {}, 50],
    ['TS keeps full precision (5,5 stays 5,5)', cov(11, 50, 5), {}, (5 / 5.5) * 100],
    ['a target of 0 % is met by any achievement', cov(100, 0, 0), {}, 100],
    [
      'coverage over 100 % is uncapped under the coverage convention',
      cov(100, 80, 120),
      { convention: 'coverage' },
      120,
    ],
    [
      'coverage convention with cap: true clamps',
      cov(100, 80, 120),
      { convention: 'coverage', cap: true },
      100,
    ],
  ] as const)('%s', (_n, m, s, expected) => {
    expect(score(m, s)).toBeCloseTo(expected, 10);
  });

  it('excludes a sasaran of 0, or scores it 100 when the district says so', () => {
    const r = scoreLeaf(cov(0, 100, 0), resolveSettings());
    expect(r.score).toBeNull();
    expect(r.explanation.excluded).toBe('zero-sasaran');
    expect(score(cov(0, 100, 0), { zeroSasaran: 'full' })).toBe(100);
  });

  it('explains its inputs and the derived absolute target', () => {
    const r = scoreLeaf(cov(400, 50, 230), resolveSettings());
    expect(r.explanation).toMatchObject({
      rule: 'coverage-target',
      inputs: { sasaran: 400, target: 50, achieved: 230 },
      derived: { targetSasaran: 200, coverage: 57.5, ratio: 115 },
      capped: true,
    });
  });

  it('excludes a coverage with no target under the target convention', () => {
    expect(scoreLeaf(cov(100, null, 50), resolveSettings()).explanation.excluded).toBe('no-target');
  });
});

describe('value', () => {
  const higher = (target: number, achieved: number) =>
    ({ kind: 'value', target, achieved, direction: 'higher' }) as const;
  const lower = (target: number, achieved: number) =>
    ({ kind: 'value', target, achieved, direction: 'lower' }) as const;
  it.each([
    ['referral ratio: T ≤ 2 %, R 2,6 % → (2 − 1,3) × 100 = 70', lower(2, 2.6), {}, 70],
    ['referral met: R 1,5 ≤ 2 → 100', lower(2, 1.5), {}, 100],
    ['referral exactly at target → 100', lower(2, 2), {}, 100],
    ['lower missed twice over → 0, never negative', lower(2, 5), {}, 0],
    ['lower with the ratio formula: T/R × 100', lower(2, 2.5), { lowerFormula: 'ratio' }, 80],
    ['stunting 21 %, R 23,1 % → 90', lower(21, 23.1), {}, 90],
    ['LOS ≤ 3, R 3,3 → 90', lower(3, 3.3), {}, 90],
    ['malaria deaths target 0, R 0 → 100', lower(0, 0), {}, 100],
    ['malaria deaths target 0, R 0,5 → 0', lower(0, 0.5), {}, 0],
    ['BOR ≥ 60, R 45 → 75', higher(60, 45), {}, 75],
    ['BOR ≥ 60, R 72 → capped 100', higher(60, 72), {}, 100],
    ['BOR uncapped → 120', higher(60, 72), { cap: false }, 120],
    ['higher, target 0, met by 0', higher(0, 0), {}, 100],
  ] as const)('%s', (_n, m, s, expected) => {
    expect(score(m, s)).toBeCloseTo(expected, 10);
  });
});

describe('rate', () => {
  const rate = (
    per: number,
    sasaran: number,
    achieved: number,
    target: number,
    direction: 'higher' | 'lower',
  ) => ({ kind: 'rate', per, sasaran, achieved, target, direction }) as const;
  it.each([
    ['AKI: 1 death in 800 births per 100.000 = 125 ≤ 132 → 100', rate(100000, 800, 1, 132, 'lower'), 100],
    ['AKI: 3 deaths in 800 births = 375 vs 132 → 0 (permenpan floor)', rate(100000, 800, 3, 132, 'lower'), 0],
    [
      'AKI: 2 deaths in 800 births = 250 vs 132 → (2 − 250/132) × 100',
      rate(100000, 800, 2, 132, 'lower'),
      (2 - 250 / 132) * 100,
    ],
    [
      'CNR TB: 150 per 100.000 of 60.000 = 90 cases → 212? 150/212',
      rate(100000, 60000, 90, 212, 'higher'),
      (150 / 212) * 100,
    ],
    ['angka kontak JKN 120 ‰ of target 150 → 80', rate(1000, 10000, 1200, 150, 'higher'), 80],
  ] as const)('%s', (_n, m, expected) => {
    expect(score(m)).toBeCloseTo(expected, 10);
  });
  it('shows the rate it derived', () => {
    expect(
      scoreLeaf(rate(1000, 10000, 1200, 150, 'higher'), resolveSettings()).explanation.derived.rate,
    ).toBe(120);
  });
});

describe('range', () => {
  const range = (achieved: number, aboveIsBetter?: boolean) =>
    ({
      kind: 'range',
      min: 76.61,
      max: 88.3,
      achieved,
      ...(aboveIsBetter === undefined ? {} : { aboveIsBetter }),
    }) as const;
  it.each([
    ['inside the band → 100', range(80), 100],
    ['at the lower bound → 100', range(76.61), 100],
    ['below: as higher-is-better against the lower bound', range(70), (70 / 76.61) * 100],
    ['above, where above is better → 100', range(95, true), 100],
    [
      'above, above is worse by default: lower-is-better against the upper bound',
      range(97.13),
      (2 - 97.13 / 88.3) * 100,
    ],
  ] as const)('%s', (_n, m, expected) => {
    expect(score(m)).toBeCloseTo(expected, 10);
  });
});

describe('yes/no and on time', () => {
  it('scores ya 100 and tidak 0', () => {
    expect(score({ kind: 'yesno', achieved: true })).toBe(100);
    expect(score({ kind: 'yesno', achieved: false })).toBe(0);
  });
  it('scores the share on time against its target', () => {
    expect(score({ kind: 'ontime', onTime: 9, due: 12 })).toBe(75);
    expect(score({ kind: 'ontime', onTime: 9, due: 12, target: 80 })).toBeCloseTo(93.75, 10);
    expect(score({ kind: 'ontime', onTime: 12, due: 12, target: 80 })).toBe(100);
  });
  it('excludes an on-time leaf with nothing due', () => {
    expect(scoreLeaf({ kind: 'ontime', onTime: 0, due: 0 }, resolveSettings()).explanation.excluded).toBe(
      'nothing-due',
    );
  });
});

describe('rubric', () => {
  it.each([
    [49.99, 0],
    [50, 4],
    [69.99, 4],
    [69.995, 4],
    [70, 7],
    [79.99, 7],
    [80, 10],
    [100, 10],
  ])('bands %s percent into level %s (half-open, unrounded)', (percent, level) => {
    expect(score({ kind: 'rubric', percent })).toBe(level);
  });
  it('takes a chosen level as it is', () => {
    expect(score({ kind: 'rubric', level: 7 })).toBe(7);
  });
  it('uses the item’s own bands when it has them (JKN: 0 % → 0, < 75 → 4, ≥ 97 → 10)', () => {
    const bands = [
      { from: 0, level: 4, exclusive: true },
      { from: 75, level: 7 },
      { from: 97, level: 10 },
    ] as const;
    expect(score({ kind: 'rubric', percent: 0, bands })).toBe(0);
    expect(score({ kind: 'rubric', percent: 60, bands })).toBe(4);
    expect(score({ kind: 'rubric', percent: 96.99, bands })).toBe(7);
    expect(score({ kind: 'rubric', percent: 97, bands })).toBe(10);
  });
});

describe('missing values', () => {
  const all: LeafMeasure[] = [
    cov(100, 90, null),
    { kind: 'rate', per: 1000, sasaran: 10, achieved: null, target: 1, direction: 'lower' },
    { kind: 'value', target: 3, achieved: null, direction: 'lower' },
    { kind: 'range', min: 1, max: 2, achieved: null },
    { kind: 'yesno', achieved: null },
    { kind: 'ontime', onTime: null, due: 12 },
    { kind: 'rubric' },
  ];
  it.each(all.map((m) => [m.kind, m] as const))(
    '%s: excluded while not submitted, 0 once submitted',
    (_k, m) => {
      const open = scoreLeaf(m, resolveSettings());
      expect(open.score).toBeNull();
      expect(open.explanation.excluded).toBe('missing');
      expect(scoreLeaf(m, resolveSettings({ submitted: true })).score).toBe(0);
    },
  );
});
