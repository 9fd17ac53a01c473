// Plain-text tables and score trees for the terminal.
import type { NodeResult } from '../domain/scoring/tree.ts';
import { formatNumber } from '../shared/format.ts';
import type { Locale } from '../shared/messages/index.ts';
import { explanationLabel } from '../shared/labels.ts';

/** Left-aligned columns, numbers right-aligned; the first row is the header. */
export function table(rows: string[][], rightAligned: number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = (widths[i] ?? 0) - [...cell].length;
        return rightAligned.includes(i) ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A score tree, indented, each node with its score (or why it is excluded). */
export function scoreTreeRows(
  node: NodeResult,
  locale: Locale,
  depth = 0,
  rows: string[][] = [],
): string[][] {
  const label = `${'  '.repeat(depth)}${node.id}${node.name ? ` ${node.name}` : ''}`;
  rows.push([label, formatNumber(node.score, 2, locale), explanationLabel(node.explanation, locale)]);
  for (const child of node.children ?? []) scoreTreeRows(child, locale, depth + 1, rows);
  return rows;
}
