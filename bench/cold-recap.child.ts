// The cold half of the recap benchmark, run by recap.bench.ts in a process of its own:
//
//   node bin/run-ts.js bench/cold-recap.child.ts DATA_DIR DISTRICT YEAR
//   PKP_BENCH_CHILD_DATABASE_URL=postgres://… node bin/run-ts.js bench/cold-recap.child.ts - DISTRICT YEAR
//
// The operating system's page cache is warm (the parent just wrote the data), the process is not:
// no modules loaded, no JIT, no PGlite instance, no connection. Prints one JSON line of figures.
import { performance } from 'node:perf_hooks';
import { districtRecap } from '../src/app/recap.ts';
import { createRepositories } from '../src/data/adapters/repositories.ts';
import { openDb } from '../src/data/db.ts';

/** Time from process start until this module runs: node, tsx and every import above. */
const bootMs = performance.now();

export interface ColdRecapFigures {
  bootMs: number;
  openMs: number;
  firstRecapMs: number;
  secondRecapMs: number;
  closeMs: number;
  rows: number;
  /** After the first two recaps, before closing. */
  rssMiB: number;
}

const [dataDir, district, yearText] = process.argv.slice(3);
// The URL travels in the environment, not on the command line where `ps` would show its password.
const databaseUrl = process.env.PKP_BENCH_CHILD_DATABASE_URL;
if (!dataDir || !district || !yearText) {
  console.error('usage: cold-recap.child.ts DATA_DIR|- DISTRICT YEAR');
  process.exit(2);
}
const year = Number(yearText);

let started = performance.now();
const store = await openDb(databaseUrl ? { databaseUrl } : { dataDir });
const openMs = performance.now() - started;
let figures: Omit<ColdRecapFigures, 'closeMs'>;
try {
  const reader = createRepositories(store.db);
  started = performance.now();
  const first = await districtRecap(reader, district, year);
  const firstRecapMs = performance.now() - started;
  started = performance.now();
  await districtRecap(reader, district, year);
  const secondRecapMs = performance.now() - started;
  const rssMiB = process.memoryUsage().rss / 2 ** 20;
  figures = { bootMs, openMs, firstRecapMs, secondRecapMs, rows: first.rows.length, rssMiB };
} finally {
  started = performance.now();
  await store.close();
}
const result: ColdRecapFigures = { ...figures, closeMs: performance.now() - started };
console.log(JSON.stringify(result));
