// Rewrites the generated table of docs/catalog-notes.md from the Pati catalog (npm run docs:catalog-notes);
// test/catalog-notes.test.ts keeps the two equal.
import { readFileSync, writeFileSync } from 'node:fs';
import { patiCatalog2023 } from '../src/domain/catalog/pati/index.ts';
import {
  interpretationTable,
  NOTES_TABLE_END,
  NOTES_TABLE_START,
} from '../src/domain/catalog/notes-table.ts';

const path = new URL('../docs/catalog-notes.md', import.meta.url);
const notes = readFileSync(path, 'utf8');
const start = notes.indexOf(NOTES_TABLE_START);
const end = notes.indexOf(NOTES_TABLE_END);
if (start < 0 || end < start)
  throw new Error('docs/catalog-notes.md has lost the markers of its generated table');
const table = interpretationTable(patiCatalog2023);
writeFileSync(path, `${notes.slice(0, start + NOTES_TABLE_START.length)}\n${table}\n${notes.slice(end)}`);
