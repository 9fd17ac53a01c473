import { describe, expect, it } from 'vitest';
import { accountKey, putChange, queueId, started, type QueuedCell } from '../save-queue/queued-cell.ts';
import type { ShapeInfo } from './entry-fields.ts';
import {
  cellKey,
  cellOf,
  entryReducer,
  heldCount,
  shownValues,
  typedChange,
  type EntryState,
  type StoredEntry,
} from './entry-state.ts';

const ratio: ShapeInfo = {
  entry: 'ratio',
  kind: 'coverage',
  scale: 100,
  fields: ['numerator', 'denominator'],
};

const key = cellKey('R', '2023-01');
const stored: StoredEntry = {
  numerator: 5,
  denominator: 10,
  value: null,
  flag: null,
  version: 3,
  enteredBy: 'bidan',
  enteredAt: '2023-02-01T00:00:00Z',
};
const loaded: EntryState = entryReducer(
  {},
  { type: 'loaded', values: [{ indicatorCode: 'R', month: '2023-01', ...stored }] },
);
const owner = accountKey({ id: 1, username: 'bidan' });
const ref = { puskesmas: 'P1', year: 2023, indicatorCode: 'R', month: '2023-01' };
const waiting = (numerator: number): QueuedCell =>
  putChange(
    new Map(),
    {
      owner,
      ref,
      fields: ratio.fields,
      values: { numerator, denominator: 10, value: null, flag: null },
      stored: { numerator: 5, denominator: 10, value: null, flag: null },
      storedVersion: 3,
    },
    0,
  ).get(queueId(owner, ref)) as QueuedCell;
const words = () => 'Nilai ditolak.';
const withQueue = (state: EntryState, cell: QueuedCell | null) =>
  entryReducer(state, { type: 'queued', cells: new Map(cell ? [[key, cell]] : []), words });

describe('typedChange', () => {
  it('makes a whole ratio of a changed half, for the save queue', () => {
    expect(typedChange(cellOf(loaded, key), ratio, { numerator: '7' }, 'id')).toEqual({
      kind: 'values',
      values: { numerator: 7, denominator: 10, value: null, flag: null },
    });
  });

  it('holds an invalid value with its reason, on the screen', () => {
    expect(typedChange(cellOf(loaded, key), ratio, { numerator: '12' }, 'id')).toEqual({
      kind: 'held',
      texts: { numerator: '12' },
      invalid: { numerator: 'numerator-above-denominator' },
    });
  });

  it('sends the held half once the other half makes it valid', () => {
    const held = entryReducer(loaded, {
      type: 'held',
      key,
      texts: { numerator: '12' },
      invalid: { numerator: 'numerator-above-denominator' },
    });
    expect(typedChange(cellOf(held, key), ratio, { denominator: '20' }, 'id')).toEqual({
      kind: 'values',
      values: { numerator: 12, denominator: 20, value: null, flag: null },
    });
  });

  it('builds on the change waiting in the queue, not only on what is stored', () => {
    const queued = withQueue(loaded, waiting(7));
    expect(typedChange(cellOf(queued, key), ratio, { denominator: '11' }, 'id')).toEqual({
      kind: 'values',
      values: { numerator: 7, denominator: 11, value: null, flag: null },
    });
  });

  it('holds half a ratio typed into an empty month until the other half comes', () => {
    expect(typedChange(cellOf({}, key), ratio, { numerator: '4' }, 'id')).toMatchObject({
      kind: 'held',
      invalid: { denominator: 'required' },
    });
  });
});

describe('entryReducer', () => {
  it('shows the queued change over the stored value, and the save on its way', () => {
    const s = withQueue(loaded, started(waiting(7)));
    expect(shownValues(cellOf(s, key), ratio, 'id').numerator).toBe(7);
    expect(cellOf(s, key).saving).toEqual({ numerator: 7, denominator: 10, value: null, flag: null });
  });

  it('words a refused save on its cell, and shows a conflict with both values', () => {
    const refused: QueuedCell = {
      ...waiting(7),
      status: 'refused',
      error: { status: 400, code: 'X', message: '' },
    };
    expect(cellOf(withQueue(loaded, refused), key).error).toBe('Nilai ditolak.');
    const theirs = { ...stored, numerator: 9, version: 4 };
    const conflict: QueuedCell = { ...waiting(7), status: 'conflict', theirs };
    expect(cellOf(withQueue(loaded, conflict), key).conflict).toEqual({
      theirs,
      mine: { numerator: 7, denominator: 10, value: null, flag: null },
    });
  });

  it('keeps each untouched cell as it was, so only changed lines redraw', () => {
    const other = cellKey('S', '2023-01');
    const s = entryReducer(loaded, {
      type: 'loaded',
      values: [
        { indicatorCode: 'S', month: '2023-01', ...stored },
        { indicatorCode: 'R', month: '2023-01', ...stored },
      ],
    });
    const next = withQueue(s, waiting(7));
    expect(next[other]).toBe(s[other]);
    expect(next[key]).not.toBe(s[key]);
  });

  it('takes a stored value only when it is newer than the one shown', () => {
    const newer = entryReducer(loaded, {
      type: 'stored',
      key,
      stored: { ...stored, numerator: 8, version: 5 },
    });
    expect(cellOf(newer, key).stored?.numerator).toBe(8);
    const older = entryReducer(newer, {
      type: 'stored',
      key,
      stored: { ...stored, numerator: 6, version: 4 },
    });
    expect(cellOf(older, key).stored?.numerator).toBe(8);
  });

  it('keeps a save that landed after a read began over what the read brings', () => {
    const newer = entryReducer(loaded, {
      type: 'stored',
      key,
      stored: { ...stored, numerator: 8, version: 5 },
    });
    const reread = entryReducer(newer, {
      type: 'loaded',
      values: [{ indicatorCode: 'R', month: '2023-01', ...stored }],
    });
    expect(cellOf(reread, key).stored?.version).toBe(5);
  });

  it('discards held typing on Escape', () => {
    const held = entryReducer(loaded, {
      type: 'held',
      key,
      texts: { numerator: 'abc' },
      invalid: { numerator: 'not-a-number' },
    });
    expect(heldCount(held)).toBe(1);
    const s = entryReducer(held, { type: 'discard', key, field: 'numerator' });
    expect(cellOf(s, key)).toMatchObject({ texts: {}, invalid: {} });
    expect(heldCount(s)).toBe(0);
  });

  it('keeps held typing when the stored values are loaded again', () => {
    const held = entryReducer(loaded, {
      type: 'held',
      key,
      texts: { numerator: 'abc' },
      invalid: { numerator: 'not-a-number' },
    });
    expect(cellOf(entryReducer(held, { type: 'loaded', values: [] }), key).texts).toEqual({
      numerator: 'abc',
    });
  });
});
