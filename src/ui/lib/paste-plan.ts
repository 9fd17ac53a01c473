// What a pasted block would change, before anything changes: each cell it lands on (old → new), the
// empty cells that leave a stored value alone, and the cells it cannot place. A block copied with the
// workbook's heading rows and the indicators' codes or names in its first columns is matched by
// indicator; a bare block of numbers is laid line by line from the focused cell.
import type { Locale } from '../../shared/messages/index.ts';
import { isBlank } from './clipboard.ts';
import { parseFlag, type EntryField, type InvalidReason } from './entry-fields.ts';
import type { GridPos } from './grid-nav.ts';
import { formatInput, parseNumber } from './numbers.ts';
import { matchIndicators, monthOfHeading, type MatchableIndicator } from './paste-match.ts';

export interface PasteIndicator extends MatchableIndicator {
  applicable: boolean;
  fields: readonly EntryField[];
}

export interface PasteGrid<I extends PasteIndicator> {
  /** The input lines on screen, in order (a ratio's two lines are two lines). */
  lines: readonly { indicator: I; field: EntryField }[];
  /** Every monthly indicator of the year in catalog order, shown or not. */
  indicators: readonly I[];
  /** The months of the columns, 'YYYY-MM'. */
  months: readonly string[];
  /** What a cell shows now, as text ('' when empty). */
  shown(indicator: I, field: EntryField, month: string): string;
}

export interface PastedCell<I extends PasteIndicator> {
  indicator: I;
  field: EntryField;
  month: string;
  /** As pasted (trimmed; '' for an empty cell or "-"). */
  text: string;
  /** What the cell shows now, and would show. */
  from: string;
  to: string;
  /** Why the new value cannot be saved as it is (it is held on the cell with its reason, as typing is). */
  problem: InvalidReason | null;
}

export type UnplacedReason =
  /** Past the last line or month of the grid. */
  | 'outside'
  | 'not-applicable'
  /** A labelled row whose code or name is no monthly indicator of the year. */
  | 'unknown-indicator'
  /** More rows for an indicator than it has lines. */
  | 'extra-line'
  /** A column whose heading names no month. */
  | 'no-month';

export interface UnplacedRow {
  /** 1-based, as the worksheet's rows of the block. */
  row: number;
  /** The row's label (code or name), or its first cell. */
  label: string;
  reason: UnplacedReason;
  /** Cells with a value that were not placed. */
  cells: number;
}

export interface PastePlan<I extends PasteIndicator> {
  mode: 'by-line' | 'by-indicator';
  /** Cells whose value changes. */
  changes: PastedCell<I>[];
  /** Empty cells of the block over a cell that has a value: left alone unless the user asks. */
  blanks: PastedCell<I>[];
  /** Placed cells that hold what the cell holds already. */
  same: number;
  unplaced: UnplacedRow[];
  /** Rows read as the workbook's headings (no value, no indicator). */
  headings: number;
}

/** A pasted cell as the cell would show it: a number in the user's format, ya/tidak, or as typed. */
function readCell(
  text: string,
  field: EntryField,
  locale: Locale,
): { shown: string; problem: InvalidReason | null } {
  if (field === 'flag') {
    const flag = parseFlag(text);
    if (flag === undefined) return { shown: text, problem: 'not-yes-no' };
    return { shown: flag === null ? '' : flag ? 'ya' : 'tidak', problem: null };
  }
  const n = parseNumber(text, locale);
  if (!n.ok) return { shown: text, problem: n.reason };
  if (n.value !== null && n.value < 0) return { shown: text, problem: 'negative' };
  return { shown: formatInput(n.value, locale), problem: null };
}

function sameShown(a: string, b: string, field: EntryField, locale: Locale): boolean {
  if (a === b) return true;
  if (field === 'flag') return parseFlag(a) === parseFlag(b);
  const x = parseNumber(a, locale);
  const y = parseNumber(b, locale);
  return x.ok && y.ok && x.value === y.value;
}

/** Whether a cell of the block reads as a value (a number, ya/tidak) or is empty. */
function valueOrBlank(text: string, locale: Locale): boolean {
  if (isBlank(text)) return true;
  const n = parseNumber(text, locale);
  if (n.ok && n.value !== null) return true;
  const f = parseFlag(text);
  return f !== undefined && f !== null;
}

/** Where a row's values begin: after its last cell that is not a value (0 for a row of values). */
function labelWidth(row: readonly string[], locale: Locale): number {
  let k = row.length;
  while (k > 0 && valueOrBlank(row[k - 1] ?? '', locale)) k--;
  return k;
}

function hasValue(cells: readonly string[]): boolean {
  return cells.some((c) => !isBlank(c));
}

/** Whether a row's cells hold a figure (a number, ya/tidak): a heading's month names do not. */
function hasFigure(cells: readonly string[], locale: Locale): boolean {
  return cells.some((c) => !isBlank(c) && valueOrBlank(c, locale));
}

/** The most common label width among the rows that carry one (ties: the narrower). */
function commonWidth(widths: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      best = w;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The plan of a paste at `start` (the focused cell). Nothing is changed: the screen shows the plan and
 * applies it on confirmation.
 */
export function planPasteBlock<I extends PasteIndicator>(
  block: readonly (readonly string[])[],
  start: GridPos,
  grid: PasteGrid<I>,
  locale: Locale,
): PastePlan<I> {
  const plan: PastePlan<I> = {
    mode: 'by-line',
    changes: [],
    blanks: [],
    same: 0,
    unplaced: [],
    headings: 0,
  };
  const place = (indicator: I, field: EntryField, month: string, raw: string) => {
    const text = isBlank(raw) ? '' : raw.trim();
    const from = grid.shown(indicator, field, month);
    if (text === '') {
      if (from !== '') plan.blanks.push({ indicator, field, month, text, from, to: '', problem: null });
      return;
    }
    const read = readCell(text, field, locale);
    if (read.problem === null && sameShown(read.shown, from, field, locale)) {
      plan.same++;
      return;
    }
    plan.changes.push({ indicator, field, month, text, from, to: read.shown, problem: read.problem });
  };

  const widths = block.map((row) => labelWidth(row, locale));
  const labelled = block
    .map((row, i) => ({ row, i, width: widths[i] ?? 0 }))
    .filter((r) => r.width > 0 && hasFigure(r.row.slice(r.width), locale));
  const width = commonWidth(labelled.map((r) => r.width));
  const matches =
    width > 0
      ? matchIndicators(
          block.map((row) => row.slice(0, width)),
          grid.indicators,
        )
      : [];

  if (width === 0 || !matches.some((m) => m !== null)) {
    // A bare block: row i, column j lands on line start.row + i, month start.col + j.
    block.forEach((row, i) => {
      const line = grid.lines[start.row + i];
      const label = row[0] ?? '';
      if (!line) {
        if (hasValue(row))
          plan.unplaced.push({ row: i + 1, label, reason: 'outside', cells: countValues(row) });
        return;
      }
      if (!line.indicator.applicable) {
        if (hasValue(row))
          plan.unplaced.push({
            row: i + 1,
            label: line.indicator.name,
            reason: 'not-applicable',
            cells: countValues(row),
          });
        return;
      }
      let outside = 0;
      row.forEach((text, j) => {
        const month = grid.months[start.col + j];
        if (month === undefined) {
          if (!isBlank(text)) outside++;
          return;
        }
        place(line.indicator, line.field, month, text);
      });
      if (outside > 0)
        plan.unplaced.push({ row: i + 1, label: line.indicator.name, reason: 'outside', cells: outside });
    });
    return plan;
  }

  plan.mode = 'by-indicator';
  // A heading row that names months places the columns under it; else they follow the focused month.
  const headingMonths = new Map<number, string>();
  block.forEach((row, i) => {
    if (matches[i] || hasFigure(row.slice(width), locale)) return;
    row.slice(width).forEach((text, j) => {
      const month = monthOfHeading(text, grid.months);
      if (month) headingMonths.set(j, month);
    });
  });
  const monthOfColumn = (j: number): string | undefined =>
    headingMonths.size > 0 ? headingMonths.get(j) : grid.months[start.col + j];

  // The lines of an indicator fill in order: its name's row, then unlabelled rows below it (a ratio's
  // denominator under its numerator).
  let current: { indicator: I; next: number } | null = null;
  const filled = new Map<string, number>();
  block.forEach((row, i) => {
    const values = row.slice(width);
    const label = row
      .slice(0, width)
      .map((c) => c.trim())
      .filter((c) => c !== '')
      .join(' ');
    const match = matches[i] ?? null;
    let target: { indicator: I; field: EntryField } | null = null;
    let reason: UnplacedReason | null = null;
    if (match) {
      const indicator = match as I;
      const next = filled.get(indicator.code) ?? 0;
      current = { indicator, next };
      if (!indicator.applicable) reason = 'not-applicable';
      else if (next >= indicator.fields.length) reason = 'extra-line';
      else target = { indicator, field: indicator.fields[next] as EntryField };
      filled.set(indicator.code, next + 1);
    } else if (!hasFigure(values, locale)) {
      if (label !== '' || hasValue(values)) plan.headings++;
      current = label === '' ? current : null;
      return;
    } else if (current && (label === '' || isLineWord(label))) {
      const next = filled.get(current.indicator.code) ?? 0;
      if (!current.indicator.applicable) reason = 'not-applicable';
      else if (next >= current.indicator.fields.length) reason = 'extra-line';
      else target = { indicator: current.indicator, field: current.indicator.fields[next] as EntryField };
      filled.set(current.indicator.code, next + 1);
    } else {
      reason = 'unknown-indicator';
      current = null;
    }
    if (!target) {
      if (hasValue(values))
        plan.unplaced.push({
          row: i + 1,
          label: label || (match?.name ?? ''),
          reason: reason ?? 'unknown-indicator',
          cells: countValues(values),
        });
      return;
    }
    let noMonth = 0;
    values.forEach((text, j) => {
      const month = monthOfColumn(j);
      if (month === undefined) {
        if (!isBlank(text)) noMonth++;
        return;
      }
      place(target.indicator, target.field, month, text);
    });
    if (noMonth > 0)
      plan.unplaced.push({
        row: i + 1,
        label: label || target.indicator.name,
        reason: headingMonths.size > 0 ? 'no-month' : 'outside',
        cells: noMonth,
      });
  });
  return plan;
}

function countValues(cells: readonly string[]): number {
  return cells.filter((c) => !isBlank(c)).length;
}

/** The words a workbook puts on a ratio's second line instead of the indicator's name. */
const LINE_WORDS = ['pembilang', 'penyebut', 'numerator', 'denominator', 'sasaran', 'jumlah', 'target'];

function isLineWord(label: string): boolean {
  const s = label.toLowerCase();
  return LINE_WORDS.some((w) => s.startsWith(w) || s.startsWith(`- ${w}`));
}
