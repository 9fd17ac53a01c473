// Two people (two app processes) writing the same record of Bab V–VI or the same follow-up at once, and
// the next year opened twice over: on PostgreSQL, where transactions run side by side, exactly one
// first write wins and the other is told STALE_VALUE; open actions are carried once. PGlite runs one
// transaction at a time and could not show the race.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnPostgres } from '../../test/db/backends.ts';
import {
  addPuskesmas,
  DEMO_YEAR,
  demoCatalog,
  loadSmallDemo,
  type SmallDemo,
} from '../../test/db/small-demo.ts';
import { storeRepositories, unitOfWork } from '../data/adapters/repositories.ts';
import type { Store } from '../data/db.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { saveCatalog } from '../data/repositories/catalogs.repository.ts';
import { noCauses } from '../domain/improvement/causes.ts';
import { carryOpenActions, createAction, saveProblem } from './analysis.service.ts';
import type { Editor } from './year-write.ts';

const clock = () => new Date('2024-04-10T03:00:00Z');
const koordinator: Editor = { username: 'koordinator.uji', role: 'koordinator' };
const kapus: Editor = { username: 'kapus.uji', role: 'kepala_puskesmas' };

describeOnPostgres('Bab V–VI written by two processes at once', (backend) => {
  let demo: SmallDemo;
  let other: Store;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    other = await backend.openAnother();
    const next = await saveCatalog(backend.db, {
      districtId: demo.district.id,
      catalog: { ...demoCatalog, year: DEMO_YEAR + 1 },
      actor: 'uji',
    });
    // A Puskesmas-year opens only on a published catalog.
    await demo.repos.publishCatalog({ catalogVersionId: next.id, actor: 'uji' });
  });

  afterAll(async () => {
    await other?.close();
  });

  const depsOf = (store: Store) => ({ uow: unitOfWork(store), repos: storeRepositories(store), clock });

  const problem = (text: string) => ({
    problem: text,
    causes: noCauses(),
    urgency: 3,
    seriousness: 3,
    growth: 3,
    expectedVersion: 0,
  });

  it('keeps one of two first writes of the same problem and tells the other it is stale', async () => {
    const unit = await addPuskesmas(backend.store);
    const [a, b] = await Promise.all([
      saveProblem(depsOf(backend.store), {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem('A'),
        editor: kapus,
      }),
      saveProblem(depsOf(other), {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem('B'),
        editor: koordinator,
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['saved', 'stale']);
    const stored = await demo.repos.findAssessment(unit.code, DEMO_YEAR);
    const problems = await demo.repos.listGapAnalyses(stored!.id);
    expect(problems.map((p) => p.version)).toEqual([1]);
    expect(await listAudit(backend.db, { entity: 'gap_analysis', assessmentId: stored!.id })).toHaveLength(1);
  });

  it('carries the open actions once when the next year is opened by two processes at once', async () => {
    const unit = await addPuskesmas(backend.store);
    const deps = depsOf(backend.store);
    await saveProblem(deps, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: problem('K1 rendah'),
      editor: kapus,
    });
    for (const status of ['direncanakan', 'berjalan', 'selesai'] as const)
      await createAction(deps, {
        unit,
        year: DEMO_YEAR,
        body: {
          indicatorCode: 'SPM.01',
          action: `Tindakan ${status}`,
          target: 'K1 ≥ 95 %',
          personInCharge: 'Bidan koordinator',
          startOn: null,
          dueOn: '2024-06-30',
          budgetSource: 'BOK',
          status,
          followUp: null,
        },
        editor: kapus,
      });
    const carry = (store: Store) =>
      carryOpenActions(depsOf(store), { unit, fromYear: DEMO_YEAR, toYear: DEMO_YEAR + 1, editor: kapus });
    const [first, second] = await Promise.all([carry(backend.store), carry(other)]);
    expect(first.length + second.length).toBe(2);
    const next = await demo.repos.findAssessment(unit.code, DEMO_YEAR + 1);
    const carried = await demo.repos.listRtlActions(next!.id);
    expect(carried.map((a) => a.action).sort()).toEqual(['Tindakan berjalan', 'Tindakan direncanakan']);
  });
});
