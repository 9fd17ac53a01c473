import { describe, expect, it } from 'vitest';
import {
  action,
  AFTER_THE_YEAR,
  emptyRecords,
  meeting,
  monthsReportedOnTime,
  YEAR,
} from '../../../test/readiness-records.ts';
import { checkProof, monthsDue, type CheckStatus } from './checks.ts';
import type { Proof } from './elements.ts';
import type { DevelopmentService, ReadinessRecords } from './records.ts';

interface Row {
  name: string;
  records: Partial<ReadinessRecords>;
  today?: string;
  status: CheckStatus;
  facts?: Record<string, unknown>;
}

function table(proof: Proof, rows: Row[], elementCode = '2.8.4.a') {
  describe(proof, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
      const result = checkProof(proof, emptyRecords(row.records), row.today ?? AFTER_THE_YEAR, elementCode);
      expect(result.status).toBe(row.status);
      if (row.facts) expect(result.facts).toMatchObject(row.facts);
    });
  });
}

const review = (heldOn: string, overrides: Parameters<typeof meeting>[2] = {}) =>
  meeting('review_kinerja', heldOn, overrides);

describe('the months whose report is due', () => {
  it.each([
    ['none on 5 February: January is due by the 5th', '2023-02-05', []],
    ['January on 6 February', '2023-02-06', ['2023-01']],
    ['January to November on 5 January of the next year', '2024-01-05', 11],
    ['the whole year from 6 January of the next year', '2024-01-06', 12],
    ['none before the year', '2022-12-31', []],
  ] as const)('%s', (_name, today, expected) => {
    const due = monthsDue(YEAR, today);
    if (typeof expected === 'number') expect(due).toHaveLength(expected);
    else expect(due).toEqual(expected);
  });
});

table('review-meetings', [
  {
    name: 'two complete reviews on two days: met ("paling sedikit dua kali dalam setahun")',
    records: { meetings: [review('2023-06-20'), review('2023-12-15')] },
    status: 'met',
    facts: { required: 2, completeDays: 2 },
  },
  {
    name: 'one complete review: partly, one short of two',
    records: { meetings: [review('2023-06-20')] },
    status: 'partly',
    facts: { completeDays: 1 },
  },
  {
    name: 'two reviews, one without minutes: partly, and the meeting says what it lacks',
    records: {
      meetings: [review('2023-06-20'), review('2023-12-15', { minutesWritten: false })],
    },
    status: 'partly',
    facts: { completeDays: 1, meetings: [{ missing: [] }, { heldOn: '2023-12-15', missing: ['minutes'] }] },
  },
  {
    name: 'minutes as a scanned file count as minutes',
    records: {
      meetings: [
        review('2023-06-20'),
        review('2023-12-15', { minutesWritten: false, files: { minutes: 1 } }),
      ],
    },
    status: 'met',
  },
  {
    name: 'a review without a photo is incomplete',
    records: { meetings: [review('2023-06-20'), review('2023-12-15', { files: { photo: 0 } })] },
    status: 'partly',
    facts: { meetings: [{ missing: [] }, { missing: ['photo'] }] },
  },
  {
    name: 'a review with one person present and no scanned list has no attendance list',
    records: { meetings: [review('2023-06-20'), review('2023-12-15', { present: 1 })] },
    status: 'partly',
    facts: { meetings: [{ missing: [] }, { missing: ['attendance'] }] },
  },
  {
    name: 'a scanned attendance list stands for the names',
    records: {
      meetings: [review('2023-06-20'), review('2023-12-15', { present: 0, files: { attendance: 1 } })],
    },
    status: 'met',
  },
  {
    name: 'two complete reviews on the same day are one discussion',
    records: { meetings: [review('2023-06-20'), review('2023-06-20')] },
    status: 'partly',
    facts: { completeDays: 1 },
  },
  {
    name: 'a lokakarya mini is not a performance review',
    records: {
      meetings: [meeting('lokmin_bulanan', '2023-06-20'), meeting('lintas_program', '2023-12-15')],
    },
    status: 'unmet',
  },
  { name: 'no review: unmet', records: {}, status: 'unmet' },
]);

table('review-rtl', [
  {
    name: 'a review decision linked to an RTL action: met',
    records: { meetings: [review('2023-06-20', { rtlActionIds: [501] })], rtlActions: [action({ id: 501 })] },
    status: 'met',
    facts: { linked: 1 },
  },
  {
    name: 'RTL actions, none linked to a review: partly',
    records: { meetings: [review('2023-06-20')], rtlActions: [action({ id: 502 })] },
    status: 'partly',
  },
  {
    name: 'a link to a cancelled action does not count',
    records: {
      meetings: [review('2023-06-20', { rtlActionIds: [503] })],
      rtlActions: [action({ id: 503, status: 'batal' })],
    },
    status: 'unmet',
  },
  {
    name: 'a lintas program decision is not the review’s',
    records: {
      meetings: [meeting('lintas_program', '2023-06-20', { rtlActionIds: [504] })],
      rtlActions: [action({ id: 504 })],
    },
    status: 'partly',
  },
  { name: 'no RTL at all: unmet', records: { meetings: [review('2023-06-20')] }, status: 'unmet' },
]);

table('lintas-program-meeting', [
  {
    name: 'one complete cross-programme discussion: met',
    records: { meetings: [meeting('lintas_program', '2023-04-10')] },
    status: 'met',
  },
  {
    name: 'one without a photo: partly',
    records: { meetings: [meeting('lintas_program', '2023-04-10', { files: { photo: 0 } })] },
    status: 'partly',
  },
  { name: 'none: unmet', records: { meetings: [review('2023-04-10')] }, status: 'unmet' },
]);

table('analysis-written', [
  {
    name: 'a programme analysis and every indicator below target analysed: met',
    records: {
      programmeAnalyses: ['SPM'],
      belowTarget: [{ code: 'SPM.01', name: 'K4' }],
      gapAnalyses: ['SPM.01'],
    },
    status: 'met',
  },
  {
    name: 'an indicator below target without its problem analysed: partly, and it is named',
    records: {
      programmeAnalyses: ['SPM'],
      belowTarget: [
        { code: 'SPM.01', name: 'K4' },
        { code: 'SPM.02', name: 'Persalinan' },
      ],
      gapAnalyses: ['SPM.01'],
    },
    status: 'partly',
    facts: { belowTarget: 2, withoutAnalysis: [{ code: 'SPM.02', name: 'Persalinan' }] },
  },
  {
    name: 'problem analyses without a programme analysis: partly',
    records: { belowTarget: [{ code: 'SPM.01', name: 'K4' }], gapAnalyses: ['SPM.01'] },
    status: 'partly',
  },
  {
    name: 'nothing written: unmet',
    records: { belowTarget: [{ code: 'SPM.01', name: 'K4' }] },
    status: 'unmet',
  },
]);

table('rtl-planned', [
  {
    name: 'an action for every analysed problem: met',
    records: { gapAnalyses: ['SPM.01'], rtlActions: [action({ indicatorCode: 'SPM.01' })] },
    status: 'met',
  },
  {
    name: 'an analysed problem without an action: partly, and it is named',
    records: { gapAnalyses: ['SPM.01', 'SPM.02'], rtlActions: [action({ indicatorCode: 'SPM.01' })] },
    status: 'partly',
    facts: { withoutAction: ['SPM.02'] },
  },
  {
    name: 'only cancelled actions: unmet',
    records: { gapAnalyses: ['SPM.01'], rtlActions: [action({ status: 'batal' })] },
    status: 'unmet',
  },
  { name: 'no action: unmet', records: { gapAnalyses: ['SPM.01'] }, status: 'unmet' },
]);

table('rtl-followed-up', [
  {
    name: 'an action done with its follow-up written, none overdue: met',
    records: { rtlActions: [action(), action({ status: 'direncanakan', dueOn: '2024-03-31' })] },
    status: 'met',
  },
  {
    name: 'an action past its due date still open: partly, and it is named',
    records: { rtlActions: [action(), action({ id: 777, status: 'berjalan', dueOn: '2024-01-31' })] },
    status: 'partly',
    facts: { overdue: [{ id: 777, dueOn: '2024-01-31' }] },
  },
  {
    name: 'due today is not overdue',
    records: { rtlActions: [action(), action({ status: 'berjalan', dueOn: AFTER_THE_YEAR })] },
    status: 'met',
  },
  {
    name: 'done but nothing written of what was done: not a follow-up',
    records: { rtlActions: [action({ followUpWritten: false, dueOn: null })] },
    status: 'unmet',
  },
  {
    name: 'under way with its follow-up written: partly',
    records: { rtlActions: [action({ status: 'berjalan', dueOn: null })] },
    status: 'partly',
  },
  { name: 'no action: unmet', records: {}, status: 'unmet' },
]);

const letter = (followUps: (null | 'belum' | 'berjalan' | 'selesai')[]) => ({
  id: 1,
  number: '440/12/2024',
  datedOn: '2024-01-20',
  points: followUps.map((followUp, i) => ({ id: i + 1, followUp })),
});

table('feedback-received', [
  { name: 'a letter sent: met', records: { feedback: [letter([null])] }, status: 'met' },
  { name: 'no letter: unmet', records: {}, status: 'unmet' },
]);

table('feedback-followed-up', [
  {
    name: 'every point done: met',
    records: { feedback: [letter(['selesai', 'selesai'])] },
    status: 'met',
    facts: { points: 2, done: 2 },
  },
  {
    name: 'one point of two in progress: partly',
    records: { feedback: [letter(['selesai', 'berjalan'])] },
    status: 'partly',
  },
  {
    name: 'one point of two without a follow-up: partly',
    records: { feedback: [letter(['selesai', null])] },
    status: 'partly',
  },
  {
    name: 'follow-ups marked "belum" only: unmet',
    records: { feedback: [letter(['belum', null])] },
    status: 'unmet',
  },
  {
    name: 'a letter with no points asks for nothing: met',
    records: { feedback: [letter([])] },
    status: 'met',
  },
  { name: 'no feedback to follow up: unmet', records: {}, status: 'unmet' },
]);

table('months-collected', [
  {
    name: 'every month complete: met',
    records: { months: monthsReportedOnTime() },
    status: 'met',
    facts: { due: 12, complete: 12, missing: [] },
  },
  {
    name: 'December not complete: partly, and it is named',
    records: { months: monthsReportedOnTime().slice(0, 11) },
    status: 'partly',
    facts: { complete: 11, missing: ['2023-12'] },
  },
  { name: 'nothing complete: unmet', records: {}, status: 'unmet' },
  { name: 'in January nothing is due yet', records: {}, today: '2023-01-20', status: 'not-due' },
  {
    name: 'in mid-March only January and February are due',
    records: { months: monthsReportedOnTime().slice(0, 2) },
    today: '2023-03-15',
    status: 'met',
    facts: { due: 2 },
  },
]);

table('months-reported', [
  {
    name: 'every month reported by the 5th: met',
    records: { months: monthsReportedOnTime() },
    status: 'met',
    facts: { due: 12, onTime: 12 },
  },
  {
    name: 'a month reported on the 5th is on time',
    records: {
      months: monthsReportedOnTime().map((m, i) => (i === 2 ? { ...m, reportedOn: '2023-04-05' } : m)),
    },
    status: 'met',
  },
  {
    name: 'a month reported on the 6th is late: partly',
    records: {
      months: monthsReportedOnTime().map((m, i) => (i === 2 ? { ...m, reportedOn: '2023-04-06' } : m)),
    },
    status: 'partly',
    facts: { onTime: 11, late: ['2023-03'] },
  },
  {
    name: 'complete but never reported: unmet',
    records: { months: monthsReportedOnTime().map((m) => ({ ...m, reportedOn: null })) },
    status: 'unmet',
    facts: { missing: monthsReportedOnTime().map((m) => m.month) },
  },
]);

table('year-submitted', [
  { name: 'submitted: met', records: { submitted: true, submittedOn: '2024-01-15' }, status: 'met' },
  { name: 'not submitted after the year: unmet', records: {}, status: 'unmet' },
  { name: 'not submitted during the year: not due yet', records: {}, today: '2023-12-31', status: 'not-due' },
]);

table('catalog-decree', [
  { name: 'the district published the year’s catalog: met', records: {}, status: 'met' },
  {
    name: 'a draft catalog: partly',
    records: { catalog: { decree: 'SK', published: false } },
    status: 'partly',
  },
]);

const service = (code: string, key: DevelopmentService['key']): DevelopmentService => ({
  code,
  name: `Layanan ${code}`,
  key,
});
const allMonths = monthsReportedOnTime().map((m) => m.month);
const key = (code: string, met: boolean | null, months: readonly string[] = allMonths) => ({
  code,
  name: `Indikator ${code}`,
  met,
  months,
});

table('ukmp-chosen', [
  {
    name: 'a service offered with its key indicator: met',
    records: { developmentServices: [service('UKMP.A', key('UKMP.A.1', true)), service('UKMP.B', null)] },
    status: 'met',
    facts: { services: 2, offered: [{ service: 'Layanan UKMP.A', indicator: { code: 'UKMP.A.1' } }] },
  },
  {
    name: 'no service chosen: unmet',
    records: { developmentServices: [service('UKMP.A', null)] },
    status: 'unmet',
  },
]);

table('ukmp-achievement', [
  {
    name: 'every key indicator meets its target: met',
    records: { developmentServices: [service('UKMP.A', key('UKMP.A.1', true))] },
    status: 'met',
  },
  {
    name: 'one key indicator below target: partly, and it is named',
    records: {
      developmentServices: [
        service('UKMP.A', key('UKMP.A.1', true)),
        service('UKMP.C', key('UKMP.C.1', false)),
      ],
    },
    status: 'partly',
    facts: { notMet: [{ code: 'UKMP.C.1' }] },
  },
  {
    name: 'no key indicator scored yet: unmet',
    records: { developmentServices: [service('UKMP.A', key('UKMP.A.1', null))] },
    status: 'unmet',
  },
  { name: 'no service chosen: unmet', records: {}, status: 'unmet' },
]);

table('ukmp-analysis', [
  {
    name: 'a programme analysis of UKM Pengembangan and the missed key indicator analysed: met',
    records: {
      developmentServices: [service('UKMP.C', key('UKMP.C.1', false))],
      developmentAnalysed: true,
      gapAnalyses: ['UKMP.C.1'],
    },
    status: 'met',
  },
  {
    name: 'the missed key indicator not analysed: partly',
    records: { developmentServices: [service('UKMP.C', key('UKMP.C.1', false))], developmentAnalysed: true },
    status: 'partly',
    facts: { withoutAnalysis: [{ code: 'UKMP.C.1' }] },
  },
  {
    name: 'no analysis: unmet',
    records: { developmentServices: [service('UKMP.C', key('UKMP.C.1', true))] },
    status: 'unmet',
  },
]);

table('ukmp-monitoring', [
  {
    name: 'a value every month due: met',
    records: { developmentServices: [service('UKMP.A', key('UKMP.A.1', true))] },
    status: 'met',
  },
  {
    name: 'two months without a value: partly, and they are named',
    records: {
      developmentServices: [service('UKMP.A', key('UKMP.A.1', true, allMonths.slice(0, 10)))],
    },
    status: 'partly',
    facts: { gaps: [{ indicator: { code: 'UKMP.A.1' }, months: ['2023-11', '2023-12'] }] },
  },
  {
    name: 'no value at all: unmet',
    records: { developmentServices: [service('UKMP.A', key('UKMP.A.1', null, []))] },
    status: 'unmet',
  },
]);

table('ukmp-rtl', [
  {
    name: 'an RTL action for the missed key indicator: met',
    records: {
      developmentServices: [service('UKMP.C', key('UKMP.C.1', false))],
      rtlActions: [action({ indicatorCode: 'UKMP.C.1' })],
    },
    status: 'met',
  },
  {
    name: 'a missed key indicator without an action: partly',
    records: {
      developmentServices: [
        service('UKMP.A', key('UKMP.A.1', true)),
        service('UKMP.C', key('UKMP.C.1', false)),
      ],
      rtlActions: [action({ indicatorCode: 'UKMP.A.1' })],
    },
    status: 'partly',
    facts: { withoutAction: [{ code: 'UKMP.C.1' }] },
  },
  {
    name: 'RTL actions for other programmes only: unmet',
    records: {
      developmentServices: [service('UKMP.A', key('UKMP.A.1', true))],
      rtlActions: [action({ indicatorCode: 'SPM.01' })],
    },
    status: 'unmet',
  },
]);

table('lokmin-monthly', [
  {
    name: 'a lokakarya mini in every month: met',
    records: { meetings: allMonths.map((m) => meeting('lokmin_bulanan', `${m}-10`)) },
    status: 'met',
  },
  {
    name: 'none in August: partly, and it is named',
    records: {
      meetings: allMonths.filter((m) => m !== '2023-08').map((m) => meeting('lokmin_bulanan', `${m}-10`)),
    },
    status: 'partly',
    facts: { held: 11, missing: ['2023-08'] },
  },
  { name: 'none: unmet', records: {}, status: 'unmet' },
]);

table(
  'attached',
  [
    {
      name: 'a document attached to the element: met',
      records: { elementFiles: { '2.7.1.c': 1 } },
      status: 'met',
    },
    {
      name: 'a document attached to another element does not count',
      records: { elementFiles: { '2.7.1.a': 1 } },
      status: 'unmet',
    },
  ],
  '2.7.1.c',
);
