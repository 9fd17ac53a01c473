import { describe, expect, it } from 'vitest';
import type { WaitingItem } from '../../shared/api/waiting.schema.ts';
import { waitingLinks } from './waiting-links.ts';

const pati = { code: 'P3318001', name: 'Puskesmas Pati I' };

describe('waitingLinks', () => {
  const rows: [string, WaitingItem, { to: string; label: string }[]][] = [
    [
      'an incomplete month: the grid at its first empty cell',
      {
        kind: 'month',
        puskesmas: pati,
        month: '2023-12',
        due: '2024-01-05',
        overdue: true,
        complete: false,
        missing: 2,
        missingIndicators: [{ code: 'UKM.F2.2', number: '2', name: 'Jiwa' }],
        canReport: false,
      },
      [{ to: '/puskesmas/P3318001/2023/entries?indicator=UKM.F2.2&month=2023-12', label: 'home.month.fill' }],
    ],
    [
      'a complete month the person may report: the grid, where "Laporkan" waits above it',
      {
        kind: 'month',
        puskesmas: pati,
        month: '2023-12',
        due: '2024-01-05',
        overdue: true,
        complete: true,
        missing: 0,
        missingIndicators: [],
        canReport: true,
      },
      [{ to: '/puskesmas/P3318001/2023/entries?month=2023-12', label: 'home.month.report' }],
    ],
    [
      'a returned indicator: its programme on the verification screen, and its row in the grid',
      {
        kind: 'returned',
        puskesmas: pati,
        id: 4,
        scope: 'indicator',
        code: 'SPM.01',
        name: 'Ibu hamil',
        programme: 'SPM',
        comment: 'Cek',
        returnedBy: 'v',
        returnedAt: '2024-01-08T00:00:00Z',
        overdue: false,
      },
      [
        { to: '/puskesmas/P3318001/2023/verification?programme=SPM', label: 'home.returned.answer' },
        { to: '/puskesmas/P3318001/2023/entries?indicator=SPM.01', label: 'home.returned.open' },
      ],
    ],
    [
      'a submitted year in the queue: its verification screen',
      {
        kind: 'verify',
        puskesmas: pati,
        submittedAt: null,
        programmes: 30,
        notLooked: 30,
        answered: 0,
        returned: 0,
        overdue: 0,
        overdueDays: null,
      },
      [{ to: '/puskesmas/P3318001/2023/verification', label: 'home.verify.go' }],
    ],
    [
      'the year to submit with warnings open: the dashboard, and the warnings',
      {
        kind: 'submission',
        puskesmas: pati,
        status: 'draft',
        yearOver: true,
        monthsUnreported: 1,
        warningsOpen: 3,
        returnsOpen: 0,
      },
      [
        { to: '/puskesmas/P3318001/2023/dashboard', label: 'home.submission.go' },
        { to: '/puskesmas/P3318001/2023/warnings', label: 'home.submission.warningsGo' },
      ],
    ],
    [
      'a feedback point: the feedback screen',
      {
        kind: 'feedback',
        puskesmas: pati,
        pointId: 1,
        letter: { id: 2, number: '440/1', datedOn: '2024-01-15' },
        scope: 'overall',
        code: null,
        name: null,
        text: 'x',
        followUp: null,
      },
      [{ to: '/puskesmas/P3318001/2023/feedback', label: 'home.feedback.go' }],
    ],
    [
      'the publication: the district status screen',
      { kind: 'publish', state: 'ready', final: 29, published: 0, total: 29 },
      [{ to: '/districts/3318/2023/status', label: 'home.publish.go' }],
    ],
  ];
  it.each(rows)('%s', (_name, item, expected) => {
    expect(waitingLinks(item, 2023, '3318')).toEqual(expected);
  });
});
