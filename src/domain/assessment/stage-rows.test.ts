import { describe, expect, it } from 'vitest';
import { puskesmasYearOf, settingsForStatus } from './stage-rows.ts';
import type { AssessmentStatus } from './status.ts';

describe('whether a value still missing counts as 0, from the assessment’s status', () => {
  const cases: [AssessmentStatus | null, boolean][] = [
    [null, false],
    ['draft', false],
    ['submitted', true],
    ['verified', true],
    ['final', true],
    ['published', true],
  ];
  it.each(cases)('a %s year: %s', (status, submitted) => {
    expect(settingsForStatus({}, status).submitted).toBe(submitted);
  });

  it('keeps the district’s own choices beside it', () => {
    expect(settingsForStatus({ convention: 'coverage' }, 'submitted')).toMatchObject({
      convention: 'coverage',
      submitted: true,
    });
  });
});

describe('the engine’s input from stored rows', () => {
  it('gathers each indicator’s target row, months and rubric score', () => {
    const py = puskesmasYearOf(2023, true, {
      targets: [
        {
          indicatorCode: 'UKMP.A.1',
          targetValue: 90,
          targetSasaran: null,
          sasaran: 120,
          applicable: true,
          notApplicableReason: null,
          chosen: true,
        },
      ],
      monthly: [
        {
          indicatorCode: 'UKMP.A.1',
          month: '2023-01',
          numerator: 9,
          denominator: null,
          value: null,
          flag: null,
        },
        {
          indicatorCode: 'UKMP.A.1',
          month: '2023-02',
          numerator: 7,
          denominator: null,
          value: null,
          flag: null,
        },
      ],
      rubrics: [{ indicatorCode: 'MAN.A1.1', level: 7, percent: null }],
    });
    expect(py.year).toBe(2023);
    expect(py.rawatInap).toBe(true);
    expect(py.inputs.get('UKMP.A.1')).toEqual({
      target: { value: 90, targetSasaran: null, sasaran: 120, applicable: true, reason: null, chosen: true },
      months: [
        { month: '2023-01', numerator: 9, denominator: null, value: null, flag: null },
        { month: '2023-02', numerator: 7, denominator: null, value: null, flag: null },
      ],
    });
    expect(py.inputs.get('MAN.A1.1')).toEqual({ rubric: { level: 7, percent: null } });
  });
});
