// Many rows in few statements: what makes loading a district's year of demo data take seconds, not minutes.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { copyRows } from '../copy-rows.ts';
import type { Db } from '../db.ts';

/**
 * PostgreSQL's wire protocol counts bind parameters in 16 bits (at most 65,535 per statement); stay
 * well below so a multi-row VALUES statement never fails on its size.
 */
const MAX_PARAMETERS_PER_STATEMENT = 30_000;

/** How many rows of `table` fit in one multi-row VALUES statement. */
export function rowsPerStatement(table: PgTable): number {
  return Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / Object.keys(getTableColumns(table)).length));
}

/** Splits `items` into consecutive slices of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Inserts all rows in one transaction (all or nothing) by one COPY (data/copy-rows.ts). Writes no
 * audit rows: for loading generated or imported data, not for a user's edits. Every row must give
 * the same columns; the others take their defaults.
 */
export async function insertInBatches<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const records = rows as readonly Record<string, unknown>[];
  const first = records[0];
  if (!first) return;
  const given = Object.entries(getTableColumns(table)).filter(([key]) => first[key] !== undefined);
  const givenKeys = new Set(given.map(([key]) => key));
  for (const row of records) {
    const keys = Object.keys(row).filter((key) => row[key] !== undefined);
    if (keys.length !== givenKeys.size || keys.some((key) => !givenKeys.has(key))) {
      throw new Error(
        `bulk insert into ${getTableName(table)}: every row must give the same columns (${[...givenKeys].join(', ')})`,
      );
    }
  }
  await db.transaction((tx) => copyRows(tx, table, given, records));
}
