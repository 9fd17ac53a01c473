// Saves that overlap in time on one Puskesmas-year (the grid sends several at once, a paste hundreds):
// on PostgreSQL, where transactions really run side by side, the stored result must end equal to a
// fresh scoring of what is stored. PGlite runs one transaction at a time and could not show the race.
import { beforeAll, expect, it } from 'vitest';
import { describeOnPostgres } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { unitOfWork } from '../data/adapters/repositories.ts';
import type { EntryBody } from '../shared/api/entries.schema.ts';
import { checkResults } from './check-results.ts';
import { getEntries, saveEntry } from './entries.service.ts';
import { saveMonthlyValue } from './monthly-entry.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { getRubric, saveRubric } from './rubric.service.ts';
import { listTargets, saveTarget } from './targets.service.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2024-01-10T02:00:00Z');
const PELAKSANA = { username: 'pelaksana', role: 'pelaksana' } as const;
const KAPUS = { username: 'kapus', role: 'kepala_puskesmas' } as const;

/** Every single-number cell of the year (counts, amounts, levels) with the change to make and its version. */
async function pastedBlock(demo: SmallDemo, unit: OrgUnitWithAncestors) {
  const view = await getEntries(demo.repos, { unit, year: DEMO_YEAR, now: clock() });
  const stored = new Map(view.values.map((v) => [`${v.indicatorCode}|${v.month}`, v]));
  const cells: { indicatorCode: string; month: string; body: EntryBody }[] = [];
  for (const node of view.tree) {
    if (node.type !== 'indicator' || !node.applicable || node.fields.length !== 1) continue;
    const field = node.fields[0]!;
    if (field !== 'numerator' && field !== 'value') continue;
    for (const month of view.months) {
      const v = stored.get(`${node.code}|${month}`);
      const old = v?.[field] ?? 0;
      // Lower some cells, raise others, so that each save moves the service figure.
      const next = cells.length % 2 === 0 ? old + 7 : Math.max(0, old - 3);
      cells.push({
        indicatorCode: node.code,
        month,
        // The demo's months are reported: changing them is a correction, with its reason.
        body: { [field]: next, expectedVersion: v?.version ?? 0, reason: 'Rekap ulang register' },
      });
    }
  }
  return cells;
}

describeOnPostgres('saves that overlap on one Puskesmas-year', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  const check = () =>
    checkResults({ repos: demo.repos, uow: demo.uow, clock }, { year: DEMO_YEAR, districtCode: '3318' });

  it('leaves the stored result equal to a fresh scoring after hundreds of parallel cell saves', async () => {
    const unit = demo.units[0]!;
    const cells = (await pastedBlock(demo, unit)).slice(0, 300);
    expect(cells.length).toBeGreaterThanOrEqual(200);
    const outcomes = await Promise.all(
      cells.map((cell) =>
        saveEntry(
          { uow: demo.uow, repos: demo.repos, clock },
          { unit, year: DEMO_YEAR, ...cell, editor: PELAKSANA },
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status !== 'saved')).toEqual([]);
    const report = await check();
    expect(report.differences).toEqual([]);
    // Three own results, and the verified result of the one submitted year.
    expect(report.checked).toBe(4);
  });

  it('keeps the result fresh when two app processes save into one year (the row lock, not the process)', async () => {
    // A draft, as a year the Puskesmas saves into is (a submitted one would re-score its verified result too).
    const unit = demo.units[0]!;
    const assessment = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    const cells = (await pastedBlock(demo, unit)).slice(0, 160);
    const other = await backend.openAnother();
    try {
      const stores = [backend.store, other];
      // saveMonthlyValue takes the row lock but not this process' queue: only the database orders them.
      // Eight at a time per store, fewer than its pool's ten connections: all 160 at once would wait
      // for a connection longer than the pool's 10 s on a busy CI, which is no outcome of the race.
      const outcomes = await sixteenAtATime(
        cells.map(
          (cell, i) => () =>
            saveMonthlyValue(unitOfWork(stores[i % 2]!), {
              ...yearKeyOf(assessment),
              indicatorCode: cell.indicatorCode,
              month: cell.month,
              stage: 'self',
              numerator: cell.body.numerator ?? null,
              value: cell.body.value ?? null,
              expectedVersion: cell.body.expectedVersion,
              actor: `proses-${i % 2}`,
            }),
        ),
      );
      expect(outcomes).toHaveLength(cells.length);
    } finally {
      await other.close();
    }
    expect((await check()).differences).toEqual([]);
  });

  it('keeps the result fresh when values, targets and management scores of one year are saved together', async () => {
    const unit = demo.units[1]!;
    const cells = (await pastedBlock(demo, unit)).slice(0, 120);
    const targets = (await listTargets(demo.repos, unit, DEMO_YEAR)).rows
      .filter((r) => r.applicable && r.sasaran !== null)
      .slice(0, 40);
    const items = (await getRubric(demo.repos, unit, DEMO_YEAR)).groups
      .flatMap((g) => g.items)
      .filter((i) => i.input === 'level')
      .slice(0, 20);
    const saves: Promise<unknown>[] = [
      ...cells.map((cell) =>
        saveEntry(
          { uow: demo.uow, repos: demo.repos, clock },
          { unit, year: DEMO_YEAR, ...cell, editor: PELAKSANA },
        ),
      ),
      ...targets.map((row) =>
        saveTarget(demo.uow, clock, {
          unit,
          year: DEMO_YEAR,
          indicatorCode: row.code,
          body: { expectedVersion: row.version, sasaran: Math.round((row.sasaran ?? 0) * 1.2) + 1 },
          editor: KAPUS,
        }),
      ),
      ...items.map((item) =>
        saveRubric(
          { uow: demo.uow, repos: demo.repos, clock },
          {
            unit,
            year: DEMO_YEAR,
            indicatorCode: item.code,
            body: { level: item.level === 0 ? 10 : 0, expectedVersion: item.version },
            editor: KAPUS,
          },
        ),
      ),
    ];
    const settled = await Promise.allSettled(saves);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect((await check()).differences).toEqual([]);
  });
});

/** Runs the tasks sixteen at a time (eight per store when they alternate), in order; all their results. */
async function sixteenAtATime<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
  return results;
}
