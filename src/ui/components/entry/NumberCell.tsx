// One number of one month: typed in place, committed when the focus leaves it or Enter is pressed,
// Escape puts back what was there.
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';

export interface NumberCellProps {
  row: number;
  col: number;
  /** indicator|field|month, for tests and tools. */
  cellId: string;
  text: string;
  label: string;
  readOnly: boolean;
  /** Why the typed value cannot be saved, in words; null when it can. */
  problem: string | null;
  /** Only half a ratio is filled: a hint, not an error. */
  waiting: boolean;
  saving: boolean;
  conflict: boolean;
  /** A plausibility warning on the stored figure, in words (the value is kept: it is a question). */
  warning?: { text: string; checked: boolean } | null;
  onCommit(row: number, col: number, text: string): void;
  onDiscard(row: number, col: number): void;
}

export const NumberCell = memo(function NumberCell(props: NumberCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const { row, col } = props;

  const change = (text: string | null) => {
    draftRef.current = text;
    setDraft(text);
  };
  const commit = () => {
    const text = draftRef.current;
    if (text === null) return;
    change(null);
    props.onCommit(row, col, text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      if (draftRef.current !== null) {
        // The stored text is put back and selected before this key's handling ends, so that the
        // very next arrow key moves to the next cell instead of moving the caret.
        const input = e.currentTarget;
        flushSync(() => change(null));
        input.select();
        e.stopPropagation();
      } else if (props.problem || props.waiting) {
        props.onDiscard(row, col);
      }
      return;
    }
    // Enter commits even where the focus cannot move on (the last line).
    if (e.key === 'Enter' || e.key === 'Tab') commit();
  };

  const state = props.conflict
    ? 'conflict'
    : props.problem
      ? 'invalid'
      : props.waiting
        ? 'waiting'
        : props.saving
          ? 'saving'
          : undefined;
  const errorId = props.problem ? `cell-error-${row}-${col}` : undefined;
  const warningId = props.warning ? `cell-warning-${row}-${col}` : undefined;
  const describedBy = [errorId, warningId].filter(Boolean).join(' ') || undefined;
  return (
    <td
      className="cell"
      data-state={state}
      data-warning={props.warning ? (props.warning.checked ? 'checked' : 'open') : undefined}
      title={props.problem ?? props.warning?.text ?? undefined}
    >
      <input
        className="cell-input"
        data-row={row}
        data-col={col}
        data-cell={props.cellId}
        value={draft ?? props.text}
        aria-label={props.label}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={describedBy}
        aria-busy={props.saving || undefined}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        readOnly={props.readOnly}
        tabIndex={-1}
        onChange={(e) => change(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {props.problem && (
        <span className="visually-hidden" id={errorId}>
          {props.problem}
        </span>
      )}
      {props.warning && (
        <span className="visually-hidden" id={warningId}>
          {props.warning.text}
        </span>
      )}
    </td>
  );
});
