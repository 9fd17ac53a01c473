// A block pasted into the grid: previewed (lib/paste-plan), applied only on confirmation, and undone
// as a whole — the old values go back through the save queue with the versions the paste's saves left.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EntriesView } from '../../../shared/api/entries.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { EntryField } from '../../lib/entry-fields.ts';
import { cellKey, cellOf } from '../../lib/entry-state.ts';
import { indicatorMap, type GridRow, type IndicatorNode, type LineRow } from '../../lib/grid-rows.ts';
import { planPasteBlock, type PastePlan } from '../../lib/paste-plan.ts';
import { fieldText } from './cell-text.ts';
import type { PastedBlock } from './EntryGrid.tsx';
import { PastePreview } from './PastePreview.tsx';
import type { CellSnapshot, EntryGrid } from './use-entry-grid.ts';

interface AppliedPaste {
  cells: number;
  before: { key: string; indicator: IndicatorNode; snapshot: CellSnapshot }[];
}

export function usePasteFlow(
  view: EntriesView,
  rows: readonly GridRow[],
  grid: EntryGrid,
): { onPaste(pasted: PastedBlock): void; preview: ReactNode; note: ReactNode } {
  const { t, locale } = useI18n();
  const [plan, setPlan] = useState<PastePlan<IndicatorNode> | null>(null);
  const [applied, setApplied] = useState<AppliedPaste | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // The dialog takes the focus: it goes back to the cell pasted into.
  const returnTo = useRef<HTMLElement | null>(null);
  const refocus = () => {
    const el = returnTo.current;
    requestAnimationFrame(() => el?.focus({ preventScroll: true }));
  };
  const indicators = useMemo(() => [...indicatorMap(view.tree).values()], [view.tree]);
  const { state } = grid;

  const onPaste = useCallback(
    ({ block, start }: PastedBlock) => {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const lines = rows.filter((r): r is LineRow => r.type === 'line');
      setPlan(
        planPasteBlock(
          block,
          start,
          {
            lines,
            indicators,
            months: view.months,
            shown: (indicator, field, month) =>
              fieldText(cellOf(state, cellKey(indicator.code, month)), field, locale),
          },
          locale,
        ),
      );
    },
    [rows, indicators, view.months, state, locale],
  );

  const apply = (eraseBlanks: boolean) => {
    if (!plan) return;
    const cells = eraseBlanks ? [...plan.changes, ...plan.blanks] : plan.changes;
    // One commit per indicator-month, with all its fields: a ratio's two lines are one save.
    const byKey = new Map<string, { indicator: IndicatorNode; typed: Partial<Record<EntryField, string>> }>();
    for (const c of cells) {
      const key = cellKey(c.indicator.code, c.month);
      const entry = byKey.get(key) ?? { indicator: c.indicator, typed: {} };
      entry.typed[c.field] = c.text;
      byKey.set(key, entry);
    }
    const before = [...byKey].map(([key, { indicator }]) => ({
      key,
      indicator,
      snapshot: grid.snapshot(key, indicator),
    }));
    for (const [key, { indicator, typed }] of byKey) grid.commit(key, indicator, typed);
    setPlan(null);
    refocus();
    setApplied({ cells: cells.length, before });
    setNote(t('paste.applied', { count: cells.length }));
  };

  const undo = () => {
    if (!applied) return;
    for (const { key, indicator, snapshot } of applied.before) grid.restore(key, indicator, snapshot);
    setApplied(null);
    setNote(t('paste.undone', { count: applied.cells }));
  };

  return {
    onPaste,
    preview: plan && (
      <PastePreview
        plan={plan}
        onApply={apply}
        onCancel={() => {
          setPlan(null);
          refocus();
        }}
      />
    ),
    note: note && (
      <p className="notice paste-note" role="status">
        {note}
        {applied && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={undo}>
              {t('paste.undo')}
            </button>
          </>
        )}
      </p>
    ),
  };
}
