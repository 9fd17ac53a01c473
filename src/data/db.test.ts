import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnotherProcess } from '../../test/db/another-process.ts';
import { describeOnBackends, selectedBackends } from '../../test/db/backends.ts';
import { createTestDatabase } from '../../test/db/postgres-databases.ts';
import { AppError } from '../shared/errors.ts';
import { openDb, PGLITE_SUBDIR, type Store } from './db.ts';
import { LOCK_NAME_PREFIX } from './dir-lock.ts';
import { assertAppliedArePrefix, readAppliedMigrations, readMigrations } from './migrations.ts';
import { createOrgUnit, getOrgUnitByCode } from './repositories/org-units.repository.ts';

const openDataDirScript = fileURLToPath(new URL('../../test/db/open-data-dir.ts', import.meta.url));

/** Opens `dir` from another Node process and returns what it printed. */
function openFromAnotherProcess(dir: string): {
  code?: string;
  message?: string;
  localized?: string;
  opened?: boolean;
} {
  const child = spawnSync(process.execPath, ['--import', 'tsx', openDataDirScript, dir], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (child.error) throw child.error;
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  if (!lastLine.startsWith('{')) throw new Error(`child printed no result: ${child.stdout}\n${child.stderr}`);
  return JSON.parse(lastLine) as ReturnType<typeof openFromAnotherProcess>;
}

/** The lock sockets in a data directory. */
async function lockNames(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith(LOCK_NAME_PREFIX));
}

/** Records a migration this pkp does not have, as a newer pkp would. */
async function recordForeignMigration(store: Store): Promise<void> {
  await store.db.execute(
    sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('f00d', 4102444800000)`,
  );
}

describe('openDb on a data directory (PGlite)', () => {
  let dir: string;
  let store: Store | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pkp-db-test-'));
    store = await openDb({ dataDir: dir });
  });

  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the database in a subdirectory and holds a lock named after its PID next to it', async () => {
    expect(store!.kind).toBe('pglite');
    expect(existsSync(join(dir, PGLITE_SUBDIR, 'PG_VERSION'))).toBe(true);
    expect(await lockNames(dir)).toEqual([expect.stringMatching(`^${LOCK_NAME_PREFIX}${process.pid}\\.`)]);
  });

  it('refuses a second opener in the same process with DB_LOCKED naming the directory', async () => {
    const second = openDb({ dataDir: dir });
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: 'DB_LOCKED', params: { dir, pid: process.pid } });
    await expect(second).rejects.toThrow(dir);
  });

  it('refuses another process at once with DB_LOCKED naming the directory and the holder', () => {
    const started = Date.now();
    const outcome = openFromAnotherProcess(dir);

    expect(outcome.code).toBe('DB_LOCKED');
    expect(outcome.message).toContain(dir);
    expect(outcome.message).toContain(String(process.pid));
    expect(outcome.localized).toContain(dir);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('releases the lock on close and finds its data again when reopened', async () => {
    await createOrgUnit(store!.db, { code: 'KAB-PERSIST', name: 'Dinkes Kabupaten Pati', level: 'district' });
    await store!.close();
    store = undefined;
    expect(await lockNames(dir)).toEqual([]);

    store = await openDb({ dataDir: dir });

    expect(await getOrgUnitByCode(store.db, 'KAB-PERSIST')).toMatchObject({ name: 'Dinkes Kabupaten Pati' });
  });

  it('refuses a directory migrated by another pkp with DB_MIGRATIONS_OUT_OF_SYNC, and releases the lock', async () => {
    await recordForeignMigration(store!);
    await store!.close();
    store = undefined;

    await expect(openDb({ dataDir: dir })).rejects.toMatchObject({
      code: 'DB_MIGRATIONS_OUT_OF_SYNC',
      params: { applied: expect.stringContaining('f00d') },
    });
    expect(await lockNames(dir)).toEqual([]);
  });
});

describe('openDb on a data directory another process used', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pkp-db-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('opens a directory whose leftover lock file names a live, unrelated process (PID 1)', async () => {
    await writeFile(join(dir, 'pkp.lock'), '1\n');

    const store = await openDb({ dataDir: dir });

    await store.close();
  });

  it('refuses while another process has the store open, and opens once that process is killed with SIGKILL', async () => {
    const other = await startAnotherProcess<{ opened?: boolean }>(openDataDirScript, [dir, '--hold']);
    try {
      expect(other.report).toEqual({ opened: true });
      await expect(openDb({ dataDir: dir })).rejects.toMatchObject({
        code: 'DB_LOCKED',
        params: { dir, pid: other.pid },
      });
    } finally {
      await other.kill();
    }

    const store = await openDb({ dataDir: dir });

    await store.close();
  });
});

describeOnBackends('migrations', (backend) => {
  const ours = readMigrations();

  it('records exactly our migrations, in order', async () => {
    const applied = await readAppliedMigrations(backend.db);
    expect(applied).toEqual(ours.map(({ hash, createdAt }) => ({ hash, createdAt })));
  });

  it('accepts a database that lacks only our newest migrations', async () => {
    const newer = { tag: '9999_future', createdAt: 4102444800000, hash: 'beef' };
    await expect(assertAppliedArePrefix(backend.db, [...ours, newer])).resolves.toBeUndefined();
  });

  it('refuses a database with a migration we do not know', async () => {
    await expect(assertAppliedArePrefix(backend.db, ours.slice(0, -1))).rejects.toMatchObject({
      code: 'DB_MIGRATIONS_OUT_OF_SYNC',
      params: { applied: expect.stringContaining(`#${ours.length}`) },
    });
  });

  it('refuses a database whose applied migration was edited afterwards', async () => {
    const edited = ours.map((m, i) => (i === 0 ? { ...m, hash: 'edited' } : m));
    await expect(assertAppliedArePrefix(backend.db, edited)).rejects.toMatchObject({
      code: 'DB_MIGRATIONS_OUT_OF_SYNC',
      params: { applied: `${ours[0]!.tag} (changed after it was applied)` },
    });
  });
});

describe('openDb on PostgreSQL', () => {
  it('reports an unreachable server with DB_UNREACHABLE, naming the host but never the password', async () => {
    const opening = openDb({ databaseUrl: 'postgres://pkp:s3cret@127.0.0.1:1/pkp' });

    await expect(opening).rejects.toMatchObject({ code: 'DB_UNREACHABLE', status: 503 });
    const error = (await opening.catch((e: unknown) => e)) as AppError;
    expect(error.message).toContain('pkp@127.0.0.1:1/pkp');
    expect(error.message).not.toContain('s3cret');
    expect(error.localized('id')).not.toContain('s3cret');
  });

  it.runIf(selectedBackends().includes('postgres'))(
    'refuses a database migrated by another pkp with DB_MIGRATIONS_OUT_OF_SYNC',
    async () => {
      const database = await createTestDatabase();
      try {
        const store = await openDb({ databaseUrl: database.url });
        expect(store.kind).toBe('postgres');
        await recordForeignMigration(store);
        await store.close();

        await expect(openDb({ databaseUrl: database.url })).rejects.toMatchObject({
          code: 'DB_MIGRATIONS_OUT_OF_SYNC',
        });
      } finally {
        await database.drop();
      }
    },
  );

  it.runIf(selectedBackends().includes('postgres'))(
    'lets several servers open one new database at once, migrating it once',
    async () => {
      const database = await createTestDatabase();
      try {
        const stores = await Promise.all([1, 2, 3].map(() => openDb({ databaseUrl: database.url })));
        expect(await readAppliedMigrations(stores[0]!.db)).toHaveLength(readMigrations().length);
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await database.drop();
      }
    },
  );
});
