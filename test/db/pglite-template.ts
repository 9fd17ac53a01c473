// In-memory PGlite stores for tests, migrated once per machine: initdb and migrating cost ~3 s, while
// loading a migrated data directory takes ~0,9 s. The migrated directory is kept as a tarball in
// .pkp-test/, named after the PGlite version and our migrations, so any change makes a new one.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { attachPglite, type Store } from '../../src/data/db.ts';
import { readMigrations } from '../../src/data/migrations.ts';

const CACHE_DIR = fileURLToPath(new URL('../../.pkp-test/', import.meta.url));
const PREFIX = 'pglite-migrated-';

/**
 * A test's database holds a few MB: PostgreSQL's default 128 MB of shared buffers, which PGlite zeroes
 * in its WebAssembly memory at every start, cost ~0,4 s of each open (measured: 1,3 → 0,85 s).
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** A fresh, migrated PGlite in memory, as a store. */
export async function openMemoryStore(): Promise<Store> {
  const path = join(CACHE_DIR, `${PREFIX}${await templateKey()}.tar`);
  const tarball = await readFile(path).catch(() => undefined);
  if (tarball) {
    try {
      return await attachPglite(
        await PGlite.create({ loadDataDir: new Blob([tarball]), startParams: START_PARAMS }),
      );
    } catch {
      // An unreadable tarball (interrupted write, disk trouble) is rebuilt below.
    }
  }
  const client = await PGlite.create({ startParams: START_PARAMS });
  const store = await attachPglite(client);
  await saveTemplate(path, await client.dumpDataDir('none'));
  return store;
}

async function templateKey(): Promise<string> {
  const packageJson = join(
    dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')),
    '..',
    'package.json',
  );
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const hash = createHash('sha256').update(version);
  for (const migration of readMigrations()) hash.update(migration.hash);
  return hash.digest('hex').slice(0, 16);
}

/** Writes under a private name, then renames: parallel test files never read a half-written tarball. */
async function saveTemplate(path: string, dump: Blob): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  const draft = `${path}.${process.pid}.tmp`;
  await writeFile(draft, Buffer.from(await dump.arrayBuffer()));
  await rename(draft, path);
  for (const name of await readdir(CACHE_DIR)) {
    const stale = name.startsWith(PREFIX) && name.endsWith('.tar') && join(CACHE_DIR, name) !== path;
    if (stale) await rm(join(CACHE_DIR, name), { force: true });
  }
}
