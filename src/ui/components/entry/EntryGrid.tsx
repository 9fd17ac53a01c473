// THE grid: indicators down, months across. It owns the keyboard (lib/grid-nav), pasting a block from
// a worksheet (lib/clipboard), and which cell is active; the cells commit typing to the reducer.
import {
  useCallback,
  useEffect,
  useRef,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { EntriesView } from '../../../shared/api/entries.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isBlock, parseClipboardBlock } from '../../lib/clipboard.ts';
import type { EntryField } from '../../lib/entry-fields.ts';
import { cellKey, cellOf } from '../../lib/entry-state.ts';
import { navigate, planPaste, type GridPos } from '../../lib/grid-nav.ts';
import type { GridRow, IndicatorNode, LineRow } from '../../lib/grid-rows.ts';
import { GridHead } from './GridHead.tsx';
import { GridLine } from './GridLine.tsx';
import { GroupLine } from './GroupLine.tsx';
import type { EntryGrid as GridState } from './use-entry-grid.ts';

export interface ActiveCell {
  pos: GridPos;
  indicator: IndicatorNode;
  field: EntryField;
  month: string;
}

export interface PasteSummary {
  pasted: number;
  outside: number;
  skipped: number;
}

export interface EntryGridProps {
  view: EntriesView;
  rows: readonly GridRow[];
  grid: GridState;
  readOnly: boolean;
  onToggle(code: string): void;
  onActive(cell: ActiveCell): void;
  onPasted(summary: PasteSummary): void;
  onHistory(): void;
  /** A cell to focus once rendered (a link from the dashboard). */
  focusRequest: GridPos | null;
}

function posOf(el: EventTarget | null): GridPos | null {
  if (!(el instanceof HTMLElement) || el.dataset.row === undefined) return null;
  return { row: Number(el.dataset.row), col: Number(el.dataset.col) };
}

export function EntryGrid(props: EntryGridProps) {
  const { t, locale } = useI18n();
  const { view, rows, grid, readOnly } = props;
  const { state, dispatch, progress, monthStatus } = grid;
  const tableRef = useRef<HTMLTableElement>(null);
  const lines = rows.filter((r): r is LineRow => r.type === 'line');
  const linesRef = useRef(lines);
  linesRef.current = lines;
  const activeRef = useRef<GridPos>({ row: 0, col: 0 });
  const months = view.months;
  const size = { rows: lines.length, cols: months.length };

  const cellElement = (pos: GridPos) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`) ?? null;

  const focusCell = useCallback((pos: GridPos) => {
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`);
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, []);

  const onCommit = useCallback(
    (row: number, col: number, text: string) => {
      const line = linesRef.current[row];
      const month = months[col];
      if (!line || !month) return;
      dispatch({
        type: 'commit',
        key: cellKey(line.indicator.code, month),
        indicator: line.indicator,
        field: line.field,
        text,
        locale,
      });
    },
    [dispatch, months, locale],
  );

  const onDiscard = useCallback(
    (row: number, col: number) => {
      const line = linesRef.current[row];
      const month = months[col];
      if (!line || !month) return;
      dispatch({ type: 'discard', key: cellKey(line.indicator.code, month), field: line.field });
    },
    [dispatch, months],
  );

  // Roving tabindex: one cell of the grid is in the Tab order, the one last used.
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const pos = posOf(e.target);
    if (!pos) return;
    const previous = cellElement(activeRef.current);
    if (previous && previous !== e.target) previous.tabIndex = -1;
    (e.target as HTMLElement).tabIndex = 0;
    activeRef.current = pos;
    const line = linesRef.current[pos.row];
    const month = months[pos.col];
    if (line && month) props.onActive({ pos, indicator: line.indicator, field: line.field, month });
  };

  // After a collapse or a search the active cell may be gone: some cell must stay reachable by Tab.
  useEffect(() => {
    const table = tableRef.current;
    if (!table || table.querySelector('[data-row][tabindex="0"]')) return;
    const first = cellElement(activeRef.current) ?? table.querySelector<HTMLElement>('[data-row]');
    if (first) first.tabIndex = 0;
  });

  useEffect(() => {
    if (props.focusRequest) focusCell(props.focusRequest);
  }, [props.focusRequest, focusCell]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const pos = posOf(e.target);
    if (!pos) return;
    if (e.altKey && (e.key === 'h' || e.key === 'H')) {
      e.preventDefault();
      props.onHistory();
      return;
    }
    let caret = { atStart: true, atEnd: true };
    if (e.target instanceof HTMLInputElement) {
      const { selectionStart: s, selectionEnd: end, value } = e.target;
      const all = s === 0 && end === value.length;
      caret = {
        atStart: all || (s === 0 && end === 0),
        atEnd: all || (s === value.length && end === value.length),
      };
    }
    const move = navigate(pos, e, size, caret);
    if (!move || 'leave' in move) return;
    e.preventDefault();
    focusCell(move.to);
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const start = posOf(e.target);
    if (!start) return;
    const block = parseClipboardBlock(e.clipboardData.getData('text/plain'));
    if (!isBlock(block)) return;
    e.preventDefault();
    if (readOnly) return;
    const plan = planPaste(start, block, size);
    let pasted = 0;
    let skipped = 0;
    for (const cell of plan.cells) {
      const line = linesRef.current[cell.row];
      const month = months[cell.col];
      if (!line || !month || !line.indicator.applicable) {
        skipped++;
        continue;
      }
      dispatch({
        type: 'commit',
        key: cellKey(line.indicator.code, month),
        indicator: line.indicator,
        field: line.field,
        text: cell.text,
        locale,
      });
      pasted++;
    }
    props.onPasted({ pasted, outside: plan.outside, skipped });
  };

  return (
    <table
      ref={tableRef}
      className="entry-grid"
      aria-label={t('entry.title', { year: view.year })}
      aria-describedby="entry-help"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onPaste={onPaste}
    >
      <colgroup>
        <col className="col-name" />
        {months.map((m) => (
          <col key={m} className="col-month" />
        ))}
        <col className="col-progress" />
        <col className="col-progress" />
        <col className="col-score" />
      </colgroup>
      <GridHead months={months} status={monthStatus} through={view.through} />
      <tbody>
        {rows.map((row) =>
          row.type === 'group' ? (
            <GroupLine
              key={`g:${row.node.code}`}
              row={row}
              span={months.length + 4}
              onToggle={props.onToggle}
            />
          ) : (
            <GridLine
              key={`l:${row.indicator.code}:${row.field}`}
              row={row}
              monthsOf={months}
              cells={months.map((m) => cellOf(state, cellKey(row.indicator.code, m)))}
              progress={progress[row.indicator.code]}
              readOnly={readOnly}
              onCommit={onCommit}
              onDiscard={onDiscard}
            />
          ),
        )}
      </tbody>
    </table>
  );
}
