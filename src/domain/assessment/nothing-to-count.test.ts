// A year with nothing to count (catalog `nothingToCount`, docs/scoring-decisions.md rules 5 and 29),
// through the real Pati rows: from monthly entries to the measure to the score.
import { describe, expect, it } from 'vitest';
import type { CatalogIndicator } from '../catalog/types.ts';
import { findIndicator, listIndicators } from '../catalog/walk.ts';
import { patiCatalog2023 } from '../catalog/pati/index.ts';
import { monthStatuses } from '../periods/completeness.ts';
import { monthsOfYear } from '../periods/months.ts';
import { scoreLeaf } from '../scoring/score-leaf.ts';
import { resolveSettings, type SettingsOverrides } from '../scoring/settings.ts';
import { hasValue } from './entry-fields.ts';
import type { IndicatorInputs, MonthlyEntry } from './inputs.ts';
import { measureIndicator } from './measure-indicator.ts';
import { yearProgress } from './progress.ts';

const all = listIndicators(patiCatalog2023).map((p) => p.indicator);
const row = (code: string): CatalogIndicator => {
  const found = findIndicator(patiCatalog2023, code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};

/** Twelve months entered as 0 of 0, except the events of March. */
const year = (numerator = 0, denominator = 0): MonthlyEntry[] =>
  monthsOfYear(2023).map((month) =>
    month === '2023-03' ? { month, numerator, denominator } : { month, numerator: 0, denominator: 0 },
  );

const scored = (code: string, inputs: IndicatorInputs, settings: SettingsOverrides = {}) =>
  scoreLeaf(measureIndicator(row(code), inputs, 12), resolveSettings(settings));

/**
 * The rows scored as a value or an on-time share from counts whose year may rightly have none: one
 * row per catalog row, named as the decree prints it, with a year of events all handled and a year
 * with a miss. `target` is a district's target where the decree prints none.
 */
const EVENT_ROWS: [
  name: string,
  code: string,
  handled: [numerator: number, denominator: number],
  missed: [numerator: number, denominator: number, score: number],
  target?: number,
][] = [
  // 0 of 200 live births under 2.500 g; 10 of 200 = 5 % against ≤ 3,8 → (2 − 5/3,8) × 100.
  [
    'Presentasu Bayi dengan Berat Badan Lahir Rendah (<2500 gram) · ≤ 3,8 %',
    'UKM.C6.D.3',
    [0, 200],
    [10, 200, (2 - 5 / 3.8) * 100],
  ],
  // 0 deaths of 12 DBD cases; 1 of 80 = 1,25 % against < 1 → (2 − 1,25) × 100 = 75.
  ['Angka kematian kasus DBD · < 1 %', 'UKM.E1.3', [0, 12], [1, 80, 75]],
  ['Angka Kematian Malaria · 0 %', 'UKM.E2.3', [0, 12], [1, 12, 0]],
  ['Angka kematian Leptospirosis · 0 %', 'UKM.E4.3', [0, 12], [1, 12, 0]],
  ['P2 GHPR (Gigitan Hewan Penular Rabies) · 0 %', 'UKM.E4.4', [0, 12], [1, 40, 0]],
  // 3 outbreaks all within 24 h; 2 of 3 → 66,67 % of the 100 % target.
  ['Cakupan KLB/ wabah ditangani dalam waktu kurang dari 24 jam · 100 %', 'UKM.H.4', [3, 3], [2, 3, 200 / 3]],
  // 30 hours over 3 outbreaks = 10 h; 90 h over 3 = 30 h against < 24 → (2 − 30/24) × 100 = 75.
  ['Lama waktu Penanggulangan KLB PD3I · < 24 Jam', 'UKM.H.6', [30, 3], [90, 3, 75]],
  ['Lama waktu Respon PIE (pyk infeksi emerging) · < 24 Jam', 'UKM.H.7', [30, 3], [90, 3, 75]],
  // No target printed: with a district target of 5 %, 3 of 50 = 6 % → (2 − 1,2) × 100 = 80.
  ['Rujukan pasien rawat inap · (target Dinkes 5 %)', 'UKP.A5.2', [0, 40], [3, 50, 80], 5],
  // 2 of 20 deliveries referred = 10 % ≤ 20; 5 of 20 = 25 % → (2 − 1,25) × 100 = 75.
  ['Rujukan pasien persalinan · ≤ 20 %', 'UKP.A5.3', [2, 20], [5, 20, 75]],
];

describe('a year with nothing to count, row by row', () => {
  const withTarget = (target?: number): IndicatorInputs =>
    target === undefined ? {} : { target: { value: target } };

  it.each(EVENT_ROWS)('%s: nothing entered is missing, and 0 once submitted', (_n, code, _h, _m, target) => {
    const draft = scored(code, withTarget(target));
    expect(draft.score).toBeNull();
    expect(draft.explanation.excluded).toBe('missing');
    expect(scored(code, withTarget(target), { submitted: true }).score).toBe(0);
  });

  it.each(EVENT_ROWS)(
    '%s: entered with Σ denominators 0 is excluded as nothing to count, even once submitted',
    (_n, code, _h, _m, target) => {
      const inputs = { ...withTarget(target), months: year() };
      for (const submitted of [false, true]) {
        const r = scored(code, inputs, { submitted });
        expect(r.score).toBeNull();
        expect(r.explanation.excluded).toBe('nothing-to-count');
      }
    },
  );

  it.each(EVENT_ROWS)(
    '%s: entered with Σ denominators 0 scores 100 where a zero sasaran scores full',
    (_n, code, _h, _m, target) => {
      const r = scored(code, { ...withTarget(target), months: year() }, { zeroSasaran: 'full' });
      expect(r.score).toBe(100);
      expect(r.explanation.rule).toBe('nothing-to-count-full');
      expect(r.explanation.excluded).toBeUndefined();
    },
  );

  it.each(EVENT_ROWS)(
    '%s: a year with events, all handled, scores 100',
    (_n, code, [num, den], _m, target) => {
      const r = scored(code, { ...withTarget(target), months: year(num, den) }, { submitted: true });
      expect(r.score).toBe(100);
      expect(r.explanation.met).toBe(true);
    },
  );

  it.each(EVENT_ROWS)(
    '%s: a year with a miss gets the formula’s score',
    (_n, code, _h, [num, den, score], target) => {
      const r = scored(code, { ...withTarget(target), months: year(num, den) });
      expect(r.score).toBeCloseTo(score, 10);
      expect(r.explanation.met).toBe(false);
    },
  );

  it('a month entered as 0 of 0 is a complete month, and counts as entered', () => {
    const cfr = row('UKM.E1.3');
    expect(hasValue(cfr, { numerator: 0, denominator: 0 })).toBe(true);
    const stamps = year().map((m) => ({
      indicatorCode: cfr.code,
      month: m.month,
      filled: hasValue(cfr, m),
      enteredOn: `${m.month}-28`,
    }));
    // Complete, so it may be reported; reported by the 5th, it is on time.
    const reported = new Map(year().map((m) => [m.month, `${m.month}-28`] as const));
    const statuses = monthStatuses(2023, new Set([cfr.code]), stamps, '2024-02-01', new Map(), reported);
    expect(statuses.every((s) => s.complete && s.onTime === true)).toBe(true);
  });

  it('shows a year to date with nothing to count as excluded with its reason, and no colour', () => {
    const cfr = row('UKM.E1.3');
    const py = { year: 2023, rawatInap: true, inputs: new Map([[cfr.code, { months: year().slice(0, 4) }]]) };
    const p = yearProgress(patiCatalog2023, py, '2023-04', resolveSettings()).indicators.get(cfr.code);
    expect(p).toMatchObject({
      achievedToDate: null,
      score: null,
      color: null,
      explanation: { excluded: 'nothing-to-count', inputs: { denominator: 0, nothingToCount: 'exclude' } },
    });
  });
});

describe('coverage of events: a sasaran counted from the months', () => {
  const rows = all
    .filter((i) => i.kind === 'coverage' && i.entry === 'ratio')
    .map((i) => [`${i.code} ${i.name}`, i.code] as const);

  it.each(rows)('%s: Σ denominators 0 is nothing to count; nothing entered is missing', (_n, code) => {
    const empty = scored(code, { months: year() }, { submitted: true });
    expect(empty.score).toBeNull();
    expect(empty.explanation.excluded).toBe('nothing-to-count');
    expect(scored(code, { months: year() }, { zeroSasaran: 'full' }).score).toBe(100);
    expect(scored(code, {}).explanation.excluded).toBe('missing');
    expect(scored(code, {}, { submitted: true }).score).toBe(0);
  });
});

describe('rows where a denominator of 0 is a count not made', () => {
  const rows = all
    .filter((i) => i.nothingToCount === 'missing')
    .map((i) => [`${i.code} ${i.name}`, i.code] as const);

  it.each(rows)('%s: Σ denominators 0 is missing, and 0 once submitted', (_n, code) => {
    // A district target where the decree prints none, so that the row is scored at all.
    const inputs = { target: { value: 50 }, months: year() };
    expect(scored(code, inputs).explanation.excluded).toBe('missing');
    expect(scored(code, inputs, { submitted: true }).score).toBe(0);
    expect(scored(code, inputs, { submitted: true, zeroSasaran: 'full' }).score).toBe(0);
  });
});

describe('death rates per live births: the sasaran of live births is set, not counted', () => {
  it.each([
    ['Angka kematian ibu (per 100.000 kelahiran hidup)', 'UKM.C1.A.1'],
    ['Angka kematian bayi (per 100.000 kelahiran hidup)', 'UKM.C1.B.1'],
    ['Angka kematian balita (per 100.000 kelahiran hidup)', 'UKM.C2.1'],
  ])('%s: no live births is a zero sasaran; 0 deaths of 800 births is 100', (_n, code) => {
    const deaths = (n: number): IndicatorInputs => ({
      target: { sasaran: 800 },
      months: monthsOfYear(2023).map((month) => ({ month, numerator: month === '2023-06' ? n : 0 })),
    });
    const noBirths = { ...deaths(0), target: { sasaran: 0 } };
    expect(scored(code, noBirths, { submitted: true }).explanation.excluded).toBe('zero-sasaran');
    expect(scored(code, noBirths, { zeroSasaran: 'full' }).score).toBe(100);
    expect(scored(code, deaths(0), { submitted: true }).score).toBe(100);
    expect(scored(code, { target: { sasaran: 800 } }, { submitted: true }).score).toBe(0);
    expect(row(code).nothingToCount).toBeUndefined();
  });
});
