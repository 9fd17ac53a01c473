// The monthly grid's live state: the reducer of lib/entry-state, and the autosave that sends every
// valid change (a few at a time), takes a 409 as a conflict to show, and keeps progress up to date.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import type { EntriesView, ProgressView } from '../../../shared/api/entries.schema.ts';
import { saveEntry } from '../../endpoints/entries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  entryReducer,
  pendingSave,
  splitKey,
  type EntryAction,
  type EntryState,
} from '../../lib/entry-state.ts';
import { indicatorMap } from '../../lib/grid-rows.ts';
import { errorMessage } from '../ErrorText.tsx';

/** Saves in flight at once: a pasted block of 300 cells must not queue 300 requests in the browser. */
const MAX_IN_FLIGHT = 4;

export interface EntryGrid {
  state: EntryState;
  dispatch(action: EntryAction): void;
  progress: Readonly<Record<string, ProgressView>>;
  monthStatus: readonly MonthCompleteness[];
}

export function useEntryGrid(view: EntriesView, code: string, year: number, onStale: () => void): EntryGrid {
  const { locale, t } = useI18n();
  const indicators = useMemo(() => indicatorMap(view.tree), [view.tree]);
  const [state, dispatch] = useReducer(entryReducer, view.values, (values) =>
    entryReducer({}, { type: 'loaded', values }),
  );
  const [progress, setProgress] = useState(view.progress);
  const [monthStatus, setMonthStatus] = useState(view.monthStatus);

  useEffect(() => {
    dispatch({ type: 'loaded', values: view.values });
    setProgress(view.progress);
    setMonthStatus(view.monthStatus);
  }, [view]);

  useEffect(() => {
    let inFlight = Object.values(state).filter((c) => c.saving).length;
    for (const [key, cell] of Object.entries(state)) {
      if (inFlight >= MAX_IN_FLIGHT) break;
      const { indicatorCode, month } = splitKey(key);
      const indicator = indicators.get(indicatorCode);
      if (!indicator) continue;
      const save = pendingSave(cell, indicator, locale);
      if (!save) continue;
      inFlight++;
      dispatch({ type: 'saveStarted', key, values: save.values });
      saveEntry(code, year, indicatorCode, month, {
        ...save.payload,
        expectedVersion: save.expectedVersion,
      }).then(
        (outcome) => {
          if (!outcome.ok) {
            const current = outcome.conflict.current;
            dispatch({
              type: 'conflict',
              key,
              theirs: current && {
                numerator: current.numerator,
                denominator: current.denominator,
                value: current.value,
                flag: current.flag,
                version: current.version,
                enteredBy: current.enteredBy,
                enteredAt: current.enteredAt,
              },
            });
            return;
          }
          const { value, progress: p, month: status } = outcome.data;
          const { indicatorCode: _c, month: _m, ...stored } = value;
          dispatch({ type: 'saved', key, stored, indicator, locale });
          setProgress((all) => ({ ...all, [indicatorCode]: p }));
          setMonthStatus((all) => all.map((m) => (m.month === status.month ? status : m)));
          // Progress counts through a later month now: every indicator's pro-rated target moved.
          if (p.through !== view.through) onStale();
        },
        (error: unknown) => dispatch({ type: 'failed', key, message: errorMessage(error, t) }),
      );
    }
  }, [state, indicators, locale, code, year, t, view.through, onStale]);

  const stableDispatch = useCallback((action: EntryAction) => dispatch(action), []);
  return { state, dispatch: stableDispatch, progress, monthStatus };
}
