import { describe, expect, it } from 'vitest';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import type { CatalogIndicator } from '../catalog/types.ts';
import { findIndicator } from '../catalog/walk.ts';
import { scoreLeaf } from '../scoring/score-leaf.ts';
import { resolveSettings } from '../scoring/settings.ts';
import { countableInputs } from './countable-inputs.ts';
import type { IndicatorInputs } from './inputs.ts';
import { measureIndicator } from './measure-indicator.ts';
import { yearProgress } from './progress.ts';

const pati = (code: string): CatalogIndicator => findIndicator(patiCatalog2023, code)!;
const jan = '2023-01';
const feb = '2023-02';

describe('countableInputs', () => {
  it.each([
    [
      'a month of 1e308 mothers served is left out, the other months stay',
      'SPM.01',
      {
        months: [
          { month: jan, numerator: 1e308 },
          { month: feb, numerator: 30 },
        ],
      },
      { months: [{ month: feb, numerator: 30 }] },
    ],
    [
      'a month of 1,5 people is left out',
      'SPM.01',
      { months: [{ month: jan, numerator: 1.5 }] },
      { months: [] },
    ],
    [
      'a count loaded in the value column is bounded the same way',
      'SPM.01',
      { months: [{ month: jan, value: 1e308 }] },
      { months: [] },
    ],
    [
      'a share month with a huge denominator is left out as a whole',
      'UKM.C1.A.10',
      { months: [{ month: jan, numerator: 1, denominator: 1e300 }] },
      { months: [] },
    ],
    [
      'LOS: 2,5 days of care for one patient counts',
      'UKP.A2.4',
      { months: [{ month: jan, numerator: 2.5, denominator: 1 }] },
      { months: [{ month: jan, numerator: 2.5, denominator: 1 }] },
    ],
    [
      'a sasaran of 1e-300 reads as no sasaran; the target stays',
      'SPM.01',
      { target: { sasaran: 1e-300, value: 90 } },
      { target: { sasaran: null, value: 90 } },
    ],
    [
      'a target of 1e-300 reads as no target of the Puskesmas (the decree’s applies)',
      'UKM.H.6',
      { target: { value: 1e-300, applicable: true } },
      { target: { value: null, applicable: true } },
    ],
    [
      'an absolute target of 1e308 reads as none',
      'SPM.01',
      { target: { targetSasaran: 1e308, sasaran: 400 } },
      { target: { targetSasaran: null, sasaran: 400 } },
    ],
    [
      'a rubric percentage above 100 reads as not scored',
      'MAN.A6.2',
      { rubric: { percent: 1e308 } },
      { rubric: { percent: null } },
    ],
  ] as [string, string, IndicatorInputs, IndicatorInputs][])('%s', (_name, code, stored, countable) => {
    expect(countableInputs(pati(code), stored)).toEqual(countable);
  });
});

describe('scores from odd stored numbers', () => {
  const settings = resolveSettings();
  const finiteNumbers = (x: unknown): boolean =>
    typeof x === 'number'
      ? Number.isFinite(x)
      : x === null || typeof x !== 'object'
        ? true
        : Object.values(x).every(finiteNumbers);

  it.each([
    [
      '1e308 mothers served in a month',
      'SPM.01',
      { target: { sasaran: 400 }, months: [{ month: jan, numerator: 1e308 }] },
    ],
    [
      'a sasaran of 1e-300',
      'SPM.01',
      { target: { sasaran: 1e-300 }, months: [{ month: jan, numerator: 30 }] },
    ],
    [
      'a sasaran of 1e308 against the 100 % target',
      'SPM.01',
      { target: { sasaran: 1e308 }, months: [{ month: jan, numerator: 30 }] },
    ],
    [
      'a target of 5e-324 hours',
      'UKM.H.6',
      { target: { value: 5e-324 }, months: [{ month: jan, numerator: 30, denominator: 1 }] },
    ],
    [
      'a denominator of 1e-300 outbreaks',
      'UKM.H.6',
      { months: [{ month: jan, numerator: 30, denominator: 1e-300 }] },
    ],
    [
      '1e308 maternal deaths',
      'UKM.C1.A.1',
      { target: { sasaran: 900 }, months: [{ month: jan, numerator: 1e308 }] },
    ],
  ] as [string, string, IndicatorInputs][])('%s gives only finite numbers', (_name, code, stored) => {
    const scored = scoreLeaf(measureIndicator(pati(code), stored, 12), settings);
    expect(finiteNumbers(scored)).toBe(true);
  });

  it('keeps the progress to date of a Puskesmas-year with a stored 1e308 finite', () => {
    const py = {
      year: 2023,
      rawatInap: true,
      inputs: new Map([['SPM.01', { target: { sasaran: 400 }, months: [{ month: jan, numerator: 1e308 }] }]]),
    };
    const progress = yearProgress(patiCatalog2023, py, '2023-03', settings).indicators.get('SPM.01');
    expect(finiteNumbers(progress)).toBe(true);
    // The only month is left out: nothing entered yet, as the grid then asks for a correction.
    expect(progress?.achievedToDate).toBeNull();
  });
});
