// Moving around the monthly grid with the keyboard, as a pure function of the key and the position.

export interface GridPos {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface KeyInfo {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Where the caret is in the focused input: Left/Right move the caret until it reaches an edge. */
export interface Caret {
  atStart: boolean;
  atEnd: boolean;
}

export type Move =
  /** Focus this cell (may be the same one, at an edge: the key is used up either way). */
  | { to: GridPos }
  /** Let the browser move focus out of the grid (Tab past the last month). */
  | { leave: true }
  /** Not a grid key: the input handles it (typing, caret moves inside a number). */
  | null;

const PAGE = 10;

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n));
}

/**
 * The grid's keys, Excel-like: arrows move (Left/Right once the caret is at the input's edge), Enter
 * moves down and Shift+Enter up, Tab right and Shift+Tab left (leaving the grid past its first or
 * last month so the keyboard is never trapped), Page Up/Down ten rows, Ctrl+Home/End the corners.
 */
export function navigate(pos: GridPos, key: KeyInfo, size: GridSize, caret: Caret): Move {
  if (size.rows === 0 || size.cols === 0) return null;
  if (key.altKey || key.metaKey) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const at = (row: number, col: number): Move => ({
    to: { row: clamp(row, 0, lastRow), col: clamp(col, 0, lastCol) },
  });
  switch (key.key) {
    case 'ArrowUp':
      return at(pos.row - 1, pos.col);
    case 'ArrowDown':
      return at(pos.row + 1, pos.col);
    case 'ArrowLeft':
      return caret.atStart ? at(pos.row, pos.col - 1) : null;
    case 'ArrowRight':
      return caret.atEnd ? at(pos.row, pos.col + 1) : null;
    case 'Enter':
      return at(pos.row + (key.shiftKey ? -1 : 1), pos.col);
    case 'Tab':
      if (key.shiftKey) return pos.col === 0 ? { leave: true } : at(pos.row, pos.col - 1);
      return pos.col === lastCol ? { leave: true } : at(pos.row, pos.col + 1);
    case 'PageUp':
      return at(pos.row - PAGE, pos.col);
    case 'PageDown':
      return at(pos.row + PAGE, pos.col);
    case 'Home':
      return key.ctrlKey ? at(0, 0) : null;
    case 'End':
      return key.ctrlKey ? at(lastRow, lastCol) : null;
    default:
      return null;
  }
}

export interface PastedCell {
  row: number;
  col: number;
  text: string;
}

/**
 * Lays a pasted block over the grid from the focused cell: row i, column j of the block lands on
 * (row + i, col + j). Cells that fall outside the grid are counted, not lost silently.
 */
export function planPaste(
  start: GridPos,
  block: readonly (readonly string[])[],
  size: GridSize,
): { cells: PastedCell[]; outside: number } {
  const cells: PastedCell[] = [];
  let outside = 0;
  block.forEach((line, i) => {
    line.forEach((text, j) => {
      const row = start.row + i;
      const col = start.col + j;
      if (row >= size.rows || col >= size.cols) outside++;
      else cells.push({ row, col, text });
    });
  });
  return { cells, outside };
}
