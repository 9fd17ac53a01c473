import { describe, expect, it } from 'vitest';
import type { Comparator } from '../catalog/types.ts';
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
  describe('that must rise above last year (IKS: "Tetap/turun" is 0)', () => {
    const bands = [
      { from: 0, level: 4 },
      { from: 0.5, level: 7 },
      { from: 0.8, level: 10, exclusive: true },
    ] as const;
    const iks = (percent: number, previous: number | null) =>
      ({ kind: 'rubric', percent, previous, mustRise: true, bands }) as const;
    it.each([
      [0.3, 0.2, 4],
      [0.5, 0.45, 7],
      [0.8, 0.7, 7],
      [0.81, 0.7, 10],
      [0.62, 0.62, 0],
      [0.9, 0.95, 0],
    ])('scores %s after %s at level %s', (percent, previous, level) => {
      expect(score(iks(percent, previous))).toBe(level);
    });
    it('cannot tell a rise without last year’s figure: missing, 0 once submitted', () => {
      expect(scoreLeaf(iks(0.7, null), resolveSettings()).explanation.excluded).toBe('missing');
      expect(scoreLeaf(iks(0.7, null), resolveSettings({ submitted: true })).score).toBe(0);
    });
    it('bands as usual where the item need not rise', () => {
      expect(score({ kind: 'rubric', percent: 0.62, previous: 0.7, bands })).toBe(7);
    });
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

describe('a period with nothing to count (nothingToCount)', () => {
  const cfr = (denominator: number | null, achieved: number | null, policy: 'exclude' | 'missing') =>
    ({
      kind: 'value',
      target: 1,
      achieved,
      direction: 'lower',
      comparator: '<',
      denominator,
      nothingToCount: policy,
    }) as const;
  it.each([
    ['value, "exclude": 0 of 0 cases is excluded', cfr(0, null, 'exclude'), {}, null, 'nothing-to-count'],
    [
      'value, "exclude", zeroSasaran "full": 100',
      cfr(0, null, 'exclude'),
      { zeroSasaran: 'full' },
      100,
      undefined,
    ],
    [
      'value, "exclude", submitted: still excluded',
      cfr(0, null, 'exclude'),
      { submitted: true },
      null,
      'nothing-to-count',
    ],
    ['value, "missing": 0 of 0 is missing', cfr(0, null, 'missing'), {}, null, 'missing'],
    ['value, "missing", submitted: 0', cfr(0, null, 'missing'), { submitted: true }, 0, undefined],
    [
      'value, "missing", zeroSasaran "full": still missing',
      cfr(0, null, 'missing'),
      { zeroSasaran: 'full' },
      null,
      'missing',
    ],
    ['value, nothing entered, submitted: 0', cfr(null, null, 'exclude'), { submitted: true }, 0, undefined],
    ['value, 0 deaths of 12 cases: 100', cfr(12, 0, 'exclude'), {}, 100, undefined],
    [
      'coverage of events, Σ denominators 0: excluded',
      { kind: 'coverage', sasaran: 0, target: 100, achieved: 0, nothingToCount: 'exclude' },
      {},
      null,
      'nothing-to-count',
    ],
    [
      'coverage of events, nothing entered, submitted: 0 (not "no sasaran")',
      { kind: 'coverage', sasaran: null, target: 100, achieved: null, nothingToCount: 'exclude' },
      { submitted: true },
      0,
      undefined,
    ],
    [
      'on time, no outbreak in the year: excluded',
      { kind: 'ontime', onTime: 0, due: 0, nothingToCount: 'exclude' },
      {},
      null,
      'nothing-to-count',
    ],
    [
      'on time, no outbreak, zeroSasaran "full": 100',
      { kind: 'ontime', onTime: 0, due: 0, nothingToCount: 'exclude' },
      { zeroSasaran: 'full' },
      100,
      undefined,
    ],
    [
      'on time, nothing entered, submitted: 0 (not "nothing due")',
      { kind: 'ontime', onTime: null, due: 0, nothingToCount: 'exclude' },
      { submitted: true },
      0,
      undefined,
    ],
    [
      'range, Σ denominators 0: excluded',
      { kind: 'range', min: 60, max: 85, achieved: null, denominator: 0, nothingToCount: 'exclude' },
      {},
      null,
      'nothing-to-count',
    ],
  ] as [string, LeafMeasure, SettingsOverrides, number | null, string | undefined][])(
    '%s',
    (_n, m, s, expected, reason) => {
      const r = scoreLeaf(m, resolveSettings(s));
      expect(r.score).toBe(expected);
      expect(r.explanation.excluded).toBe(reason);
    },
  );
});

describe('whether the target is met: a strict target is missed at its boundary', () => {
  type Row = [name: string, m: LeafMeasure, met: boolean, score: number, settings?: SettingsOverrides];
  const value = (
    direction: 'higher' | 'lower',
    comparator: Comparator | undefined,
    target: number,
    r: number,
  ) =>
    ({
      kind: 'value',
      target,
      achieved: r,
      direction,
      ...(comparator === undefined ? {} : { comparator }),
    }) as const;
  const rate = (comparator: Comparator, deaths: number) =>
    ({
      kind: 'rate',
      per: 100000,
      sasaran: 10000,
      achieved: deaths,
      target: 30,
      direction: 'lower',
      comparator,
    }) as const;
  const alerts = (comparator: Comparator, p: number, targetSasaran?: number) =>
    ({
      kind: 'coverage',
      sasaran: 10,
      target: 80,
      achieved: p,
      comparator,
      ...(targetSasaran === undefined ? {} : { targetSasaran }),
    }) as const;
  const rows: Row[] = [
    // Lower is better: "<" is met only below T; the PermenPAN formula gives 100 at T all the same.
    ['stunting baduta < 20: 19,9 is met', value('lower', '<', 20, 19.9), true, 100],
    ['stunting baduta < 20: exactly 20 is not met, and scores 100', value('lower', '<', 20, 20), false, 100],
    ['stunting baduta < 20: 20,1 is not met', value('lower', '<', 20, 20.1), false, (2 - 20.1 / 20) * 100],
    ['stunting balita ≤ 21: 20,9 is met', value('lower', '<=', 21, 20.9), true, 100],
    ['stunting balita ≤ 21: exactly 21 is met', value('lower', '<=', 21, 21), true, 100],
    ['stunting balita ≤ 21: 21,1 is not met', value('lower', '<=', 21, 21.1), false, (2 - 21.1 / 21) * 100],
    ['malaria deaths = 0: 0 is met', value('lower', '=', 0, 0), true, 100],
    ['malaria deaths = 0: 0,5 is not met', value('lower', '=', 0, 0.5), false, 0],
    ['lower, no comparator given: reads "≤", met at T', value('lower', undefined, 2, 2), true, 100],
    // Higher is better: ">" is met only above T; at T the ratio is 100.
    ['> 80: 79,9 is not met', value('higher', '>', 80, 79.9), false, (79.9 / 80) * 100],
    ['> 80: exactly 80 is not met, and scores 100', value('higher', '>', 80, 80), false, 100],
    ['> 80: 80,1 is met', value('higher', '>', 80, 80.1), true, 100],
    ['≥ 60 (BOR): 59,9 is not met', value('higher', '>=', 60, 59.9), false, (59.9 / 60) * 100],
    ['≥ 60 (BOR): exactly 60 is met', value('higher', '>=', 60, 60), true, 100],
    ['≥ 60 (BOR): 60,1 is met', value('higher', '>=', 60, 60.1), true, 100],
    ['higher, no comparator given: reads "≥", met at T', value('higher', undefined, 60, 60), true, 100],
    ['= 1: exactly 1 is met', value('higher', '=', 1, 1), true, 100],
    ['= 1: 2 is not met (the ratio is capped at 100)', value('higher', '=', 1, 2), false, 100],
    [
      'a sum with binary noise is compared on its decimal value (0,1 + 0,2 = 0,3)',
      value('lower', '=', 0.3, 0.1 + 0.2),
      true,
      100,
    ],
    // A rate: the rate per N against T.
    ['DBD morbidity < 30 per 100.000: 20 is met', rate('<', 2), true, 100],
    ['DBD morbidity < 30 per 100.000: exactly 30 is not met, and scores 100', rate('<', 3), false, 100],
    ['DBD morbidity < 30 per 100.000: 40 is not met', rate('<', 4), false, (2 - 40 / 30) * 100],
    ['morbidity ≤ 30 per 100.000: exactly 30 is met', rate('<=', 3), true, 100],
    // A coverage: the coverage % against T %, or P against an absolute TS.
    ['Verifikasi sinyal KLB > 80 %: 7 of 10 is not met', alerts('>', 7), false, 87.5],
    ['Verifikasi sinyal KLB > 80 %: 8 of 10 (80 %) is not met, and scores 100', alerts('>', 8), false, 100],
    ['Verifikasi sinyal KLB > 80 %: 9 of 10 is met', alerts('>', 9), true, 100],
    ['≥ 80 %: 8 of 10 is met', alerts('>=', 8), true, 100],
    ['> 80 % with an absolute TS of 8: P 8 is not met', alerts('>', 8, 8), false, 100],
    ['> 80 % with an absolute TS of 8: P 9 is met', alerts('>', 9, 8), true, 100],
    [
      '> 80 % under the coverage convention: 80 % is not met',
      alerts('>', 8),
      false,
      80,
      { convention: 'coverage' },
    ],
    [
      '> 80 % under the coverage convention: 90 % is met',
      alerts('>', 9),
      true,
      90,
      { convention: 'coverage' },
    ],
    // On time: the share against its target.
    [
      'outbreaks within 24 h ≥ 100 %: 3 of 3 is met',
      { kind: 'ontime', onTime: 3, due: 3, comparator: '>=' },
      true,
      100,
    ],
    [
      'outbreaks within 24 h ≥ 100 %: 2 of 3 is not met',
      { kind: 'ontime', onTime: 2, due: 3, comparator: '>=' },
      false,
      200 / 3,
    ],
    [
      'on time > 80 %: 8 of 10 is not met, and scores 100',
      { kind: 'ontime', onTime: 8, due: 10, target: 80, comparator: '>' },
      false,
      100,
    ],
    [
      'on time > 80 %: 9 of 10 is met',
      { kind: 'ontime', onTime: 9, due: 10, target: 80, comparator: '>' },
      true,
      100,
    ],
    // A range: inside (ends included) is met; above is met only where above is better.
    [
      'IKM 76,61–88,30: at 76,61 is met',
      { kind: 'range', min: 76.61, max: 88.3, achieved: 76.61 },
      true,
      100,
    ],
    [
      'IKM 76,61–88,30: 76,6 is not met',
      { kind: 'range', min: 76.61, max: 88.3, achieved: 76.6 },
      false,
      (76.6 / 76.61) * 100,
    ],
    [
      'a band above which is better: 95 is met',
      { kind: 'range', min: 60, max: 85, achieved: 95, aboveIsBetter: true },
      true,
      100,
    ],
    [
      'a band above which is worse: 85,1 is not met',
      { kind: 'range', min: 60, max: 85, achieved: 85.1 },
      false,
      (2 - 85.1 / 85) * 100,
    ],
    ['ya is met', { kind: 'yesno', achieved: true }, true, 100],
    ['tidak is not met', { kind: 'yesno', achieved: false }, false, 0],
  ];
  it.each(rows)('%s', (_n, m, met, expected, s = {}) => {
    const r = scoreLeaf(m, resolveSettings(s));
    expect(r.score).toBeCloseTo(expected, 10);
    expect(r.explanation.met).toBe(met);
  });

  it('carries the comparison it made: the comparator, the target and the realised value', () => {
    expect(scoreLeaf(value('lower', '<', 20, 20), resolveSettings()).explanation).toMatchObject({
      met: false,
      comparison: { comparator: '<', target: 20, realised: 20 },
    });
    expect(scoreLeaf(rate('<', 3), resolveSettings()).explanation.comparison).toEqual({
      comparator: '<',
      target: 30,
      realised: 30,
    });
    expect(scoreLeaf(alerts('>', 8), resolveSettings()).explanation.comparison).toEqual({
      comparator: '>',
      target: 80,
      realised: 80,
    });
  });

  it('says nothing of a target where nothing was compared: excluded, missing, a rubric', () => {
    const none: LeafMeasure[] = [
      { kind: 'value', target: null, achieved: 3, direction: 'lower' },
      { kind: 'value', target: 3, achieved: null, direction: 'lower' },
      { kind: 'rubric', level: 10 },
    ];
    for (const m of none)
      expect(scoreLeaf(m, resolveSettings({ submitted: true })).explanation.met).toBeUndefined();
  });
});
