// THE grid: indicators down, months across. It owns the keyboard (lib/grid-nav), catching a block pasted
// from a worksheet (lib/clipboard; the screen previews it), and which cell is active; the cells commit
// typing to the grid's state (use-entry-grid), which queues it for saving.
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
import { navigate, navigateHeading, type GridPos } from '../../lib/grid-nav.ts';
import { headingPlace, type GridRow, type IndicatorNode, type LineRow } from '../../lib/grid-rows.ts';
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

/** A block pasted at a cell, for the screen to preview. */
export interface PastedBlock {
  block: string[][];
  start: GridPos;
}

export interface EntryGridProps {
  view: EntriesView;
  rows: readonly GridRow[];
  grid: GridState;
  readOnly: boolean;
  /** Indicators writable although the grid is read-only: those Dinkes returned to the Puskesmas. */
  reopened?: ReadonlySet<string>;
  onToggle(code: string): void;
  onActive(cell: ActiveCell): void;
  onPaste(pasted: PastedBlock): void;
  onHistory(): void;
  /** A cell to focus once rendered (a link from the dashboard). */
  focusRequest: GridPos | null;
}

function posOf(el: EventTarget | null): GridPos | null {
  if (!(el instanceof HTMLElement) || el.dataset.row === undefined) return null;
  return { row: Number(el.dataset.row), col: Number(el.dataset.col) };
}

export function EntryGrid(props: EntryGridProps) {
  const { t } = useI18n();
  const { view, rows, grid, readOnly } = props;
  const { state, commit, discard, progress, monthStatus } = grid;
  const tableRef = useRef<HTMLTableElement>(null);
  const lines = rows.filter((r): r is LineRow => r.type === 'line');
  const linesRef = useRef(lines);
  linesRef.current = lines;
  const months = view.months;
  // The month being entered (the month the progress counts through): marked, and where the keyboard
  // starts, so a first Tab into the grid lands in the column the officer is filling in.
  const currentCol = Math.max(0, months.indexOf(view.through));
  const activeRef = useRef<GridPos>({ row: 0, col: currentCol });
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
      commit(cellKey(line.indicator.code, month), line.indicator, { [line.field]: text });
    },
    [commit, months],
  );

  const onDiscard = useCallback(
    (row: number, col: number) => {
      const line = linesRef.current[row];
      const month = months[col];
      if (!line || !month) return;
      discard(cellKey(line.indicator.code, month), line.field);
    },
    [discard, months],
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

  // On arrival, scroll the frame sideways so the month being entered is in view (a tablet held
  // upright shows seven or eight months).
  useEffect(() => {
    const frame = tableRef.current?.parentElement;
    const head = tableRef.current?.querySelector<HTMLElement>('th[aria-current="date"]');
    if (!frame || !head) return;
    const right = head.offsetLeft + head.offsetWidth;
    if (right > frame.scrollLeft + frame.clientWidth) frame.scrollLeft = right - frame.clientWidth;
  }, []);

  /** Keys on a group heading's fold button: into the group just opened, or on to the next row. */
  const onHeadingKey = (e: KeyboardEvent<HTMLTableElement>, code: string) => {
    const place = headingPlace(props.rows, code);
    const move = place && navigateHeading(place, e, activeRef.current.col);
    if (!move) return;
    e.preventDefault();
    if ('toggle' in move) props.onToggle(code);
    else if ('heading' in move)
      tableRef.current?.querySelector<HTMLElement>(`[data-group="${CSS.escape(move.heading)}"]`)?.focus();
    else focusCell(move.to);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const heading = e.target instanceof HTMLElement ? e.target.dataset.group : undefined;
    if (heading !== undefined) {
      onHeadingKey(e, heading);
      return;
    }
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

  // A block is not laid at once: the screen previews what it would change (lib/paste-plan).
  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const start = posOf(e.target);
    if (!start) return;
    const block = parseClipboardBlock(e.clipboardData.getData('text/plain'));
    if (!isBlock(block)) return;
    e.preventDefault();
    if (readOnly) return;
    props.onPaste({ block, start });
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
        {months.map((m, i) => (
          <col key={m} className={`col-month${i === currentCol ? ' current-month' : ''}`} />
        ))}
        <col className="col-progress" />
        <col className="col-progress" />
        <col className="col-score" />
      </colgroup>
      <GridHead months={months} status={monthStatus} through={view.through} current={currentCol} />
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
              // A linked row shows its twin's cells (read-only there): the figures it is scored on.
              cells={months.map((m) => cellOf(state, cellKey(row.indicator.sameAs ?? row.indicator.code, m)))}
              progress={progress[row.indicator.code]}
              readOnly={readOnly && !props.reopened?.has(row.indicator.code)}
              onCommit={onCommit}
              onDiscard={onDiscard}
            />
          ),
        )}
      </tbody>
    </table>
  );
}
