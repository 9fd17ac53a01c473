// Several `pkp serve` processes on one PostgreSQL share the work: a session made on one is good on
// the others (sessions are rows), officers' saves spread over both land once each (the year's row lock
// serialises them, a stale one is a 409 on whichever server), a district's report batch is made by
// whichever server is free and by the other when that one is killed, and `pkp check` is green.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/demo-accounts.ts';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import type { BatchProgressView } from '../../src/shared/api/reports.schema.ts';
import { listeningUrl, makeTempDir, removeDir, runPkp, spawnPkp, stopPkp } from '../cli/helpers.ts';
import { selectedBackends } from '../db/backends.ts';
import { createTestDatabase, type TestDatabase } from '../db/postgres-databases.ts';
import { storeSmallDemoWithOfficer } from '../db/small-demo.ts';

const USERNAME = 'pelaksana.dua.server';
const VERIFIER = 'verifikator.dua.server';
/** A killed server's report job is taken over after this many seconds without its heartbeat. */
const STALE_SECONDS = 3;

/** `pkp serve` on `databaseUrl`, resolved with its address once it listens. */
async function serve(databaseUrl: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawnPkp(['serve', '--port', '0'], {
    dataDir,
    env: { DATABASE_URL: databaseUrl, PKP_JOB_STALE_SECONDS: String(STALE_SECONDS) },
  });
  const url = await listeningUrl(child);
  return { url, child };
}

async function signIn(url: string, username: string): Promise<{ cookie: string; csrfToken: string }> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

// PostgreSQL only: an embedded store belongs to one process.
describe.runIf(selectedBackends().includes('postgres'))(
  'two servers on one PostgreSQL',
  { timeout: 120_000 },
  () => {
    let database: TestDatabase;
    let tmp: string;
    const servers: { url: string; child: ChildProcess }[] = [];
    beforeAll(async () => {
      tmp = await makeTempDir('pkp-two-servers-');
      database = await createTestDatabase();
      await storeSmallDemoWithOfficer(
        database.url,
        { username: USERNAME, name: 'Pelaksana Dua Server' },
        { username: VERIFIER, name: 'Verifikator Dua Server' },
      );
      for (const name of ['a', 'b']) servers.push(await serve(database.url, join(tmp, name)));
    });
    afterAll(async () => {
      for (const { child } of servers) await stopPkp(child);
      await database?.drop();
      await removeDir(tmp);
    });

    it('takes a session made on one server on the other, and lands every save once, wherever it went', async () => {
      const [a, b] = [servers[0]!, servers[1]!];
      const { cookie, csrfToken } = await signIn(a.url, USERNAME);
      const me = await fetch(`${b.url}/api/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);

      const path = '/api/puskesmas/P3318001/years/2023/entries';
      const grid = (await (await fetch(`${a.url}${path}`, { headers: { cookie } })).json()) as EntriesView;
      const cells = grid.values.filter((v) => v.numerator !== null && v.denominator === null).slice(0, 24);
      // Each cell saved twice at once, once on each server, from the same version: one of the two wins.
      const answers = await Promise.all(
        cells.flatMap((cell, i) =>
          [a, b].map(async (server, s) => {
            const res = await fetch(`${server.url}${path}/${cell.indicatorCode}/${cell.month}`, {
              method: 'PUT',
              headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
              body: JSON.stringify({
                numerator: 1 + ((i + s) % 4),
                expectedVersion: cell.version,
                reason: 'dua server',
              }),
            });
            return {
              key: `${cell.indicatorCode}/${cell.month}`,
              status: res.status,
              value: 1 + ((i + s) % 4),
            };
          }),
        ),
      );
      const won = answers.filter((x) => x.status === 200);
      expect(answers.every((x) => x.status === 200 || x.status === 409)).toBe(true);
      expect(won.map((x) => x.key).sort()).toEqual(cells.map((c) => `${c.indicatorCode}/${c.month}`).sort());

      const after = (await (await fetch(`${b.url}${path}`, { headers: { cookie } })).json()) as EntriesView;
      for (const w of won) {
        const [code, month] = w.key.split('/');
        const stored = after.values.find((v) => v.indicatorCode === code && v.month === month)!;
        expect([stored.numerator, stored.version], w.key).toEqual([
          w.value,
          cells.find((c) => c.indicatorCode === code && c.month === month)!.version + 1,
        ]);
      }
      const check = await runPkp(['check', '--year', '2023'], {
        dataDir: join(tmp, 'check'),
        env: { DATABASE_URL: database.url },
      });
      expect(check.code, check.stdout + check.stderr).toBe(0);
    });

    it("makes a district's report batch on the other server when the one making it is killed", async () => {
      const [a, b] = [servers[0]!, servers[1]!];
      const { cookie, csrfToken } = await signIn(a.url, VERIFIER);
      const jobs = '/api/districts/3318/years/2023/reports/jobs';
      const started = await fetch(`${a.url}${jobs}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ format: 'docx', stage: null }),
      });
      expect(started.status).toBe(202);
      const { id } = (await started.json()) as BatchProgressView;

      // Whichever server claimed it is killed as soon as it has (the recap alone takes a second).
      const db = new pg.Client({ connectionString: database.url });
      await db.connect();
      try {
        const claimer = async () => {
          for (;;) {
            const { rows } = await db.query<{ claimed_by: string | null }>(
              'select claimed_by from background_jobs where id = $1',
              [id],
            );
            if (rows[0]?.claimed_by) return rows[0].claimed_by;
            await new Promise((r) => setTimeout(r, 20));
          }
        };
        const pid = Number((await claimer()).split(':')[1]);
        const killed = servers.find((s) => s.child.pid === pid)!;
        const survivor = killed === a ? b : a;
        killed.child.kill('SIGKILL');

        // The survivor answers for the job from the start, takes it over once the heartbeat is old,
        // and makes it; the zip comes from the database.
        let job: BatchProgressView;
        for (;;) {
          job = (await (
            await fetch(`${survivor.url}${jobs}/${id}`, { headers: { cookie } })
          ).json()) as BatchProgressView;
          if (['done', 'failed', 'cancelled'].includes(job.status)) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        expect(job.status).toBe('done');
        const { rows } = await db.query<{ attempts: number; claimed_by: string }>(
          'select attempts, claimed_by from background_jobs where id = $1',
          [id],
        );
        expect(rows[0]).toMatchObject({ attempts: 2 });
        expect(Number(rows[0]!.claimed_by.split(':')[1])).toBe(survivor.child.pid);
        const zip = await fetch(`${survivor.url}${jobs}/${id}/download`, { headers: { cookie } });
        expect(zip.status).toBe(200);
        const names = Object.keys((await JSZip.loadAsync(await zip.arrayBuffer())).files);
        expect(names.filter((n) => n.startsWith('Laporan/'))).toHaveLength(job.total - job.failed.length);
      } finally {
        await db.end();
      }
    });
  },
);
