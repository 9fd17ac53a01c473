// A whole store as one file, and back: the embedded store's PostgreSQL directory (PGlite's own dump)
// with its evidence files, or a PostgreSQL database through pg_dump's custom format (its evidence is
// in the database). One zip: `pkp-backup.json` says what it holds, then `pglite.tar.gz` and
// `files/…`, or `postgres.dump`. A restore goes into an empty store only and migrates it forward, so a
// backup of an older pkp opens in this one. docs/operations.md "Backup and restore".
import { PGlite } from '@electric-sql/pglite';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppError } from '../shared/errors.ts';
import { describeTarget, openDb, PGLITE_SUBDIR, type OpenDbOptions, type StoreKind } from './db.ts';
import { acquireDirLock } from './dir-lock.ts';
import { readAppliedMigrations } from './migrations.ts';

export const BACKUP_FORMAT = 'pkp-backup';
export const BACKUP_VERSION = 1;
const MANIFEST = 'pkp-backup.json';
const PGLITE_DUMP = 'pglite.tar.gz';
const POSTGRES_DUMP = 'postgres.dump';
const FILES = 'files';
/** Evidence still arriving when the store was stopped: not evidence yet. */
const INCOMING = '.incoming';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  kind: StoreKind;
  createdAt: string;
  /** How many migrations the database had: a restore migrates it on from there. */
  migrations: number;
  /** Evidence files beside the database (the embedded store; PostgreSQL keeps them inside). */
  files: number;
}

export interface BackupSummary {
  manifest: BackupManifest;
  bytes: number;
}

/**
 * Writes the store `target` names to `out`. The embedded store is read under its directory lock, so
 * a running `pkp serve` makes it refuse (stop the server first: its files and database must match);
 * PostgreSQL is dumped online, in one snapshot.
 */
export async function writeBackup(
  target: OpenDbOptions,
  out: string,
  now = new Date(),
): Promise<BackupSummary> {
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(out));
  const work = await mkdtemp(join(tmpdir(), 'pkp-backup-'));
  try {
    let manifest: BackupManifest;
    if ('dataDir' in target) {
      const lock = await acquireDirLock(target.dataDir);
      try {
        const pgliteDir = join(target.dataDir, PGLITE_SUBDIR);
        if (!(await isDirectory(pgliteDir)))
          throw new AppError('BACKUP_NOTHING', { target: target.dataDir }, { status: 404 });
        const client = await PGlite.create(pgliteDir);
        let migrations: number;
        try {
          migrations = await countMigrations(client);
          const dump = await client.dumpDataDir('gzip');
          zip.addBuffer(Buffer.from(await dump.arrayBuffer()), PGLITE_DUMP);
        } finally {
          await client.close();
        }
        const files = await listFiles(join(target.dataDir, FILES));
        for (const file of files)
          zip.addFile(join(target.dataDir, FILES, file), `${FILES}/${file.split(sep).join('/')}`);
        manifest = manifestOf('pglite', now, migrations, files.length);
      } finally {
        await lock.release();
      }
    } else {
      const dumpFile = join(work, POSTGRES_DUMP);
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${dumpFile}`,
        `--dbname=${target.databaseUrl}`,
      ]);
      const store = await openDb(target);
      let migrations: number;
      try {
        migrations = (await readAppliedMigrations(store.db)).length;
      } finally {
        await store.close();
      }
      zip.addFile(dumpFile, POSTGRES_DUMP);
      manifest = manifestOf('postgres', now, migrations, 0);
    }
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST);
    zip.end();
    await written;
    return { manifest, bytes: (await stat(out)).size };
  } catch (error) {
    zip.end();
    await written.catch(() => undefined);
    await rm(out, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Restores `file` into the empty store `target` names (of the backup's kind), then opens it once, which
 * migrates it to this pkp's schema. Refuses a file that is no pkp backup, a backup of the other kind
 * of store, and a store that holds anything already.
 */
export async function restoreBackup(file: string, target: OpenDbOptions): Promise<BackupManifest> {
  const zip = await openZip(file);
  try {
    const manifest = parseManifest(await readEntry(zip, MANIFEST));
    const kind: StoreKind = 'dataDir' in target ? 'pglite' : 'postgres';
    if (manifest.kind !== kind)
      throw new AppError('BACKUP_KIND_MISMATCH', { backup: manifest.kind, target: kind }, { status: 400 });
    if ('dataDir' in target) await restorePglite(zip, target.dataDir);
    else await restorePostgres(zip, target.databaseUrl);
    const store = await openDb(target);
    await store.close();
    return manifest;
  } finally {
    zip.close();
  }
}

async function restorePglite(zip: Zip, dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const lock = await acquireDirLock(dataDir);
  try {
    const pgliteDir = join(dataDir, PGLITE_SUBDIR);
    const filesDir = join(dataDir, FILES);
    if ((await listFiles(pgliteDir)).length > 0 || (await listFiles(filesDir)).length > 0)
      throw new AppError('RESTORE_TARGET_NOT_EMPTY', { target: dataDir }, { status: 409 });
    const dump = await readEntry(zip, PGLITE_DUMP);
    const client = await PGlite.create(pgliteDir, { loadDataDir: new Blob([new Uint8Array(dump)]) });
    await client.close();
    for (const name of zip.names.filter((n) => n.startsWith(`${FILES}/`) && !n.endsWith('/'))) {
      const to = resolve(filesDir, name.slice(FILES.length + 1));
      // A name that climbs out of the files directory is no file of ours.
      if (relative(filesDir, to).startsWith('..'))
        throw new AppError('BACKUP_INVALID', { reason: `${name}: outside files/` }, { status: 400 });
      await mkdir(dirname(to), { recursive: true });
      await writeFile(to, await readEntry(zip, name));
    }
  } finally {
    await lock.release();
  }
}

async function restorePostgres(zip: Zip, databaseUrl: string): Promise<void> {
  // A plain connection, no migration: the target must stay empty until pg_restore fills it.
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')`,
    );
    if ((rows[0]?.n ?? 0) > 0)
      throw new AppError(
        'RESTORE_TARGET_NOT_EMPTY',
        { target: describeTarget(databaseUrl) },
        { status: 409 },
      );
  } finally {
    await client.end();
  }
  const work = await mkdtemp(join(tmpdir(), 'pkp-restore-'));
  try {
    const dumpFile = join(work, POSTGRES_DUMP);
    await writeFile(dumpFile, await readEntry(zip, POSTGRES_DUMP));
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      `--dbname=${databaseUrl}`,
      dumpFile,
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function manifestOf(kind: StoreKind, now: Date, migrations: number, files: number): BackupManifest {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kind,
    createdAt: now.toISOString(),
    migrations,
    files,
  };
}

function parseManifest(bytes: Buffer): BackupManifest {
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Partial<BackupManifest>;
  } catch {
    throw new AppError('BACKUP_INVALID', { reason: `${MANIFEST} is not JSON` }, { status: 400 });
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION)
    throw new AppError(
      'BACKUP_INVALID',
      { reason: `${MANIFEST}: not ${BACKUP_FORMAT} version ${BACKUP_VERSION}` },
      { status: 400 },
    );
  if (manifest.kind !== 'pglite' && manifest.kind !== 'postgres')
    throw new AppError('BACKUP_INVALID', { reason: `${MANIFEST}: unknown kind` }, { status: 400 });
  return manifest as BackupManifest;
}

async function countMigrations(client: PGlite): Promise<number> {
  const found = await client.query<{ n: number }>(
    `select count(*)::int as n from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
  );
  if (!found.rows[0]?.n) return 0;
  const applied = await client.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return applied.rows[0]?.n ?? 0;
}

/** Every file under `dir`, relative to it; none when it does not exist. */
async function listFiles(dir: string, under = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(dir, under), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const name = join(under, entry.name);
    if (under === '' && entry.name === INCOMING) continue;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, name)));
    else if (entry.isFile()) out.push(name);
  }
  return out.sort();
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Runs a PostgreSQL tool; BACKUP_TOOL_MISSING when it is not installed, BACKUP_TOOL_FAILED with its words. */
function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new AppError('BACKUP_TOOL_MISSING', { tool }, { status: 500 })
          : new AppError('BACKUP_TOOL_FAILED', { tool, reason: error.message }, { status: 500 }),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolvePromise()
        : reject(
            new AppError(
              'BACKUP_TOOL_FAILED',
              { tool, reason: stderr.trim().slice(0, 2000) || `exit ${code}` },
              { status: 500 },
            ),
          ),
    );
  });
}

interface Zip {
  names: string[];
  entries: Map<string, yauzl.Entry>;
  file: yauzl.ZipFile;
  close(): void;
}

async function openZip(path: string): Promise<Zip> {
  const file = await new Promise<yauzl.ZipFile>((resolvePromise, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip
        ? reject(new AppError('BACKUP_INVALID', { reason: error?.message ?? 'not a zip' }, { status: 400 }))
        : resolvePromise(zip),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolvePromise, reject) => {
    file.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      file.readEntry();
    });
    file.on('end', () => resolvePromise());
    file.on('error', (error: Error) =>
      reject(new AppError('BACKUP_INVALID', { reason: error.message }, { status: 400 })),
    );
    file.readEntry();
  });
  return { names: [...entries.keys()], entries, file, close: () => file.close() };
}

async function readEntry(zip: Zip, name: string): Promise<Buffer> {
  const entry = zip.entries.get(name);
  if (!entry) throw new AppError('BACKUP_INVALID', { reason: `${name} is missing` }, { status: 400 });
  const stream = await new Promise<NodeJS.ReadableStream>((resolvePromise, reject) =>
    zip.file.openReadStream(entry, (error, s) => (error || !s ? reject(error) : resolvePromise(s))),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
