// The monthly grid's state, as a pure reducer: what is stored, typing that cannot be sent yet (invalid,
// or half a ratio), and the account's save queue as it concerns each cell (waiting, on its way, failed,
// refused, a conflict). Sending is the save queue's (src/ui/save-queue), which outlives the screen.
import type { Locale } from '../../shared/messages/index.ts';
import type { QueuedCell } from '../save-queue/queued-cell.ts';
import {
  EMPTY_VALUES,
  parseEntry,
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
  /** Texts committed by the user that cannot be sent yet: invalid, or half of a ratio. */
  texts: Partial<Record<EntryField, string>>;
  invalid: Partial<Record<EntryField, InvalidReason>>;
  /** The cell's change in the save queue, if one waits. */
  queued: QueuedCell | null;
  /** The values being sent, while a save runs. */
  saving: EntryValues | null;
  /** The server's refusal or the failure, in words. */
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
  queued: null,
  saving: null,
  error: null,
  conflict: null,
};

export function cellOf(state: EntryState, key: string): CellState {
  return state[key] ?? EMPTY_CELL;
}

type LoadedValue = { indicatorCode: string; month: string } & StoredEntry;

export type EntryAction =
  | { type: 'loaded'; values: readonly LoadedValue[] }
  /** Typing that cannot be sent yet (or none any more: empty texts). */
  | { type: 'held'; key: string; texts: CellState['texts']; invalid: CellState['invalid'] }
  /** Escape on a cell whose typing was not saved (invalid): back to the stored or queued value. */
  | { type: 'discard'; key: string; field: EntryField }
  /** The server stored a value (this session's save, or the one the user took in a conflict). */
  | { type: 'stored'; key: string; stored: StoredEntry }
  /** The save queue's cells of this Puskesmas-year, by cellKey; `words` says an error. */
  | { type: 'queued'; cells: ReadonlyMap<string, QueuedCell>; words: (cell: QueuedCell) => string | null };

export function storedValues(cell: CellState): EntryValues {
  const s = cell.stored;
  return s
    ? { numerator: s.numerator, denominator: s.denominator, value: s.value, flag: s.flag }
    : EMPTY_VALUES;
}

/** What the cell holds before any held typing: the change waiting in the queue, else what is stored. */
export function baseValues(cell: CellState): EntryValues {
  return cell.queued?.values ?? storedValues(cell);
}

/** What the cells of an indicator-month show: the stored or queued values with valid typing over them. */
export function shownValues(cell: CellState, indicator: ShapeInfo, locale: Locale): EntryValues {
  return parseEntry(indicator, baseValues(cell), cell.texts, locale).values;
}

function withQueued(cell: CellState, queued: QueuedCell | null, words: (c: QueuedCell) => string | null) {
  return {
    ...cell,
    queued,
    saving: queued?.status === 'sending' ? queued.sending : null,
    error: queued && (queued.status === 'failed' || queued.status === 'refused') ? words(queued) : null,
    conflict: queued?.status === 'conflict' ? { theirs: queued.theirs, mine: queued.values } : null,
  };
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
        next[key] = {
          ...(state[key] ?? EMPTY_CELL),
          stored: known && known.version > stored.version ? known : stored,
        };
      }
      // Held typing and queued changes survive a reload of the stored values.
      for (const [key, cell] of Object.entries(state)) {
        if (next[key]) continue;
        if (Object.keys(cell.texts).length > 0 || cell.queued) next[key] = cell;
      }
      return next;
    }
    case 'held': {
      const cell = cellOf(state, action.key);
      return { ...state, [action.key]: { ...cell, texts: action.texts, invalid: action.invalid } };
    }
    case 'discard': {
      const cell = cellOf(state, action.key);
      const texts = { ...cell.texts };
      delete texts[action.field];
      const invalid = { ...cell.invalid };
      delete invalid[action.field];
      if (
        invalid.numerator === 'numerator-above-denominator' ||
        invalid.denominator === 'numerator-above-denominator' ||
        invalid.numerator === 'required' ||
        invalid.denominator === 'required'
      ) {
        delete invalid.numerator;
        delete invalid.denominator;
      }
      return { ...state, [action.key]: { ...cell, texts, invalid } };
    }
    case 'stored': {
      const cell = cellOf(state, action.key);
      if (cell.stored && cell.stored.version > action.stored.version) return state;
      return { ...state, [action.key]: { ...cell, stored: action.stored } };
    }
    case 'queued': {
      let next: Record<string, CellState> | null = null;
      const set = (key: string, cell: CellState) => {
        next ??= { ...state };
        next[key] = cell;
      };
      for (const [key, cell] of Object.entries(state)) {
        const queued = action.cells.get(key) ?? null;
        if (cell.queued !== queued) set(key, withQueued(cell, queued, action.words));
      }
      for (const [key, queued] of action.cells) {
        if (!state[key]) set(key, withQueued(EMPTY_CELL, queued, action.words));
      }
      return next ?? state;
    }
  }
}

export type TypedChange =
  /** Typing to hold on the screen: it cannot be sent yet. */
  | { kind: 'held'; texts: CellState['texts']; invalid: CellState['invalid'] }
  /** A whole, valid entry for the save queue (which drops it when it equals what is stored). */
  | { kind: 'values'; values: EntryValues };

/**
 * What typing (or pasting) `texts` into a cell means: valid values to queue, or typing to hold with
 * the reason it cannot be saved. Typing back exactly what the cell holds is no held typing.
 */
export function typedChange(
  cell: CellState,
  indicator: ShapeInfo,
  typed: Partial<Record<EntryField, string>>,
  locale: Locale,
): TypedChange {
  const base = baseValues(cell);
  const texts = { ...cell.texts, ...typed };
  const parsed = parseEntry(indicator, base, texts, locale);
  if (Object.keys(parsed.invalid).length === 0) return { kind: 'values', values: parsed.values };
  for (const [field, text] of Object.entries(typed) as [EntryField, string][]) {
    const alone = parseEntry(indicator, base, { [field]: text }, locale);
    if (!alone.invalid[field] && alone.values[field] === base[field]) delete texts[field];
  }
  const again = parseEntry(indicator, base, texts, locale);
  if (Object.keys(again.invalid).length === 0) return { kind: 'values', values: again.values };
  return { kind: 'held', texts, invalid: again.invalid };
}

/** Cells of the screen whose typing cannot be sent (the status counts them; leaving warns of them). */
export function heldCount(state: EntryState): number {
  let n = 0;
  for (const cell of Object.values(state)) if (Object.keys(cell.invalid).length > 0) n++;
  return n;
}
