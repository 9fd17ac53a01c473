// pkp on national data, PostgreSQL: every province's Puskesmas (`pkp demo --scale national`, loaded
// first unless the database has it already, and timed), then over HTTP on `pkp serve`: a cell save of
// a Jawa Tengah Puskesmas followed by the province's league table (freshness: the save is in the
// league at once, since the save refreshes the stored result it reads), the league alone; and
// `pkp recompute` of the whole country against one raw scan-and-aggregate of the value table, both
// measured here, in the same run; then the load bench at an officer's pace on the same data (200
// officers over Pati's and Kudus' Puskesmas, among every other district).
//
//   PKP_BENCH_NATIONAL_URL=postgres://…/pkp_national npm run bench   (or, alone:)
//   node bin/run-ts.js bench/national.bench.ts --database postgres://…/pkp_national [--saves 100]
//     [--provinces N] [--no-recompute] [--no-load]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/app/demo/demo-accounts.ts';
import type { EntriesView } from '../src/shared/api/entries.schema.ts';
import { spawnServe } from './serve-child.ts';
import { summarize, timed, type Summary } from './stats.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    database: { type: 'string' },
    saves: { type: 'string', default: '100' },
    provinces: { type: 'string' },
    'no-recompute': { type: 'boolean', default: false },
    'no-load': { type: 'boolean', default: false },
  },
});
const url = args.database ?? process.env.PKP_BENCH_NATIONAL_URL;
if (!url) {
  // Part of `npm run bench`, which must not load 30 million values unasked.
  console.log(
    'national: not run. Give it a PostgreSQL database of its own (PKP_BENCH_NATIONAL_URL=postgres://… or ' +
      '--database): it loads ~11 000 Puskesmas there (~15 min on 2 cores) unless they are there already.',
  );
  process.exit(0);
}
const saves = Number(args.saves);

/** `node bin/pkp.js …args` on the database, its stderr passed through (progress), timed. */
async function pkp(...cli: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/pkp.js', ...cli], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`pkp ${cli.join(' ')} exited ${code}`);
  return performance.now() - started;
}

const db = new pg.Client({ connectionString: url });
await db.connect();
const count = async (query: string) => Number((await db.query<{ n: string }>(query)).rows[0]!.n);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const line = (what: string, s: Summary) =>
  console.log(`  ${what.padEnd(52)} p50 ${fmt(s.p50)}   p95 ${fmt(s.p95)}   p99 ${fmt(s.p99)}`);

const dataDir = await mkdtemp(join(tmpdir(), 'pkp-bench-national-'));
try {
  const districtsBefore = await count(`select count(*) as n from org_units where level = 'district'`).catch(
    () => 0,
  );
  if (districtsBefore < 100) {
    const loadMs = await pkp(
      'demo',
      '--scale',
      'national',
      ...(args.provinces ? ['--provinces', args.provinces] : []),
    );
    console.log(`national demo loaded in ${(loadMs / 1000).toFixed(0)} s`);
  }
  const sizes = {
    provinces: await count(`select count(*) as n from org_units where level = 'province'`),
    districts: await count(`select count(*) as n from org_units where level = 'district'`),
    puskesmas: await count(`select count(*) as n from org_units where level = 'puskesmas'`),
    values: await count(`select count(*) as n from monthly_values`),
    results: await count(`select count(*) as n from assessment_results`),
  };
  console.log(
    `national data (PostgreSQL): ${sizes.provinces} provinces, ${sizes.districts} districts, ` +
      `${sizes.puskesmas} Puskesmas, ${sizes.values} monthly values, ${sizes.results} stored results`,
  );

  const { base, listening, stop } = spawnServe({ PKP_DATA_DIR: dataDir, DATABASE_URL: url });
  try {
    await listening;
    const signIn = async (username: string) => {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return { cookie, ...((await login.json()) as { csrfToken: string }) };
    };
    const officer = await signIn('pelaksana.p3318001');
    const viewer = await signIn('viewer.33');
    const ministry = await signIn('viewer.id');
    const entriesPath = `${base}/api/puskesmas/P3318001/years/2023/entries`;
    const entries = (await (
      await fetch(entriesPath, { headers: { cookie: officer.cookie } })
    ).json()) as EntriesView;
    const cells = entries.values.filter((v) => v.numerator !== null && v.denominator === null);
    const versions = new Map(cells.map((v) => [`${v.indicatorCode}/${v.month}`, v.version]));
    const keys = [...versions.keys()];
    const league = async (province: string) => {
      const res = await fetch(`${base}/api/provinces/${province}/years/2023/recap`, {
        headers: { cookie: viewer.cookie },
      });
      if (res.status !== 200) throw new Error(`league of ${province} answered ${res.status}`);
      return res.json();
    };
    await league('33');

    const save = [] as number[];
    const fresh = [] as number[];
    for (let i = 0; i < saves; i++) {
      const key = keys[(i * 7919) % keys.length]!;
      const started = performance.now();
      const res = await fetch(`${entriesPath}/${key}`, {
        method: 'PUT',
        headers: {
          cookie: officer.cookie,
          'x-csrf-token': officer.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ numerator: 1 + (i % 4), expectedVersion: versions.get(key), reason: 'bench' }),
      });
      const body = (await res.json()) as { version: number };
      if (res.status !== 200) throw new Error(`save ${key} answered ${res.status}: ${JSON.stringify(body)}`);
      versions.set(key, body.version);
      save.push(performance.now() - started);
      await league('33');
      fresh.push(performance.now() - started);
    }
    const alone = [] as number[];
    for (let i = 0; i < 50; i++) alone.push((await timed(() => league('33'))).ms);
    const countryLeague = async () => {
      const res = await fetch(`${base}/api/national/ID/years/2023/recap`, {
        headers: { cookie: ministry.cookie },
      });
      if (res.status !== 200) throw new Error(`the country's league answered ${res.status}`);
      return res.json();
    };
    await countryLeague();
    const country = [] as number[];
    for (let i = 0; i < 20; i++) country.push((await timed(countryLeague)).ms);
    console.log(`over HTTP, one pkp serve, ${saves} saves of Puskesmas P3318001's count cells:`);
    line('cell save', summarize(save));
    line('save → Jawa Tengah league read (freshness)', summarize(fresh));
    line('Jawa Tengah league alone (35 districts)', summarize(alone));
    line("the country's league of provinces (every Puskesmas)", summarize(country));
  } finally {
    await stop();
  }

  if (!args['no-recompute']) {
    const scan = await timed(() =>
      db.query(
        `select assessment_id, stage, indicator_code, count(*), sum(numerator), sum(denominator), sum(value)
           from monthly_values group by 1, 2, 3`,
      ),
    );
    const recomputeMs = await pkp('recompute', '--year', '2023');
    console.log(`pkp recompute --year 2023 (every district): ${(recomputeMs / 1000).toFixed(1)} s`);
    console.log(`raw scan + aggregate of monthly_values (one query): ${(scan.ms / 1000).toFixed(1)} s`);
    console.log(`ratio recompute ÷ raw scan (goal ≤ 2): ${(recomputeMs / scan.ms).toFixed(1)}×`);
  }

  if (!args['no-load']) {
    // The load bench prints its own lines; it puts Pati's and Kudus' years back in draft first.
    const load = spawn(
      process.execPath,
      [
        'bin/run-ts.js',
        'bench/load.bench.ts',
        '--database',
        url,
        '--users',
        '200',
        '--seconds',
        '30',
        '--think',
        '8',
      ],
      { stdio: 'inherit' },
    );
    const code = await new Promise<number | null>((resolve) => load.once('exit', resolve));
    if (code !== 0) throw new Error(`the load bench on national data exited ${code}`);
  }
} finally {
  await db.end();
  await rm(dataDir, { recursive: true, force: true });
}
