// Faults of the database under a running server, on clusters of the test's own: PostgreSQL crashed
// and restarted while officers save, and a primary lost for good while a synchronous hot standby takes
// over (promoted, the database address moved to it). Throughout, `/api/ready` answers 503 while the
// database cannot answer, and a save is either acknowledged and kept, or not acknowledged; afterwards
// the server works on without a restart and `pkp check` is green.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import { listeningUrl, makeTempDir, removeDir, runPkp, spawnPkp, stopPkp } from '../cli/helpers.ts';
import { selectedBackends } from '../db/backends.ts';
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
import {
  startPrimary,
  startProxy,
  startStandby,
  waitForSynchronousStandby,
  type Cluster,
  type Proxy,
} from './postgres-cluster.ts';

/**
 * After the outage: saves failed while it lasted, the server is ready again, every acknowledged save
 * is stored, and `pkp check` finds every stored result agreeing with its rows.
 */
async function expectAllWell(after: {
  base: string;
  cookie: string;
  dir: string;
  databaseUrl: string;
  load: ReturnType<typeof officersSaving>;
}): Promise<void> {
  const { base, cookie, load } = after;
  expect(load.failures.length).toBeGreaterThan(0);
  // A save the database could not take is answered 503 in words (or not at all), never a bare 500.
  expect(load.failures).not.toContain(500);
  expect(load.readiness.at(-1)).toBe(200);
  const grid = (await (await fetch(`${base}${ENTRIES}`, { headers: { cookie } })).json()) as EntriesView;
  expectNothingAcknowledgedLost(load.acknowledged, grid);
  const check = await runPkp(['check', '--year', '2023'], {
    dataDir: join(after.dir, 'check'),
    env: { DATABASE_URL: after.databaseUrl },
  });
  expect(check.code, check.stdout + check.stderr).toBe(0);
}

// PostgreSQL only: these are faults of a database server.
describe.runIf(selectedBackends().includes('postgres'))('the database fails under a running server', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    // Every cleanup runs; the first that failed (a server that would not stop) fails the test.
    const failed: unknown[] = [];
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e: unknown) => failed.push(e));
    if (failed.length > 0) throw failed[0];
  });

  async function serve(databaseUrl: string): Promise<{ base: string; dir: string }> {
    const dir = await makeTempDir('pkp-outage-');
    const child: ChildProcess = spawnPkp(['serve', '--port', '0'], {
      dataDir: join(dir, 'serve'),
      env: { DATABASE_URL: databaseUrl },
    });
    cleanups.push(async () => {
      try {
        await stopPkp(child);
      } finally {
        await removeDir(dir);
      }
    });
    return { base: await listeningUrl(child), dir };
  }

  it(
    'keeps every acknowledged save when PostgreSQL crashes and restarts under load, and says 503 meanwhile',
    { timeout: 240_000 },
    async () => {
      const primary: Cluster = await startPrimary();
      cleanups.push(() => primary.destroy());
      await storeSmallDemoWithOfficer(primary.url(), OFFICER);
      const { base, dir } = await serve(primary.url());
      const { cookie, csrfToken } = await signIn(base);
      const load = officersSaving(base, cookie, csrfToken, await countCells(base, cookie));

      await until('saves are flowing', load, () => load.count() >= 20);
      // A crash: no shutdown checkpoint, the committed saves come back from the WAL.
      await primary.stop('immediate');
      await until('the server says it is not ready', load, () => load.readiness.includes(503), 30_000);
      const whileDown = load.count();
      await new Promise((r) => setTimeout(r, 500));
      await primary.start();
      await until('saves flow again', load, () => load.count() >= whileDown + 20);
      await load.stop();
      await expectAllWell({ base, cookie, dir, databaseUrl: primary.url(), load });
    },
  );

  it(
    'fails over to a synchronous hot standby when the primary is lost: every acknowledged save is there',
    { timeout: 240_000 },
    async () => {
      const primary = await startPrimary({ synchronousStandby: true });
      cleanups.push(() => primary.destroy());
      // The standby first: a synchronous primary holds every commit until a standby has it.
      const standby = await startStandby(primary);
      cleanups.push(() => standby.destroy());
      await waitForSynchronousStandby(primary);
      await storeSmallDemoWithOfficer(primary.url(), OFFICER);
      const address: Proxy = await startProxy(primary.port);
      cleanups.push(() => address.close());

      // The standby answers reads while it follows: the demo is there, and refuses writes.
      const replica = new pg.Client({ connectionString: standby.url() });
      await replica.connect();
      try {
        const { rows } = await replica.query<{ n: number }>(
          `select count(*)::int as n from org_units where level = 'puskesmas'`,
        );
        expect(rows[0]!.n).toBeGreaterThan(0);
        await expect(replica.query(`update org_units set name = name`)).rejects.toThrow(/read-only/);
      } finally {
        await replica.end();
      }

      const { base, dir } = await serve(address.url());
      const { cookie, csrfToken } = await signIn(base);
      const load = officersSaving(base, cookie, csrfToken, await countCells(base, cookie));
      await until('saves are flowing', load, () => load.count() >= 20);

      // The primary is lost (a crash, never to return); the operator promotes the standby and moves
      // the database address to it.
      await primary.stop('immediate');
      address.target(standby.port);
      await until('the server says it is not ready', load, () => load.readiness.includes(503), 30_000);
      const atLoss = load.count();
      await standby.promote();
      await until('saves flow again on the promoted standby', load, () => load.count() >= atLoss + 20);
      await load.stop();
      await expectAllWell({ base, cookie, dir, databaseUrl: standby.url(), load });
    },
  );
});
