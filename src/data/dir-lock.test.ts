import { existsSync } from 'node:fs';
import { link, lstat, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAnotherProcess, type AnotherProcess } from '../../test/db/another-process.ts';
import { acquireDirLock, LOCK_NAME_PREFIX } from './dir-lock.ts';

const holdDirLockScript = fileURLToPath(new URL('../../test/db/hold-dir-lock.ts', import.meta.url));

type HolderReport = { held: true; path: string } | { code: string; params: Record<string, unknown> };

function holdFromAnotherProcess(dir: string, workingDir?: string): Promise<AnotherProcess<HolderReport>> {
  return startAnotherProcess<HolderReport>(holdDirLockScript, workingDir ? [dir, workingDir] : [dir]);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Leaves in `dir` the socket a crashed holder named `pid` would leave: a socket file nobody listens on.
 * (Closing a server deletes the file it bound, so the file is kept under a second name first.)
 */
async function leaveDeadSocket(dir: string, pid: number): Promise<string> {
  const bound = join(dir, 'bound-then-closed');
  const server = createServer();
  await new Promise<void>((done) => server.listen(bound, done));
  const left = join(dir, `${LOCK_NAME_PREFIX}${pid}.0dead0`);
  await link(bound, left);
  await new Promise<void>((done) => server.close(() => done()));
  await unlink(bound).catch(() => {});
  return left;
}

async function lockNames(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith(LOCK_NAME_PREFIX));
}

describe('data directory lock', () => {
  let dir: string;
  const others: AnotherProcess<HolderReport>[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pkp-lock-'));
  });
  afterEach(async () => {
    await Promise.all(others.splice(0).map((other) => other.kill()));
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the directory and listens on a socket named after our PID, gone after release', async () => {
    const nested = join(dir, 'a', 'b');
    const lock = await acquireDirLock(nested);

    expect(basename(lock.path)).toMatch(new RegExp(`^pkp\\.lock\\.${process.pid}\\.[0-9a-f]+$`));
    expect((await lstat(lock.path)).isSocket()).toBe(true);
    await lock.release();
    await lock.release();
    expect(await readdir(nested)).toEqual([]);
  });

  it('refuses a second holder in this process while the first holds, and lets one in after release', async () => {
    const first = await acquireDirLock(dir);
    await expect(acquireDirLock(dir)).rejects.toMatchObject({
      code: 'DB_LOCKED',
      status: 409,
      params: { dir, pid: process.pid },
    });
    expect(await lockNames(dir)).toEqual([basename(first.path)]);
    await first.release();
    const second = await acquireDirLock(dir);
    await second.release();
  });

  it('is not blocked by lock files left over with the PID of a live, unrelated process', async () => {
    expect(isRunning(process.ppid)).toBe(true);
    // The PID file of earlier pkp versions, naming PID 1 as a restarted container's server would.
    await writeFile(join(dir, 'pkp.lock'), '1\n');
    const deadSocket = await leaveDeadSocket(dir, process.ppid);
    await writeFile(join(dir, `${LOCK_NAME_PREFIX}1.00000000`), '');

    const lock = await acquireDirLock(dir);

    expect(existsSync(deadSocket)).toBe(false);
    expect(await lockNames(dir)).toEqual([basename(lock.path)]);
    await lock.release();
  });

  it('refuses this process while another process holds the lock, naming that process', async () => {
    const other = await holdFromAnotherProcess(dir);
    others.push(other);
    expect(other.report).toMatchObject({ held: true });

    await expect(acquireDirLock(dir)).rejects.toMatchObject({
      code: 'DB_LOCKED',
      params: { dir, pid: other.pid },
    });
  });

  it('refuses another process while this one holds the lock', async () => {
    const lock = await acquireDirLock(dir);
    const other = await holdFromAnotherProcess(dir);
    others.push(other);

    expect(other.report).toEqual({ code: 'DB_LOCKED', params: { dir, pid: process.pid } });
    await lock.release();
  });

  it('is free again once its holder is killed with SIGKILL', async () => {
    const other = await holdFromAnotherProcess(dir);
    await other.kill();

    const lock = await acquireDirLock(dir);

    expect(await lockNames(dir)).toEqual([basename(lock.path)]);
    await lock.release();
  });

  it('lets at most one of several processes starting together on a stale lock hold it', async () => {
    await leaveDeadSocket(dir, process.ppid);

    const starters = await Promise.all([1, 2, 3, 4].map(() => holdFromAnotherProcess(dir)));
    others.push(...starters);

    const holders = starters.filter((starter) => 'held' in starter.report);
    expect(holders.length).toBeLessThanOrEqual(1);
    for (const starter of starters) {
      if (!('held' in starter.report)) expect(starter.report).toMatchObject({ code: 'DB_LOCKED' });
    }
  });

  it('reaches a deep data directory from the working directory when its absolute path is too long for a socket', async () => {
    const here = join(dir, 'w'.repeat(60));
    const data = join(here, 'd'.repeat(40));
    await mkdir(data, { recursive: true });

    const other = await holdFromAnotherProcess(basename(data), here);
    others.push(other);

    expect(other.report).toMatchObject({
      held: true,
      path: expect.stringMatching(`^${data}/${LOCK_NAME_PREFIX}`),
    });
  });

  it('refuses a data directory too deep for a socket from here with DB_DIR_PATH_TOO_LONG', async () => {
    const data = join(dir, 'w'.repeat(60), 'd'.repeat(40));

    await expect(acquireDirLock(data)).rejects.toMatchObject({
      code: 'DB_DIR_PATH_TOO_LONG',
      params: { dir: data },
    });
    expect(existsSync(data)).toBe(false);
  });
});
