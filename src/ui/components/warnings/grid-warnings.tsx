// The plausibility warnings of the Puskesmas-year on the entry grid: loaded beside the grid, loaded
// again once saves settle (a typed figure can raise or clear one), and offered to every line and the
// active-cell line through a context, so the grid's own components only ask "is there one here?".
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WarningView } from '../../../shared/api/warnings.schema.ts';
import { getYearWarnings } from '../../endpoints/warnings.ts';
import type { EntryState } from '../../lib/entry-state.ts';

export interface GridWarnings {
  /** The warning on one cell (a month's figure), or undefined. */
  cell(indicatorCode: string, field: string, month: string): WarningView | undefined;
  /** The warnings of an indicator that are not about one cell: its year's total, its sasaran. */
  row(indicatorCode: string): readonly WarningView[];
  /** How many are open. */
  open: number;
}

const NONE: GridWarnings = { cell: () => undefined, row: () => [], open: 0 };

const GridWarningsContext = createContext<GridWarnings>(NONE);

export function GridWarningsProvider({ value, children }: { value: GridWarnings; children: ReactNode }) {
  return <GridWarningsContext.Provider value={value}>{children}</GridWarningsContext.Provider>;
}

export function useGridWarnings(): GridWarnings {
  return useContext(GridWarningsContext);
}

/** Lookups over a list of warnings. */
export function gridWarningsOf(warnings: readonly WarningView[]): GridWarnings {
  const cells = new Map<string, WarningView>();
  const rows = new Map<string, WarningView[]>();
  for (const w of warnings) {
    if (w.month !== null && w.fields.length > 0) {
      for (const field of w.fields) cells.set(`${w.indicator.code}|${field}|${w.month}`, w);
    } else {
      const list = rows.get(w.indicator.code);
      if (list) list.push(w);
      else rows.set(w.indicator.code, [w]);
    }
  }
  return {
    cell: (code, field, month) => cells.get(`${code}|${field}|${month}`),
    row: (code) => rows.get(code) ?? [],
    open: warnings.filter((w) => w.check === null).length,
  };
}

/**
 * What the grid has stored so far, as a short text that changes with every stored value: when it
 * changes and no save is on its way, the warnings are read again.
 */
export function storedSignature(state: EntryState): string {
  let versions = 0;
  let cells = 0;
  let saving = false;
  for (const cell of Object.values(state)) {
    if (cell.stored) {
      versions += cell.stored.version;
      cells++;
    }
    if (cell.saving) saving = true;
  }
  return saving ? 'saving' : `${cells}:${versions}`;
}

/** Waits this long after the last save before reading the warnings again (a pasted block saves many). */
const SETTLE_MS = 400;

/** The grid's warnings, read again when `signature` (storedSignature) settles on a new value. */
export function useGridWarningsLoader(code: string, year: number, signature: string): GridWarnings {
  const [warnings, setWarnings] = useState<readonly WarningView[]>([]);
  useEffect(() => {
    if (signature === 'saving') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getYearWarnings(code, year, controller.signal).then(
        (view) => {
          if (!controller.signal.aborted) setWarnings(view.warnings);
        },
        // The warnings are a help beside the grid: when they cannot be read, the grid works on.
        () => undefined,
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [code, year, signature]);
  return useMemo(() => gridWarningsOf(warnings), [warnings]);
}
