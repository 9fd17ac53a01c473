import { describe, expect, it } from 'vitest';
import {
  action,
  AFTER_THE_YEAR,
  emptyRecords,
  meeting,
  monthsReportedOnTime,
} from '../../../test/readiness-records.ts';
import { assessReadiness, combine, type ElementStatus } from './readiness.ts';
import type { ReadinessRecords } from './records.ts';

const statusOf = (records: ReadinessRecords, code: string, today = AFTER_THE_YEAR) =>
  assessReadiness(records, today).elements.find((e) => e.element.code === code);

/** A Puskesmas that did the work of 2.8.4: two complete reviews, the RTL from them, its report, feedback followed up. */
function didTheWork(): ReadinessRecords {
  const rtl = action({ id: 9001 });
  return emptyRecords({
    submitted: true,
    submittedOn: '2024-01-12',
    months: monthsReportedOnTime(),
    meetings: [
      meeting('review_kinerja', '2023-07-12', { rtlActionIds: [rtl.id] }),
      meeting('review_kinerja', '2024-01-10'),
    ],
    rtlActions: [rtl],
    feedback: [
      {
        id: 1,
        number: '440/31/2024',
        datedOn: '2024-01-25',
        points: [
          { id: 1, followUp: 'selesai' },
          { id: 2, followUp: 'selesai' },
        ],
      },
    ],
  });
}

describe('combining statuses', () => {
  it.each([
    [['met', 'met'], 'met'],
    [['met', 'partly'], 'partly'],
    [['met', 'unmet'], 'partly'],
    [['unmet', 'unmet'], 'unmet'],
    [['unmet', 'not-due'], 'unmet'],
    [['not-due', 'not-due'], 'not-due'],
    [['met', 'not-due'], 'partly'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(combine(statuses)).toBe(expected);
  });
});

describe('accreditation readiness', () => {
  it('shows 2.8.4 a–e fulfilled for a Puskesmas that did the work', () => {
    const records = didTheWork();
    const statuses = ['a', 'b', 'c', 'd', 'e'].map((l) => statusOf(records, `2.8.4.${l}`)?.status);
    expect(statuses).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });

  it('shows 2.8.4 a partly met with one review, and says a second one is missing', () => {
    const records = { ...didTheWork(), meetings: [meeting('review_kinerja', '2023-07-12')] };
    const a = statusOf(records, '2.8.4.a');
    expect(a?.status).toBe('partly');
    expect(a?.checks[0]?.facts).toMatchObject({ proof: 'review-meetings', required: 2, completeDays: 1 });
  });

  it('shows 2.8.4 a missing without any review', () => {
    expect(statusOf(emptyRecords(), '2.8.4.a')?.status).toBe<ElementStatus>('missing');
  });

  it('keeps the regulation and the interview of 2.8.4 a for the surveyor, whatever the records', () => {
    const a = statusOf(didTheWork(), '2.8.4.a');
    expect(a?.evidence.map((e) => [e.evidence.kind, e.status])).toEqual([
      ['R', 'surveyor'],
      ['R', 'surveyor'],
      ['D', 'met'],
      ['W', 'surveyor'],
    ]);
  });

  it('proves 2.8.3 a from the district’s published decree', () => {
    expect(statusOf(emptyRecords(), '2.8.3.a')?.status).toBe('fulfilled');
    const draft = emptyRecords({ catalog: { decree: 'SK', published: false } });
    expect(statusOf(draft, '2.8.3.a')?.status).toBe('partly');
  });

  it('needs both records and a document for 2.7.1 a: the services chosen and the analysis behind them', () => {
    const chosen = emptyRecords({
      developmentServices: [
        { code: 'UKMP.A', name: 'Gigi', key: { code: 'UKMP.A.1', name: 'UKGS', met: true, months: [] } },
      ],
    });
    expect(statusOf(chosen, '2.7.1.a')?.status).toBe('partly');
    expect(statusOf({ ...chosen, elementFiles: { '2.7.1.a': 1 } }, '2.7.1.a')?.status).toBe('fulfilled');
    expect(statusOf(emptyRecords(), '2.7.1.a')?.status).toBe('missing');
  });

  it('proves 2.7.1 c only by what is attached to it', () => {
    expect(statusOf(emptyRecords(), '2.7.1.c')?.status).toBe('missing');
    expect(statusOf(emptyRecords({ elementFiles: { '2.7.1.c': 2 } }), '2.7.1.c')?.status).toBe('fulfilled');
  });

  it('says the year’s report is not due yet during the year, and counts it so', () => {
    const readiness = assessReadiness(emptyRecords(), '2023-01-20');
    const c = readiness.elements.find((e) => e.element.code === '2.8.4.c');
    expect(c?.status).toBe('not-due');
    expect(readiness.counts['not-due']).toBeGreaterThanOrEqual(1);
  });

  it('counts every element once', () => {
    const { counts, elements } = assessReadiness(didTheWork(), AFTER_THE_YEAR);
    expect(elements).toHaveLength(18);
    expect(counts.fulfilled + counts.partly + counts.missing + counts['not-due']).toBe(18);
  });

  it('checks each proof once per element, in the order its evidence names them', () => {
    const d = statusOf(emptyRecords(), '2.7.1.d');
    expect(d?.checks.map((c) => c.proof)).toEqual(['ukmp-monitoring', 'ukmp-achievement', 'ukmp-rtl']);
  });
});
