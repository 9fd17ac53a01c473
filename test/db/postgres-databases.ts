// Throwaway PostgreSQL databases for tests: one per test file, created from the admin connection and
// dropped afterwards; databases left behind by a crashed run are dropped by the next one.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { describeTarget } from '../../src/data/db.ts';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://127.0.0.1:5432/test';
const NAME_PREFIX = 'pkp_t_';
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
    const name = `${NAME_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database "${name}"`);
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    return { url: url.toString(), name, drop: () => dropDatabase(name) };
  } finally {
    await admin.end();
  }
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
