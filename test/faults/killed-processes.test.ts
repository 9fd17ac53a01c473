// Faults: a pkp process killed with SIGKILL in the middle of its work, on both back ends. An import is
// all or nothing (after the kill, none of its changed values is stored, or all are); a recompute
// killed between districts leaves every stored result agreeing; a server killed while officers save
// keeps every save it acknowledged. After each, `pkp check` is green and the next process opens the
// store (the embedded store's lock dies with its holder). The kill lands wherever it lands: the
// delays vary, and what is asserted holds wherever it hit.
import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/demo-accounts.ts';
import { storeAccounts } from '../../src/data/adapters/accounts.ts';
import type { Dhis2DataValueSet } from '../../src/exchange/dhis2/data-value-set.ts';
import { argon2Hasher } from '../../src/http/auth/passwords.ts';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import { listeningUrl } from '../cli/helpers.ts';
import { describeCliOnSmallDemo } from '../cli/small-demo-cli.ts';

/** Kills `child` after `ms` (if it is still running) and says whether the kill hit it. */
async function killAfter(child: ChildProcess, ms: number): Promise<{ killed: boolean; code: number | null }> {
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const { code, signal } = await exited;
  clearTimeout(timer);
  return { killed: signal === 'SIGKILL', code };
}

const valuesOf = (set: Dhis2DataValueSet) =>
  new Map(set.dataValues.map((v) => [`${v.dataElement}|${v.period}|${v.orgUnit}`, v.value]));

describeCliOnSmallDemo(
  'a process killed in the middle of its work',
  ({ pkp, dir, open, spawn }) => {
    it('never half-applies an import, and pkp check is green after each kill', async () => {
      /** The district's stored values, as DHIS2 JSON written to `name` and read back. */
      const exported = async (name: string) => {
        const file = join(dir(), name);
        const run = await pkp(
          'export',
          '--district',
          '3318',
          '--year',
          '2023',
          '--format',
          'dhis2-json',
          '--out',
          file,
        );
        expect(run.code, run.stderr).toBe(0);
        return JSON.parse(await readFile(file, 'utf8')) as Dhis2DataValueSet;
      };
      const set = await exported('before.json');
      const changed: Dhis2DataValueSet = {
        ...set,
        dataValues: set.dataValues.map((v) =>
          // One less (never above its denominator), of the draft Puskesmas' figures: a submitted
          // year's are Dinkes' to correct.
          v.dataElement.endsWith('.NUM') && v.orgUnit === 'P3318001' && Number(v.value) > 0
            ? { ...v, value: String(Number(v.value) - 1) }
            : v,
        ),
      };
      const changedFile = join(dir(), 'changed.json');
      await writeFile(changedFile, JSON.stringify(changed));
      const before = valuesOf(set);
      const wanted = [...valuesOf(changed)].filter(([key, value]) => before.get(key) !== value);
      expect(wanted.length).toBeGreaterThan(100);

      const outcomes: string[] = [];
      // A process takes a second or two to start and some seconds to import the file: the kills land
      // before, during and (on a fast machine) after its writes.
      for (const delay of [1500, 3500, 6000]) {
        const run = await killAfter(spawn('import', changedFile), delay);
        outcomes.push(run.killed ? `killed at ${delay} ms` : `finished (exit ${run.code})`);
        const stored = valuesOf(await exported(`after-${delay}.json`));
        const applied = wanted.filter(([key, value]) => stored.get(key) === value).length;
        expect(
          [0, wanted.length],
          `${applied} of ${wanted.length} applied; ${outcomes.join(', ')}`,
        ).toContain(applied);
        const check = await pkp('check', '--year', '2023');
        expect(check.code, check.stdout + check.stderr).toBe(0);
      }
      // Left alone, the same import stores every value: the file was never refused.
      const done = await pkp('import', changedFile);
      expect(done.code, done.stdout + done.stderr).toBe(0);
    });

    it('leaves every result agreeing when a recompute is killed', async () => {
      for (const delay of [600, 1500]) {
        await killAfter(spawn('recompute', '--year', '2023', '--workers', '1'), delay);
        const check = await pkp('check', '--year', '2023');
        expect(check.code, check.stdout + check.stderr).toBe(0);
      }
    });

    it('keeps every save a server acknowledged before it was killed', async () => {
      const store = await open();
      try {
        const accounts = storeAccounts(store);
        if (!(await accounts.findAccountByUsername('pelaksana.tahan.banting'))) {
          const unit = await store.db.query.orgUnits.findFirst({
            where: (u, { eq }) => eq(u.code, 'P3318001'),
          });
          await accounts.createAccount({
            username: 'pelaksana.tahan.banting',
            name: 'Pelaksana Uji Gangguan',
            role: 'pelaksana',
            orgUnitId: unit!.id,
            passwordHash: await argon2Hasher.hash(DEMO_PASSWORD),
            mustChangePassword: false,
            at: new Date(),
          });
        }
      } finally {
        await store.close();
      }
      const server = spawn('serve', '--port', '0');
      const url = await listeningUrl(server);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'pelaksana.tahan.banting', password: DEMO_PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const entries = `${url}/api/puskesmas/P3318001/years/2023/entries`;
      const grid = (await (await fetch(entries, { headers: { cookie } })).json()) as EntriesView;
      const cells = grid.values.filter((v) => v.numerator !== null && v.denominator === null).slice(0, 60);

      // Officers save one after another on a few screens; the server dies in the middle.
      const acknowledged = new Map<string, number>();
      const save = async (i: number) => {
        const cell = cells[i]!;
        const key = `${cell.indicatorCode}/${cell.month}`;
        try {
          const res = await fetch(`${entries}/${key}`, {
            method: 'PUT',
            headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
            body: JSON.stringify({
              numerator: 700 + i,
              expectedVersion: cell.version,
              reason: 'uji gangguan',
            }),
          });
          if (res.status === 200) acknowledged.set(key, 700 + i);
        } catch {
          // The connection died with the server: not acknowledged.
        }
      };
      const lanes = [0, 1, 2, 3].map(async (lane) => {
        for (let i = lane; i < cells.length; i += 4) await save(i);
      });
      const killed = killAfter(server, 1500);
      await Promise.all(lanes);
      await killed;

      const store2 = await open();
      try {
        const unit = await store2.db.query.orgUnits.findFirst({
          where: (u, { eq }) => eq(u.code, 'P3318001'),
        });
        const year = await store2.db.query.assessments.findFirst({
          where: (a, { and, eq }) => and(eq(a.puskesmasId, unit!.id), eq(a.year, 2023)),
        });
        const rows = await store2.db.query.monthlyValues.findMany({
          where: (m, { and, eq }) => and(eq(m.assessmentId, year!.id), eq(m.stage, 'self')),
        });
        const stored = new Map(rows.map((r) => [`${r.indicatorCode}/${r.month}`, r]));
        for (const [key, value] of acknowledged) expect(stored.get(key)?.numerator, key).toBe(value);
      } finally {
        await store2.close();
      }
      const check = await pkp('check', '--year', '2023');
      expect(check.code, check.stdout + check.stderr).toBe(0);
    });
  }, // Up to nine `pkp` processes a test, one after another: 150 s was too little once on a busy CI.
  { timeout: 300_000 },
);
