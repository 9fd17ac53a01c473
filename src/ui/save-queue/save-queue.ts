// The signed-in account's save queue, outside every screen: what was typed or pasted is kept in
// IndexedDB first, then sent a few cells at a time while the user moves between screens; failed saves
// are retried with back-off and when the connection comes back, a conflict or a refusal waits for the
// user. Screens subscribe to it (use-save-queue.ts); the decisions are in queued-cell.ts.
import type { EntrySaved } from '../../shared/api/entries.schema.ts';
import { ApiError } from '../api.ts';
import { saveEntry } from '../endpoints/entries.ts';
import { payloadOf, type EntryField, type EntryValues } from '../lib/entry-fields.ts';
import type { StoredEntry } from '../lib/entry-state.ts';
import {
  answered,
  answerKind,
  dueToSend,
  nextRetryAt,
  putChange,
  queueId,
  resolved,
  retryingNow,
  started,
  type CellRef,
  type QueueItems,
  type QueuedCell,
  type SaveAnswer,
} from './queued-cell.ts';
import { openQueueStorage, type QueueStorage, type StoredCell } from './queue-storage.ts';

/** Saves in flight at once: a pasted block of 300 cells must not queue 300 requests in the browser. */
const MAX_IN_FLIGHT = 4;

export interface QueueSnapshot {
  /** The signed-in account's cells not stored yet. */
  items: QueueItems;
  /** Typing a screen holds that cannot be sent yet (invalid, half a ratio), by Puskesmas-year. */
  held: ReadonlyMap<string, number>;
  /** What the browser says of the connection. */
  online: boolean;
}

export interface StoredEvent {
  ref: CellRef;
  stored: StoredEntry;
  /** The save's answer (progress and the month's status); absent when the user took the stored value. */
  saved?: EntrySaved;
}

const TAB_LOCK_PREFIX = 'pkp-tab-';
/** How often a tab looks again for cells another open tab of the account kept (it may have closed). */
const ADOPT_AGAIN_MS = 5000;

function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function storedOf(v: {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flag: boolean | null;
  version: number;
  enteredBy: string;
  enteredAt: string;
}): StoredEntry {
  return {
    numerator: v.numerator,
    denominator: v.denominator,
    value: v.value,
    flag: v.flag,
    version: v.version,
    enteredBy: v.enteredBy,
    enteredAt: v.enteredAt,
  };
}

function refKey(ref: CellRef): string {
  return `${ref.puskesmas}|${ref.year}|${ref.indicatorCode}|${ref.month}`;
}

export class SaveQueue {
  private owner: string | null = null;
  /** Bumped by start and stop: answers of an earlier session's saves are ignored. */
  private generation = 0;
  private items = new Map<string, QueuedCell>();
  private held = new Map<string, number>();
  private snapshot: QueueSnapshot;
  private listeners = new Set<() => void>();
  private storedListeners = new Set<(event: StoredEvent) => void>();
  /** The latest stored value of each cell this session saved: a screen's read may have begun earlier. */
  private lastStored = new Map<string, StoredEntry>();
  private inFlight = 0;
  /** Cells whose latest change is not on disk yet: they are not sent before it is. */
  private unwritten = new Set<string>();
  private dirty = new Set<string>();
  private dirtyDurable = false;
  /** The chain of IndexedDB writes, in order. */
  private writes: Promise<void> = Promise.resolve();
  private storage: Promise<QueueStorage | null> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** A 401 answered: nothing is sent until the account signs in again (start). */
  private paused = false;
  private readonly tab = newTabId();

  constructor() {
    this.snapshot = { items: this.items, held: this.held, online: this.isOnline() };
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => this.retryNow());
      window.addEventListener('offline', () => this.changed());
      // This tab's lock is held while it lives: another tab then knows the cells it keeps are being sent.
      void navigator.locks?.request(TAB_LOCK_PREFIX + this.tab, () => new Promise<void>(() => {}));
    }
  }

  // ——— for React (useSyncExternalStore) ———

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  /** Called with every value the server stored for this session (or the user took from a conflict). */
  onStored(listener: (event: StoredEvent) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  // ——— the session ———

  /** The account signed in: its waiting cells (left by a closed tab, a crash) are loaded and sent. */
  start(owner: string): void {
    if (this.owner === owner && !this.paused) return;
    if (this.owner !== owner) this.stop();
    this.owner = owner;
    this.paused = false;
    const generation = ++this.generation;
    void this.adopt(owner, generation);
    this.pump();
  }

  /** Signed out (or the session ended): the memory is cleared; what waits stays on disk for next time. */
  stop(): void {
    void this.flush();
    this.generation++;
    this.owner = null;
    this.items = new Map();
    this.held = new Map();
    this.lastStored.clear();
    this.unwritten.clear();
    this.inFlight = 0;
    this.paused = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.changed();
  }

  /** Forgets every waiting cell of the account, on disk too (signing out with "discard"). */
  async discardAll(): Promise<void> {
    for (const id of this.items.keys()) this.dirty.add(id);
    this.items = new Map();
    this.unwritten.clear();
    this.changed();
    await this.flush();
  }

  // ——— changes from the screens ———

  /** A cell the user typed or pasted. */
  put(change: {
    ref: CellRef;
    fields: readonly EntryField[];
    values: EntryValues;
    stored: EntryValues;
    storedVersion: number;
    /** Why the value changes: a correction of a month reported to Dinkes needs one. */
    reason?: string | null;
  }): void {
    if (!this.owner) return;
    const id = queueId(this.owner, change.ref);
    const before = this.items.get(id);
    this.items = putChange(this.items, { owner: this.owner, ...change }, Date.now());
    const after = this.items.get(id);
    if (after === before) return;
    this.dirty.add(id);
    if (after) this.unwritten.add(id);
    else this.unwritten.delete(id);
    this.dirtyDurable = true;
    this.changed();
    this.scheduleFlush();
  }

  get(ref: CellRef): QueuedCell | undefined {
    for (const c of this.items.values()) {
      if (
        c.puskesmas === ref.puskesmas &&
        c.year === ref.year &&
        c.indicatorCode === ref.indicatorCode &&
        c.month === ref.month
      )
        return c;
    }
    return undefined;
  }

  /** Escape on a refused or failed cell: the change is dropped, the stored value shows again. */
  discard(id: string): void {
    const cell = this.items.get(id);
    if (!cell || cell.status === 'sending') return;
    this.remove(id);
  }

  /** The user's choice in a conflict. */
  resolve(id: string, keep: 'mine' | 'theirs'): void {
    const cell = this.items.get(id);
    if (!cell) return;
    const next = resolved(cell, keep);
    if (next) this.replace(next);
    else {
      this.remove(id);
      if (cell.theirs) this.emitStored({ ref: cell, stored: cell.theirs });
    }
    this.pump();
  }

  /** "Coba sekarang", or the connection came back. */
  retryNow(): void {
    this.items = retryingNow(this.items, Date.now());
    this.changed();
    this.pump();
  }

  /** How many cells a screen holds that cannot be sent yet, for the status and the leave warnings. */
  setHeld(scope: string, count: number): void {
    if ((this.held.get(scope) ?? 0) === count) return;
    this.held = new Map(this.held);
    if (count > 0) this.held.set(scope, count);
    else this.held.delete(scope);
    this.changed();
  }

  /** The values this session stored in a Puskesmas-year, newer than a read that began before them. */
  storedIn(puskesmas: string, year: number): Map<string, StoredEntry> {
    const out = new Map<string, StoredEntry>();
    const prefix = `${puskesmas}|${year}|`;
    for (const [key, stored] of this.lastStored) {
      if (key.startsWith(prefix)) out.set(key.slice(prefix.length), stored);
    }
    return out;
  }

  // ——— inside ———

  private isOnline(): boolean {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  private changed(): void {
    this.snapshot = { items: this.items, held: this.held, online: this.isOnline() };
    for (const listener of this.listeners) listener();
  }

  private replace(cell: QueuedCell): void {
    this.items = new Map(this.items).set(cell.id, cell);
    this.dirty.add(cell.id);
    this.changed();
    this.scheduleFlush();
  }

  private remove(id: string): void {
    const next = new Map(this.items);
    next.delete(id);
    this.items = next;
    this.unwritten.delete(id);
    this.dirty.add(id);
    this.changed();
    this.scheduleFlush();
  }

  private emitStored(event: StoredEvent): void {
    const key = refKey(event.ref);
    const known = this.lastStored.get(key);
    if (!known || known.version <= event.stored.version) this.lastStored.set(key, event.stored);
    for (const listener of this.storedListeners) listener(event);
  }

  private openStorage(): Promise<QueueStorage | null> {
    this.storage ??= openQueueStorage();
    return this.storage;
  }

  /** Loads the account's waiting cells, except those another open tab of this browser is sending. */
  private async adopt(owner: string, generation: number): Promise<void> {
    const storage = await this.openStorage();
    if (!storage) return;
    let records: StoredCell[];
    try {
      records = await storage.load(owner);
    } catch {
      return;
    }
    const held = new Set((await navigator.locks?.query())?.held?.map((l) => l.name) ?? []);
    if (generation !== this.generation) return;
    const next = new Map(this.items);
    let othersSending = false;
    for (const { tab, ...cell } of records) {
      if (next.has(cell.id)) continue;
      if (tab !== this.tab && held.has(TAB_LOCK_PREFIX + tab)) {
        othersSending = true;
        continue;
      }
      // A save on its way when the tab closed may or may not have landed: sent again, a 409 that
      // shows our own value is taken as stored.
      next.set(cell.id, cell.status === 'sending' ? { ...cell, status: 'waiting', sending: null } : cell);
      this.dirty.add(cell.id);
    }
    this.items = next;
    this.changed();
    this.scheduleFlush();
    this.pump();
    // Another tab is sending some: if it closes first, this one takes them over.
    if (othersSending) setTimeout(() => void this.adopt(owner, generation), ADOPT_AGAIN_MS);
  }

  private flushScheduled = false;

  /** Writes what changed, once per tick: a paste of 245 cells is one transaction. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Takes what changed now (stop() clears the memory right after) and writes it after earlier writes. */
  private flush(): Promise<void> {
    if (this.dirty.size === 0) return this.writes;
    const owner = this.owner;
    const durable = this.dirtyDurable;
    const puts: StoredCell[] = [];
    const deletes: string[] = [];
    for (const id of this.dirty) {
      const cell = this.items.get(id);
      if (cell) puts.push({ ...cell, tab: this.tab });
      else deletes.push(id);
    }
    this.dirty.clear();
    this.dirtyDurable = false;
    this.writes = this.writes.then(async () => {
      const storage = await this.openStorage();
      try {
        await storage?.write(puts, deletes, durable);
      } catch {
        // No room or no permission: the queue still works for this visit, from memory.
      }
      if (owner !== this.owner) return;
      for (const cell of puts) {
        if (this.items.get(cell.id)?.values === cell.values) this.unwritten.delete(cell.id);
      }
      this.pump();
    });
    return this.writes;
  }

  private pump(): void {
    if (!this.owner || this.paused || !this.isOnline()) return;
    const now = Date.now();
    const due = dueToSend(this.items, now, MAX_IN_FLIGHT - this.inFlight, (id) => !this.unwritten.has(id));
    for (const cell of due) this.send(cell);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const at = nextRetryAt(this.items);
    if (at === null) return;
    this.retryTimer = setTimeout(() => this.pump(), Math.max(0, at - Date.now()));
  }

  private send(cell: QueuedCell): void {
    const generation = this.generation;
    const going = started(cell);
    this.items = new Map(this.items).set(cell.id, going);
    this.inFlight++;
    this.changed();
    const body = {
      ...payloadOf({ fields: cell.fields }, going.values),
      expectedVersion: cell.expectedVersion,
      ...(cell.reason ? { reason: cell.reason } : {}),
    };
    let saved: EntrySaved | undefined;
    saveEntry(cell.puskesmas, cell.year, cell.indicatorCode, cell.month, body)
      .then(
        (outcome): SaveAnswer => {
          if (outcome.ok) {
            saved = outcome.data;
            return { kind: 'stored', stored: storedOf(outcome.data.value) };
          }
          return { kind: 'stale', theirs: outcome.conflict.current && storedOf(outcome.conflict.current) };
        },
        (error: unknown): SaveAnswer => {
          const status = error instanceof ApiError ? error.status : 0;
          const kind = answerKind(status);
          if (kind === 'signed-out') return { kind };
          const code = error instanceof ApiError ? error.code : 'NETWORK';
          const message = error instanceof ApiError ? error.message : String(error);
          return { kind, error: { status, code, message } };
        },
      )
      .then((answer) => {
        if (generation !== this.generation) return;
        this.inFlight--;
        if (answer.kind === 'signed-out') this.paused = true;
        const now = this.items.get(cell.id);
        if (!now) return this.pump();
        const next = answered(now, answer, Date.now());
        if (next) this.replace(next);
        else this.remove(cell.id);
        if (answer.kind === 'stored') {
          this.emitStored({ ref: cell, stored: answer.stored, ...(saved ? { saved } : {}) });
        } else if (answer.kind === 'stale' && answer.theirs && !next) {
          this.emitStored({ ref: cell, stored: answer.theirs });
        }
        this.pump();
      });
  }
}

/** The one queue of this browser tab. */
export const saveQueue = new SaveQueue();
