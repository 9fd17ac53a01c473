// Load on the real server over loopback: many data-entry users saving cells at once — mostly cells
// of their own, some the same cell as others — while verifiers read their queues. Reports save
// latency (p50/p95/p99), throughput, errors, conflicts (409: someone saved first) and lost updates:
// two saves of one cell both acknowledged at the same version (a write acknowledged and then
// overwritten unseen), and the cell's final value not the last acknowledged one. Bounded in users,
// time and host (loopback only). No assertions: `lost` must be 0, and the figures are for reading.
//
//   node bin/run-ts.js bench/load.bench.ts [--users 200] [--seconds 20] [--readers 5]
//                                          [--warmup S]             (the load first runs S seconds unrecorded,
//                                                                    reported apart: a server just started
//                                                                    has its code still to compile; 10)
//                                          [--think S]              (each user pauses 0,5–1,5 × S seconds
//                                                                    after a save, as an officer typing
//                                                                    from a register does, and each
//                                                                    verifier after a read; 0: back to back)
//                                          [--postgres ADMIN_URL]   (or PKP_BENCH_DATABASE_URL: a throwaway
//                                                                    database there; else PGlite)
//                                          [--database URL]         (instead: a PostgreSQL database that holds
//                                                                    the demo districts already, the national
//                                                                    demo's say; the load is on their 35
//                                                                    Puskesmas among all the others)
//                                          [--servers N]            (PostgreSQL: N `pkp serve` processes,
//                                                                    the users spread over them)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD } from '../src/app/demo/demo-accounts.ts';
import { openDb } from '../src/data/db.ts';
import { argon2Hasher } from '../src/http/auth/passwords.ts';
import type { EntriesView } from '../src/shared/api/entries.schema.ts';
import { createBenchDatabase } from './bench-database.ts';
import { scrapeMetrics, serverFigures } from './server-metrics.ts';
import { summarize } from './stats.ts';
import { spawnServe, type ServeChild } from './serve-child.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => !a.endsWith('.ts')),
  options: {
    users: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    readers: { type: 'string', default: '5' },
    postgres: { type: 'string' },
    database: { type: 'string' },
    servers: { type: 'string', default: '1' },
    think: { type: 'string', default: '0' },
    warmup: { type: 'string', default: '10' },
  },
});
const users = Math.min(500, Math.max(1, Number(args.users)));
const seconds = Math.min(120, Math.max(1, Number(args.seconds)));
const readers = Math.min(50, Math.max(0, Number(args.readers)));
const thinkSeconds = Math.min(60, Math.max(0, Number(args.think)));
const warmupSeconds = Math.min(60, Math.max(0, Number(args.warmup)));

/** Sessions per Puskesmas account: its users share them (a sign-in is an argon2 hash, ~0,35 s). */
const SESSIONS_PER_ACCOUNT = 1;
/** Cells every user of a Puskesmas also saves now and then: the same cell from two screens. */
const HOT_CELLS = 5;
const HOT_SHARE = 0.1;

const postgresAdminUrl = args.postgres ?? process.env.PKP_BENCH_DATABASE_URL;
/** The database the servers open: one given (kept), a throwaway one (dropped at the end), or none (PGlite). */
const database: { url: string; drop?(): Promise<void> } | undefined = args.database
  ? { url: args.database }
  : postgresAdminUrl
    ? await createBenchDatabase(postgresAdminUrl)
    : undefined;
// An embedded store belongs to one process.
const serverCount = database ? Math.min(4, Math.max(1, Number(args.servers))) : 1;
const dataDir = await mkdtemp(join(tmpdir(), 'pkp-bench-load-'));
const env = { ...process.env, PKP_DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '', PKP_LANG: 'en' };
const entryAccounts = await prepareEveryPuskesmasForEntry();
const servers: ServeChild[] = [];
const base = () => servers[0]!.base;
/** The server user `u` talks to: users are spread over the processes, as by a load balancer. */
const baseOf = (u: number) => servers[u % servers.length]!.base;

/**
 * The demo districts (Pati and Kudus) with every Puskesmas-year back in draft, Dinkes' verified
 * figures gone (the months of entry come before any verification), and an officer account for each
 * (the demo's own password), so that the users spread over all 35 Puskesmas as a district's officers
 * would. Done to the store before the server opens it: a bench may, an app never does. A database
 * given with `--database` has them already (`pkp demo` made them), among every other district.
 */
async function prepareEveryPuskesmasForEntry(): Promise<{ username: string; puskesmas: string }[]> {
  if (!args.database) {
    const demo = spawn(process.execPath, ['bin/pkp.js', 'demo'], { env, stdio: 'ignore' });
    await new Promise((resolve) => demo.once('exit', resolve));
  }
  const store = await openDb(database ? { databaseUrl: database.url } : { dataDir });
  try {
    const years = sql`select a.id from assessments a join org_units d on d.id = a.district_id
      where a.year = 2023 and d.code in ('3318', '3319')`;
    // The weeks the load is about: the year still being entered, nothing verified yet.
    await store.db.execute(sql`update assessments set status = 'draft' where id in (${years})`);
    for (const table of ['assessment_results', 'monthly_values', 'targets', 'rubric_scores'])
      await store.db.execute(
        sql`delete from ${sql.identifier(table)} where stage = 'verified' and assessment_id in (${years})`,
      );
    const hash = await argon2Hasher.hash(DEMO_PASSWORD);
    await store.db.execute(sql`
      insert into users (username, name, password_hash, role, org_unit_id)
      select 'beban.' || lower(o.code), 'Pelaksana uji beban ' || o.name, ${hash}, 'pelaksana', o.id
      from org_units o join assessments a on a.puskesmas_id = o.id where a.id in (${years})
      on conflict (username) do nothing`);
    const rows = await store.db.execute(
      sql`select o.code from org_units o join assessments a on a.puskesmas_id = o.id
          where a.id in (${years}) order by o.code`,
    );
    return (rows as unknown as { rows: { code: string }[] }).rows.map((r) => ({
      username: `beban.${r.code.toLowerCase()}`,
      puskesmas: r.code,
    }));
  } finally {
    await store.close();
  }
}

interface Session {
  cookie: string;
  csrfToken: string;
}

async function signIn(username: string): Promise<Session> {
  const res = await fetch(`${base()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken };
}

interface Cell {
  path: string;
  version: number;
}

try {
  // One after another: each checks the schema and the demo, which the first may still be writing.
  for (let i = 0; i < serverCount; i++) {
    // On PostgreSQL each process has a directory of its own (its evidence staging); the embedded
    // store is the one directory the demo was prepared in.
    const server = spawnServe(database ? { ...env, PKP_DATA_DIR: join(dataDir, `server-${i}`) } : env);
    servers.push(server);
    await server.listening;
  }
  console.error(`${serverCount} server(s) on ${database ? 'PostgreSQL' : 'PGlite'}; signing in…`);

  // Each Puskesmas: its sessions and its count cells, with the versions the grid shows.
  const places: {
    username: string;
    puskesmas: string;
    sessions: Session[];
    cells: Cell[];
    entries: string;
  }[] = [];
  for (const account of entryAccounts) {
    const sessions: Session[] = [];
    for (let i = 0; i < SESSIONS_PER_ACCOUNT; i++) sessions.push(await signIn(account.username));
    const entries = `/api/puskesmas/${account.puskesmas}/years/2023/entries`;
    const grid = (await (
      await fetch(`${base()}${entries}`, { headers: { cookie: sessions[0]!.cookie } })
    ).json()) as EntriesView;
    const cells = grid.values
      .filter((v) => v.numerator !== null && v.denominator === null)
      .map((v): Cell => ({ path: `${entries}/${v.indicatorCode}/${v.month}`, version: v.version }));
    places.push({ ...account, sessions, cells, entries });
  }
  const verifier = await signIn('verifikator.3318');

  const saveTimes: number[] = [];
  const readTimes: number[] = [];
  /** Saves and reads started in the warm-up. */
  const warmSaveTimes: number[] = [];
  const warmReadTimes: number[] = [];
  let conflicts = 0;
  const errors: string[] = [];
  /** Acknowledged saves per cell: the version each 200 answered and the value it wrote. */
  const acked = new Map<string, { version: number; value: number }[]>();
  const measuredFrom = performance.now() + warmupSeconds * 1000;
  const deadline = measuredFrom + seconds * 1000;
  const record = (started: number, warm: number[], measured: number[]) =>
    (started < measuredFrom ? warm : measured).push(performance.now() - started);

  /** An officer's pause after a save (a verifier's after a read), never past the end of the run. */
  const pause = () =>
    sleep(Math.max(0, Math.min(thinkSeconds * (0.5 + Math.random()) * 1000, deadline - performance.now())));
  const user = async (u: number) => {
    const place = places[u % places.length]!;
    const session = place.sessions[u % place.sessions.length]!;
    // Users of one Puskesmas share its cells out, so most saves are of a cell no one else touches.
    const mine = place.cells.filter(
      (_, i) => i % Math.ceil(users / places.length) === Math.floor(u / places.length),
    );
    const known = new Map<string, number>();
    let n = 0;
    while (performance.now() < deadline) {
      const hot = Math.random() < HOT_SHARE || mine.length === 0;
      const cell = hot ? place.cells[n % HOT_CELLS]! : mine[n % mine.length]!;
      n++;
      const version = known.get(cell.path) ?? cell.version;
      // 1–4: within every count row's bounds (a weekly report counts at most 5 weeks a month).
      const value = 1 + ((u * 31 + n) % 4);
      const started = performance.now();
      try {
        const res = await fetch(`${baseOf(u)}${cell.path}`, {
          method: 'PUT',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrfToken,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ numerator: value, expectedVersion: version, reason: 'beban uji' }),
        });
        const body = (await res.json()) as { version?: number; current?: { version: number } };
        record(started, warmSaveTimes, saveTimes);
        if (res.status === 200) {
          known.set(cell.path, body.version!);
          const list = acked.get(cell.path) ?? [];
          list.push({ version: body.version!, value });
          acked.set(cell.path, list);
        } else if (res.status === 409) {
          conflicts++;
          if (body.current) known.set(cell.path, body.current.version);
        } else errors.push(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      } catch (error) {
        errors.push(String(error));
      }
      if (thinkSeconds > 0) await pause();
    }
  };
  const reader = async (r: number) => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const res = await fetch(`${baseOf(r)}/api/districts/3318/years/2023/verification`, {
        headers: { cookie: verifier.cookie },
      });
      await res.arrayBuffer();
      record(started, warmReadTimes, readTimes);
      if (res.status !== 200) errors.push(`queue ${res.status}`);
      if (thinkSeconds > 0) await pause();
    }
  };
  console.error(
    `${users} users saving and ${readers} verifiers reading for ${warmupSeconds} s (warm-up), then ${seconds} s…`,
  );
  // Where a slow save's time goes: the servers' own figures over the measured run, and this process'
  // event loop (a save timed here also waits for this loop).
  const ownLoop = monitorEventLoopDelay({ resolution: 10 });
  const before = sleep(warmupSeconds * 1000).then(() => {
    ownLoop.enable();
    return Promise.all(servers.map((s) => scrapeMetrics(s.base)));
  });
  // Users paced by a pause start spread over one pause, not all at the first instant.
  const start = (u: number) =>
    thinkSeconds > 0 ? sleep(Math.random() * thinkSeconds * 1000).then(() => user(u)) : user(u);
  await Promise.all([
    ...Array.from({ length: users }, (_, u) => start(u)),
    ...Array.from({ length: readers }, (_, r) => reader(r)),
  ]);
  const elapsed = (performance.now() - measuredFrom) / 1000;
  ownLoop.disable();
  const after = await Promise.all(servers.map((s) => scrapeMetrics(s.base)));
  const scrapedBefore = await before;

  // Lost updates: one version acknowledged twice, or a final value other than the last acknowledged.
  let lost = 0;
  for (const list of acked.values()) {
    const versions = list.map((a) => a.version);
    lost += versions.length - new Set(versions).size;
  }
  for (const place of places) {
    const grid = (await (
      await fetch(`${base()}${place.entries}`, { headers: { cookie: place.sessions[0]!.cookie } })
    ).json()) as EntriesView;
    for (const v of grid.values) {
      const list = acked.get(`${place.entries}/${v.indicatorCode}/${v.month}`);
      if (!list) continue;
      const last = list.reduce((a, b) => (b.version > a.version ? b : a));
      if (v.version !== last.version || v.numerator !== last.value) lost++;
    }
  }

  const saves = summarize(saveTimes);
  const reads = summarize(readTimes);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `load: ${users} users over ${places.length} Puskesmas, ${thinkSeconds > 0 ? `a pause of ~${thinkSeconds} s after each save` : 'saving back to back'}, ${readers} queue readers, ${elapsed.toFixed(1)} s, ${args.database ? 'PostgreSQL (the database given, every other district in it too)' : database ? 'PostgreSQL' : 'PGlite'}, ${serverCount} server process(es)`,
  );
  console.log(
    `  saves        ${saves.n} (${(saves.n / seconds).toFixed(0)}/s)  p50 ${ms(saves.p50)}  p95 ${ms(saves.p95)}  p99 ${ms(saves.p99)}`,
  );
  console.log(`  queue reads  ${reads.n}  p50 ${ms(reads.p50)}  p99 ${ms(reads.p99)}`);
  const warm = summarize(warmSaveTimes);
  if (warm.n > 0)
    console.log(
      `  warm-up      ${warm.n} saves in the first ${warmupSeconds} s of a server just started: p50 ${ms(warm.p50)}  p95 ${ms(warm.p95)}  p99 ${ms(warm.p99)}; ${warmReadTimes.length} queue reads, p99 ${ms(summarize(warmReadTimes).p99)}`,
    );
  console.log(`  conflicts    ${conflicts} (409: another save came first)`);
  console.log(
    `  errors       ${errors.length}${errors.length ? `: ${[...new Set(errors)].slice(0, 3).join(' | ')}` : ''}`,
  );
  console.log(`  lost updates ${lost}`);
  const isSave = (labels: string) => labels.includes('method="PUT"') && labels.includes('/entries/');
  for (const [i, server] of after.entries()) {
    const f = serverFigures(scrapedBefore[i]!, server, isSave);
    console.log(
      `  server ${i + 1}     saves as it timed them p50 ≤ ${f.routeP50} ms, p99 ≤ ${f.routeP99} ms;` +
        ` event loop delay p99 ${ms(f.loopLagP99)}, max ${ms(f.loopLagMax)};` +
        ` GC ${ms(f.gcMs)} (${f.majorGcs} major, ${ms(f.majorGcMs)})`,
    );
  }
  console.log(
    `  this process event loop delay p99 ${ms(ownLoop.percentile(99) / 1e6)}, max ${ms(ownLoop.max / 1e6)}`,
  );
} finally {
  for (const server of servers) await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  await database?.drop?.();
}
