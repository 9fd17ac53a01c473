import { describe, expect, it } from 'vitest';
import { accountKey, putChange, type QueuedCell } from './queued-cell.ts';
import { pendingSummary } from './use-save-queue.ts';

const owner = accountKey({ id: 3, username: 'pelaksana.p3318001' });
const EMPTY = { numerator: null, denominator: null, value: null, flag: null };
const cell = (puskesmas: string, year: number, month: string, status: QueuedCell['status']): QueuedCell => {
  const items = putChange(
    new Map(),
    {
      owner,
      ref: { puskesmas, year, indicatorCode: 'SPM.01', month },
      fields: ['numerator'],
      values: { ...EMPTY, numerator: 5 },
      stored: EMPTY,
      storedVersion: 0,
    },
    0,
  );
  return { ...([...items.values()][0] as QueuedCell), status };
};

describe('pendingSummary: what leaving a Puskesmas-year, or signing out, warns of', () => {
  const items = new Map(
    [
      cell('P3318001', 2023, '2023-01', 'waiting'),
      cell('P3318001', 2023, '2023-02', 'failed'),
      cell('P3318001', 2022, '2022-02', 'conflict'),
      cell('P3318002', 2023, '2023-03', 'refused'),
    ].map((c) => [c.id, c]),
  );
  const snapshot = { items, held: new Map([['P3318001|2023', 2]]), online: true };

  it('counts one Puskesmas-year: its queued cells and the typing held on its grid', () => {
    expect(pendingSummary(snapshot, { puskesmas: 'P3318001', year: 2023 })).toMatchObject({
      saving: 1,
      failed: 1,
      held: 2,
      unsaved: 4,
    });
  });

  it('asks nothing when leaving a Puskesmas-year with nothing of its own unsaved', () => {
    expect(pendingSummary(snapshot, { puskesmas: 'P3318003', year: 2023 }).unsaved).toBe(0);
  });

  it('counts everything of the account for signing out', () => {
    expect(pendingSummary(snapshot)).toMatchObject({ total: 4, refused: 1, conflicts: 1, unsaved: 6 });
  });
});
