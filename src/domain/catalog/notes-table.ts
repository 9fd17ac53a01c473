// The table "Rows we had to interpret" of docs/catalog-notes.md, written from the catalog itself so
// that the notes cannot drift from the rows (`npm run docs:catalog-notes`; a test compares the two).
import type { Catalog, CatalogIndicator } from './types.ts';
import { listIndicators } from './walk.ts';

/** Where the generated table sits in the notes. */
export const NOTES_TABLE_START =
  '<!-- generated from the catalog by `npm run docs:catalog-notes`: do not edit -->';
export const NOTES_TABLE_END = '<!-- end of the generated table -->';

const HEADER = ['| code | printed | choice and reason |', '|---|---|---|'];

/** How the row is scored and entered, as the engine reads it: "rate, lower, entry count, per 100000, target <= 132". */
export function choiceOf(indicator: CatalogIndicator): string {
  if (indicator.kind === 'rubric') return `rubric, input ${indicator.rubric?.input ?? 'level'}`;
  const { kind, direction, entry, scale, per, target } = indicator;
  const parts = [kind, direction, `entry ${entry}`];
  if (scale !== undefined) parts.push(`scale ${scale}`);
  if (per !== undefined) parts.push(`per ${per}`);
  parts.push(`target ${target.value === null ? 'null' : `${target.comparator} ${target.value}`}`);
  return parts.join(', ');
}

function printedTarget(indicator: CatalogIndicator): string {
  const text = indicator.kind === 'rubric' ? (indicator.rubric?.target ?? '') : indicator.target.printed;
  return text.trim() === '' ? '(blank)' : text;
}

/** One column over a group of rows: once when every row prints the same, else each row's in turn. */
function column(rows: readonly CatalogIndicator[], pick: (i: CatalogIndicator) => string): string {
  const values = rows.map(pick);
  return new Set(values).size === 1 ? (values[0] ?? '') : values.join(' / ');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * One line per run of consecutive interpreted rows read alike (same choice, same interpretation):
 * the codes, the printed columns (number and name · unit · target · sasaran), the choice and why.
 */
export function interpretationTable(catalog: Catalog): string {
  const runs: { choice: string; rows: CatalogIndicator[] }[] = [];
  for (const { indicator } of listIndicators(catalog)) {
    if (indicator.interpretation === undefined) continue;
    const choice = `${choiceOf(indicator)}. ${indicator.interpretation}`;
    const last = runs[runs.length - 1];
    if (last && last.choice === choice) last.rows.push(indicator);
    else runs.push({ choice, rows: [indicator] });
  }
  const lines = runs.map(({ choice, rows }) => {
    const first = rows[0]!;
    const end = rows[rows.length - 1]!;
    const codes = rows.length === 1 ? `\`${first.code}\`` : `\`${first.code}\`–\`${end.code}\``;
    const printed = [
      rows.map((r) => `${r.number} ${r.name}`.trim()).join(' / '),
      column(rows, (r) => r.unit || '—'),
      column(rows, printedTarget),
      column(rows, (r) => r.sasaran || '(none)'),
    ].join(' · ');
    return `| ${codes} | ${cell(printed)} | ${cell(choice)} |`;
  });
  return [...HEADER, ...lines].join('\n');
}

/** How many rows of the catalog carry an interpretation. */
export function interpretedCount(catalog: Catalog): number {
  return listIndicators(catalog).filter((p) => p.indicator.interpretation !== undefined).length;
}
