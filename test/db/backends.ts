// Runs the same database tests on every back end: PGlite (in memory) and PostgreSQL.
//
//   describeOnBackends('monthly values', (backend) => {
//     it('refuses a stale version', async () => {
//       const { db } = backend;   // a fresh, migrated database for this describe block
//       …
//     });
//   });
//
// PKP_TEST_BACKENDS picks the back ends (default "pglite,postgres"); PostgreSQL is reached at
// PKP_TEST_DATABASE_URL. An unreachable PostgreSQL fails the tests; it never skips them.
import { afterAll, beforeAll, describe } from 'vitest';
import { openDb, type Db, type Store, type StoreKind } from '../../src/data/db.ts';
import { openMemoryStore } from './pglite-template.ts';
import { createMigratedTestDatabase } from './postgres-databases.ts';

export interface TestBackend {
  readonly kind: StoreKind;
  /** The store of this describe block; use it inside tests and hooks (it opens in beforeAll). */
  readonly store: Store;
  readonly db: Db;
  /**
   * Opens another store on the same database, as a second app process would (PostgreSQL only: an
   * in-memory PGlite has one client). The caller closes it.
   */
  openAnother(): Promise<Store>;
  /** Where the PostgreSQL database is, for another process to open it (undefined on PGlite). */
  readonly databaseUrl: string | undefined;
}

const ALL_BACKENDS: readonly StoreKind[] = ['pglite', 'postgres'];

/** Declares `body` once per selected back end, each with its own fresh database. */
export function describeOnBackends(name: string, body: (backend: TestBackend) => void): void {
  describeOn(selectedBackends(), name, body);
}

/**
 * Declares `body` on PostgreSQL only: for concurrency tests. PGlite runs one transaction at a time,
 * so a race it cannot show would pass there for the wrong reason.
 */
export function describeOnPostgres(name: string, body: (backend: TestBackend) => void): void {
  describeOn(
    selectedBackends().filter((k) => k === 'postgres'),
    name,
    body,
  );
}

function describeOn(kinds: readonly StoreKind[], name: string, body: (backend: TestBackend) => void): void {
  for (const kind of kinds) {
    describe(`${name} [${kind}]`, () => {
      let opened: OpenedTestStore | undefined;
      let failure: unknown;
      beforeAll(async () => {
        // Kept rather than thrown: a failing beforeAll would mark the tests skipped, and an
        // unreachable back end must fail every test that needs it, each with the reason.
        opened = await openTestStore(kind).catch((error: unknown) => {
          failure = error;
          return undefined;
        });
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      const current = (): Store => {
        if (failure) throw failure;
        if (!opened)
          throw new Error(`the ${kind} store is not open: use it inside a test or hook, not while declaring`);
        return opened.store;
      };
      body({
        kind,
        get store() {
          return current();
        },
        get db() {
          return current().db;
        },
        get databaseUrl() {
          current();
          return opened?.databaseUrl;
        },
        async openAnother() {
          current();
          if (!opened?.databaseUrl) throw new Error(`a second store needs PostgreSQL, not ${kind}`);
          return openDb({ databaseUrl: opened.databaseUrl });
        },
      });
    });
  }
}

export function selectedBackends(): StoreKind[] {
  const listed = process.env.PKP_TEST_BACKENDS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!listed?.length) return [...ALL_BACKENDS];
  const unknown = listed.filter((k) => !ALL_BACKENDS.includes(k as StoreKind));
  if (unknown.length)
    throw new Error(
      `PKP_TEST_BACKENDS: unknown back end ${unknown.join(', ')} (known: ${ALL_BACKENDS.join(', ')})`,
    );
  return listed as StoreKind[];
}

interface OpenedTestStore {
  store: Store;
  /** PostgreSQL: where the throwaway database is. */
  databaseUrl?: string;
  dispose(): Promise<void>;
}

/** A fresh migrated store of the given kind, and how to close and remove it. */
export async function openTestStore(kind: StoreKind): Promise<OpenedTestStore> {
  if (kind === 'pglite') {
    const store = await openMemoryStore();
    return { store, dispose: () => store.close() };
  }
  const database = await createMigratedTestDatabase();
  try {
    const store = await openDb({ databaseUrl: database.url });
    return {
      store,
      databaseUrl: database.url,
      dispose: async () => {
        try {
          await store.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
