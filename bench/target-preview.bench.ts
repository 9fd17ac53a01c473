// What the targets screen's question costs: the preview of a sasaran change (the year scored twice,
// nothing stored) against the save it comes before, through the real server (`pkp serve --demo`) as the
// Kepala Puskesmas of P3318001. Prints p50/p95/p99; no assertions.
// Usage: node bin/run-ts.js bench/target-preview.bench.ts [--calls N]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../src/app/demo/demo-accounts.ts';
import type { TargetSaved, TargetsView } from '../src/shared/api/targets.schema.ts';
import { summarize } from './stats.ts';
import { spawnServe } from './serve-child.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: { calls: { type: 'string', default: '100' } },
});
const calls = Number(args.calls);
const dataDir = await mkdtemp(join(tmpdir(), 'pkp-bench-preview-'));
const { base, listening, stop } = spawnServe({ PKP_DATA_DIR: dataDir, DATABASE_URL: '' });

try {
  await listening;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'kapus.p3318001', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const targetsPath = `${base}/api/puskesmas/P3318001/years/2023/targets`;
  const view = (await (await fetch(targetsPath, { headers: { cookie } })).json()) as TargetsView;
  const row = view.rows.find((r) => r.code === 'SPM.06')!;
  let version = row.version;

  const previews: number[] = [];
  const saves: number[] = [];
  for (let i = 0; i < calls; i++) {
    const sasaran = row.sasaran! + (i % 2 === 0 ? 1 : 0);
    let started = performance.now();
    const preview = await fetch(`${targetsPath}/SPM.06/preview`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ sasaran }),
    });
    await preview.json();
    previews.push(performance.now() - started);
    if (preview.status !== 200) throw new Error(`preview answered ${preview.status}`);

    started = performance.now();
    const save = await fetch(`${targetsPath}/SPM.06`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ sasaran, expectedVersion: version }),
    });
    const saved = (await save.json()) as TargetSaved;
    saves.push(performance.now() - started);
    if (save.status !== 200) throw new Error(`save answered ${save.status}`);
    version = saved.row.version;
  }
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  for (const [what, times] of [
    ['preview', previews],
    ['save', saves],
  ] as const) {
    const s = summarize(times);
    console.log(
      `sasaran ${what} over HTTP (pkp serve, PGlite, ${calls} calls, SPM.06 of P3318001): ` +
        `p50 ${fmt(s.p50)}   p95 ${fmt(s.p95)}   p99 ${fmt(s.p99)}   mean ${fmt(s.mean)}`,
    );
  }
} finally {
  await stop();
  await rm(dataDir, { recursive: true, force: true });
}
