// A single-writer lock on a data directory. PGlite takes no lock of its own: a second process on the
// same directory runs happily and one of them silently loses its writes. So whoever opens the
// directory first holds a lock file with its PID, and everyone else is refused at once.
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../shared/errors.ts';

export const LOCK_FILE = 'pkp.lock';

export interface DirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Takes the lock on `dataDir` (creating the directory), or throws DB_LOCKED naming the directory (as
 * an absolute path) and the holder's PID. A lock left by a process that no longer runs is taken over.
 */
export async function acquireDirLock(dataDir: string): Promise<DirLock> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  // The second attempt follows the removal of a stale lock; if someone else won that race, we lose.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createWithPid(path)) return { path, release: () => releaseIfOurs(path) };
    const holder = await readHolder(path);
    if (holder === 'gone') continue;
    if (holder !== 'unreadable' && isRunning(holder)) {
      throw new AppError('DB_LOCKED', { dir, pid: holder }, { status: 409 });
    }
    await rm(path, { force: true });
  }
  throw new AppError('DB_LOCKED', { dir, pid: '?' }, { status: 409 });
}

/**
 * Creates the lock file with our PID in one atomic step: the PID goes into a private file first,
 * then a hard link gives it the lock's name, which fails if the name exists. (Creating the lock
 * with 'wx' and then writing would let a reader see an empty file and take it for stale; that is
 * only the fallback for file systems without hard links, such as FAT32 on a USB stick.)
 */
async function createWithPid(path: string): Promise<boolean> {
  const content = `${process.pid}\n`;
  const draft = `${path}.${randomUUID()}.tmp`;
  await writeFile(draft, content);
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    return writeFile(path, content, { flag: 'wx' }).then(
      () => true,
      (failure: unknown) => {
        if (errorCode(failure) === 'EEXIST') return false;
        throw failure;
      },
    );
  } finally {
    await rm(draft, { force: true });
  }
}

async function readHolder(path: string): Promise<number | 'gone' | 'unreadable'> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : 'unreadable';
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
}

async function releaseIfOurs(path: string): Promise<void> {
  if ((await readHolder(path)) === process.pid) await rm(path, { force: true });
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}
