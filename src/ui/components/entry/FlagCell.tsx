// Ya/tidak (or tepat/terlambat) for one month: Space or a click goes empty → ya → tidak → empty;
// typing y or t (n) sets it, Delete clears it.
import { memo, type KeyboardEvent } from 'react';

export interface FlagCellProps {
  row: number;
  col: number;
  /** indicator|field|month, for tests and tools. */
  cellId: string;
  flag: boolean | null;
  word: string;
  label: string;
  hint: string;
  readOnly: boolean;
  problem: string | null;
  saving: boolean;
  conflict: boolean;
  onCommit(row: number, col: number, text: string): void;
}

function next(flag: boolean | null): string {
  if (flag === null) return 'ya';
  return flag ? 'tidak' : '';
}

export const FlagCell = memo(function FlagCell(props: FlagCellProps) {
  const { row, col } = props;
  const set = (text: string) => {
    if (!props.readOnly) props.onCommit(row, col, text);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'enter') {
      // Enter moves down (the grid handles it); it must not toggle as a button would.
      e.preventDefault();
    } else if (k === 'y' || k === '1') set('ya');
    else if (k === 't' || k === 'n' || k === '0') set('tidak');
    else if (k === 'delete' || k === 'backspace') set('');
  };
  const state = props.conflict ? 'conflict' : props.problem ? 'invalid' : props.saving ? 'saving' : undefined;
  return (
    <td className="cell" data-state={state} title={props.problem ?? undefined}>
      <button
        type="button"
        className={`cell-flag flag-${props.flag === null ? 'none' : props.flag ? 'yes' : 'no'}`}
        data-row={row}
        data-col={col}
        data-cell={props.cellId}
        aria-label={`${props.label}: ${props.word}. ${props.problem ? `${props.problem} ` : ''}${props.hint}`}
        aria-disabled={props.readOnly || undefined}
        tabIndex={-1}
        onClick={() => set(next(props.flag))}
        onKeyDown={onKeyDown}
      >
        {props.word}
      </button>
    </td>
  );
});
