// Verification writes that meet on one Puskesmas-year, on PostgreSQL: one in this process, one in
// another app process (its own queue), both let go at the same moment from behind the year's row
// lock, so that only the database orders them. Whatever the order, the outcome is one of the
// allowed ones and the stored results equal a fresh scoring (`pkp check`).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnPostgres } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import type { Store } from '../data/db.ts';
import { lockAssessment, setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import type { AppError } from '../shared/errors.ts';
import { checkResults } from './check-results.ts';
import { saveCorrection } from './corrections.service.ts';
import { saveEntry } from './entries.service.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { closeReturn, returnItem } from './returns.service.ts';
import type { Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

const SCRIPT = fileURLToPath(new URL('../../test/db/verify-in-another-process.ts', import.meta.url));
/** How long both writes may take to reach the lock; each test has room for it and the writes after. */
const RACE_DEADLINE_MS = 120_000;
const RACE_TEST_MS = RACE_DEADLINE_MS + 60_000;
const clock = () => new Date(Date.now() + 60 * 60_000);
const VERIFIER: Editor = { username: 'verifikator.sini', role: 'verifikator' };
const PELAKSANA: Editor = { username: 'pelaksana.sini', role: 'pelaksana' };

interface Outcome {
  outcome: 'ok' | 'refused';
  code?: string;
  status?: number;
}

/** Another app process, connected, making one write once told to `go`; `done` is its outcome. */
async function startOther(args: string[]): Promise<{ go(): void; done: Promise<Outcome>; state(): string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`the other process ended without reporting:\n${stderr}`);
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  const ready = await next();
  const done = next().then((r) => r as unknown as Outcome);
  let outcome = 'none yet';
  done.then(
    (o) => (outcome = JSON.stringify(o)),
    (e: unknown) => (outcome = String(e)),
  );
  const state = () =>
    `the other process (${JSON.stringify(ready)}): exit ${child.exitCode ?? 'none yet'}, outcome ${outcome}\n${stderr}`;
  const go = () => void child.stdin.write('go\n');
  return { go, done, state };
}

describeOnPostgres('verification writes that meet on one year', (backend) => {
  let demo: SmallDemo;
  let watcher: Store;
  let unit: OrgUnitWithAncestors;
  const yearKey = async () => yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!);
  const assessmentId = async () => (await yearKey()).assessmentId;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    watcher = await backend.openAnother();
    unit = demo.units[0]!;
    await setAssessmentStatus(backend.db, {
      assessmentId: await assessmentId(),
      status: 'submitted',
      actor: 'kapus',
    });
  });
  afterAll(async () => {
    await watcher.close();
  });

  /** Sessions of this database waiting for a lock, seen from a connection of their own. */
  const waiting = async () => {
    const result = (await watcher.db.execute(
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]?.n ?? 0;
  };

  /** What every other session of this database is doing: the message when the writes never meet. */
  const sessions = async () => {
    const result = (await watcher.db.execute(
      sql`select pid, state, wait_event_type, wait_event, left(query, 120) as query from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()`,
    )) as unknown as { rows: unknown[] };
    const cluster = (await watcher.db.execute(
      sql`select current_database() as database, (select count(*)::int from pg_stat_activity) as sessions, current_setting('max_connections') as max`,
    )) as unknown as { rows: unknown[] };
    return `${JSON.stringify(result.rows, null, 1)}\nserver: ${JSON.stringify(cluster.rows[0])}`;
  };

  /**
   * Holds the year's row lock until both writes wait behind it (this process' and the other's), then
   * lets them go together. Returns both outcomes, ours first.
   */
  async function together(
    ours: () => Promise<unknown>,
    theirs: { action: string; input: unknown },
  ): Promise<[PromiseSettledResult<unknown>, Outcome]> {
    const id = await assessmentId();
    const other = await startOther(
      [backend.databaseUrl, unit.code, String(DEMO_YEAR), theirs.action, JSON.stringify(theirs.input)].filter(
        (a): a is string => a !== undefined,
      ),
    );
    let mine: Promise<PromiseSettledResult<unknown>> | undefined;
    let settled: PromiseSettledResult<unknown> | undefined;
    const start = () => {
      settled = undefined;
      mine = Promise.allSettled([ours()]).then(([r]) => (settled = r!));
    };
    const earlier: unknown[] = [];
    await watcher.db.transaction(async (tx) => {
      await lockAssessment(tx, id);
      other.go();
      start();
      // A deadline, not a count of tries: under CI's load the other process may need many seconds
      // to load its modules and read the year before it reaches the lock.
      const deadline = Date.now() + RACE_DEADLINE_MS;
      while (Date.now() < deadline && (await waiting()) < 2) {
        // Ours cannot end while the lock is held unless it never reached it (no connection to be
        // had on a busy CI's server): that is no outcome of the race, so it tries again.
        if (settled) {
          earlier.push(settled.status === 'rejected' ? settled.reason : settled.value);
          start();
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      if ((await waiting()) < 2)
        expect.fail(
          [
            'the two writes never met at the lock:',
            await sessions(),
            other.state(),
            `ours: ${settled ? JSON.stringify(settled) : 'still waiting'}; earlier tries: ${earlier.map(String).join(' | ') || 'none'}`,
          ].join('\n'),
        );
    });
    return [await mine!, await other.done];
  }

  const checkIsGreen = async () =>
    expect(
      (
        await checkResults(
          { repos: demo.repos, uow: demo.uow, clock },
          { year: DEMO_YEAR, districtCode: '3318' },
        )
      ).differences,
    ).toEqual([]);

  it(
    'lets one of two verifiers correcting the same cell at once win; the other gets a 409',
    async () => {
      const body = (numerator: number) => ({
        kind: 'value' as const,
        month: '2023-02',
        numerator,
        reason: `Register menunjukkan ${numerator}`,
        expectedVersion: 0,
      });
      const [ours, theirs] = await together(
        () =>
          saveCorrection(
            { uow: demo.uow, clock },
            {
              unit,
              year: DEMO_YEAR,
              indicatorCode: 'SPM.01',
              body: body(1),
              editor: VERIFIER,
            },
          ),
        { action: 'correct', input: { indicatorCode: 'SPM.01', body: body(2) } },
      );
      const outcomes = [ours.status === 'fulfilled' ? 'ok' : 'refused', theirs.outcome];
      expect(outcomes.sort()).toEqual(['ok', 'refused']);
      const loser = ours.status === 'rejected' ? (ours.reason as AppError) : theirs;
      expect(loser).toMatchObject({ code: 'STALE_VALUE', status: 409 });
      const stored = (await demo.repos.listCorrections(await yearKey())).monthly.filter(
        (v) => v.indicatorCode === 'SPM.01' && v.month === '2023-02',
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject(
        ours.status === 'fulfilled'
          ? { numerator: 1, enteredBy: 'verifikator.sini', version: 1 }
          : { numerator: 2, enteredBy: 'verifikator.proses-lain', version: 1 },
      );
      await checkIsGreen();
    },
    RACE_TEST_MS,
  );

  it(
    'lands both a Puskesmas answer and a verifier correction on the same indicator at once',
    async () => {
      const returned = await returnItem(
        { uow: demo.uow, clock },
        {
          unit,
          year: DEMO_YEAR,
          body: { scope: 'indicator', code: 'SPM.10', comment: 'Periksa Maret' },
          editor: VERIFIER,
        },
      );
      const [ours, theirs] = await together(
        () =>
          saveCorrection(
            { uow: demo.uow, clock },
            {
              unit,
              year: DEMO_YEAR,
              indicatorCode: 'SPM.10',
              body: {
                kind: 'value',
                month: '2023-03',
                numerator: 0,
                reason: 'Tidak ada register',
                expectedVersion: 0,
              },
              editor: VERIFIER,
            },
          ),
        { action: 'answer', input: { id: returned.id, answer: 'Sudah kami periksa' } },
      );
      expect(ours.status).toBe('fulfilled');
      expect(theirs.outcome).toBe('ok');
      const year = await yearKey();
      expect(
        (await demo.repos.listReturnedItems(year.assessmentId)).find((r) => r.id === returned.id),
      ).toMatchObject({
        status: 'answered',
        answer: 'Sudah kami periksa',
      });
      expect((await demo.repos.listCorrections(year)).monthly.some((v) => v.indicatorCode === 'SPM.10')).toBe(
        true,
      );
      await checkIsGreen();
    },
    RACE_TEST_MS,
  );

  it(
    'never lets a Puskesmas change land after the verifier closed its return',
    async () => {
      const returned = await returnItem(
        { uow: demo.uow, clock },
        {
          unit,
          year: DEMO_YEAR,
          body: { scope: 'indicator', code: 'SPM.11', comment: 'Periksa April' },
          editor: VERIFIER,
        },
      );
      const year = await yearKey();
      const before = await demo.repos.getMonthlyValueRecord({
        ...year,
        indicatorCode: 'SPM.11',
        month: '2023-04',
        stage: 'self',
      });
      const [ours, theirs] = await together(
        () =>
          closeReturn({ uow: demo.uow, clock }, { unit, year: DEMO_YEAR, id: returned.id, editor: VERIFIER }),
        {
          action: 'entry',
          input: {
            indicatorCode: 'SPM.11',
            month: '2023-04',
            body: { numerator: 777, expectedVersion: before?.version ?? 0, reason: 'perbaikan' },
          },
        },
      );
      expect(ours.status).toBe('fulfilled');
      const after = await demo.repos.getMonthlyValueRecord({
        ...year,
        indicatorCode: 'SPM.11',
        month: '2023-04',
        stage: 'self',
      });
      const closedAt = (await demo.repos.listReturnedItems(year.assessmentId)).find(
        (r) => r.id === returned.id,
      )!.closedAt!;
      if (theirs.outcome === 'ok') {
        // It came first: stored before the return was closed.
        expect(after!.numerator).toBe(777);
        expect(after!.enteredAt.getTime()).toBeLessThanOrEqual(closedAt.getTime());
      } else {
        expect(theirs).toMatchObject({ code: 'YEAR_SUBMITTED', status: 409 });
        expect(after?.numerator).toBe(before?.numerator);
      }
      await checkIsGreen();
      // And afterwards, whatever the order, it is closed to the Puskesmas.
      const late = await saveEntry(
        { uow: demo.uow, repos: demo.repos, clock },
        {
          unit,
          year: DEMO_YEAR,
          indicatorCode: 'SPM.11',
          month: '2023-04',
          body: { numerator: 1, expectedVersion: after?.version ?? 0, reason: 'lagi' },
          editor: PELAKSANA,
        },
      ).then(
        () => null,
        (e: unknown) => e,
      );
      expect(late).toMatchObject({ code: 'YEAR_SUBMITTED' });
    },
    RACE_TEST_MS,
  );
});
