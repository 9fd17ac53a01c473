// Bulk loading by `COPY … FROM STDIN` (PGlite: from a blob): the rows go as PostgreSQL's text format
// in one statement, with no parameters and no query builder between. The demo loader writes each
// table's rows of a whole district this way (~55 000 monthly values in one statement). Measured on a
// province of the national demo: PostgreSQL's own cost per row (heap, primary key, foreign-key check,
// ~10 µs) is the same as by `INSERT … SELECT unnest(…)`; what a load saves is the statements and
// their round trips, and the query builder's mapping of every value.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import { getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from './db.ts';

/** Rows per chunk written to the COPY stream: large enough to cut writes, small enough to keep memory flat. */
export const COPY_ROWS_PER_CHUNK = 2_000;

/** The connection under a Drizzle database or transaction: node-postgres' client or PGlite's. */
type Connection = { kind: 'postgres'; client: pg.ClientBase } | { kind: 'pglite'; client: PGliteQueries };

type PGliteQueries = Pick<PGliteInterface | Transaction, 'query'>;

/**
 * Writes `rows` into `table` with one COPY, inside the caller's transaction (`db` must be one: on a
 * pool the COPY would take a connection of its own). `columns` are the table's columns to fill, by
 * their keys in `rows`; the others take their defaults. All or nothing, as any one statement.
 */
export async function copyRows(
  db: Db,
  table: PgTable,
  columns: readonly (readonly [key: string, column: PgColumn])[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([, column]) => quoteIdentifier(column.name)).join(', ');
  const target = `${quoteIdentifier(getTableName(table))} (${names})`;
  const connection = connectionOf(db);
  if (connection.kind === 'postgres') {
    const stream = connection.client.query(copyFrom(`copy ${target} from stdin`));
    await pipeline(Readable.from(textChunks(columns, rows)), stream);
  } else {
    // PGlite reads a COPY's input from the blob given with the query, under this fixed name.
    const blob = new Blob([...textChunks(columns, rows)]);
    await connection.client.query(`copy ${target} from '/dev/blob'`, [], { blob });
  }
}

function* textChunks(
  columns: readonly (readonly [string, PgColumn])[],
  rows: readonly Record<string, unknown>[],
): Generator<string> {
  for (let start = 0; start < rows.length; start += COPY_ROWS_PER_CHUNK) {
    let text = '';
    const end = Math.min(rows.length, start + COPY_ROWS_PER_CHUNK);
    for (let i = start; i < end; i++) {
      const row = rows[i]!;
      for (let c = 0; c < columns.length; c++) {
        const [key, column] = columns[c]!;
        text += (c === 0 ? '' : '\t') + copyText(row[key], column);
      }
      text += '\n';
    }
    yield text;
  }
}

/**
 * One value in COPY's text format: `\N` for null, booleans as t/f, numbers as JavaScript writes them
 * (the shortest text that reads back to the same double), and text with its backslashes, tabs and
 * line breaks escaped. Anything else (dates, JSON) goes through the column's own mapping first.
 */
export function copyText(value: unknown, column: PgColumn): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'string') return escapeText(value);
  const mapped: unknown = column.mapToDriverValue(value);
  if (typeof mapped === 'string') return escapeText(mapped);
  if (typeof mapped === 'number' || typeof mapped === 'boolean') return copyText(mapped, column);
  throw new TypeError(`copy into column ${column.name}: no text form for ${typeof mapped}`);
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Drizzle keeps a database's or a transaction's connection as `session.client` (not part of its
 * typed API): node-postgres' pool or client, or PGlite or its transaction.
 */
function connectionOf(db: Db): Connection {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (client instanceof pg.Pool) throw new Error('copyRows runs inside a transaction, not on the pool');
  if (client instanceof pg.Client) return { kind: 'postgres', client };
  if (client && typeof (client as PGliteQueries).query === 'function')
    return { kind: 'pglite', client: client as PGliteQueries };
  throw new Error('copyRows: the database connection is neither node-postgres nor PGlite');
}
