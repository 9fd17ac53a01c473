// Evidence uploads and downloads through the real server (`pkp serve --demo` in a child process): N
// uploads of a 20 MB PDF, then their downloads (each checked against its SHA-256 first), with the
// server's peak resident memory before and after — the figure that says the files were streamed, not
// held whole. PGlite (files under the data directory) by default; `--database-url postgres://…` runs
// the same against PostgreSQL (chunks in the database). Prints figures; no assertions.
// Usage: node bin/run-ts.js bench/evidence-upload.bench.ts [--files N] [--mb M] [--database-url URL]
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../src/app/demo/demo-accounts.ts';
import { samplePdf } from '../test/evidence/sample-files.ts';
import { summarize } from './stats.ts';
import { spawnServe } from './serve-child.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    files: { type: 'string', default: '5' },
    mb: { type: 'string', default: '20' },
    'database-url': { type: 'string', default: '' },
  },
});
const files = Number(args.files);
const bytes = Number(args.mb) * 1024 * 1024 - 1024;
const databaseUrl = args['database-url'] ?? '';
const dataDir = await mkdtemp(join(tmpdir(), 'pkp-bench-evidence-'));
const { server, base, listening, stop } = spawnServe({
  PKP_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  PKP_UPLOAD_MAX_MB: args.mb,
});

/** The server's resident memory (Linux /proc), in MB. */
function residentMb(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/** The highest resident memory seen while `work` runs, sampled every 5 ms. */
async function highestResident<T>(work: () => Promise<T>): Promise<{ value: T; highest: number }> {
  let highest = residentMb();
  const timer = setInterval(() => (highest = Math.max(highest, residentMb())), 5);
  try {
    return { value: await work(), highest };
  } finally {
    clearInterval(timer);
  }
}

try {
  await listening;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'koordinator.p3318001', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const evidence = `${base}/api/puskesmas/P3318001/years/2023/evidence`;
  const pdf = new Uint8Array(samplePdf('bench', bytes));
  const before = residentMb();

  const uploads: number[] = [];
  const ids: number[] = [];
  const { highest: duringUploads } = await highestResident(async () => {
    for (let i = 0; i < files; i++) {
      const form = new FormData();
      form.append('attachedTo', 'rubric');
      form.append('attachedKey', 'MAN.A2.6');
      form.append('kind', 'document');
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), `pindaian-${i}.pdf`);
      const started = performance.now();
      const res = await fetch(evidence, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
        body: form,
      });
      const body = (await res.json()) as { id: number };
      uploads.push(performance.now() - started);
      if (res.status !== 201) throw new Error(`upload ${i} answered ${res.status}: ${JSON.stringify(body)}`);
      ids.push(body.id);
    }
  });

  const downloads: number[] = [];
  const { highest: duringDownloads } = await highestResident(async () => {
    for (const id of ids) {
      const started = performance.now();
      const res = await fetch(`${evidence}/${id}/content`, { headers: { cookie } });
      const received = (await res.arrayBuffer()).byteLength;
      downloads.push(performance.now() - started);
      if (res.status !== 200 || received !== pdf.length)
        throw new Error(`download ${id}: ${res.status}, ${received} B`);
    }
  });

  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  const up = summarize(uploads);
  const down = summarize(downloads);
  console.log(
    `evidence over HTTP (pkp serve, ${databaseUrl ? 'PostgreSQL, chunks in the database' : 'PGlite, files under the data directory'}, ${files} × ${args.mb} MB PDF):`,
  );
  console.log(
    `  upload    p50 ${fmt(up.p50)}   max ${fmt(up.max)}   (${(bytes / 1024 / 1024 / (up.p50 / 1000)).toFixed(0)} MB/s)`,
  );
  console.log(`  download  p50 ${fmt(down.p50)}   max ${fmt(down.max)}   (SHA-256 checked before sending)`);
  console.log(
    `  server resident memory: ${mb(before)} before, at most ${mb(duringUploads)} during the uploads, ${mb(duringDownloads)} during the downloads`,
  );
} finally {
  await stop();
  await rm(dataDir, { recursive: true, force: true });
}
