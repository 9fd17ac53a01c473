// Saving one cell through the real server, as the monthly entry screen does: `pkp serve --demo` in a
// child process, a signed-in officer, and a few hundred PUTs of count cells over loopback HTTP.
// Prints p50/p95/p99; no assertions. Usage: node bin/run-ts.js bench/cell-save.bench.ts [--saves N]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../src/app/demo/demo-accounts.ts';
import type { EntriesView } from '../src/shared/api/entries.schema.ts';
import { summarize } from './stats.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: { saves: { type: 'string', default: '300' } },
});
const saves = Number(args.saves);
const dataDir = await mkdtemp(join(tmpdir(), 'pkp-bench-cells-'));
const port = 3900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['bin/pkp.js', 'serve', '--demo', '--port', String(port)], {
  env: { ...process.env, PKP_DATA_DIR: dataDir, DATABASE_URL: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

try {
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(`:${port}`)) resolve();
    });
    server.on('exit', (code) => reject(new Error(`pkp serve exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
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
      body: JSON.stringify({ numerator: 10 + (i % 20), expectedVersion: versions.get(key) }),
    });
    const body = (await res.json()) as { version: number };
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`save ${key} answered ${res.status}: ${JSON.stringify(body)}`);
    versions.set(key, body.version);
  }
  const s = summarize(times);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`cell saves over HTTP (pkp serve, PGlite, ${saves} saves of count cells, Puskesmas P3318001):`);
  console.log(`  p50 ${fmt(s.p50)}   p95 ${fmt(s.p95)}   p99 ${fmt(s.p99)}   mean ${fmt(s.mean)}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
