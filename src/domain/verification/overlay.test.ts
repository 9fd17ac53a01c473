import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MonthlyRow, RubricRow, StageRows, TargetRow } from '../assessment/stage-rows.ts';
import { overlayCorrections, rowsOfStage } from './overlay.ts';

const target = (code: string, fields: Partial<TargetRow> = {}): TargetRow => ({
  indicatorCode: code,
  targetValue: null,
  targetSasaran: null,
  sasaran: 100,
  applicable: true,
  notApplicableReason: null,
  chosen: null,
  ...fields,
});
const month = (code: string, m: string, fields: Partial<MonthlyRow> = {}): MonthlyRow => ({
  indicatorCode: code,
  month: m,
  numerator: null,
  denominator: null,
  value: null,
  flag: null,
  ...fields,
});
const rubric = (code: string, fields: Partial<RubricRow> = {}): RubricRow => ({
  indicatorCode: code,
  level: null,
  percent: null,
  ...fields,
});
const rows = (r: Partial<StageRows> = {}): StageRows => ({ targets: [], monthly: [], rubrics: [], ...r });

describe('the verified stage: the Puskesmas’ rows with Dinkes’ corrections laid over them', () => {
  const cases: { name: string; self: StageRows; corrections: StageRows; verified: StageRows }[] = [
    {
      name: 'a corrected month replaces the Puskesmas’ figure for that month only',
      self: rows({
        monthly: [
          month('SPM.01', '2023-01', { numerator: 30 }),
          month('SPM.01', '2023-02', { numerator: 28 }),
        ],
      }),
      corrections: rows({ monthly: [month('SPM.01', '2023-02', { numerator: 18 })] }),
      verified: rows({
        monthly: [
          month('SPM.01', '2023-01', { numerator: 30 }),
          month('SPM.01', '2023-02', { numerator: 18 }),
        ],
      }),
    },
    {
      name: 'a month corrected to empty (every field null) reads as not entered, not as the Puskesmas’ figure',
      self: rows({ monthly: [month('SPM.01', '2023-03', { numerator: 41 })] }),
      corrections: rows({ monthly: [month('SPM.01', '2023-03')] }),
      verified: rows({ monthly: [month('SPM.01', '2023-03')] }),
    },
    {
      name: 'a month only Dinkes has a figure for is added',
      self: rows({ monthly: [month('SPM.01', '2023-01', { numerator: 30 })] }),
      corrections: rows({ monthly: [month('SPM.01', '2023-04', { numerator: 12 })] }),
      verified: rows({
        monthly: [
          month('SPM.01', '2023-01', { numerator: 30 }),
          month('SPM.01', '2023-04', { numerator: 12 }),
        ],
      }),
    },
    {
      name: 'both halves of a ratio come from the correction',
      self: rows({ monthly: [month('UKP.A1.3', '2023-05', { numerator: 9, denominator: 300 })] }),
      corrections: rows({ monthly: [month('UKP.A1.3', '2023-05', { numerator: 4, denominator: 300 })] }),
      verified: rows({ monthly: [month('UKP.A1.3', '2023-05', { numerator: 4, denominator: 300 })] }),
    },
    {
      name: 'a ya/tidak answer is corrected',
      self: rows({ monthly: [month('UKM.H.1', '2023-06', { flag: true })] }),
      corrections: rows({ monthly: [month('UKM.H.1', '2023-06', { flag: false })] }),
      verified: rows({ monthly: [month('UKM.H.1', '2023-06', { flag: false })] }),
    },
    {
      name: 'a corrected sasaran replaces the Puskesmas’ target row',
      self: rows({ targets: [target('SPM.01', { sasaran: 427 }), target('SPM.02', { sasaran: 410 })] }),
      corrections: rows({ targets: [target('SPM.01', { sasaran: 455 })] }),
      verified: rows({ targets: [target('SPM.01', { sasaran: 455 }), target('SPM.02', { sasaran: 410 })] }),
    },
    {
      name: 'a corrected target T and absolute target TS replace the row’s',
      self: rows({ targets: [target('UKM.A.1', { targetValue: 80 })] }),
      corrections: rows({ targets: [target('UKM.A.1', { targetValue: 90, targetSasaran: 300 })] }),
      verified: rows({ targets: [target('UKM.A.1', { targetValue: 90, targetSasaran: 300 })] }),
    },
    {
      name: 'an indicator Dinkes finds not applicable is not applicable, with Dinkes’ reason',
      self: rows({ targets: [target('UKP.A2.1')] }),
      corrections: rows({
        targets: [target('UKP.A2.1', { applicable: false, notApplicableReason: 'Ruang rawat inap ditutup' })],
      }),
      verified: rows({
        targets: [target('UKP.A2.1', { applicable: false, notApplicableReason: 'Ruang rawat inap ditutup' })],
      }),
    },
    {
      name: 'an indicator the Puskesmas marked not applicable is applicable again where Dinkes says so',
      self: rows({
        targets: [target('UKM.B.2', { applicable: false, notApplicableReason: 'tidak ada TTU' })],
      }),
      corrections: rows({ targets: [target('UKM.B.2', { applicable: true })] }),
      verified: rows({ targets: [target('UKM.B.2', { applicable: true })] }),
    },
    {
      name: 'the UKM Pengembangan choice stays the Puskesmas’ own under a correction of its row',
      self: rows({ targets: [target('UKMP.A.1', { chosen: true, sasaran: 50 })] }),
      corrections: rows({ targets: [target('UKMP.A.1', { chosen: false, sasaran: 60 })] }),
      verified: rows({ targets: [target('UKMP.A.1', { chosen: true, sasaran: 60 })] }),
    },
    {
      name: 'a corrected rubric level replaces the Puskesmas’ level',
      self: rows({ rubrics: [rubric('MAN.A1.1', { level: 10 }), rubric('MAN.A1.2', { level: 7 })] }),
      corrections: rows({ rubrics: [rubric('MAN.A1.1', { level: 4 })] }),
      verified: rows({ rubrics: [rubric('MAN.A1.1', { level: 4 }), rubric('MAN.A1.2', { level: 7 })] }),
    },
    {
      name: 'a corrected rubric percentage replaces the Puskesmas’ percentage',
      self: rows({ rubrics: [rubric('MUT.B1.1', { percent: 98 })] }),
      corrections: rows({ rubrics: [rubric('MUT.B1.1', { percent: 91.5 })] }),
      verified: rows({ rubrics: [rubric('MUT.B1.1', { percent: 91.5 })] }),
    },
    {
      name: 'a rubric item only Dinkes scored is added',
      self: rows(),
      corrections: rows({ rubrics: [rubric('MAN.A3.1', { level: 7 })] }),
      verified: rows({ rubrics: [rubric('MAN.A3.1', { level: 7 })] }),
    },
  ];
  it.each(cases)('$name', ({ self, corrections, verified }) => {
    expect(overlayCorrections(self, corrections)).toEqual(verified);
  });

  it('keeps every uncorrected indicator’s own figures: none becomes missing', () => {
    const self = rows({
      targets: [target('SPM.01'), target('SPM.02')],
      monthly: [month('SPM.01', '2023-01', { numerator: 30 }), month('SPM.02', '2023-01', { numerator: 12 })],
      rubrics: [rubric('MAN.A1.1', { level: 7 })],
    });
    const verified = overlayCorrections(
      self,
      rows({ monthly: [month('SPM.02', '2023-01', { numerator: 9 })] }),
    );
    expect(verified.targets).toEqual(self.targets);
    expect(verified.rubrics).toEqual(self.rubrics);
    expect(verified.monthly[0]).toEqual(self.monthly[0]);
  });

  it('reads the Puskesmas’ rows alone at stage self, whatever Dinkes corrected', () => {
    const self = rows({ monthly: [month('SPM.01', '2023-01', { numerator: 30 })] });
    const corrections = rows({ monthly: [month('SPM.01', '2023-01', { numerator: 3 })] });
    expect(rowsOfStage('self', self, corrections)).toBe(self);
    expect(rowsOfStage('verified', self, corrections).monthly[0]?.numerator).toBe(3);
  });
});

const code = fc.constantFrom('SPM.01', 'SPM.02', 'UKM.A.1', 'UKP.A1.3', 'MAN.A1.1');
const num = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null });
const monthArb = fc.integer({ min: 1, max: 12 }).map((m) => `2023-${String(m).padStart(2, '0')}`);
const targetArb = fc.record({
  indicatorCode: code,
  targetValue: num,
  targetSasaran: num,
  sasaran: num,
  applicable: fc.boolean(),
  notApplicableReason: fc.option(fc.string(), { nil: null }),
  chosen: fc.option(fc.boolean(), { nil: null }),
});
const monthlyArb = fc.record({
  indicatorCode: code,
  month: monthArb,
  numerator: num,
  denominator: num,
  value: num,
  flag: fc.option(fc.boolean(), { nil: null }),
});
const rubricArb = fc.record({
  indicatorCode: code,
  level: fc.option(fc.constantFrom(0 as const, 4 as const, 7 as const, 10 as const), { nil: null }),
  percent: num,
});
/** Stored rows have one row per key, as the primary keys make them. */
const stageRowsArb: fc.Arbitrary<StageRows> = fc.record({
  targets: fc.uniqueArray(targetArb, { selector: (t) => t.indicatorCode }),
  monthly: fc.uniqueArray(monthlyArb, { selector: (m) => `${m.indicatorCode}|${m.month}` }),
  rubrics: fc.uniqueArray(rubricArb, { selector: (r) => r.indicatorCode }),
});

describe('the overlay over any stored rows', () => {
  it('with no corrections, the verified rows are the Puskesmas’ own', () => {
    fc.assert(
      fc.property(stageRowsArb, (self) => {
        expect(overlayCorrections(self, rows())).toEqual(self);
      }),
    );
  });

  it('holds one row per key, each the correction where there is one and the Puskesmas’ otherwise', () => {
    fc.assert(
      fc.property(stageRowsArb, stageRowsArb, (self, corrections) => {
        const verified = overlayCorrections(self, corrections);
        const key = (m: MonthlyRow) => `${m.indicatorCode}|${m.month}`;
        const keys = new Set([...self.monthly.map(key), ...corrections.monthly.map(key)]);
        expect(verified.monthly.map(key).sort()).toEqual([...keys].sort());
        for (const m of verified.monthly) {
          const fix = corrections.monthly.find((c) => key(c) === key(m));
          expect(m).toEqual(fix ?? self.monthly.find((s) => key(s) === key(m)));
        }
        for (const t of verified.targets) {
          const own = self.targets.find((s) => s.indicatorCode === t.indicatorCode);
          const fix = corrections.targets.find((c) => c.indicatorCode === t.indicatorCode);
          expect(t).toEqual(fix ? { ...fix, chosen: own ? own.chosen : fix.chosen } : own);
        }
      }),
    );
  });
});
