import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import {
  addPuskesmas,
  DEMO_YEAR,
  demoCatalog,
  loadSmallDemo,
  type SmallDemo,
} from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { saveCatalog } from '../data/repositories/catalogs.repository.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import { noCauses } from '../domain/improvement/causes.ts';
import type { ProblemBody, RtlActionBody } from '../shared/api/analysis.schema.ts';
import { AppError } from '../shared/errors.ts';
import {
  carryOpenActions,
  createAction,
  getAnalysis,
  saveProblem,
  saveProgrammeAnalysis,
  updateAction,
  type AnalysisWriteOutcome,
} from './analysis.service.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import type { Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

const now = new Date('2024-04-10T03:00:00Z');
const clock = () => now;
const koordinator: Editor = { username: 'koordinator.uji', role: 'koordinator' };
const kapus: Editor = { username: 'kapus.uji', role: 'kepala_puskesmas' };

const problem = (over: Partial<ProblemBody> = {}): ProblemBody => ({
  problem: 'Cakupan K1 rendah: ibu hamil datang setelah trimester pertama.',
  causes: { ...noCauses(), manusia: ['Bidan desa merangkap tugas'], lingkungan: ['Jarak ke Puskesmas jauh'] },
  urgency: 4,
  seriousness: 4,
  growth: 3,
  expectedVersion: 0,
  ...over,
});

const action = (over: Partial<RtlActionBody> = {}): RtlActionBody => ({
  indicatorCode: 'SPM.01',
  action: 'Kelas ibu hamil di setiap desa',
  target: 'K1 ≥ 95 % pada Desember 2024',
  personInCharge: 'Bidan koordinator',
  startOn: '2024-02-01',
  dueOn: '2024-03-31',
  budgetSource: 'BOK',
  status: 'berjalan',
  followUp: null,
  ...over,
});

function saved(outcome: AnalysisWriteOutcome) {
  if (outcome.status !== 'saved') throw outcome.error;
  return outcome.view;
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeOnBackends('Bab V and Bab VI of a Puskesmas-year', (backend) => {
  let demo: SmallDemo;
  let deps: { uow: SmallDemo['uow']; repos: SmallDemo['repos']; clock: () => Date };
  let pati1: OrgUnitWithAncestors;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    deps = { uow: demo.uow, repos: demo.repos, clock };
    pati1 = demo.units[0]!;
  });

  /** A Puskesmas of its own, its year opened and moved to `status`. */
  async function puskesmasIn(status: AssessmentStatus) {
    const unit = await addPuskesmas(backend.store);
    const assessment = await demo.uow((repos) => repos.openAssessment(unit.id, DEMO_YEAR));
    if (status !== 'draft')
      await setAssessmentStatus(backend.db, { assessmentId: assessment.id, status, actor: 'uji' });
    return { unit, assessmentId: assessment.id };
  }

  it('lists the indicators below target of the stored result, each with its gap and its sentence', async () => {
    const view = await getAnalysis(demo.repos, { unit: pati1, year: DEMO_YEAR, now });
    expect(view).toMatchObject({ status: 'draft', stage: 'self', today: '2024-04-10' });
    expect(view.gaps.length).toBeGreaterThan(0);
    for (const gap of view.gaps) {
      const full = gap.axis === 'service' ? 100 : 10;
      expect(gap.score < full || gap.met === false, gap.indicator.code).toBe(true);
      expect(gap.sentence.id).toMatch(/nilai/);
      expect(gap.sentence.en).toMatch(/score/);
    }
    const compared = view.gaps.find((g) => g.kind === 'compared' && g.gap !== null && g.gap > 0);
    expect(compared?.realised).not.toBeNull();
    expect(compared?.target).not.toBeNull();
    // Every programme is listed, with how many of its indicators fall below target.
    expect(view.programmes[0]).toMatchObject({ code: 'SPM', axis: 'service' });
    const counted = view.programmes.reduce((n, p) => n + p.gaps, 0);
    expect(counted).toBe(view.gaps.length);
  });

  it('reads a submitted year by the verified result once Dinkes has one', async () => {
    const submitted = demo.units[2]!;
    const view = await getAnalysis(demo.repos, { unit: submitted, year: DEMO_YEAR, now });
    const stored = await demo.repos.findAssessment(submitted.code, DEMO_YEAR);
    const verified = await demo.repos.getResult(yearKeyOf(stored!), 'verified');
    expect(view.status).toBe('submitted');
    expect(view.stage).toBe(verified ? 'verified' : 'self');
  });

  it('records a problem with its causes and USG, audited, and refuses a stale version keeping what is stored', async () => {
    const { unit, assessmentId } = await puskesmasIn('draft');
    const first = saved(
      await saveProblem(deps, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: koordinator,
      }),
    );
    expect(first.problems).toMatchObject([
      { indicator: { code: 'SPM.01' }, total: 11, rank: 1, version: 1, updatedBy: 'koordinator.uji' },
    ]);
    expect(first.problems[0]?.causes.lingkungan).toEqual(['Jarak ke Puskesmas jauh']);

    const again = saved(
      await saveProblem(deps, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem({ problem: 'Diubah Kepala Puskesmas', expectedVersion: 1 }),
        editor: kapus,
      }),
    );
    expect(again.problems[0]).toMatchObject({ problem: 'Diubah Kepala Puskesmas', version: 2 });

    const stale = await saveProblem(deps, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: problem({ problem: 'Terlambat', expectedVersion: 1 }),
      editor: koordinator,
    });
    expect(stale.status).toBe('stale');
    if (stale.status === 'stale') {
      expect(stale.error.code).toBe('STALE_VALUE');
      expect(stale.current.problems[0]).toMatchObject({ problem: 'Diubah Kepala Puskesmas', version: 2 });
    }

    const audit = await listAudit(backend.db, { entity: 'gap_analysis', assessmentId });
    expect(
      audit.map((a) => [a.actor, a.entityKey, a.oldValue?.version ?? null, a.newValue?.version]),
    ).toEqual([
      ['koordinator.uji', { indicatorCode: 'SPM.01' }, null, 1],
      ['kapus.uji', { indicatorCode: 'SPM.01' }, 1, 2],
    ]);
  });

  it('puts the problems in order of U + S + G, the most pressing first', async () => {
    const { unit } = await puskesmasIn('draft');
    const write = (code: string, u: number, s: number, g: number) =>
      saveProblem(deps, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: code,
        body: problem({ urgency: u, seriousness: s, growth: g }),
        editor: koordinator,
      });
    await write('SPM.01', 2, 2, 2);
    await write('SPM.02', 5, 5, 1);
    const view = saved(await write('SPM.03', 3, 3, 3));
    expect(view.problems.map((p) => [p.indicator.code, p.total, p.rank])).toEqual([
      ['SPM.02', 11, 1],
      ['SPM.03', 9, 2],
      ['SPM.01', 6, 3],
    ]);
  });

  it('lets the team write Bab V after submission, and refuses it once Dinkes has verified the year', async () => {
    const submitted = await puskesmasIn('submitted');
    saved(
      await saveProblem(deps, {
        unit: submitted.unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: kapus,
      }),
    );
    const verified = await puskesmasIn('verified');
    const error = await refusal(
      saveProblem(deps, {
        unit: verified.unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: kapus,
      }),
    );
    expect([error.code, error.status]).toEqual(['ANALYSIS_CLOSED', 409]);
    expect(await demo.repos.listGapAnalyses(verified.assessmentId)).toEqual([]);
  });

  it('refuses Bab V from an officer (pelaksana) and from Dinkes', async () => {
    const { unit } = await puskesmasIn('draft');
    for (const role of ['pelaksana', 'verifikator'] as const) {
      const error = await refusal(
        saveProblem(deps, {
          unit,
          year: DEMO_YEAR,
          indicatorCode: 'SPM.01',
          body: problem(),
          editor: { username: `${role}.uji`, role },
        }),
      );
      expect(error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a problem for an indicator the catalog does not have', async () => {
    const { unit } = await puskesmasIn('draft');
    const error = await refusal(
      saveProblem(deps, { unit, year: DEMO_YEAR, indicatorCode: 'SPM.99', body: problem(), editor: kapus }),
    );
    expect([error.code, error.status]).toEqual(['INDICATOR_NOT_FOUND', 404]);
  });

  it('keeps a short analysis per programme, versioned, and refuses a programme that does not exist', async () => {
    const { unit, assessmentId } = await puskesmasIn('draft');
    const view = saved(
      await saveProgrammeAnalysis(deps, {
        unit,
        year: DEMO_YEAR,
        programmeCode: 'UKM.C',
        body: { text: 'Kesehatan keluarga tertinggal di K1 dan ASI eksklusif.', expectedVersion: 0 },
        editor: koordinator,
      }),
    );
    expect(view.programmes.find((p) => p.code === 'UKM.C')?.analysis).toMatchObject({ version: 1 });
    const stale = await saveProgrammeAnalysis(deps, {
      unit,
      year: DEMO_YEAR,
      programmeCode: 'UKM.C',
      body: { text: 'Lain', expectedVersion: 0 },
      editor: kapus,
    });
    expect(stale.status).toBe('stale');
    const error = await refusal(
      saveProgrammeAnalysis(deps, {
        unit,
        year: DEMO_YEAR,
        programmeCode: 'UKM.Z',
        body: { text: 'x', expectedVersion: 0 },
        editor: kapus,
      }),
    );
    expect(error.code).toBe('PROGRAMME_NOT_FOUND');
    const audit = await listAudit(backend.db, { entity: 'gap_analysis', assessmentId });
    expect(audit.map((a) => a.entityKey)).toEqual([{ programmeCode: 'UKM.C' }]);
  });

  describe('RTL actions', () => {
    it('asks for the problem first, then keeps an action with its plan, audited', async () => {
      const { unit, assessmentId } = await puskesmasIn('draft');
      const early = await refusal(
        createAction(deps, { unit, year: DEMO_YEAR, body: action(), editor: koordinator }),
      );
      expect([early.code, early.status]).toEqual(['RTL_NEEDS_PROBLEM', 409]);
      await saveProblem(deps, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: koordinator,
      });
      const view = saved(
        await createAction(deps, { unit, year: DEMO_YEAR, body: action(), editor: koordinator }),
      );
      expect(view.actions).toMatchObject([
        {
          indicator: { code: 'SPM.01' },
          action: 'Kelas ibu hamil di setiap desa',
          budgetSource: 'BOK',
          status: 'berjalan',
          carriedFrom: null,
          version: 1,
        },
      ]);
      const audit = await listAudit(backend.db, { entity: 'rtl_action', assessmentId });
      expect(audit.map((a) => [a.entityKey, a.newValue?.status])).toEqual([
        [{ actionId: view.actions[0]!.id }, 'berjalan'],
      ]);
    });

    it('flags an action past its due date and still open as overdue, and not once it is done', async () => {
      const { unit } = await puskesmasIn('draft');
      await saveProblem(deps, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: kapus,
      });
      const view = saved(await createAction(deps, { unit, year: DEMO_YEAR, body: action(), editor: kapus }));
      const [created] = view.actions;
      // Due 31 March 2024, read on 10 April 2024.
      expect(created).toMatchObject({ overdue: true, daysOverdue: 10 });
      const done = saved(
        await updateAction(deps, {
          unit,
          year: DEMO_YEAR,
          actionId: created!.id,
          body: { ...action({ status: 'selesai', followUp: 'Kelas ibu di 12 desa' }), expectedVersion: 1 },
          editor: koordinator,
        }),
      );
      expect(done.actions[0]).toMatchObject({ status: 'selesai', overdue: false, version: 2 });
      const stale = await updateAction(deps, {
        unit,
        year: DEMO_YEAR,
        actionId: created!.id,
        body: { ...action({ status: 'batal' }), expectedVersion: 1 },
        editor: kapus,
      });
      expect(stale.status).toBe('stale');
      if (stale.status === 'stale') expect(stale.current.actions[0]?.status).toBe('selesai');
    });

    it('refuses a start after the due date, and an action of another Puskesmas-year', async () => {
      const { unit } = await puskesmasIn('draft');
      await saveProblem(deps, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: kapus,
      });
      const dates = await refusal(
        createAction(deps, {
          unit,
          year: DEMO_YEAR,
          body: action({ startOn: '2024-05-01', dueOn: '2024-04-01' }),
          editor: kapus,
        }),
      );
      expect(dates.code).toBe('RTL_DATES_INVALID');
      const other = await puskesmasIn('draft');
      await saveProblem(deps, {
        unit: other.unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: kapus,
      });
      const theirs = saved(
        await createAction(deps, { unit: other.unit, year: DEMO_YEAR, body: action(), editor: kapus }),
      );
      const foreign = await refusal(
        updateAction(deps, {
          unit,
          year: DEMO_YEAR,
          actionId: theirs.actions[0]!.id,
          body: { ...action({ status: 'batal' }), expectedVersion: 1 },
          editor: kapus,
        }),
      );
      expect([foreign.code, foreign.status]).toEqual(['RTL_ACTION_NOT_FOUND', 404]);
    });

    it('lets the team follow its actions up after verification, and refuses it once the year is final', async () => {
      const year = await puskesmasIn('submitted');
      await saveProblem(deps, {
        unit: year.unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: kapus,
      });
      const view = saved(
        await createAction(deps, { unit: year.unit, year: DEMO_YEAR, body: action(), editor: kapus }),
      );
      await setAssessmentStatus(backend.db, {
        assessmentId: year.assessmentId,
        status: 'verified',
        actor: 'uji',
      });
      const update = (version: number) =>
        updateAction(deps, {
          unit: year.unit,
          year: DEMO_YEAR,
          actionId: view.actions[0]!.id,
          body: { ...action({ status: 'selesai' }), expectedVersion: version },
          editor: kapus,
        });
      saved(await update(1));
      await setAssessmentStatus(backend.db, {
        assessmentId: year.assessmentId,
        status: 'final',
        actor: 'uji',
      });
      const error = await refusal(update(2));
      expect([error.code, error.status]).toEqual(['RTL_CLOSED', 409]);
    });
  });

  describe('carrying open actions into the next year', () => {
    const NEXT = DEMO_YEAR + 1;

    beforeAll(async () => {
      const next = await saveCatalog(backend.db, {
        districtId: demo.district.id,
        catalog: { ...demoCatalog, year: NEXT },
        actor: 'admin.uji',
      });
      // A Puskesmas-year opens only on a published catalog.
      await demo.repos.publishCatalog({ catalogVersionId: next.id, actor: 'admin.uji' });
    });

    it('copies the planned and running actions, each naming the one it carries on, once however often it runs', async () => {
      const { unit } = await puskesmasIn('draft');
      await saveProblem(deps, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: problem(),
        editor: kapus,
      });
      for (const status of ['direncanakan', 'berjalan', 'selesai', 'batal'] as const)
        await createAction(deps, {
          unit,
          year: DEMO_YEAR,
          body: action({ status, action: `Tindakan ${status}` }),
          editor: kapus,
        });
      const before = (await getAnalysis(demo.repos, { unit, year: DEMO_YEAR, now })).actions;

      const carried = await carryOpenActions(deps, {
        unit,
        fromYear: DEMO_YEAR,
        toYear: NEXT,
        editor: kapus,
      });
      expect(carried.map((a) => [a.action, a.status, a.carriedFrom])).toEqual([
        ['Tindakan direncanakan', 'direncanakan', { id: before[0]!.id, year: DEMO_YEAR }],
        ['Tindakan berjalan', 'berjalan', { id: before[1]!.id, year: DEMO_YEAR }],
      ]);
      const next = await getAnalysis(demo.repos, { unit, year: NEXT, now });
      expect(next.actions.map((a) => a.carriedFrom?.year)).toEqual([DEMO_YEAR, DEMO_YEAR]);
      // The originals are left as they were.
      const after = (await getAnalysis(demo.repos, { unit, year: DEMO_YEAR, now })).actions;
      expect(after.map((a) => [a.status, a.version])).toEqual(before.map((a) => [a.status, a.version]));

      expect(
        await carryOpenActions(deps, { unit, fromYear: DEMO_YEAR, toYear: NEXT, editor: kapus }),
      ).toEqual([]);
      const toAssessment = await demo.repos.findAssessment(unit.code, NEXT);
      const audit = await listAudit(backend.db, { entity: 'rtl_action', assessmentId: toAssessment!.id });
      expect(audit.map((a) => a.reason)).toEqual([
        `Dilanjutkan dari RTL ${DEMO_YEAR} (#${before[0]!.id})`,
        `Dilanjutkan dari RTL ${DEMO_YEAR} (#${before[1]!.id})`,
      ]);
    });

    it('carries nothing from a year that has no assessment, and refuses a next year that is no longer a draft', async () => {
      const { unit } = await puskesmasIn('draft');
      expect(
        await carryOpenActions(deps, { unit, fromYear: DEMO_YEAR - 1, toYear: DEMO_YEAR, editor: kapus }),
      ).toEqual([]);
      const next = await demo.uow((repos) => repos.openAssessment(unit.id, NEXT));
      await setAssessmentStatus(backend.db, { assessmentId: next.id, status: 'submitted', actor: 'uji' });
      const error = await refusal(
        carryOpenActions(deps, { unit, fromYear: DEMO_YEAR, toYear: NEXT, editor: kapus }),
      );
      expect([error.code, error.status]).toEqual(['RTL_CARRY_CLOSED', 409]);
    });
  });
});
