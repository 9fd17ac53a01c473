import { describe, expect, it } from 'vitest';
import type { ShapeInfo } from './entry-fields.ts';
import {
  cellKey,
  cellOf,
  entryReducer,
  pendingSave,
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
const commit = (state: EntryState, field: 'numerator' | 'denominator', text: string) =>
  entryReducer(state, { type: 'commit', key, indicator: ratio, field, text, locale: 'id' });

describe('entryReducer', () => {
  it('asks to save a changed value against the stored version, with both halves of the ratio', () => {
    const s = commit(loaded, 'numerator', '7');
    expect(pendingSave(cellOf(s, key), ratio, 'id')).toEqual({
      values: { numerator: 7, denominator: 10, value: null, flag: null },
      payload: { numerator: 7, denominator: 10 },
      expectedVersion: 3,
    });
  });

  it('does not save typing that equals what is stored', () => {
    const s = commit(loaded, 'numerator', '5');
    expect(cellOf(s, key).texts).toEqual({});
    expect(pendingSave(cellOf(s, key), ratio, 'id')).toBeNull();
  });

  it('holds an invalid value with its reason and never saves it', () => {
    const s = commit(loaded, 'numerator', '12');
    expect(cellOf(s, key).invalid).toEqual({ numerator: 'numerator-above-denominator' });
    expect(pendingSave(cellOf(s, key), ratio, 'id')).toBeNull();
    const fixed = commit(s, 'denominator', '20');
    expect(cellOf(fixed, key).invalid).toEqual({});
    expect(pendingSave(cellOf(fixed, key), ratio, 'id')?.payload).toEqual({ numerator: 12, denominator: 20 });
  });

  it('keeps typing done during a save and sends it after', () => {
    let s = commit(loaded, 'numerator', '7');
    s = entryReducer(s, {
      type: 'saveStarted',
      key,
      values: { numerator: 7, denominator: 10, value: null, flag: null },
    });
    expect(pendingSave(cellOf(s, key), ratio, 'id')).toBeNull();
    s = commit(s, 'denominator', '11');
    s = entryReducer(s, {
      type: 'saved',
      key,
      stored: { ...stored, numerator: 7, version: 4 },
      indicator: ratio,
      locale: 'id',
    });
    expect(cellOf(s, key).texts).toEqual({ denominator: '11' });
    expect(pendingSave(cellOf(s, key), ratio, 'id')).toMatchObject({
      payload: { numerator: 7, denominator: 11 },
      expectedVersion: 4,
    });
  });

  it('on a conflict shows both values, then sends mine against their version, or takes theirs', () => {
    let s = commit(loaded, 'numerator', '7');
    s = entryReducer(s, {
      type: 'saveStarted',
      key,
      values: { numerator: 7, denominator: 10, value: null, flag: null },
    });
    const theirs = { ...stored, numerator: 9, version: 4, enteredBy: 'koordinator' };
    s = entryReducer(s, { type: 'conflict', key, theirs });
    expect(cellOf(s, key).conflict).toEqual({
      theirs,
      mine: { numerator: 7, denominator: 10, value: null, flag: null },
    });
    expect(pendingSave(cellOf(s, key), ratio, 'id')).toBeNull();

    const mine = entryReducer(s, { type: 'resolve', key, keep: 'mine' });
    expect(pendingSave(cellOf(mine, key), ratio, 'id')).toMatchObject({
      payload: { numerator: 7 },
      expectedVersion: 4,
    });

    const taken = entryReducer(s, { type: 'resolve', key, keep: 'theirs' });
    expect(cellOf(taken, key).stored).toEqual(theirs);
    expect(pendingSave(cellOf(taken, key), ratio, 'id')).toBeNull();
  });

  it('discards unsaved typing on Escape', () => {
    const s = entryReducer(commit(loaded, 'numerator', 'abc'), { type: 'discard', key, field: 'numerator' });
    expect(cellOf(s, key)).toMatchObject({ texts: {}, invalid: {} });
  });

  it('keeps unsaved typing when the stored values are loaded again', () => {
    const s = entryReducer(commit(loaded, 'numerator', 'abc'), { type: 'loaded', values: [] });
    expect(cellOf(s, key).texts).toEqual({ numerator: 'abc' });
  });
});
