// Many rows in few statements: what makes loading a district's year of demo data take seconds, not minutes.
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';

/**
 * PostgreSQL's wire protocol counts bind parameters in 16 bits (at most 65,535 per statement); stay
 * well below so a multi-row VALUES statement never fails on its size.
 */
const MAX_PARAMETERS_PER_STATEMENT = 30_000;

/** Rows per bulk INSERT: big enough to amortise a round trip, small enough to keep memory flat. */
export const ROWS_PER_BULK_INSERT = 5_000;

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
 * Inserts all rows in one transaction (all or nothing), a few thousand rows per statement. Writes
 * no audit rows: for loading generated or imported data, not for a user's edits. Every row must
 * give the same columns; the others take their defaults.
 *
 * Each statement sends one array per column (`INSERT … SELECT * FROM unnest($1::int[], $2::text[], …)`)
 * rather than a multi-row VALUES list: Drizzle spends ~50 µs per row building a VALUES list, which
 * made 190,000 monthly values take 10–15 s; with arrays it is a few seconds.
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
  await db.transaction(async (tx) => {
    for (const slice of chunk(records, ROWS_PER_BULK_INSERT))
      await tx.execute(insertFromArrays(table, given, slice));
  });
}

function insertFromArrays(
  table: PgTable,
  columns: [string, PgColumn][],
  rows: readonly Record<string, unknown>[],
): SQL {
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map(([key, column]) => {
      const values = rows.map((row) => (row[key] === null ? null : column.mapToDriverValue(row[key])));
      return sql`${sql.param(values)}::${sql.raw(arrayElementType(column))}[]`;
    }),
    sql`, `,
  );
  return sql`insert into ${table} (${names}) select * from unnest(${arrays})`;
}

/** The column's type as an array element: serial types are integers with a default, not types of their own. */
function arrayElementType(column: PgColumn): string {
  const type = column.getSQLType();
  return { serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' }[type] ?? type;
}
