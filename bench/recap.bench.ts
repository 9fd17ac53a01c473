// `npm run bench`: the district recap of a 67-Puskesmas district (full catalog × 12 months) on PGlite,
// cold and warm, against recomputing every result, and the cost of one value change (store it and
// refresh its Puskesmas-year's result). Prints the figures and writes them as JSON; asserts nothing
// about timing — the point is the ratios within one run.
//
//   npm run bench
//   npm run bench -- --postgres postgres://postgres@127.0.0.1:5432/postgres   (or PKP_BENCH_DATABASE_URL)
//   npm run bench -- --changes 100 --warm 10 --cold 1 --keep
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeTarget } from '../src/data/db.ts';
import { createBenchDatabase } from './bench-database.ts';
import { BUILT_IN_CATALOGS } from '../src/domain/catalog/builtin.ts';
import { planLargeDistrict } from './district-plan.ts';
import { rssMiB, timed } from './stats.ts';
import { ROOT, runSuite, type BenchTarget, type Figure, type SuiteResult } from './suite.ts';

const USAGE = `Usage: npm run bench -- [options]

  --puskesmas N     Puskesmas in the district (default 67)
  --year YEAR       catalog year (default 2023)
  --warm N          warm recaps in one process, at the start and again at the end (default 50)
  --cold N          cold recaps, each in a new process (default 3)
  --changes N       saveMonthlyValue calls on random cells (default 300)
  --isolated N      upserts alone and refreshes alone (default 100 each)
  --seed N          seed for the random cells (default 1)
  --postgres URL    also run against PostgreSQL: a database pkp_bench_<random> is created from this
                    admin URL and dropped afterwards (or set PKP_BENCH_DATABASE_URL)
  --keep            keep the PGlite data directory
  -h, --help        this help`;

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    puskesmas: { type: 'string', default: '67' },
    year: { type: 'string', default: '2023' },
    warm: { type: 'string', default: '50' },
    cold: { type: 'string', default: '3' },
    changes: { type: 'string', default: '300' },
    isolated: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    postgres: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number ≥ 1, not ${JSON.stringify(text)}\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const puskesmasCount = positiveInt('puskesmas', values.puskesmas);
const year = positiveInt('year', values.year);
const options = {
  warmRuns: positiveInt('warm', values.warm),
  coldRuns: positiveInt('cold', values.cold),
  changes: positiveInt('changes', values.changes),
  isolatedRuns: positiveInt('isolated', values.isolated),
  seed: positiveInt('seed', values.seed),
  log: (line: string) => console.error(line),
};
const postgresAdminUrl = values.postgres ?? process.env.PKP_BENCH_DATABASE_URL;

const catalog = BUILT_IN_CATALOGS.get(year);
if (!catalog) {
  console.error(`no built-in catalog for ${year} (known: ${[...BUILT_IN_CATALOGS.keys()].join(', ')})`);
  process.exit(2);
}

const startedAt = new Date();
// Other processes on the machine (tests, builds) move the figures: the load average says how much.
const loadAtStart = loadavg();
const planned = await timed(async () => planLargeDistrict(catalog, puskesmasCount));
const plan = planned.value;
const monthlyInPlan = plan.puskesmas.reduce((n, p) => n + p.monthly.length, 0);
console.error(
  `Planned ${plan.puskesmas.length} Puskesmas, ${monthlyInPlan} monthly values, in ${planned.ms.toFixed(0)} ms (RSS ${rssMiB().toFixed(0)} MiB).`,
);

const results: Partial<Record<BenchTarget['kind'], SuiteResult>> = {};

const dataDir = await mkdtemp(join(tmpdir(), 'pkp-bench-pglite-'));
try {
  results.pglite = await runSuite({ kind: 'pglite', dataDir }, plan, options);
} finally {
  if (values.keep) console.error(`PGlite data directory kept: ${dataDir}`);
  else await rm(dataDir, { recursive: true, force: true });
}

if (postgresAdminUrl) {
  const database = await createBenchDatabase(postgresAdminUrl);
  console.error(`PostgreSQL: created ${describeTarget(database.url)}`);
  try {
    results.postgres = await runSuite({ kind: 'postgres', url: database.url }, plan, options);
  } finally {
    await database.drop();
    console.error(`PostgreSQL: dropped ${database.name}`);
  }
}

const environment = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  pglite: await packageVersion('@electric-sql/pglite'),
  drizzle: await packageVersion('drizzle-orm'),
  postgres: postgresAdminUrl ? describeTarget(postgresAdminUrl) : null,
  loadAverage1m: { start: round2(loadAtStart[0]), end: round2(loadavg()[0]) },
};

console.log(
  [
    '',
    `pkp recap benchmark — ${startedAt.toISOString()}`,
    `district ${plan.district.code}: ${plan.puskesmas.length} Puskesmas × ${catalog.id} (${year}) × 12 months; ` +
      `plan built in ${planned.ms.toFixed(0)} ms`,
    `node ${environment.node}, ${environment.platform}, ${environment.cpus}, ${environment.memoryGiB} GiB; ` +
      `PGlite ${environment.pglite}, drizzle-orm ${environment.drizzle}`,
    `load average (1 min) ${environment.loadAverage1m.start} at the start, ${environment.loadAverage1m.end} at the end ` +
      `(above ~1 on ${cpus().length} cores, other processes shared the CPU: compare ratios, not absolute times)`,
    '',
    renderTable(results),
    '',
  ].join('\n'),
);

const outDir = join(tmpdir(), 'pkp-bench');
await mkdir(outDir, { recursive: true });
const json = JSON.stringify(
  {
    benchmark: 'recap',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment,
    district: {
      code: plan.district.code,
      puskesmas: plan.puskesmas.length,
      year,
      catalog: catalog.id,
      monthlyValues: monthlyInPlan,
    },
    options: { ...options, log: undefined, puskesmas: puskesmasCount },
    results,
  },
  null,
  2,
);
const stamped = join(outDir, `recap-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
const latest = join(outDir, 'latest.json');
await writeFile(stamped, `${json}\n`);
await writeFile(latest, `${json}\n`);
console.log(`Figures written to ${stamped}\n              and ${latest}`);

// ------------------------------------------------------------------------------------------------

function renderTable(byKind: Partial<Record<BenchTarget['kind'], SuiteResult>>): string {
  const kinds = (['pglite', 'postgres'] as const).filter((k) => byKind[k]);
  // Every figure once, grouped by section in the order they were measured; memory last.
  const rows = new Map<string, Figure>();
  for (const kind of kinds)
    for (const figure of byKind[kind]?.figures ?? []) if (!rows.has(figure.key)) rows.set(figure.key, figure);
  const sections = [...new Set([...rows.values()].map((f) => f.section))].sort(
    (a, b) => Number(a === 'memory') - Number(b === 'memory'),
  );
  const valueOf = (kind: (typeof kinds)[number], key: string) =>
    byKind[kind]?.figures.find((f) => f.key === key);
  const header = ['figure', ...kinds, 'unit'];
  const body: string[][] = [];
  for (const section of sections) {
    body.push([`— ${section}`, ...kinds.map(() => ''), '']);
    for (const row of rows.values()) {
      if (row.section === section)
        body.push([row.label, ...kinds.map((k) => format(valueOf(k, row.key))), row.unit]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function format(figure: Figure | undefined): string {
  if (!figure) return '—';
  const { value, unit } = figure;
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'count' || unit === 'rows' || unit === 'rows/s')
    return Math.round(value).toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function round2(x: number | undefined): number {
  return Math.round((x ?? 0) * 100) / 100;
}

async function packageVersion(name: string): Promise<string> {
  try {
    const text = await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}
