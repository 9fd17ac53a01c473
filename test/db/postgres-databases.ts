// Throwaway PostgreSQL databases for tests: one per test file, created from the admin connection and
// dropped afterwards; databases left behind by a crashed run are dropped by the next one.
import { createHash, randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { describeTarget, openDb } from '../../src/data/db.ts';
import { readMigrations } from '../../src/data/migrations.ts';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://127.0.0.1:5432/test';
const NAME_PREFIX = 'pkp_t_';
/** A database migrated once, which migrated test databases are copied from: pkp_migrated_<migrations' hash>. */
const MIGRATED_PREFIX = 'pkp_migrated_';
/** The advisory lock under which one test process at a time makes that database. */
const MIGRATED_LOCK_KEY = 0x706b7074; // "pkpt"

/** Older than this, a test database belongs to a run that died before dropping it. */
const ABANDONED_AFTER_SECONDS = 6 * 60 * 60;

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** The admin URL from PKP_TEST_DATABASE_URL, with the login user filled in as libpq would. */
export function adminUrl(): string {
  const url = new URL(process.env.PKP_TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL);
  // pg falls back to $PGUSER, then $USER, and sends no user at all when both are unset (as in CI
  // containers); psql uses the OS account then, and so do we.
  if (!url.username && !process.env.PGUSER && !process.env.USER) url.username = userInfo().username;
  return url.toString();
}

/** Creates an empty database named pkp_t_<unix seconds>_<random>. Throws a clear error if the server is unreachable. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = await connectAdmin();
  try {
    await dropAbandoned(admin);
    const name = newName();
    await admin.query(`create database "${name}"`);
    return { url: databaseUrl(name), name, drop: () => dropDatabase(name) };
  } finally {
    await admin.end();
  }
}

/**
 * A database already migrated to this checkout's schema, as `openDb` would leave an empty one: a copy
 * of a template migrated once per set of migrations (CREATE DATABASE … TEMPLATE, ~0,1 s, where running
 * the migrations on an empty database took ~0,7 s of every store a test opened).
 */
export async function createMigratedTestDatabase(): Promise<TestDatabase> {
  const template = await migratedTemplate();
  const admin = await connectAdmin();
  try {
    await dropAbandoned(admin);
    const name = newName();
    await admin.query(`create database "${name}" template "${template}"`);
    return { url: databaseUrl(name), name, drop: () => dropDatabase(name) };
  } finally {
    await admin.end();
  }
}

let knownTemplate: string | undefined;

/** The name of the migrated template, made first if no process has made it for these migrations. */
async function migratedTemplate(): Promise<string> {
  const hash = createHash('sha256');
  for (const migration of readMigrations()) hash.update(migration.hash);
  const name = `${MIGRATED_PREFIX}${hash.digest('hex').slice(0, 16)}`;
  if (knownTemplate === name) return name;
  const admin = await connectAdmin();
  try {
    await admin.query('select pg_advisory_lock($1)', [MIGRATED_LOCK_KEY]);
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${MIGRATED_PREFIX}%`],
    );
    for (const { datname } of rows) {
      // Another checkout's migrations: a copy in progress keeps it, and the next run tries again.
      if (datname !== name) await admin.query(`drop database if exists "${datname}"`).catch(() => {});
    }
    if (!rows.some((r) => r.datname === name)) {
      // Migrated under a working name and renamed when done: a process killed meanwhile leaves a
      // pkp_t_ database (dropped as abandoned later), never a half-migrated template.
      const draft = newName();
      await admin.query(`create database "${draft}"`);
      const store = await openDb({ databaseUrl: databaseUrl(draft) });
      await store.close();
      await admin.query(`alter database "${draft}" rename to "${name}"`);
    }
    knownTemplate = name;
    return name;
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [MIGRATED_LOCK_KEY]).catch(() => {});
    await admin.end();
  }
}

const newName = () => `${NAME_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;

function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name: string): Promise<void> {
  const admin = await connectAdmin();
  try {
    // FORCE (PostgreSQL 13+) ends sessions a failed test may have left open.
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

async function dropAbandoned(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    'select datname from pg_database where datname like $1',
    [`${NAME_PREFIX}%`],
  );
  const now = Date.now() / 1000;
  for (const { datname } of rows) {
    const createdAt = Number(datname.slice(NAME_PREFIX.length).split('_')[0]);
    if (Number.isFinite(createdAt) && now - createdAt > ABANDONED_AFTER_SECONDS) {
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
  }
}

async function connectAdmin(): Promise<pg.Client> {
  const url = adminUrl();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    throw new Error(
      `The database tests need PostgreSQL at ${describeTarget(url)}, which is unreachable: ${reasonOf(error)}. ` +
        'Start it, point PKP_TEST_DATABASE_URL at one (e.g. postgres://postgres@127.0.0.1:5432/postgres), ' +
        'or run on PGlite alone with PKP_TEST_BACKENDS=pglite.',
      { cause: error },
    );
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(reasonOf).join('; ');
  return error instanceof Error ? error.message || error.name : String(error);
}
