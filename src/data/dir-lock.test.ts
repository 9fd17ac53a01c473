import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDirLock, LOCK_FILE } from './dir-lock.ts';

/** The PID of a process that has already ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('data directory lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pkp-lock-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the directory and writes our PID into the lock file', async () => {
    const nested = join(dir, 'a', 'b');
    const lock = await acquireDirLock(nested);
    expect(await readFile(join(nested, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
    expect(existsSync(join(nested, LOCK_FILE))).toBe(false);
  });

  it('refuses a second holder while the first runs, and lets one in after release', async () => {
    const first = await acquireDirLock(dir);
    await expect(acquireDirLock(dir)).rejects.toMatchObject({
      code: 'DB_LOCKED',
      status: 409,
      params: { dir, pid: process.pid },
    });
    await first.release();
    const second = await acquireDirLock(dir);
    await second.release();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    await writeFile(join(dir, LOCK_FILE), `${deadPid()}\n`);
    const lock = await acquireDirLock(dir);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });

  it('takes over a lock file without a PID', async () => {
    await writeFile(join(dir, LOCK_FILE), '');
    const lock = await acquireDirLock(dir);
    await lock.release();
  });

  it('does not remove a lock that another process took over', async () => {
    const lock = await acquireDirLock(dir);
    await writeFile(join(dir, LOCK_FILE), '1\n');
    await lock.release();
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe('1\n');
  });
});
