// Plain-text tables and score trees for the terminal.
import type { Axis } from '../domain/catalog/types.ts';
import type { NodeResult } from '../domain/scoring/tree.ts';
import type { NodeWords } from '../shared/api/dashboard.schema.ts';
import { formatNodeScore } from '../shared/axis-scale.ts';
import { explanationSentence } from '../shared/explanation-sentence.ts';
import type { Locale } from '../shared/messages/index.ts';

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

/** A score tree, indented, each node with its score on its axis' scale and its sentence (the dashboard's "why"). */
export function scoreTreeRows(
  node: NodeResult,
  locale: Locale,
  place: { axis: Axis; nodeWords?: Readonly<Record<string, NodeWords>> },
  depth = 0,
  rows: string[][] = [],
): string[][] {
  const words = place.nodeWords?.[node.id];
  // The axis root by its name ("Pelayanan"); a catalog node by its code, which `--json` and
  // `pkp catalog` key by, and its name.
  const label = depth === 0 ? (node.name ?? node.id) : `${node.id}${node.name ? ` ${node.name}` : ''}`;
  const sentence = explanationSentence(
    node,
    {
      axis: place.axis,
      depth,
      words: words?.unit == null ? undefined : { unit: words.unit, sasaran: words.sasaran },
    },
    locale,
  );
  rows.push([`${'  '.repeat(depth)}${label}`, formatNodeScore(place.axis, node.score, locale), sentence]);
  for (const child of node.children ?? []) scoreTreeRows(child, locale, place, depth + 1, rows);
  return rows;
}
