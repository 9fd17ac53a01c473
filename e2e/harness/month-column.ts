// A whole month of figures for the demo grid, as an officer would paste or type it: one text per input
// line of the grid (in its order), each different from what is stored, and what the server should then
// hold. Used by the browser tests and bench/entry-month.bench.ts.
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';

export type Field = 'numerator' | 'denominator' | 'value' | 'flag';

export interface Line {
  code: string;
  field: Field;
  applicable: boolean;
  /** The text typed or pasted; '' for a line that does not apply. */
  text: string;
}

export type Wanted = Partial<Record<Field, number | boolean>>;

const idText = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 }).format(n);

/** The grid's input lines in order, each with a value for `month` that differs from the stored one. */
export function monthColumn(
  view: EntriesView,
  month: string,
): { lines: Line[]; wanted: Map<string, Wanted> } {
  const lines: Line[] = [];
  const wanted = new Map<string, Wanted>();
  for (const node of view.tree) {
    if (node.type !== 'indicator' || node.fields.length === 0) continue;
    const stored = view.values.find((v) => v.indicatorCode === node.code && v.month === month);
    const w: Wanted = {};
    if (node.entry === 'ratio') {
      const num = stored?.numerator ?? null;
      const den = stored?.denominator ?? null;
      if (num === null || den === null) Object.assign(w, { numerator: 4, denominator: 5 });
      else if (num >= 1) Object.assign(w, { numerator: num - 1, denominator: den });
      else if (den >= 1) Object.assign(w, { numerator: 1, denominator: den });
      else Object.assign(w, { numerator: 0, denominator: 1 });
    } else {
      for (const field of node.fields as Field[]) {
        const old = stored?.[field] ?? null;
        if (field === 'flag') w.flag = old === null ? true : !old;
        else if (typeof old === 'number') w[field] = old >= 1 ? Math.round(old - 1) : old + 1;
        // 4: a count any row takes, the weeks of a weekly report too (a month has 4 or 5).
        else w[field] = 4;
      }
    }
    // A row that does not apply, or a linked row (entered on its twin's line), is left blank.
    const entered = node.applicable && node.sameAs === null;
    for (const field of node.fields as Field[]) {
      const v = w[field];
      const text = !entered ? '' : typeof v === 'boolean' ? (v ? 'ya' : 'tidak') : idText(v ?? 0);
      lines.push({ code: node.code, field, applicable: node.applicable, text });
    }
    if (entered) wanted.set(node.code, w);
  }
  return { lines, wanted };
}

/**
 * The column's first lines up to `rows` indicators, and what the server should then hold: a block
 * copied from the top of a worksheet, never cutting a row's numerator from its denominator.
 */
export function firstRows(
  column: { lines: Line[]; wanted: Map<string, Wanted> },
  rows: number,
): { lines: Line[]; wanted: Map<string, Wanted> } {
  const codes = [...new Set(column.lines.map((l) => l.code))].slice(0, rows);
  const keep = new Set(codes);
  return {
    lines: column.lines.filter((l) => keep.has(l.code)),
    wanted: new Map([...column.wanted].filter(([code]) => keep.has(code))),
  };
}

/** The block a worksheet copy of the column puts on the clipboard. */
export function columnText(lines: readonly Line[]): string {
  return lines.map((l) => l.text).join('\r\n') + '\r\n';
}

/** The indicators of `wanted` whose stored value for `month` is not (yet) the wanted one. */
export function notStored(view: EntriesView, month: string, wanted: ReadonlyMap<string, Wanted>): string[] {
  const out: string[] = [];
  for (const [code, w] of wanted) {
    const v = view.values.find((x) => x.indicatorCode === code && x.month === month);
    if (Object.entries(w).some(([field, want]) => v?.[field as Field] !== want)) out.push(code);
  }
  return out;
}
