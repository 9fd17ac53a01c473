// One run of the recap benchmark against one back end (a PGlite data directory or a PostgreSQL
// database): load the district, recap it cold and warm, recompute every stored result, and change
// single values. Returns the figures; prints nothing but progress on stderr.
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { count, sql } from 'drizzle-orm';
import type { DemoMonthlyRow, DemoPlan } from '../src/app/demo/plan.ts';
import { seededRandom, type Random } from '../src/app/demo/random.ts';
import { saveMonthlyValue } from '../src/app/monthly-entry.ts';
import type { MonthlyValueWrite, Repositories, UnitOfWork, YearKey } from '../src/app/ports.ts';
import { districtRecap } from '../src/app/recap.ts';
import { recomputeResults, rescoreDistrictYear } from '../src/app/recompute.ts';
import { createScoringPool } from '../src/compute/scoring-pool.ts';
import { refreshResult, scoreInputs, toStoredResult } from '../src/app/refresh-result.ts';
import { loadDemoPlan } from '../src/data/adapters/demo-loader.ts';
import { createRepositories, unitOfWork } from '../src/data/adapters/repositories.ts';
import { openDb, PGLITE_SUBDIR, type Db, type Store } from '../src/data/db.ts';
import { getAssessmentById } from '../src/data/repositories/assessments.repository.ts';
import { loadCatalog } from '../src/data/repositories/catalogs.repository.ts';
import { listMonthlyValues } from '../src/data/repositories/monthly-values.repository.ts';
import {
  assessmentResults,
  auditLog,
  catalogNodes,
  monthlyValues,
  rubricScores,
  targets,
} from '../src/data/schema.ts';
import type { ColdRecapFigures } from './cold-recap.child.ts';
import { median, now, rssMiB, summarize, timed, type Summary } from './stats.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type BenchTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface SuiteOptions {
  /** districtRecap runs in one process (after a first, reported separately), at the start and at the end. */
  warmRuns: number;
  /** Fresh processes opening the store and recapping once. */
  coldRuns: number;
  /** saveMonthlyValue calls on random cells. */
  changes: number;
  /** Upserts alone and refreshes alone, each in a transaction of its own. */
  isolatedRuns: number;
  seed: number;
  log: (line: string) => void;
}

export interface Figure {
  key: string;
  section: string;
  label: string;
  value: number;
  unit: string;
}

export interface SuiteResult {
  figures: Figure[];
  /** Every sample and summary, for the JSON file. */
  details: Record<string, unknown>;
}

/** How long each part of one unit of work took (ms). */
interface UowTiming {
  /** From calling the unit of work to its return: BEGIN … COMMIT included. */
  total: number;
  /** The work inside the transaction. */
  inside: number;
  upsert: number;
  loadInputs: number;
  saveResult: number;
}

const STAGE = 'self' as const;

export async function runSuite(
  target: BenchTarget,
  plan: DemoPlan,
  options: SuiteOptions,
): Promise<SuiteResult> {
  const { log } = options;
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  let section = '';
  const add = (key: string, label: string, value: number, unit: string, inSection = section) =>
    figures.push({ key, section: inSection, label, value, unit });
  const addMemory = (key: string, label: string) => add(key, label, rssMiB(), 'MiB', 'memory');
  const addSummary = (
    key: string,
    label: string,
    summary: Summary,
    which: readonly ('p50' | 'p95' | 'p99' | 'mean')[],
  ) => {
    for (const w of which) add(`${key}.${w}`, `${label}, ${w}`, summary[w], 'ms');
    details[key] = summary;
  };
  const open = () =>
    openDb(target.kind === 'pglite' ? { dataDir: target.dataDir } : { databaseUrl: target.url });
  const district = plan.district.code;
  const year = plan.year;

  // 1. Load -----------------------------------------------------------------------------------
  section = 'load';
  log(`[${target.kind}] opening a fresh store and loading ${plan.puskesmas.length} Puskesmas…`);
  const opened = await timed(open);
  add('open.fresh', 'open a fresh store (create + migrate)', opened.ms, 'ms');
  let store: Store = opened.value;
  let assessmentIds: number[];
  // The bench's one district: with each id, the key of its rows (YearKey).
  let districtId: number;
  const yearOf = (assessmentId: number) => ({ districtId, assessmentId });
  try {
    const loaded = await timed(() =>
      loadDemoPlan(store, plan, {
        afterDistrict: rescoreDistrictYear,
        progress: (done, total) => {
          if (done % 10 === 0 || done === total) log(`[${target.kind}]   loaded ${done}/${total}`);
        },
      }),
    );
    if (!loaded.value.created)
      throw new Error('the bench store already held the district: it must start empty');
    assessmentIds = loaded.value.assessmentIds;
    const first = await getAssessmentById(store.db, assessmentIds[0]!);
    if (!first) throw new Error('the bench district has no Puskesmas-year');
    districtId = first.districtId;
    const rows = await countRows(store.db);
    add('load.time', 'load the district (loadDemoPlan, its results scored at once)', loaded.ms / 1000, 's');
    add('load.perPuskesmas', 'load time per Puskesmas', loaded.ms / assessmentIds.length, 'ms');
    add('load.rate', 'load throughput (monthly values)', rows.monthlyValues / (loaded.ms / 1000), 'rows/s');
    add('load.puskesmas', 'Puskesmas', assessmentIds.length, 'count');
    add(
      'load.indicators',
      'indicators per Puskesmas-year (mean, with data or target)',
      meanIndicators(plan),
      'count',
    );
    add('load.monthlyValues', 'monthly values stored', rows.monthlyValues, 'rows');
    add('load.targets', 'targets stored', rows.targets, 'rows');
    add('load.rubricScores', 'rubric scores stored', rows.rubricScores, 'rows');
    add('load.results', 'stored results', rows.results, 'rows');
    const sizes = await resultSizes(store.db);
    add(
      'load.resultDetail',
      'stored result: detail column, mean (compressed)',
      sizes.meanDetailBytes / 1024,
      'KiB',
    );
    add(
      'load.resultTable',
      'assessment_results on disk (with TOAST, indexes)',
      sizes.tableBytes / 2 ** 20,
      'MiB',
    );
    details.rowCounts = rows;
    details.resultSizesAfterLoad = sizes;
    addMemory('mem.afterLoad', 'process RSS after load (store open)');
  } finally {
    await store.close();
  }
  addMemory('mem.afterLoadClose', 'process RSS after closing the store');
  if (target.kind === 'pglite') {
    add('load.diskSize', 'data directory on disk', (await directoryBytes(target.dataDir)) / 2 ** 20, 'MiB');
  }

  // 2a. Recap cold: a new process on the same store --------------------------------------------
  section = 'recap, cold (new process, OS cache warm)';
  const cold: ColdRecapFigures[] = [];
  const spawnMs: number[] = [];
  for (let i = 0; i < options.coldRuns; i++) {
    log(`[${target.kind}] cold recap in a new process ${i + 1}/${options.coldRuns}…`);
    const run = await timed(() => runColdChild(target, district, year));
    cold.push(run.value);
    spawnMs.push(run.ms);
  }
  details.coldRuns = cold;
  const n = `median of ${cold.length}`;
  const coldFirst = median(cold.map((c) => c.firstRecapMs));
  add('cold.boot', `node + tsx + imports until ready (${n})`, median(cold.map((c) => c.bootMs)), 'ms');
  add('cold.open', `open the store (${n})`, median(cold.map((c) => c.openMs)), 'ms');
  add('cold.firstRecap', `first districtRecap (${n})`, coldFirst, 'ms');
  add('cold.secondRecap', `second districtRecap (${n})`, median(cold.map((c) => c.secondRecapMs)), 'ms');
  add('cold.close', `close the store (${n})`, median(cold.map((c) => c.closeMs)), 'ms');
  add('cold.wall', `spawn to exit, wall clock (${n})`, median(spawnMs), 'ms');
  add(
    'mem.cold',
    `cold process RSS after its recaps (${n})`,
    median(cold.map((c) => c.rssMiB)),
    'MiB',
    'memory',
  );
  if (cold.some((c) => c.rows !== assessmentIds.length)) {
    throw new Error(`a cold recap did not list all ${assessmentIds.length} Puskesmas`);
  }
  if (target.kind === 'pglite') {
    // How much of opening is PGlite itself (no lock, no migration check).
    const raw = await timed(() => PGlite.create(join(target.dataDir, PGLITE_SUBDIR)));
    const rawClose = await timed(() => raw.value.close());
    add('cold.pgliteCreate', 'PGlite.create alone, in this process (no lock, no migrations)', raw.ms, 'ms');
    add('cold.pgliteClose', 'PGlite close alone, in this process (nothing written)', rawClose.ms, 'ms');
  }

  // 2b. Recap warm, in this process ----------------------------------------------------------------
  section = 'recap, warm (this process)';
  const reopened = await timed(open);
  add('warm.reopen', 'reopen the store (openDb)', reopened.ms, 'ms');
  store = reopened.value;
  try {
    const reader = createRepositories(store.db);
    const first = await timed(() => districtRecap(reader, district, year));
    add('warm.firstRecap', 'first districtRecap after reopening', first.ms, 'ms');
    log(`[${target.kind}] ${options.warmRuns} warm recaps…`);
    const recapRuns = async () => {
      const samples: number[] = [];
      for (let i = 0; i < options.warmRuns; i++) {
        const run = await timed(() => districtRecap(reader, district, year));
        if (run.value.rows.length !== assessmentIds.length)
          throw new Error('a warm recap did not list every Puskesmas');
        samples.push(run.ms);
      }
      return summarize(samples);
    };
    const warm = await recapRuns();
    addSummary('warm.recap', `warm districtRecap (n=${warm.n})`, warm, ['p50', 'p95', 'mean']);
    add('ratio.coldVsWarm', 'cold first recap ÷ warm recap p50', coldFirst / warm.p50, '×');
    addMemory('mem.afterWarm', 'process RSS after the warm recaps');

    // 4. One value change: saveMonthlyValue on random cells ----------------------------------------
    section = 'one value change';
    const random = seededRandom(options.seed);
    const cells = new CellPicker(plan, assessmentIds.map(yearOf), random);
    log(`[${target.kind}] ${options.changes} value changes (saveMonthlyValue)…`);
    const changes: UowTiming[] = [];
    for (let i = 0; i < options.changes; i++) {
      const timing = newTiming();
      const write = cells.nextWrite();
      const run = await timed(() => saveMonthlyValue(timedUnitOfWork(store, timing), write));
      timing.total = run.ms;
      cells.saved(write, run.value.version);
      changes.push(timing);
    }
    const change = summarize(changes.map((c) => c.total));
    addSummary('change.save', `saveMonthlyValue, one tx (n=${change.n})`, change, [
      'p50',
      'p95',
      'p99',
      'mean',
    ]);
    const parts = describeParts(changes);
    add('change.part.upsert', '  of which upsert + audit (p50)', parts.upsert, 'ms');
    add('change.part.loadInputs', '  of which loadScoringInputs (p50)', parts.loadInputs, 'ms');
    add('change.part.score', '  of which scoring + the rest in JS (p50)', parts.compute, 'ms');
    add('change.part.saveResult', '  of which saveResult (p50)', parts.saveResult, 'ms');
    add('change.part.txn', '  of which BEGIN/COMMIT (p50)', parts.txn, 'ms');
    details.changeParts = parts;
    details.changeSamples = changes.map((c) => roundTiming(c));

    log(
      `[${target.kind}] ${options.isolatedRuns} upserts alone and ${options.isolatedRuns} refreshes alone…`,
    );
    const uow = unitOfWork(store);
    const upsertAlone: number[] = [];
    for (let i = 0; i < options.isolatedRuns; i++) {
      const write = cells.nextWrite();
      const run = await timed(() => uow((repos) => repos.saveMonthlyValue(write)));
      cells.saved(write, run.value.version);
      upsertAlone.push(run.ms);
    }
    const refreshAlone: number[] = [];
    for (let i = 0; i < options.isolatedRuns; i++) {
      const assessmentId = random.pick(assessmentIds);
      refreshAlone.push(
        (await timed(() => uow((repos) => refreshResult(repos, yearOf(assessmentId), STAGE)))).ms,
      );
    }
    const upsert = summarize(upsertAlone);
    const refresh = summarize(refreshAlone);
    addSummary('change.upsertAlone', `upsert + audit alone, own tx (n=${upsert.n})`, upsert, ['p50', 'p95']);
    addSummary('change.refreshAlone', `refreshResult alone, own tx (n=${refresh.n})`, refresh, [
      'p50',
      'p95',
    ]);
    add('ratio.refreshVsUpsert', 'refresh alone ÷ upsert alone (p50)', refresh.p50 / upsert.p50, '×');
    add('ratio.changeVsWarm', 'one value change ÷ warm recap (p50)', change.p50 / warm.p50, '×');

    // 3. Full recompute: what the stored results save a recap ------------------------------------
    // Last, so that it also brings every result the upserts above left stale up to date.
    section = 'full recompute (what stored results save)';
    log(`[${target.kind}] recomputing all ${assessmentIds.length} stored results…`);
    const recompute: UowTiming[] = [];
    const recomputeStarted = now();
    for (const assessmentId of assessmentIds) {
      const timing = newTiming();
      const run = await timed(() =>
        timedUnitOfWork(store, timing)((repos) => refreshResult(repos, yearOf(assessmentId), STAGE)),
      );
      timing.total = run.ms;
      recompute.push(timing);
    }
    const recomputeMs = now() - recomputeStarted;
    add(
      'recompute.total',
      `recompute all ${assessmentIds.length} results (refreshResult, one tx each)`,
      recomputeMs,
      'ms',
    );
    add('ratio.recomputeVsWarm', 'full recompute ÷ warm recap p50', recomputeMs / warm.p50, '×');
    const perPuskesmas = summarize(recompute.map((r) => r.total));
    addSummary('recompute.each', 'refreshResult per Puskesmas', perPuskesmas, ['p50', 'p95']);
    const recomputeParts = describeParts(recompute);
    add('recompute.part.loadInputs', '  of which loadScoringInputs (p50)', recomputeParts.loadInputs, 'ms');
    add('recompute.part.score', '  of which scoring + the rest in JS (p50)', recomputeParts.compute, 'ms');
    add('recompute.part.saveResult', '  of which saveResult (p50)', recomputeParts.saveResult, 'ms');
    details.recomputeParts = recomputeParts;

    // `pkp recompute`: the district read in a few queries, scored, written in bulk — against one raw
    // scan-and-aggregate of the same value table, measured here, in the same run.
    section = 'pkp recompute (bulk) against a raw scan';
    log(`[${target.kind}] pkp recompute of the district, and a raw scan of its values…`);
    const scan = await timed(() =>
      store.db.execute(
        sql`select assessment_id, stage, indicator_code, count(*), sum(numerator), sum(denominator), sum(value) from monthly_values group by 1, 2, 3`,
      ),
    );
    add('scan.raw', 'raw scan + aggregate of monthly_values (one query)', scan.ms, 'ms');
    const bulkDeps = { repos: reader, uow: unitOfWork(store), clock: () => new Date() };
    const bulk = await timed(() => recomputeResults(bulkDeps, { year, districtCode: district }));
    add('recompute.bulk', `pkp recompute, one thread (${bulk.value.results} results)`, bulk.ms, 'ms');
    const pool = createScoringPool();
    try {
      // The first batch starts the workers; the second is what a long recompute runs at.
      await recomputeResults({ ...bulkDeps, score: pool.score }, { year, districtCode: district });
      const pooled = await timed(() =>
        recomputeResults({ ...bulkDeps, score: pool.score }, { year, districtCode: district }),
      );
      add('recompute.bulkPool', `pkp recompute, ${pool.size} worker threads`, pooled.ms, 'ms');
      add('ratio.recomputeVsScan', 'pkp recompute (threads) ÷ raw scan (goal ≤ 2)', pooled.ms / scan.ms, '×');
    } finally {
      await pool.close();
    }
    add(
      'ratio.bulkVsEach',
      'pkp recompute (one thread) ÷ refreshResult one tx each',
      bulk.ms / recomputeMs,
      '×',
    );

    // Where a refresh spends its time, piece by piece.
    section = 'inside a refresh (probes, p50)';
    const probe = await probeRefresh(
      store.db,
      reader,
      assessmentIds,
      random,
      Math.min(20, options.isolatedRuns),
    );
    add('probe.catalog', 'loadCatalog (catalog rebuilt from rows)', probe.catalog.p50, 'ms');
    add('probe.monthly', 'listMonthlyValues (one Puskesmas-year, Drizzle)', probe.monthly.p50, 'ms');
    add('probe.monthlyRaw', '  same query as raw SQL (db.execute)', probe.monthlyRaw.p50, 'ms');
    add(
      'probe.monthlyServer',
      '  same query: database execution (EXPLAIN ANALYZE)',
      probe.monthlyServer.p50,
      'ms',
    );
    add('probe.monthlyNarrow', '  only the 6 columns scoring reads (raw SQL)', probe.monthlyNarrow.p50, 'ms');
    add('probe.monthlyRows', '  rows it returns', probe.monthlyRows, 'rows');
    add('probe.score', 'scoreInputs + toStoredResult (in memory)', probe.score.p50, 'ms');
    details.refreshProbe = probe;

    // After all those rewrites: does the recap slow down, does the results table grow?
    section = 'after the changes';
    const rewrites = options.changes + 2 * options.isolatedRuns + assessmentIds.length;
    const sizes = await resultSizes(store.db);
    details.resultSizesAtEnd = sizes;
    add(
      'end.resultTable',
      `assessment_results on disk after ~${rewrites} result rewrites`,
      sizes.tableBytes / 2 ** 20,
      'MiB',
    );
    const before = details.resultSizesAfterLoad as { tableBytes: number };
    add(
      'end.growth',
      '  growth per result rewrite',
      (sizes.tableBytes - before.tableBytes) / rewrites / 1024,
      'KiB',
    );
    const warmEnd = await recapRuns();
    addSummary('end.recap', `warm districtRecap again (n=${warmEnd.n})`, warmEnd, ['p50', 'p95']);
    add('ratio.recapEndVsStart', 'warm recap p50 at the end ÷ at the start', warmEnd.p50 / warm.p50, '×');
    addMemory('mem.end', 'process RSS at the end (store open)');
  } finally {
    await store.close();
  }
  if (target.kind === 'pglite') {
    add(
      'end.diskSize',
      'data directory on disk at the end',
      (await directoryBytes(target.dataDir)) / 2 ** 20,
      'MiB',
    );
  }
  return { figures, details };
}

function roundTiming(timing: UowTiming): UowTiming {
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    total: r(timing.total),
    inside: r(timing.inside),
    upsert: r(timing.upsert),
    loadInputs: r(timing.loadInputs),
    saveResult: r(timing.saveResult),
  };
}

function newTiming(): UowTiming {
  return { total: 0, inside: 0, upsert: 0, loadInputs: 0, saveResult: 0 };
}

/**
 * A unit of work that records how long its parts take: the same transaction and repositories as
 * unitOfWork(store), with the three ports that touch the database timed.
 */
function timedUnitOfWork(store: Store, timing: UowTiming): UnitOfWork {
  const uow = unitOfWork(store);
  return <T>(work: (repos: Repositories) => Promise<T>): Promise<T> =>
    uow(async (repos) => {
      const started = now();
      const timedRepos: Repositories = {
        ...repos,
        async saveMonthlyValue(write) {
          const run = await timed(() => repos.saveMonthlyValue(write));
          timing.upsert += run.ms;
          return run.value;
        },
        async loadScoringInputs(assessmentId, stage) {
          const run = await timed(() => repos.loadScoringInputs(assessmentId, stage));
          timing.loadInputs += run.ms;
          return run.value;
        },
        async saveResult(result) {
          const run = await timed(() => repos.saveResult(result));
          timing.saveResult += run.ms;
        },
      };
      try {
        return await work(timedRepos);
      } finally {
        timing.inside = now() - started;
      }
    });
}

/** Medians of each part; the scoring is what the work inside spent outside the three ports. */
function describeParts(samples: readonly UowTiming[]) {
  return {
    total: median(samples.map((s) => s.total)),
    upsert: median(samples.map((s) => s.upsert)),
    loadInputs: median(samples.map((s) => s.loadInputs)),
    compute: median(samples.map((s) => s.inside - s.upsert - s.loadInputs - s.saveResult)),
    saveResult: median(samples.map((s) => s.saveResult)),
    txn: median(samples.map((s) => s.total - s.inside)),
  };
}

/** Random cells of the plan, with the version each has in the store, and a plausible new value. */
class CellPicker {
  private readonly versions = new Map<string, number>();
  constructor(
    private readonly plan: DemoPlan,
    private readonly years: readonly YearKey[],
    private readonly random: Random,
  ) {}

  nextWrite(): MonthlyValueWrite {
    const index = this.random.int(0, this.plan.puskesmas.length - 1);
    const entry = this.plan.puskesmas[index];
    const year = this.years[index];
    if (!entry || year === undefined) throw new Error(`no Puskesmas at ${index}`);
    const row = this.random.pick(entry.monthly);
    const key = { ...year, indicatorCode: row.indicatorCode, month: row.month, stage: STAGE };
    return {
      ...key,
      ...this.changedFields(row),
      // Bulk-loaded values start at version 1.
      expectedVersion: this.versions.get(cellKey(key)) ?? 1,
      actor: 'bench',
      reason: 'benchmark',
    };
  }

  saved(write: MonthlyValueWrite, version: number): void {
    this.versions.set(cellKey(write), version);
  }

  private changedFields(row: DemoMonthlyRow) {
    const factor = this.random.between(0.8, 1.2);
    const numerator = row.numerator === null ? null : Math.round(row.numerator * factor);
    return {
      numerator:
        numerator === null || row.denominator === null ? numerator : Math.min(numerator, row.denominator),
      denominator: row.denominator,
      value: row.value === null ? null : Math.round(row.value * factor * 100) / 100,
      flag: row.flag === null ? null : this.random.chance(0.8) ? row.flag : !row.flag,
    };
  }
}

function cellKey(key: { assessmentId: number; indicatorCode: string; month: string }): string {
  return `${key.assessmentId}|${key.indicatorCode}|${key.month}`;
}

/** The pieces of a refresh measured one by one, on random Puskesmas-years. */
async function probeRefresh(
  db: Db,
  reader: Repositories,
  assessmentIds: readonly number[],
  random: Random,
  runs: number,
) {
  const catalog: number[] = [];
  const monthly: number[] = [];
  const monthlyRaw: number[] = [];
  const monthlyServer: number[] = [];
  const monthlyNarrow: number[] = [];
  const score: number[] = [];
  let monthlyRows = 0;
  for (let i = 0; i < runs; i++) {
    const assessment = await getAssessmentById(db, random.pick(assessmentIds));
    if (!assessment) throw new Error('assessment vanished');
    catalog.push((await timed(() => loadCatalog(db, assessment.catalogVersionId))).ms);
    const key = { districtId: assessment.districtId, assessmentId: assessment.id };
    const listed = await timed(() => listMonthlyValues(db, key, STAGE));
    monthly.push(listed.ms);
    monthlyRows += listed.value.length;
    // The statement listMonthlyValues sends, without Drizzle's row mapping.
    const query = sql`select * from monthly_values
      where district_id = ${key.districtId} and assessment_id = ${key.assessmentId} and stage = ${STAGE}
      order by indicator_code, month, stage`;
    monthlyRaw.push((await timed(() => db.execute(query))).ms);
    // Only the columns scoring reads (no entered_by, entered_at, version, keys): what a leaner read would cost.
    const narrow = sql`select indicator_code, month, numerator, denominator, value, flag from monthly_values
      where district_id = ${key.districtId} and assessment_id = ${key.assessmentId} and stage = ${STAGE}
      order by indicator_code, month`;
    monthlyNarrow.push((await timed(() => db.execute(narrow))).ms);
    const plan = rowsOf(await db.execute(sql`explain (analyze, format json) ${query}`));
    monthlyServer.push(executionTime(plan));
    const inputs = await reader.loadScoringInputs(key, STAGE);
    score.push((await timed(async () => toStoredResult(key, STAGE, scoreInputs(inputs), new Date()))).ms);
  }
  return {
    catalog: summarize(catalog),
    monthly: summarize(monthly),
    monthlyRaw: summarize(monthlyRaw),
    monthlyServer: summarize(monthlyServer),
    monthlyNarrow: summarize(monthlyNarrow),
    monthlyRows: monthlyRows / runs,
    score: summarize(score),
  };
}

/** The rows of a raw query: PGlite's and node-postgres's results both carry `rows`. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  const rows = (result as { rows?: unknown }).rows;
  if (!Array.isArray(rows)) throw new Error('a raw query returned no rows array');
  return rows as Record<string, unknown>[];
}

/** "Execution Time" of EXPLAIN (ANALYZE, FORMAT JSON), whichever way the driver parsed the json. */
function executionTime(rows: Record<string, unknown>[]): number {
  const cell = rows[0]?.['QUERY PLAN'];
  const parsed = (typeof cell === 'string' ? JSON.parse(cell) : cell) as { 'Execution Time'?: number }[];
  return parsed[0]?.['Execution Time'] ?? Number.NaN;
}

/** The results table with its TOAST and indexes, and the mean stored size of a result's explanation. */
async function resultSizes(db: Db): Promise<{ tableBytes: number; meanDetailBytes: number }> {
  const [row] = rowsOf(
    await db.execute(sql`select pg_total_relation_size('assessment_results') as table_bytes,
      coalesce(avg(pg_column_size(detail)), 0) as mean_detail_bytes from assessment_results`),
  );
  return { tableBytes: Number(row?.table_bytes), meanDetailBytes: Number(row?.mean_detail_bytes) };
}

function meanIndicators(plan: DemoPlan): number {
  const perPuskesmas = plan.puskesmas.map(
    (p) => new Set([...p.targets, ...p.monthly, ...p.rubrics].map((r) => r.indicatorCode)).size,
  );
  return perPuskesmas.reduce((a, b) => a + b, 0) / perPuskesmas.length;
}

async function countRows(db: Db) {
  const rowsOf = async (table: Parameters<ReturnType<Db['select']>['from']>[0]) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    monthlyValues: await rowsOf(monthlyValues),
    targets: await rowsOf(targets),
    rubricScores: await rowsOf(rubricScores),
    catalogNodes: await rowsOf(catalogNodes),
    results: await rowsOf(assessmentResults),
    audit: await rowsOf(auditLog),
  };
}

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Runs bench/cold-recap.child.ts in a new process and returns what it measured. */
function runColdChild(target: BenchTarget, district: string, year: number): Promise<ColdRecapFigures> {
  const args = [
    'bin/run-ts.js',
    'bench/cold-recap.child.ts',
    target.kind === 'pglite' ? target.dataDir : '-',
    district,
    String(year),
  ];
  const env = { ...process.env };
  if (target.kind === 'postgres') env.PKP_BENCH_CHILD_DATABASE_URL = target.url;
  else delete env.PKP_BENCH_CHILD_DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1);
      if (code !== 0 || !last) {
        reject(new Error(`cold recap child exited with ${code}:\n${stderr || stdout}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as ColdRecapFigures);
      } catch (error) {
        reject(new Error(`cold recap child printed no figures: ${last}`, { cause: error }));
      }
    });
  });
}
