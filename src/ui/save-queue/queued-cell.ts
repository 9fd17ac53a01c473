// The save queue as plain data: one waiting indicator-month per cell, and what each event does to it
// (a change typed or pasted, a save started, its answer, a retry, the user's choice in a conflict).
// No I/O: save-queue.ts sends and stores; this file decides.
import { sameValues, type EntryField, type EntryValues } from '../lib/entry-fields.ts';
import type { StoredEntry } from '../lib/entry-state.ts';

/** An indicator-month of one Puskesmas-year. */
export interface CellRef {
  puskesmas: string;
  year: number;
  indicatorCode: string;
  month: string;
}

export type QueueStatus =
  /** To be sent (or sent again after a save that changed under it). */
  | 'waiting'
  /** A save is on its way. */
  | 'sending'
  /** The server could not be reached, or failed (5xx): sent again after `retryAt`. */
  | 'failed'
  /** The server refused the value (VALUE_INVALID, YEAR_SUBMITTED, …): shown, never sent again as is. */
  | 'refused'
  /** Someone stored another value first (409 STALE_VALUE): the user chooses. */
  | 'conflict';

export interface QueuedCell extends CellRef {
  /** owner|puskesmas|year|indicator|month: one entry per account and cell. */
  id: string;
  /** The account that typed it (accountKey): no one else sees or sends it. */
  owner: string;
  /** The fields of the indicator's entry shape: what a save sends. */
  fields: readonly EntryField[];
  /** What the user wants stored. */
  values: EntryValues;
  /** The stored version the change was made on; 0 when the month had no value. */
  expectedVersion: number;
  /**
   * Why the value changes, sent with it: required when the month is reported to Dinkes (a correction,
   * docs/scoring-decisions.md rule 20). Absent in cells kept before reasons were.
   */
  reason?: string | null;
  status: QueueStatus;
  /** The values on their way while `sending` (the user may type again meanwhile). */
  sending: EntryValues | null;
  /** Failed attempts in a row. */
  attempts: number;
  /** When a failed save is tried again (epoch ms). */
  retryAt: number | null;
  /** Why the last save failed or was refused. */
  error: QueueError | null;
  /** The stored value that beat ours (a conflict); null when the month was cleared meanwhile. */
  theirs: StoredEntry | null;
  /** For sending in the order things were typed (epoch ms). */
  queuedAt: number;
}

export type QueueItems = ReadonlyMap<string, QueuedCell>;

/** A failed or refused save: the HTTP status (0: no connection), the code, the server's words. */
export interface QueueError {
  status: number;
  code: string;
  message: string;
}

/** Who typed it: the id and the name, so a recreated database's new account with an old id is not it. */
export function accountKey(user: { id: number; username: string }): string {
  return `${user.id}:${user.username}`;
}

/** The cell's key within a Puskesmas-year's grid (lib/entry-state's cellKey). */
export function scopeKey(puskesmas: string, year: number): string {
  return `${puskesmas}|${year}`;
}

export function queueId(owner: string, ref: CellRef): string {
  return `${owner}|${ref.puskesmas}|${ref.year}|${ref.indicatorCode}|${ref.month}`;
}

export interface Change {
  owner: string;
  ref: CellRef;
  fields: readonly EntryField[];
  values: EntryValues;
  /** What the screen knows is stored: the base of the change. */
  stored: EntryValues;
  storedVersion: number;
  /** Why (a correction of a reported month); a later change without one keeps the earlier reason. */
  reason?: string | null;
}

/**
 * A change the user made to a cell. A cell already waiting takes the new values (its version stays the
 * one the first change was made on); typing back exactly what is stored cancels a change not yet sent.
 */
export function putChange(items: QueueItems, change: Change, now: number): Map<string, QueuedCell> {
  const next = new Map(items);
  const id = queueId(change.owner, change.ref);
  const known = items.get(id);
  if (!known) {
    if (sameValues(change.values, change.stored)) return next;
    next.set(id, {
      ...change.ref,
      id,
      owner: change.owner,
      fields: change.fields,
      values: change.values,
      expectedVersion: change.storedVersion,
      reason: change.reason ?? null,
      status: 'waiting',
      sending: null,
      attempts: 0,
      retryAt: null,
      error: null,
      theirs: null,
      queuedAt: now,
    });
    return next;
  }
  if (known.status === 'sending' || known.status === 'conflict') {
    // Sent after the save on its way lands (against its new version); a conflict waits for the choice.
    next.set(id, { ...known, values: change.values, reason: change.reason ?? known.reason ?? null });
    return next;
  }
  if (sameValues(change.values, change.stored) && known.expectedVersion === change.storedVersion) {
    next.delete(id);
    return next;
  }
  next.set(id, {
    ...known,
    values: change.values,
    reason: change.reason ?? known.reason ?? null,
    status: 'waiting',
    attempts: 0,
    retryAt: null,
    error: null,
  });
  return next;
}

/** Saves to start now, oldest change first: waiting ones, and failed ones whose retry time has come. */
export function dueToSend(
  items: QueueItems,
  now: number,
  slots: number,
  ready: (id: string) => boolean,
): QueuedCell[] {
  if (slots <= 0) return [];
  return [...items.values()]
    .filter(
      (c) =>
        ready(c.id) &&
        (c.status === 'waiting' || (c.status === 'failed' && c.retryAt !== null && c.retryAt <= now)),
    )
    .sort((a, b) => a.queuedAt - b.queuedAt)
    .slice(0, slots);
}

/** The earliest time a failed save is due again, or null when none waits for a time. */
export function nextRetryAt(items: QueueItems): number | null {
  let at: number | null = null;
  for (const c of items.values()) {
    if (c.status === 'failed' && c.retryAt !== null && (at === null || c.retryAt < at)) at = c.retryAt;
  }
  return at;
}

/** Waits before the n-th retry in a row: 1 s, 2 s, 4 s, … up to a minute. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

export function started(cell: QueuedCell): QueuedCell {
  return { ...cell, status: 'sending', sending: cell.values, error: null };
}

/** What a save's answer means for the queue. */
export type SaveAnswer =
  | { kind: 'stored'; stored: StoredEntry }
  | { kind: 'stale'; theirs: StoredEntry | null }
  | { kind: 'refused'; error: QueueError }
  | { kind: 'failed'; error: QueueError }
  /** The session ended (401): the cell waits for the account's next sign-in. */
  | { kind: 'signed-out' };

/** How an HTTP status is treated: 0 is a lost connection. */
export function answerKind(status: number): 'failed' | 'refused' | 'signed-out' {
  if (status === 401) return 'signed-out';
  if (status === 0 || status >= 500 || status === 408 || status === 429) return 'failed';
  return 'refused';
}

/**
 * A save's answer. Stored: done, unless the user changed the cell meanwhile (then it waits again, on
 * the new version). A conflict whose stored value is what we sent is no conflict: our own earlier
 * save (its answer lost with a closed tab) or someone typing the same figure.
 */
export function answered(cell: QueuedCell, answer: SaveAnswer, now: number): QueuedCell | null {
  const sent = cell.sending ?? cell.values;
  const base = { ...cell, sending: null };
  switch (answer.kind) {
    case 'stored':
      if (sameValues(cell.values, sent)) return null;
      return { ...base, status: 'waiting', expectedVersion: answer.stored.version, attempts: 0, error: null };
    case 'stale':
      if (sameValues(answer.theirs ?? EMPTY, sent)) {
        if (sameValues(cell.values, sent)) return null;
        return { ...base, status: 'waiting', expectedVersion: answer.theirs?.version ?? 0, error: null };
      }
      return { ...base, status: 'conflict', theirs: answer.theirs, error: null };
    case 'refused':
      return { ...base, status: 'refused', error: answer.error };
    case 'failed': {
      const attempts = cell.attempts + 1;
      return { ...base, status: 'failed', attempts, retryAt: now + backoffMs(attempts), error: answer.error };
    }
    case 'signed-out':
      return { ...base, status: 'waiting' };
  }
}

const EMPTY: EntryValues = { numerator: null, denominator: null, value: null, flag: null };

/** The user's choice in a conflict: send mine against the version that beat it, or take theirs. */
export function resolved(cell: QueuedCell, keep: 'mine' | 'theirs'): QueuedCell | null {
  if (cell.status !== 'conflict') return cell;
  if (keep === 'theirs') return null;
  return {
    ...cell,
    status: 'waiting',
    expectedVersion: cell.theirs?.version ?? 0,
    theirs: null,
    attempts: 0,
    error: null,
  };
}

/** "Coba sekarang", or the connection came back: failed saves are due at once. */
export function retryingNow(items: QueueItems, now: number): Map<string, QueuedCell> {
  const next = new Map(items);
  for (const [id, c] of items) if (c.status === 'failed') next.set(id, { ...c, retryAt: now });
  return next;
}

export interface QueueSummary {
  /** Waiting or on their way. */
  saving: number;
  /** Failed, to be tried again. */
  failed: number;
  refused: number;
  conflicts: number;
  /** Everything not stored yet. */
  total: number;
}

export function summarize(items: Iterable<QueuedCell>): QueueSummary {
  const s: QueueSummary = { saving: 0, failed: 0, refused: 0, conflicts: 0, total: 0 };
  for (const c of items) {
    s.total++;
    if (c.status === 'waiting' || c.status === 'sending') s.saving++;
    else if (c.status === 'failed') s.failed++;
    else if (c.status === 'refused') s.refused++;
    else s.conflicts++;
  }
  return s;
}

export function inScope(cell: CellRef, puskesmas: string, year: number): boolean {
  return cell.puskesmas === puskesmas && cell.year === year;
}
