// Opening the store: PGlite in a data directory (the default) or PostgreSQL, migrated on open.
import { sql } from 'drizzle-orm';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { AppError } from '../shared/errors.ts';
import { acquireDirLock } from './dir-lock.ts';
import { MIGRATIONS_FOLDER } from '../install-paths.ts';
import { assertAppliedArePrefix, readMigrations } from './migrations.ts';
import * as schema from './schema.ts';

/**
 * The database as repositories see it: the query builder common to both engines. A transaction
 * (`db.transaction(async (tx) => …)`) is a `Db` too, so every repository function accepts either.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type StoreKind = 'pglite' | 'postgres';

export interface Store {
  readonly db: Db;
  readonly kind: StoreKind;
  /** Closes the connections and, for a data directory, releases its lock. */
  close(): Promise<void>;
}

export type OpenDbOptions = { dataDir: string } | { databaseUrl: string };

/** PGlite's own files, inside pkp's data directory (which also holds the lock and, later, uploads). */
export const PGLITE_SUBDIR = 'pglite';

/** The session-level advisory lock that serialises migrations of several servers on one PostgreSQL. */
const MIGRATION_LOCK_KEY = 0x706b70; // "pkp"

/**
 * Opens and migrates the store.
 *
 * @example
 *   const store = await openDb({ dataDir: 'data' });              // PGlite, single process
 *   const store = await openDb({ databaseUrl: 'postgres://…' });  // PostgreSQL
 */
export async function openDb(options: OpenDbOptions): Promise<Store> {
  return 'databaseUrl' in options ? openPostgres(options.databaseUrl) : openPgliteDir(options.dataDir);
}

async function openPgliteDir(dataDir: string): Promise<Store> {
  const lock = await acquireDirLock(dataDir);
  try {
    const client = await PGlite.create(join(dataDir, PGLITE_SUBDIR));
    return await attachPglite(client, lock.release);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * Migrates an already open PGlite and wraps it as a store; closing the store closes it. For an
 * in-memory PGlite (tests, one-off tools), which no other process can reach and so needs no lock.
 */
export async function attachPglite(
  client: PGlite,
  afterClose: () => Promise<void> = async () => {},
): Promise<Store> {
  const db = drizzlePglite({ client, schema });
  const close = async () => {
    try {
      // PGlite runs no autovacuum: every refresh of a stored result leaves its old ~20 KiB row behind.
      // The results table is small, so vacuuming it here is cheap and keeps the directory from growing.
      if (!client.closed) await client.exec('VACUUM (ANALYZE) assessment_results').catch(() => undefined);
      if (!client.closed) await client.close();
    } finally {
      await afterClose();
    }
  };
  try {
    await assertAppliedArePrefix(db, readMigrations());
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    await close();
    throw error;
  }
  return { db, kind: 'pglite', close };
}

async function openPostgres(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  // A connection that dies (the server restarted, crashed or failed over) emits 'error': on the pool
  // while idle, on the client while a request holds it between two queries. Unhandled, either would
  // end the process. The request's next query fails where it is handled, and the pool drops the
  // dead connection when it comes back, so the next request connects afresh.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    const client = await connectOrExplain(pool, databaseUrl);
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      // Check and migrate on the connection that holds the lock: another server opening the same
      // database waits here instead of applying the same migration twice.
      const db = drizzleNodePg({ client, schema });
      await assertAppliedArePrefix(db, readMigrations());
      await migrateNodePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closing: Promise<void> | undefined;
  // pool.end() throws when called twice; a store may be closed by a test and again by its cleanup.
  const close = () => (closing ??= pool.end());
  return { db: drizzleNodePg({ client: pool, schema }), kind: 'postgres', close };
}

async function connectOrExplain(pool: pg.Pool, databaseUrl: string): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw new AppError(
      'DB_UNREACHABLE',
      { target: describeTarget(databaseUrl), reason: reasonOf(error) },
      { status: 503, cause: error },
    );
  }
}

/** Node reports a refused connection to a name with several addresses as an AggregateError without a message. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(reasonOf).join('; ');
  return error instanceof Error ? error.message || error.name : String(error);
}

/** "user@host:port/database" for messages: never the password. */
export function describeTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const host = url.hostname || url.searchParams.get('host') || 'localhost';
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `${user}${host}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL is not a valid URL)';
  }
}

/** Whether the database is a standby following a primary (read only until it is promoted). */
export async function isInRecovery(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select pg_is_in_recovery() as standby`);
  return (result as unknown as { rows: { standby: boolean }[] }).rows[0]?.standby === true;
}
