// A district-wide target and its shares: the row scores against a Puskesmas' share only, the shares
// are whole and make the total, and the first proposal always does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import type { CatalogIndicator } from '../catalog/types.ts';
import { catalogProblems } from '../catalog/validate.ts';
import { findIndicator } from '../catalog/walk.ts';
import { monthsOfYear } from '../periods/months.ts';
import { scoreLeaf } from '../scoring/score-leaf.ts';
import { resolveSettings } from '../scoring/settings.ts';
import { proposeShares, shareProblems, type ShareHolder } from './district-shares.ts';
import { measureIndicator, targetInForce } from './measure-indicator.ts';

const drTb = findIndicator(patiCatalog2023, 'UKM.D1.6')!;
const cases = (n: number) => monthsOfYear(2023).map((month, i) => ({ month, value: i === 0 ? n : 0 }));

describe('a district-wide target (UKM.D1.6: 45 drug-resistant TB cases for all of Pati)', () => {
  it('is marked so in the built-in catalog', () => {
    expect(drTb.targetScope).toBe('district');
    expect(drTb.target.value).toBe(45);
  });

  it('scores a Puskesmas against its share, never against the district’s 45', () => {
    expect(targetInForce(drTb, { target: { value: 3 } })).toBe(3);
    expect(targetInForce(drTb, {})).toBeNull();
    const withShare = measureIndicator(drTb, { target: { value: 3 }, months: cases(3) }, 12);
    expect(withShare).toMatchObject({ kind: 'value', target: 3, achieved: 3 });
    const settings = resolveSettings({});
    expect(scoreLeaf(withShare, settings).score).toBe(100);
  });

  it('leaves a Puskesmas without a share unscored (no target yet), whatever it found', () => {
    const measure = measureIndicator(drTb, { months: cases(3) }, 12);
    const scored = scoreLeaf(measure, resolveSettings({}));
    expect(scored.score).toBeNull();
    expect(scored.explanation.excluded).toBe('no-target');
  });

  it('still falls back to the decree’s target on a row of the Puskesmas’ own', () => {
    const own: CatalogIndicator = { ...drTb, targetScope: undefined };
    delete own.targetScope;
    expect(targetInForce(own, {})).toBe(45);
  });

  it('is refused by the catalog check on anything but an amount with a number to share', () => {
    const catalog = structuredClone(patiCatalog2023);
    const row = findIndicator(catalog, 'UKM.D1.5')!;
    row.targetScope = 'district';
    expect(catalogProblems(catalog)).toContainEqual({ code: 'UKM.D1.5', rule: 'district-target-not-amount' });
    const amount = findIndicator(catalog, 'UKM.D1.6')!;
    amount.target = { ...amount.target, value: null };
    expect(catalogProblems(catalog)).toContainEqual({ code: 'UKM.D1.6', rule: 'district-target-missing' });
  });
});

const holders: ShareHolder[] = [
  { code: 'P1', name: 'Puskesmas Satu', applies: true },
  { code: 'P2', name: 'Puskesmas Dua', applies: true },
  { code: 'P3', name: 'Puskesmas Tiga', applies: false },
];

describe('shareProblems', () => {
  it('accepts whole shares of the Puskesmas where the row applies that make the total', () => {
    const given = [
      { code: 'P1', share: 30 },
      { code: 'P2', share: 15 },
      { code: 'P3', share: null },
    ];
    expect(shareProblems(45, holders, given)).toEqual([]);
  });

  it('names every Puskesmas that is wrong, each once, and the sum only when the rest is right', () => {
    expect(
      shareProblems(45, holders, [
        { code: 'P1', share: 2.5 },
        { code: 'P1', share: 3 },
        { code: 'P3', share: 4 },
        { code: 'P9', share: 1 },
      ]),
    ).toEqual([
      { rule: 'twice', code: 'P1' },
      { rule: 'unknown', code: 'P9' },
      { rule: 'not-whole', code: 'P1', name: 'Puskesmas Satu', share: 2.5 },
      { rule: 'missing', code: 'P2', name: 'Puskesmas Dua' },
      { rule: 'not-applicable', code: 'P3', name: 'Puskesmas Tiga' },
    ]);
    expect(
      shareProblems(45, holders, [
        { code: 'P1', share: 20 },
        { code: 'P2', share: 20 },
      ]),
    ).toEqual([{ rule: 'sum', sum: 40, total: 45 }]);
  });

  it('refuses a share of 0: a Puskesmas carrying none is marked not applicable instead', () => {
    expect(
      shareProblems(45, holders, [
        { code: 'P1', share: 45 },
        { code: 'P2', share: 0 },
      ]),
    ).toEqual([{ rule: 'not-whole', code: 'P2', name: 'Puskesmas Dua', share: 0 }]);
  });
});

describe('proposeShares', () => {
  it('gives one each and the rest by population', () => {
    const proposed = proposeShares(10, [
      { code: 'A', weight: 60_000 },
      { code: 'B', weight: 30_000 },
      { code: 'C', weight: 10_000 },
    ]);
    expect([...proposed.entries()]).toEqual([
      ['A', 5],
      ['B', 3],
      ['C', 2],
    ]);
  });

  it('always makes the total in whole shares, and at least one each when there is enough', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const proposed = proposeShares(
            total,
            weights.map((weight, i) => ({ code: `P${i}`, weight })),
          );
          const shares = [...proposed.values()];
          expect(shares.reduce((s, n) => s + n, 0)).toBe(total);
          for (const share of shares) expect(Number.isInteger(share) && share >= 0).toBe(true);
          if (total >= weights.length) for (const share of shares) expect(share).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
