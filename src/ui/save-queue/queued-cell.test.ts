import { describe, expect, it } from 'vitest';
import type { EntryValues } from '../lib/entry-fields.ts';
import type { StoredEntry } from '../lib/entry-state.ts';
import {
  accountKey,
  answered,
  answerKind,
  backoffMs,
  dueToSend,
  nextRetryAt,
  putChange,
  queueId,
  resolved,
  retryingNow,
  started,
  summarize,
  type Change,
  type QueuedCell,
} from './queued-cell.ts';

const owner = accountKey({ id: 7, username: 'pelaksana.p3318001' });
const ref = { puskesmas: 'P3318001', year: 2023, indicatorCode: 'SPM.01', month: '2023-03' };
const id = queueId(owner, ref);
const v = (numerator: number | null): EntryValues => ({
  numerator,
  denominator: null,
  value: null,
  flag: null,
});
const stored = (numerator: number, version: number): StoredEntry => ({
  ...v(numerator),
  version,
  enteredBy: 'koordinator.p3318001',
  enteredAt: '2023-04-02T01:00:00Z',
});
const change = (
  numerator: number | null,
  storedNumerator: number | null = 10,
  storedVersion = 3,
): Change => ({
  owner,
  ref,
  fields: ['numerator'],
  values: v(numerator),
  stored: v(storedNumerator),
  storedVersion,
});
const NOW = 1_700_000_000_000;
const queued = (n = 12) => putChange(new Map(), change(n), NOW).get(id) as QueuedCell;

describe('putChange', () => {
  it('queues a change against the version it was made on', () => {
    expect(queued()).toMatchObject({ values: v(12), expectedVersion: 3, status: 'waiting', owner });
  });

  it('queues nothing when the value typed is the one stored', () => {
    expect(putChange(new Map(), change(10), NOW).size).toBe(0);
  });

  it('drops a change not sent yet when the stored value is typed back', () => {
    const items = putChange(new Map([[id, queued()]]), change(10), NOW);
    expect(items.has(id)).toBe(false);
  });

  it('keeps one entry per cell, with the latest values and the first version', () => {
    const items = putChange(new Map([[id, queued()]]), change(15, 10, 3), NOW + 5);
    expect(items.size).toBe(1);
    expect(items.get(id)).toMatchObject({ values: v(15), expectedVersion: 3, queuedAt: NOW });
  });

  it('carries the reason of a correction of a reported month, and keeps it when the cell is typed again', () => {
    const first = putChange(new Map(), { ...change(12), reason: 'Register direkap ulang' }, NOW);
    expect(first.get(id)).toMatchObject({ values: v(12), reason: 'Register direkap ulang' });
    const again = putChange(first, change(13), NOW + 5);
    expect(again.get(id)).toMatchObject({ values: v(13), reason: 'Register direkap ulang' });
    const other = putChange(again, { ...change(14), reason: 'Salah ketik' }, NOW + 9);
    expect(other.get(id)).toMatchObject({ values: v(14), reason: 'Salah ketik' });
  });

  it('keeps typing done while a save is on its way, to send after it', () => {
    const items = putChange(new Map([[id, started(queued())]]), change(15), NOW);
    expect(items.get(id)).toMatchObject({ status: 'sending', sending: v(12), values: v(15) });
  });

  it('lets a refused cell be typed again, and sends that', () => {
    const refused = answered(started(queued()), { kind: 'refused', error: ERROR_400 }, NOW) as QueuedCell;
    expect(putChange(new Map([[id, refused]]), change(5), NOW).get(id)).toMatchObject({
      status: 'waiting',
      values: v(5),
      error: null,
    });
  });
});

const ERROR_400 = { status: 400, code: 'VALUE_INVALID', message: 'Nilai terlalu besar.' };
const NETWORK = { status: 0, code: 'NETWORK', message: '' };

describe('answered: what a save answer does to the cell', () => {
  const sending = started(queued());
  const cases: [string, Parameters<typeof answered>[1], Partial<QueuedCell> | null][] = [
    ['stored: the cell leaves the queue', { kind: 'stored', stored: stored(12, 4) }, null],
    [
      '409 with another value: a conflict, shown with the stored value',
      { kind: 'stale', theirs: stored(20, 4) },
      { status: 'conflict', theirs: stored(20, 4) },
    ],
    [
      '409 whose stored value is ours (an answer lost with a closed tab): stored',
      { kind: 'stale', theirs: stored(12, 4) },
      null,
    ],
    [
      '4xx refusal (VALUE_INVALID, YEAR_SUBMITTED): shown, not retried',
      { kind: 'refused', error: ERROR_400 },
      { status: 'refused', error: ERROR_400, retryAt: null },
    ],
    [
      'no connection: retried after a second, then longer',
      { kind: 'failed', error: NETWORK },
      { status: 'failed', attempts: 1, retryAt: NOW + 1000 },
    ],
    ['the session ended: waits for the next sign-in', { kind: 'signed-out' }, { status: 'waiting' }],
  ];
  it.each(cases)('%s', (_name, answer, expected) => {
    const next = answered(sending, answer, NOW);
    if (expected === null) expect(next).toBeNull();
    else expect(next).toMatchObject({ ...expected, sending: null });
  });

  it('sends again what was typed during the save, against the version the save made', () => {
    const typedMeanwhile = putChange(new Map([[id, sending]]), change(15), NOW).get(id) as QueuedCell;
    expect(answered(typedMeanwhile, { kind: 'stored', stored: stored(12, 4) }, NOW)).toMatchObject({
      status: 'waiting',
      values: v(15),
      expectedVersion: 4,
    });
  });
});

describe('answerKind', () => {
  it.each([
    [0, 'failed'],
    [500, 'failed'],
    [503, 'failed'],
    [408, 'failed'],
    [429, 'failed'],
    [401, 'signed-out'],
    [400, 'refused'],
    [403, 'refused'],
    [404, 'refused'],
    [409, 'refused'],
    [413, 'refused'],
  ] as const)('HTTP %i → %s', (status, kind) => {
    expect(answerKind(status)).toBe(kind);
  });
});

describe('retrying', () => {
  it('waits 1, 2, 4 … seconds between tries, never more than a minute', () => {
    expect([1, 2, 3, 4, 7, 20].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000]);
  });

  it('sends waiting cells oldest first, a few at a time, and failed ones when their time has come', () => {
    const a = { ...queued(), id: 'a', queuedAt: 3 };
    const b = { ...queued(), id: 'b', queuedAt: 1 };
    const c = { ...queued(), id: 'c', queuedAt: 2, status: 'failed' as const, retryAt: NOW + 500 };
    const d = { ...queued(), id: 'd', queuedAt: 0, status: 'refused' as const };
    const items = new Map([a, b, c, d].map((x) => [x.id, x]));
    const all = () => true;
    expect(dueToSend(items, NOW, 4, all).map((x) => x.id)).toEqual(['b', 'a']);
    expect(dueToSend(items, NOW + 500, 4, all).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(dueToSend(items, NOW + 500, 1, all).map((x) => x.id)).toEqual(['b']);
    expect(nextRetryAt(items)).toBe(NOW + 500);
  });

  it('sends nothing that is not on disk yet', () => {
    const items = new Map([[id, queued()]]);
    expect(dueToSend(items, NOW, 4, () => false)).toEqual([]);
  });

  it('makes failed cells due at once when the connection comes back', () => {
    const failed = answered(started(queued()), { kind: 'failed', error: NETWORK }, NOW) as QueuedCell;
    const items = retryingNow(new Map([[id, failed]]), NOW + 10);
    expect(dueToSend(items, NOW + 10, 4, () => true)).toHaveLength(1);
  });
});

describe('resolved: the choice in a conflict', () => {
  const conflict = answered(started(queued()), { kind: 'stale', theirs: stored(20, 6) }, NOW) as QueuedCell;

  it('sends mine again against the version that beat it', () => {
    expect(resolved(conflict, 'mine')).toMatchObject({
      status: 'waiting',
      expectedVersion: 6,
      values: v(12),
    });
  });

  it('takes theirs: nothing of mine is sent', () => {
    expect(resolved(conflict, 'theirs')).toBeNull();
  });
});

describe('summarize', () => {
  it('counts every cell not stored, by what it waits for', () => {
    const base = queued();
    const cells = (['waiting', 'sending', 'sending', 'failed', 'refused', 'conflict'] as const).map(
      (status) => ({
        ...base,
        status,
      }),
    );
    expect(summarize(cells)).toEqual({ saving: 3, failed: 1, refused: 1, conflicts: 1, total: 6 });
  });
});

describe('accountKey', () => {
  it('tells two accounts apart, and an account recreated under an old id', () => {
    expect(accountKey({ id: 7, username: 'a' })).not.toBe(accountKey({ id: 8, username: 'a' }));
    expect(accountKey({ id: 7, username: 'a' })).not.toBe(accountKey({ id: 7, username: 'b' }));
  });
});
