// docs/catalog-notes.md says how every interpreted row of the Pati catalog is read: its table is the
// catalog's own (regenerate with npm run docs:catalog-notes), so a changed row cannot leave it behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  interpretationTable,
  interpretedCount,
  NOTES_TABLE_END,
  NOTES_TABLE_START,
} from '../src/domain/catalog/notes-table.ts';
import { patiCatalog2023 } from '../src/domain/catalog/pati/index.ts';
import { listIndicators } from '../src/domain/catalog/walk.ts';

const notes = readFileSync(new URL('../docs/catalog-notes.md', import.meta.url), 'utf8');

describe('docs/catalog-notes.md', () => {
  it('holds the table of interpreted rows exactly as the catalog gives it (npm run docs:catalog-notes)', () => {
    const start = notes.indexOf(NOTES_TABLE_START);
    const end = notes.indexOf(NOTES_TABLE_END);
    expect(start, 'the start marker').toBeGreaterThanOrEqual(0);
    expect(end, 'the end marker').toBeGreaterThan(start);
    expect(notes.slice(start + NOTES_TABLE_START.length, end).trim()).toBe(
      interpretationTable(patiCatalog2023),
    );
  });

  it('quotes every row’s interpretation', () => {
    const missing = listIndicators(patiCatalog2023)
      .map((p) => p.indicator)
      .filter((i) => i.interpretation !== undefined && !notes.includes(i.interpretation))
      .map((i) => i.code);
    expect(missing).toEqual([]);
  });

  it('quotes each row’s sasaran as the row prints it (an ellipsis shortens, nothing else)', () => {
    const misquoted = listIndicators(patiCatalog2023).flatMap(({ indicator }) =>
      [...(indicator.interpretation ?? '').matchAll(/sasaran (?:printed )?"([^"]+)"/gi)]
        .map((m) => (m[1] ?? '').replace(/\s*…$/, ''))
        .filter((quoted) => !indicator.sasaran.includes(quoted))
        .map((quoted) => `${indicator.code}: "${quoted}" is not in "${indicator.sasaran}"`),
    );
    expect(misquoted).toEqual([]);
  });

  it('counts the interpreted rows as the catalog has them', () => {
    expect(notes).toContain(`${interpretedCount(patiCatalog2023)} rows carry an \`interpretation\``);
  });
});
