// The monthly grid's state, as a pure reducer: what is stored, what the user typed and not yet saved,
// which saves are running, and the conflicts to settle. Saving itself happens in the screen's hook.
import type { Locale } from '../../shared/messages/index.ts';
import {
  EMPTY_VALUES,
  parseEntry,
  payloadOf,
  sameValues,
  type EntryField,
  type EntryValues,
  type InvalidReason,
  type ShapeInfo,
} from './entry-fields.ts';

/** A stored indicator-month, as the server sends it. */
export interface StoredEntry extends EntryValues {
  version: number;
  enteredBy: string;
  enteredAt: string;
}

export interface CellState {
  stored: StoredEntry | null;
  /** Texts committed by the user that are not saved yet (being saved, waiting, or invalid). */
  texts: Partial<Record<EntryField, string>>;
  invalid: Partial<Record<EntryField, InvalidReason>>;
  /** The values being sent, while a save runs. */
  saving: EntryValues | null;
  /** The server's refusal in words (VALUE_INVALID with its reason, a lost connection). */
  error: string | null;
  /** The newer stored value that refused our save (409): the user chooses. */
  conflict: { theirs: StoredEntry | null; mine: EntryValues } | null;
}

export type EntryState = Readonly<Record<string, CellState>>;

export function cellKey(indicatorCode: string, month: string): string {
  return `${indicatorCode}|${month}`;
}

export function splitKey(key: string): { indicatorCode: string; month: string } {
  const at = key.lastIndexOf('|');
  return { indicatorCode: key.slice(0, at), month: key.slice(at + 1) };
}

const EMPTY_CELL: CellState = {
  stored: null,
  texts: {},
  invalid: {},
  saving: null,
  error: null,
  conflict: null,
};

export function cellOf(state: EntryState, key: string): CellState {
  return state[key] ?? EMPTY_CELL;
}

export type EntryAction =
  | { type: 'loaded'; values: readonly ({ indicatorCode: string; month: string } & StoredEntry)[] }
  | { type: 'commit'; key: string; indicator: ShapeInfo; field: EntryField; text: string; locale: Locale }
  /** Escape on a cell whose typing was not saved (invalid, failed): back to the stored value. */
  | { type: 'discard'; key: string; field: EntryField }
  | { type: 'saveStarted'; key: string; values: EntryValues }
  | { type: 'saved'; key: string; stored: StoredEntry; indicator: ShapeInfo; locale: Locale }
  | { type: 'conflict'; key: string; theirs: StoredEntry | null }
  | { type: 'failed'; key: string; message: string }
  | { type: 'resolve'; key: string; keep: 'mine' | 'theirs' }
  /** Try the failed saves again (after the connection came back). */
  | { type: 'retry' };

function storedValues(cell: CellState): EntryValues {
  const s = cell.stored;
  return s
    ? { numerator: s.numerator, denominator: s.denominator, value: s.value, flag: s.flag }
    : EMPTY_VALUES;
}

/** What the cells of an indicator-month show: the stored values with the user's valid typing over them. */
export function shownValues(cell: CellState, indicator: ShapeInfo, locale: Locale): EntryValues {
  return parseEntry(indicator, storedValues(cell), cell.texts, locale).values;
}

export function entryReducer(state: EntryState, action: EntryAction): EntryState {
  switch (action.type) {
    case 'loaded': {
      const next: Record<string, CellState> = {};
      for (const v of action.values) {
        const { indicatorCode, month, ...stored } = v;
        const key = cellKey(indicatorCode, month);
        // A save that landed after this read began is newer than what the read brings.
        const known = state[key]?.stored;
        next[key] = { ...EMPTY_CELL, stored: known && known.version > stored.version ? known : stored };
      }
      // Typing that is not saved yet survives a reload of the stored values.
      for (const [key, cell] of Object.entries(state)) {
        if (Object.keys(cell.texts).length > 0 || cell.conflict) {
          next[key] = { ...cell, stored: next[key]?.stored ?? cell.stored };
        }
      }
      return next;
    }
    case 'commit': {
      const cell = cellOf(state, action.key);
      const texts = { ...cell.texts, [action.field]: action.text };
      const parsed = parseEntry(action.indicator, storedValues(cell), texts, action.locale);
      // Typing back exactly what is stored is no change.
      const fieldsBack = parseEntry(
        action.indicator,
        storedValues(cell),
        { [action.field]: action.text },
        action.locale,
      );
      if (
        !fieldsBack.invalid[action.field] &&
        fieldsBack.values[action.field] === storedValues(cell)[action.field]
      ) {
        delete texts[action.field];
      }
      return {
        ...state,
        [action.key]: { ...cell, texts, invalid: parsed.invalid, error: null },
      };
    }
    case 'discard': {
      const cell = cellOf(state, action.key);
      const texts = { ...cell.texts };
      delete texts[action.field];
      const invalid = { ...cell.invalid };
      delete invalid[action.field];
      if (
        invalid.numerator === 'numerator-above-denominator' ||
        invalid.denominator === 'numerator-above-denominator'
      ) {
        delete invalid.numerator;
        delete invalid.denominator;
      }
      return { ...state, [action.key]: { ...cell, texts, invalid, error: null } };
    }
    case 'saveStarted':
      return { ...state, [action.key]: { ...cellOf(state, action.key), saving: action.values, error: null } };
    case 'saved': {
      const cell = cellOf(state, action.key);
      const sent = cell.saving;
      // Texts that say what was just saved are done; anything typed during the save stays to be sent.
      const texts: CellState['texts'] = {};
      for (const [field, text] of Object.entries(cell.texts) as [EntryField, string][]) {
        const alone = parseEntry(action.indicator, EMPTY_VALUES, { [field]: text }, action.locale);
        if (sent && !alone.invalid[field] && alone.values[field] === sent[field]) continue;
        texts[field] = text;
      }
      return { ...state, [action.key]: { ...cell, stored: action.stored, texts, saving: null, error: null } };
    }
    case 'conflict': {
      const cell = cellOf(state, action.key);
      return {
        ...state,
        [action.key]: {
          ...cell,
          saving: null,
          conflict: { theirs: action.theirs, mine: cell.saving ?? storedValues(cell) },
        },
      };
    }
    case 'failed': {
      const cell = cellOf(state, action.key);
      return { ...state, [action.key]: { ...cell, saving: null, error: action.message } };
    }
    case 'retry': {
      const next: Record<string, CellState> = { ...state };
      for (const [key, cell] of Object.entries(state)) if (cell.error) next[key] = { ...cell, error: null };
      return next;
    }
    case 'resolve': {
      const cell = cellOf(state, action.key);
      if (!cell.conflict) return state;
      const stored = cell.conflict.theirs;
      // Keeping mine: the same typing is sent again, now against the version that beat it.
      const texts = action.keep === 'mine' ? cell.texts : {};
      return {
        ...state,
        [action.key]: { ...cell, stored, texts, invalid: {}, conflict: null, error: null, saving: null },
      };
    }
  }
}

/**
 * The save a cell needs now, or null: none while one runs, a conflict waits or a field is invalid,
 * and none when what is shown equals what is stored.
 */
export function pendingSave(
  cell: CellState,
  indicator: ShapeInfo,
  locale: Locale,
): { values: EntryValues; payload: Partial<EntryValues>; expectedVersion: number } | null {
  if (cell.saving || cell.conflict || cell.error) return null;
  if (Object.keys(cell.texts).length === 0) return null;
  const parsed = parseEntry(indicator, storedValues(cell), cell.texts, locale);
  if (Object.keys(parsed.invalid).length > 0) return null;
  if (sameValues(parsed.values, storedValues(cell))) return null;
  return {
    values: parsed.values,
    payload: payloadOf(indicator, parsed.values),
    expectedVersion: cell.stored?.version ?? 0,
  };
}

/** Counts for the status line: saves running, and typing that cannot be saved yet. */
export function saveSummary(state: EntryState): { saving: number; unsaved: number; conflicts: number } {
  let saving = 0;
  let unsaved = 0;
  let conflicts = 0;
  for (const cell of Object.values(state)) {
    if (cell.saving) saving++;
    if (cell.conflict) conflicts++;
    else if (!cell.saving && (Object.keys(cell.invalid).length > 0 || cell.error)) unsaved++;
  }
  return { saving, unsaved, conflicts };
}
