// A weekly report (UKM.H.3, W2): entered per month as the weeks reported on time, scored against the
// weeks due — the weeks ending in the months due — never against the months.
import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { catalogProblems } from '../catalog/validate.ts';
import { findIndicator } from '../catalog/walk.ts';
import { scoreLeaf } from '../scoring/score-leaf.ts';
import { resolveSettings } from '../scoring/settings.ts';
import { measureIndicator } from './measure-indicator.ts';

const w2 = findIndicator(patiCatalog2023, 'UKM.H.3')!;

describe('the weekly W2 report', () => {
  it('is a weekly on-time count in the built-in catalog', () => {
    expect(w2).toMatchObject({ kind: 'ontime', entry: 'count', cadence: 'weekly', target: { value: 100 } });
  });

  it('scores the weeks on time out of the weeks due (January–March 2023: 13 weeks)', () => {
    const months = [
      { month: '2023-01', numerator: 5 },
      { month: '2023-02', numerator: 3 },
      { month: '2023-03', numerator: 4 },
    ];
    const measure = measureIndicator(w2, { months }, 3, 13);
    expect(measure).toMatchObject({ kind: 'ontime', onTime: 12, due: 13 });
    const scored = scoreLeaf(measure, resolveSettings({}));
    expect(scored.score).toBeCloseTo((12 / 13) * 100, 9);
  });

  it('is missing while no month is entered, and refused by the catalog check on another kind', () => {
    expect(measureIndicator(w2, { months: [] }, 3, 13)).toMatchObject({ onTime: null, due: 13 });
    const catalog = structuredClone(patiCatalog2023);
    findIndicator(catalog, 'UKM.H.1')!.cadence = 'weekly';
    expect(catalogProblems(catalog)).toContainEqual({ code: 'UKM.H.1', rule: 'weekly-not-ontime-count' });
  });
});
