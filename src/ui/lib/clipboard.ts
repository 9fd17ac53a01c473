// A block copied from Excel or LibreOffice: rows separated by newlines, cells by tabs.

/**
 * Splits clipboard text into rows of cells. Excel ends a copied block with a newline (dropped here)
 * and quotes a cell that holds a newline or a tab ("a""b" is a quoted quote).
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Whether a paste is a block (more than one cell) rather than text for the one input. */
export function isBlock(rows: string[][]): boolean {
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

/**
 * An empty cell of a pasted block: nothing, or the "-" (or dash) worksheets print for "no figure".
 * It gives no value: pasting it never erases a stored one unless the user asks.
 */
export function isBlank(text: string): boolean {
  const s = text.trim();
  return s === '' || s === '-' || s === '–' || s === '—';
}
