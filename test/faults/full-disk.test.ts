// The embedded store's disk fills up while officers save: its data directory is a small tmpfs of the
// test's own, filled to the last byte by a file beside the store. While it is full a save is refused
// in words (503: the server's storage is full, try again), never acknowledged and then lost; the server stays up, and once space is freed saves are taken
// again; afterwards every acknowledged save is stored and `pkp check` is green on the same directory.
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import { listeningUrl, runPkp, spawnPkp, stderrTail, stopPkp } from '../cli/helpers.ts';
import { storeSmallDemoWithOfficer } from '../db/small-demo.ts';
import {
  countCells,
  ENTRIES,
  expectNothingAcknowledgedLost,
  OFFICER,
  officersSaving,
  signIn,
  until,
} from './saving-officers.ts';

const run = promisify(execFile);
/** Room for the small demo's store (~30 MB) and its WAL, and little more. */
const DISK_MB = 96;

/** Writes zeros into `path` until the file system is full (ENOSPC), and resolves with the bytes written. */
async function fillUp(path: string): Promise<number> {
  const file = await open(path, 'w');
  const block = Buffer.alloc(256 * 1024);
  let written = 0;
  try {
    for (;;) written += (await file.write(block)).bytesWritten;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await file.close();
  }
  return written;
}

describe('the embedded store’s disk fills up under a running server', () => {
  let mount: string;
  beforeAll(async () => {
    mount = await mkdtemp(join(tmpdir(), 'pkp-full-disk-'));
    // A file system of its own, so that filling it fills nothing else. Mounting needs root: CI runs
    // as root; elsewhere this says so instead of passing without having tested anything.
    await run('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', mount]).catch((error: unknown) => {
      throw new Error(`this test mounts a ${DISK_MB} MB tmpfs and must run as root: ${String(error)}`);
    });
  });
  afterAll(async () => {
    await run('umount', ['-l', mount]).catch(() => undefined);
    await rm(mount, { recursive: true, force: true });
  });

  it(
    'refuses saves while the disk is full, keeps every acknowledged one, and takes saves again once there is room',
    { timeout: 240_000 },
    async () => {
      const dataDir = join(mount, 'data');
      await storeSmallDemoWithOfficer({ dataDir }, OFFICER);
      const server: ChildProcess = spawnPkp(['serve', '--port', '0'], { dataDir });
      try {
        const base = await listeningUrl(server);
        const { cookie, csrfToken } = await signIn(base);
        const load = officersSaving(base, cookie, csrfToken, await countCells(base, cookie));
        await until('saves are flowing', load, () => load.count() >= 20);

        const filler = join(mount, 'filler');
        expect(await fillUp(filler)).toBeGreaterThan(0);
        const failedBefore = load.failures.length;
        await until('saves are refused', load, () => load.failures.length >= failedBefore + 5, 60_000);
        const whileFull = load.count();
        // Up all along: the process answers, whatever its database says.
        expect((await fetch(`${base}/api/health`)).status).toBeLessThan(600);

        // Refused in words ("Penyimpanan server penuh…", 503: try again), never a bare 500.
        const refused = load.failures.slice(failedBefore);
        expect(refused).toContain(503);
        expect(refused).not.toContain(500);
        await rm(filler);
        await until('saves flow again', load, () => load.count() >= whileFull + 20, 90_000);
        await load.stop();
        const grid = (await (
          await fetch(`${base}${ENTRIES}`, { headers: { cookie } })
        ).json()) as EntriesView;
        expectNothingAcknowledgedLost(load.acknowledged, grid);
      } catch (error) {
        throw new Error(`${String(error)}\nserver log:\n${stderrTail(server)}`, { cause: error });
      } finally {
        await stopPkp(server);
      }
      // The directory opens again (its lock released, its WAL whole) and every result agrees with its rows.
      const check = await runPkp(['check', '--year', '2023'], { dataDir });
      expect(check.code, check.stdout + check.stderr).toBe(0);
    },
  );
});
