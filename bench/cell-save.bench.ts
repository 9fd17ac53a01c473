// Saving one cell through the real server, as the monthly entry screen does: `pkp serve --demo` in a
// child process, a signed-in officer, and a few hundred PUTs of count cells over loopback HTTP.
// Prints p50/p95/p99; no assertions. Usage: node bin/run-ts.js bench/cell-save.bench.ts [--saves N]
// [--postgres ADMIN_URL] (or PKP_BENCH_DATABASE_URL: a throwaway database there; else PGlite).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../src/app/demo/demo-accounts.ts';
import type { EntriesView } from '../src/shared/api/entries.schema.ts';
import { createBenchDatabase } from './bench-database.ts';
import { summarize } from './stats.ts';
import { spawnServe } from './serve-child.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: { saves: { type: 'string', default: '300' }, postgres: { type: 'string' } },
});
const saves = Number(args.saves);
const postgresAdminUrl = args.postgres ?? process.env.PKP_BENCH_DATABASE_URL;
const database = postgresAdminUrl ? await createBenchDatabase(postgresAdminUrl) : undefined;
const dataDir = await mkdtemp(join(tmpdir(), 'pkp-bench-cells-'));
const { base, listening, stop } = spawnServe({ PKP_DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '' });

try {
  await listening;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'pelaksana.p3318001', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const entriesPath = `${base}/api/puskesmas/P3318001/years/2023/entries`;
  const entries = (await (await fetch(entriesPath, { headers: { cookie } })).json()) as EntriesView;
  const countCells = entries.values.filter((v) => v.numerator !== null && v.denominator === null);
  const versions = new Map(countCells.map((v) => [`${v.indicatorCode}/${v.month}`, v.version]));
  const keys = [...versions.keys()];

  const times: number[] = [];
  for (let i = 0; i < saves; i++) {
    const key = keys[(i * 7919) % keys.length] as string;
    const started = performance.now();
    const res = await fetch(`${entriesPath}/${key}`, {
      method: 'PUT',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ numerator: 1 + (i % 4), expectedVersion: versions.get(key), reason: 'bench' }),
    });
    const body = (await res.json()) as { version: number };
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`save ${key} answered ${res.status}: ${JSON.stringify(body)}`);
    versions.set(key, body.version);
  }
  const s = summarize(times);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  const store = database ? 'PostgreSQL' : 'PGlite';
  console.log(
    `cell saves over HTTP (pkp serve, ${store}, ${saves} saves of count cells, Puskesmas P3318001):`,
  );
  console.log(`  p50 ${fmt(s.p50)}   p95 ${fmt(s.p95)}   p99 ${fmt(s.p99)}   mean ${fmt(s.mean)}`);
} finally {
  await stop();
  await rm(dataDir, { recursive: true, force: true });
  await database?.drop();
}
