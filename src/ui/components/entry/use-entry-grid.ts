// The monthly grid's live state: the reducer of lib/entry-state, fed by the account's save queue (which
// sends, retries and keeps every change whichever screen is open) and by the values it stores, with
// progress and month status kept up to date from each save's answer. A change to a month reported to
// Dinkes is a correction: it waits on the screen until the user gives its reason (asked once per month
// and visit), then goes to the queue with it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import type { EntriesView, ProgressView } from '../../../shared/api/entries.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { parseEntry, type EntryField, type EntryValues } from '../../lib/entry-fields.ts';
import {
  baseValues,
  cellKey,
  cellOf,
  entryReducer,
  heldCount,
  splitKey,
  storedValues,
  typedChange,
  type CellState,
  type EntryAction,
  type EntryState,
} from '../../lib/entry-state.ts';
import type { IndicatorNode } from '../../lib/grid-rows.ts';
import { needsReason } from '../../lib/month-reporting.ts';
import { inScope, scopeKey, type QueueItems, type QueuedCell } from '../../save-queue/queued-cell.ts';
import { saveQueue } from '../../save-queue/save-queue.ts';
import { queueErrorText, useSaveQueue } from '../../save-queue/use-save-queue.ts';

export interface EntryGrid {
  state: EntryState;
  progress: Readonly<Record<string, ProgressView>>;
  monthStatus: readonly MonthCompleteness[];
  /** Texts typed or pasted into one indicator-month (by field): queued when valid, held when not. */
  commit(key: string, indicator: GridIndicator, typed: Partial<Record<EntryField, string>>): void;
  /** Escape on a cell that cannot be saved: its typing, or its refused change, is dropped. */
  discard(key: string, field: EntryField): void;
  /** The user's choice in a conflict. */
  resolve(key: string, keep: 'mine' | 'theirs'): void;
  /** What a cell holds now (its queued or stored values, and held typing): a paste's undo puts it back. */
  snapshot(key: string, indicator: Pick<IndicatorNode, 'code'>): CellSnapshot;
  /**
   * Puts a snapshot back: its values go to the save queue against the version stored now (the paste's
   * save, or someone's since: then a conflict), its held typing back on the cell.
   */
  restore(key: string, indicator: GridIndicator, snapshot: CellSnapshot): void;
  /** Changes to reported months waiting for the reason of the correction (the screen asks for it). */
  correction: PendingCorrection | null;
  /** The reason given: it is kept for those months for the rest of the visit, and the changes are queued. */
  giveReason(reason: string): void;
  /** No reason: the changes waiting for one are dropped, the cells show what is stored. */
  dropCorrection(): void;
  /** The reason given for a month in this visit, if any. */
  reasonOf(month: string): string | undefined;
  /** A month's status as the server answered it (a report). */
  monthUpdated(status: MonthCompleteness): void;
}

/** Changes typed or pasted into months already reported, held until the user says why. */
export interface PendingCorrection {
  /** The months concerned, in order. */
  months: string[];
  changes: { key: string; indicator: GridIndicator; typed: Partial<Record<EntryField, string>> }[];
}

type GridIndicator = Pick<IndicatorNode, 'code' | 'entry' | 'kind' | 'fields' | 'scale'>;

export interface CellSnapshot {
  values: EntryValues;
  texts: CellState['texts'];
}

export function useEntryGrid(view: EntriesView, code: string, year: number, onStale: () => void): EntryGrid {
  const { locale, t } = useI18n();
  const words = useCallback((c: QueuedCell) => queueErrorText(c.error, t), [t]);
  const stateRef = useRef<EntryState | null>(null);
  // The first render already shows the changes waiting in the queue (a paste left a moment ago).
  stateRef.current ??= entryReducer(
    entryReducer({}, { type: 'loaded', values: loadedValues(view, code, year) }),
    { type: 'queued', cells: scopeCells(saveQueue.getSnapshot().items, code, year), words },
  );
  const [state, setState] = useState<EntryState>(stateRef.current);
  const [progress, setProgress] = useState(view.progress);
  const [monthStatus, setMonthStatus] = useState(view.monthStatus);
  const monthStatusRef = useRef(monthStatus);
  monthStatusRef.current = monthStatus;
  // The reasons given in this visit, by month; and the changes that wait for one.
  const reasons = useRef(new Map<string, string>());
  const pendingRef = useRef<PendingCorrection | null>(null);
  const [correction, setCorrection] = useState<PendingCorrection | null>(null);
  const queue = useSaveQueue();

  // Applied to the ref at once, so that a paste's many commits each see the ones before.
  const apply = useCallback((action: EntryAction) => {
    stateRef.current = entryReducer(stateRef.current ?? {}, action);
    setState(stateRef.current);
  }, []);

  /** Per month, the server's time of the latest write whose answer set the month's status. */
  const monthWrittenAt = useRef(new Map<string, string>());

  useEffect(() => {
    monthWrittenAt.current.clear();
    apply({ type: 'loaded', values: loadedValues(view, code, year) });
    setProgress(view.progress);
    setMonthStatus(view.monthStatus);
  }, [view, code, year, apply]);

  const queued = useMemo(() => scopeCells(queue.items, code, year), [queue.items, code, year]);
  useEffect(() => apply({ type: 'queued', cells: queued, words }), [queued, words, apply]);

  // A save refused because its month was reported meanwhile (by someone else): the months are read
  // again, so that typing the cell again asks for the reason.
  useEffect(() => {
    const reportedSince = [...queued.values()].some(
      (c) =>
        c.status === 'refused' &&
        c.error?.code === 'CORRECTION_REASON_REQUIRED' &&
        monthStatusRef.current.find((m) => m.month === c.month)?.reportedOn === null,
    );
    if (reportedSince) onStale();
  }, [queued, onStale]);

  useEffect(
    () =>
      saveQueue.onStored(({ ref, stored, saved }) => {
        if (!inScope(ref, code, year)) return;
        apply({ type: 'stored', key: cellKey(ref.indicatorCode, ref.month), stored });
        if (!saved) return;
        setProgress((all) => ({ ...all, [ref.indicatorCode]: saved.progress }));
        // Progress counts through a later month now: every indicator's pro-rated target moved.
        if (saved.progress.through !== view.through) onStale();
        // Saves of one month travel together (several in flight) and their answers may cross: the
        // month's status is read after each commit, so the answer of the write the server took last
        // (its time is taken under the year's lock) is the one that knows every other.
        const month = saved.month.month;
        const latest = monthWrittenAt.current.get(month);
        if (latest !== undefined && saved.enteredAt < latest) return;
        monthWrittenAt.current.set(month, saved.enteredAt);
        setMonthStatus((all) => all.map((m) => (m.month === month ? saved.month : m)));
      }),
    [code, year, view.through, onStale, apply],
  );

  // Typing held on this screen counts as unsaved in the status and the leave warnings.
  const held = heldCount(state);
  useEffect(() => saveQueue.setHeld(scopeKey(code, year), held), [code, year, held]);
  useEffect(() => () => saveQueue.setHeld(scopeKey(code, year), 0), [code, year]);

  /** The cell as the screen holds it, with the queue's change read directly (see commit). */
  const live = useCallback(
    (key: string, indicatorCode: string): CellState => {
      const ref = { puskesmas: code, year, indicatorCode, month: splitKey(key).month };
      return { ...cellOf(stateRef.current ?? {}, key), queued: saveQueue.get(ref) ?? null };
    },
    [code, year],
  );

  const commit = useCallback<EntryGrid['commit']>(
    (key, indicator, typed) => {
      const ref = { puskesmas: code, year, indicatorCode: indicator.code, month: splitKey(key).month };
      // The queue is read directly: the screen's copy may not have caught up within one paste.
      const cell = live(key, indicator.code);
      const change = typedChange(cell, indicator, typed, locale);
      if (change.kind === 'held') {
        apply({ type: 'held', key, texts: change.texts, invalid: change.invalid });
        return;
      }
      const month = ref.month;
      const reason = reasons.current.get(month);
      const status = monthStatusRef.current.find((m) => m.month === month);
      if (needsReason(status, change.values, storedValues(cell), reason)) {
        // Shown as typed while the screen asks why; nothing is queued before the reason is given.
        apply({ type: 'held', key, texts: { ...cell.texts, ...typed }, invalid: {} });
        const pending = pendingRef.current ?? { months: [], changes: [] };
        pendingRef.current = {
          months: pending.months.includes(month) ? pending.months : [...pending.months, month].sort(),
          changes: [...pending.changes.filter((c) => c.key !== key), { key, indicator, typed }],
        };
        setCorrection(pendingRef.current);
        return;
      }
      if (Object.keys(cell.texts).length > 0) apply({ type: 'held', key, texts: {}, invalid: {} });
      saveQueue.put({
        ref,
        fields: indicator.fields,
        values: change.values,
        stored: storedValues(cell),
        storedVersion: cell.stored?.version ?? 0,
        ...(status?.reportedOn && reason ? { reason } : {}),
      });
    },
    [code, year, locale, apply, live],
  );

  const giveReason = useCallback<EntryGrid['giveReason']>(
    (reason) => {
      const pending = pendingRef.current;
      pendingRef.current = null;
      setCorrection(null);
      if (!pending || !reason.trim()) return;
      for (const month of pending.months) reasons.current.set(month, reason.trim());
      for (const c of pending.changes) commit(c.key, c.indicator, c.typed);
    },
    [commit],
  );

  const dropCorrection = useCallback<EntryGrid['dropCorrection']>(() => {
    const pending = pendingRef.current;
    pendingRef.current = null;
    setCorrection(null);
    for (const c of pending?.changes ?? []) apply({ type: 'held', key: c.key, texts: {}, invalid: {} });
  }, [apply]);

  const reasonOf = useCallback((month: string) => reasons.current.get(month), []);

  const monthUpdated = useCallback((status: MonthCompleteness) => {
    setMonthStatus((all) => all.map((m) => (m.month === status.month ? status : m)));
  }, []);

  const discard = useCallback<EntryGrid['discard']>(
    (key, field) => {
      const cell = cellOf(stateRef.current ?? {}, key);
      if (cell.texts[field] === undefined && cell.queued) saveQueue.discard(cell.queued.id);
      apply({ type: 'discard', key, field });
    },
    [apply],
  );

  const resolve = useCallback<EntryGrid['resolve']>((key, keep) => {
    const cell = cellOf(stateRef.current ?? {}, key);
    if (cell.queued) saveQueue.resolve(cell.queued.id, keep);
  }, []);

  const snapshot = useCallback<EntryGrid['snapshot']>(
    (key, indicator) => {
      const cell = live(key, indicator.code);
      return { values: baseValues(cell), texts: cell.texts };
    },
    [live],
  );

  const restore = useCallback<EntryGrid['restore']>(
    (key, indicator, before) => {
      const cell = live(key, indicator.code);
      const invalid = parseEntry(indicator, before.values, before.texts, locale).invalid;
      apply({ type: 'held', key, texts: before.texts, invalid });
      const month = splitKey(key).month;
      // Undoing a paste into a reported month is a correction too, for the reason the paste gave.
      const reason = reasons.current.get(month);
      saveQueue.put({
        ref: { puskesmas: code, year, indicatorCode: indicator.code, month },
        fields: indicator.fields,
        values: before.values,
        stored: storedValues(cell),
        storedVersion: cell.stored?.version ?? 0,
        ...(reason ? { reason } : {}),
      });
    },
    [live, code, year, locale, apply],
  );

  return {
    state,
    progress,
    monthStatus,
    commit,
    discard,
    resolve,
    snapshot,
    restore,
    correction,
    giveReason,
    dropCorrection,
    reasonOf,
    monthUpdated,
  };
}

/** The read's values, with what this session stored since the read began (newer than what it brings). */
function loadedValues(view: EntriesView, code: string, year: number) {
  const known = saveQueue.storedIn(code, year);
  const values = view.values.map((v) => {
    const k = known.get(cellKey(v.indicatorCode, v.month));
    return k && k.version > v.version ? { ...v, ...k } : v;
  });
  const read = new Set(view.values.map((v) => cellKey(v.indicatorCode, v.month)));
  for (const [key, stored] of known) {
    if (!read.has(key)) values.push({ ...splitKey(key), ...stored });
  }
  return values;
}

/** The queue's cells of one Puskesmas-year, by the grid's cell key. */
function scopeCells(items: QueueItems, code: string, year: number): Map<string, QueuedCell> {
  const cells = new Map<string, QueuedCell>();
  for (const c of items.values()) if (inScope(c, code, year)) cells.set(cellKey(c.indicatorCode, c.month), c);
  return cells;
}
