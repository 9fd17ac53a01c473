// Our SQL migrations (drizzle/), and the check that a database was built by the same line of them.
import { readFileSync } from 'node:fs';
import { and, asc, eq } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { bigint, pgSchema, serial, text } from 'drizzle-orm/pg-core';
import { MIGRATIONS_FOLDER } from '../install-paths.ts';
import { AppError } from '../shared/errors.ts';
import type { Db } from './db.ts';

/** One migration as drizzle's migrator identifies it: the journal's `when` and the file's SHA-256. */
export interface Migration {
  tag: string;
  createdAt: number;
  hash: string;
}

/** Where drizzle's migrator records what it applied (its defaults; we never pass others). */
const drizzleMigrations = pgSchema('drizzle').table('__drizzle_migrations', {
  id: serial('id').primaryKey(),
  hash: text('hash').notNull(),
  createdAt: bigint('created_at', { mode: 'number' }),
});

const informationSchemaTables = pgSchema('information_schema').table('tables', {
  tableSchema: text('table_schema'),
  tableName: text('table_name'),
});

/** Our migrations in the order they apply. */
export function readMigrations(folder: string = MIGRATIONS_FOLDER): Migration[] {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const files = readMigrationFiles({ migrationsFolder: folder });
  return journal.entries.map((entry, i) => ({ tag: entry.tag, createdAt: entry.when, hash: files[i]!.hash }));
}

/** The migrations recorded in the database, oldest first; empty for a new database. */
export async function readAppliedMigrations(db: Db): Promise<{ hash: string; createdAt: number | null }[]> {
  const [table] = await db
    .select({ name: informationSchemaTables.tableName })
    .from(informationSchemaTables)
    .where(
      and(
        eq(informationSchemaTables.tableSchema, 'drizzle'),
        eq(informationSchemaTables.tableName, '__drizzle_migrations'),
      ),
    );
  if (!table) return [];
  return db
    .select({ hash: drizzleMigrations.hash, createdAt: drizzleMigrations.createdAt })
    .from(drizzleMigrations)
    .orderBy(asc(drizzleMigrations.id));
}

/**
 * Throws DB_MIGRATIONS_OUT_OF_SYNC unless the applied migrations are the first of ours, in order and
 * unchanged. Otherwise the database comes from a newer pkp, or from a branch whose migrations never
 * landed here, and migrating it would build on a schema we do not know.
 */
export async function assertAppliedArePrefix(db: Db, ours: Migration[]): Promise<void> {
  const applied = await readAppliedMigrations(db);
  for (const [i, row] of applied.entries()) {
    const mine = ours[i];
    if (mine && mine.createdAt === row.createdAt && mine.hash === row.hash) continue;
    throw new AppError(
      'DB_MIGRATIONS_OUT_OF_SYNC',
      { applied: describeApplied(row, i, ours) },
      { status: 500 },
    );
  }
}

function describeApplied(
  row: { hash: string; createdAt: number | null },
  index: number,
  ours: Migration[],
): string {
  const known = ours.find((m) => m.createdAt === row.createdAt);
  if (!known) return `#${index + 1} (${row.createdAt ?? '?'}, ${row.hash.slice(0, 12)})`;
  return known.hash === row.hash
    ? `${known.tag} (applied out of order)`
    : `${known.tag} (changed after it was applied)`;
}
