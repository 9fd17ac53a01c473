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

/** A neighbour of a group heading: an input line (by its index among the lines) or another heading. */
export type RowRef = { line: number } | { heading: string };

/** A group heading among the grid's rows: whether it is open, and what is right above and below it. */
export interface HeadingPlace {
  expanded: boolean;
  above: RowRef | null;
  below: RowRef | null;
}

export type HeadingMove =
  /** Focus this cell. */
  | { to: GridPos }
  /** Focus the fold button of this heading. */
  | { heading: string }
  /** Open or close this heading's group. */
  | { toggle: true }
  /** Not ours: the button and the browser handle it (Enter and Space fold, Tab moves on). */
  | null;

/**
 * The keys on a group heading's fold button. The cells are out of the Tab order but one (the roving
 * cell), so after opening a group by keyboard the browser's Tab would pass over its cells to the next
 * heading: here Tab on an open group goes into its first cell, in the month column last used (`col`).
 * ArrowDown and ArrowUp go to the row below or above, a cell or a heading; ArrowRight opens a closed
 * group (on an open one it goes down), ArrowLeft closes an open one — as in a tree.
 */
export function navigateHeading(place: HeadingPlace, key: KeyInfo, col: number): HeadingMove {
  if (key.altKey || key.metaKey || key.ctrlKey) return null;
  const go = (ref: RowRef | null): HeadingMove =>
    ref === null ? null : 'line' in ref ? { to: { row: ref.line, col } } : { heading: ref.heading };
  switch (key.key) {
    case 'ArrowDown':
      return go(place.below);
    case 'ArrowUp':
      return go(place.above);
    case 'ArrowRight':
      return place.expanded ? go(place.below) : { toggle: true };
    case 'ArrowLeft':
      return place.expanded ? { toggle: true } : null;
    case 'Tab':
      return !key.shiftKey && place.expanded && place.below && 'line' in place.below ? go(place.below) : null;
    default:
      return null;
  }
}
