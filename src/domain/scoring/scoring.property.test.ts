// Invariants of the engine over random inputs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparator } from '../catalog/types.ts';
import { categorize } from './classify.ts';
import type { LeafMeasure } from './measure.ts';
import { scoreLeaf } from './score-leaf.ts';
import { DEFAULT_THRESHOLDS, resolveSettings, type ScoringSettings } from './settings.ts';
import { scoreTree, type ScoreLeaf, type ScoreNode } from './tree.ts';

const count = fc.integer({ min: 0, max: 1_000_000 });
const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true });
const nonNegative = fc.double({ min: 0, max: 1e6, noNaN: true });
const settingsArb: fc.Arbitrary<ScoringSettings> = fc
  .record({
    convention: fc.constantFrom('target', 'coverage' as const),
    lowerFormula: fc.constantFrom('permenpan', 'ratio' as const),
    submitted: fc.boolean(),
    zeroSasaran: fc.constantFrom('exclude', 'full' as const),
  })
  .map((s) => resolveSettings(s));
const capped = settingsArb.map((s) => ({ ...s, cap: true }));

/** A higher-is-better measure with its achievement set to `achieved`. */
const higherMeasures = fc.oneof(
  fc
    .record({
      sasaran: fc.integer({ min: 1, max: 100_000 }),
      target: fc.double({ min: 0, max: 100, noNaN: true }),
    })
    .map((p) => (achieved: number): LeafMeasure => ({ kind: 'coverage', ...p, achieved })),
  positive.map((target) => (achieved: number): LeafMeasure => ({
    kind: 'value',
    target,
    achieved,
    direction: 'higher',
  })),
  fc
    .record({
      sasaran: fc.integer({ min: 1, max: 100_000 }),
      target: positive,
      per: fc.constantFrom(1000, 100_000),
    })
    .map((p) => (achieved: number): LeafMeasure => ({ kind: 'rate', ...p, achieved, direction: 'higher' })),
  fc.integer({ min: 1, max: 60 }).map((due) => (achieved: number): LeafMeasure => ({
    kind: 'ontime',
    due,
    onTime: Math.min(due, Math.floor(achieved)),
  })),
);
const lowerMeasures = fc.oneof(
  nonNegative.map((target) => (achieved: number): LeafMeasure => ({
    kind: 'value',
    target,
    achieved,
    direction: 'lower',
  })),
  fc
    .record({
      sasaran: fc.integer({ min: 1, max: 100_000 }),
      target: nonNegative,
      per: fc.constantFrom(1000, 100_000),
    })
    .map((p) => (achieved: number): LeafMeasure => ({ kind: 'rate', ...p, achieved, direction: 'lower' })),
);

describe('scoring invariants', () => {
  it('keeps every capped score within 0–100', () => {
    fc.assert(
      fc.property(fc.oneof(higherMeasures, lowerMeasures), count, capped, (make, achieved, settings) => {
        const { score } = scoreLeaf(make(achieved), settings);
        return score === null || (score >= 0 && score <= 100);
      }),
    );
  });

  it('never scores below 0, capped or not', () => {
    fc.assert(
      fc.property(fc.oneof(higherMeasures, lowerMeasures), count, settingsArb, (make, achieved, settings) => {
        const { score } = scoreLeaf(make(achieved), settings);
        return score === null || score >= 0;
      }),
    );
  });

  it('never lowers a higher-is-better score when achievement grows', () => {
    fc.assert(
      fc.property(higherMeasures, count, count, settingsArb, (make, a, b, settings) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = scoreLeaf(make(lo), settings).score ?? 0;
        const sHi = scoreLeaf(make(hi), settings).score ?? 0;
        return sHi >= sLo;
      }),
    );
  });

  it('never raises a lower-is-better score when the realised value grows', () => {
    fc.assert(
      fc.property(lowerMeasures, count, count, settingsArb, (make, a, b, settings) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (scoreLeaf(make(hi), settings).score ?? 0) <= (scoreLeaf(make(lo), settings).score ?? 0);
      }),
    );
  });

  it('bands a rubric percentage into 0, 4, 7 or 10, never lower for a higher percentage', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const s = resolveSettings();
          const la = scoreLeaf({ kind: 'rubric', percent: Math.min(a, b) }, s).score;
          const lb = scoreLeaf({ kind: 'rubric', percent: Math.max(a, b) }, s).score;
          return [0, 4, 7, 10].includes(la ?? -1) && (lb ?? 0) >= (la ?? 0);
        },
      ),
    );
  });

  const leaf = (id: string, value: number): ScoreLeaf => ({
    id,
    measure: { kind: 'value', target: 100, achieved: value, direction: 'higher' },
  });

  it('never lets a not-applicable child change a mean by counting as 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.nat(12),
        (values, at) => {
          const children: ScoreNode[] = values.map((v, i) => leaf(`c${i}`, v));
          const withNa = [...children];
          withNa.splice(at % (children.length + 1), 0, { ...leaf('na', 0), applicable: false });
          const s = resolveSettings();
          expect(scoreTree({ id: 'g', children: withNa }, s).score).toBe(
            scoreTree({ id: 'g', children }, s).score,
          );
        },
      ),
    );
  });

  it('keeps a group score between its lowest and highest child', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (values) => {
          const score =
            scoreTree({ id: 'g', children: values.map((v, i) => leaf(`c${i}`, v)) }, resolveSettings())
              .score ?? NaN;
          return score >= Math.min(...values) - 1e-9 && score <= Math.max(...values) + 1e-9;
        },
      ),
    );
  });

  it('never gives a lower category to a higher score', () => {
    const rank = { Kurang: 0, Cukup: 1, Baik: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (a, b) => {
          const lo = categorize(Math.min(a, b), DEFAULT_THRESHOLDS.service);
          const hi = categorize(Math.max(a, b), DEFAULT_THRESHOLDS.service);
          return lo !== null && hi !== null && rank[hi] >= rank[lo];
        },
      ),
    );
  });
});

describe('targets met and periods with nothing to count', () => {
  const withComparator = (m: LeafMeasure, comparator: Comparator): LeafMeasure =>
    m.kind === 'range' || m.kind === 'yesno' || m.kind === 'rubric' ? m : { ...m, comparator };

  it('lets the comparator decide whether the target is met, never the score', () => {
    fc.assert(
      fc.property(
        fc.oneof(higherMeasures, lowerMeasures),
        count,
        fc.constantFrom<Comparator>('<', '<=', '>', '>=', '='),
        settingsArb,
        (make, achieved, comparator, settings) => {
          const plain = scoreLeaf(make(achieved), settings);
          const compared = scoreLeaf(withComparator(make(achieved), comparator), settings);
          return compared.score === plain.score;
        },
      ),
    );
  });

  it('never meets a strict target where the non-strict one is missed', () => {
    fc.assert(
      fc.property(fc.oneof(higherMeasures, lowerMeasures), count, settingsArb, (make, achieved, settings) => {
        const met = (c: Comparator) => scoreLeaf(withComparator(make(achieved), c), settings).explanation.met;
        return (met('<') !== true || met('<=') === true) && (met('>') !== true || met('>=') === true);
      }),
    );
  });

  it('never scores 0 for a period with nothing to count under "exclude", submitted or not', () => {
    const nothing = fc.oneof(
      nonNegative.map((target): LeafMeasure => ({
        kind: 'value',
        target,
        achieved: null,
        direction: 'lower',
        denominator: 0,
        nothingToCount: 'exclude',
      })),
      fc.constant<LeafMeasure>({
        kind: 'coverage',
        sasaran: 0,
        target: 100,
        achieved: 0,
        nothingToCount: 'exclude',
      }),
      fc.constant<LeafMeasure>({ kind: 'ontime', onTime: 0, due: 0, nothingToCount: 'exclude' }),
    );
    fc.assert(
      fc.property(nothing, settingsArb, (m, settings) => {
        const { score, explanation } = scoreLeaf(m, settings);
        return settings.zeroSasaran === 'full'
          ? score === 100
          : score === null && explanation.excluded === 'nothing-to-count';
      }),
    );
  });
});
