// The moment a month first becomes complete is recorded in the save that completes it, audited, and
// left alone by later corrections; its timeliness is its report's (docs/scoring-decisions.md, rule 20).
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnBackends, describeOnPostgres, type TestBackend } from '../../test/db/backends.ts';
import {
  fieldsOf,
  fillMonthExcept,
  requiredIndicators,
  yearWithout,
  type FixtureYear,
} from '../../test/db/month-fixtures.ts';
import { DEMO_YEAR, demoCatalog, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { unitOfWork } from '../data/adapters/repositories.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { listMonthReports } from '../data/repositories/month-reports.repository.ts';
import type { CatalogIndicator } from '../domain/catalog/types.ts';
import { districtDashboard } from './dashboard.service.ts';
import { entryHistory, getEntries, saveEntry } from './entries.service.ts';
import { recordCompletedMonths } from './month-completion.ts';
import { reportMonth } from './month-report.service.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import { saveTarget } from './targets.service.ts';

const PELAKSANA = { username: 'pelaksana.ani', role: 'pelaksana' } as const;
const VERIFIKATOR = { username: 'verifikator.dinkes', role: 'verifikator' } as const;
const KAPUS = { username: 'kapus', role: 'kepala_puskesmas' } as const;
const KOORDINATOR = { username: 'koordinator.budi', role: 'koordinator' } as const;

const required = requiredIndicators;
type Year = FixtureYear;

const at = (iso: string) => () => new Date(iso);

const monthAudit = (backend: TestBackend, assessmentId: number) =>
  listAudit(backend.db, { entity: 'month_report', assessmentId });

describeOnBackends('the moment a month first became complete', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  const save = (year: Year, indicator: CatalogIndicator, month: string, clock: () => Date, extra = {}) =>
    saveEntry(
      { uow: demo.uow, repos: demo.repos, clock },
      {
        unit: year.unit,
        year: DEMO_YEAR,
        indicatorCode: indicator.code,
        month,
        body: { expectedVersion: 0, ...fieldsOf(indicator), ...extra },
        editor: PELAKSANA,
      },
    );

  it('complete and reported by the 5th, corrected in March with a reason: still on time, and the history shows the correction', async () => {
    const last = required[0]!;
    const year = await yearWithout(backend, demo, '2023-01', [last]);

    const completed = await save(year, last, '2023-01', at('2023-02-03T03:00:00Z'));
    expect(completed.status).toBe('saved');
    if (completed.status !== 'saved') return;
    expect(completed.saved.month).toMatchObject({ complete: true, completedOn: '2023-02-03', onTime: null });
    expect(await listMonthReports(backend.db, year.assessmentId)).toMatchObject([
      { month: '2023-01', completedAt: new Date('2023-02-03T03:00:00Z') },
    ]);
    expect(await monthAudit(backend, year.assessmentId)).toMatchObject([
      {
        actor: 'pelaksana.ani',
        entityKey: { month: '2023-01' },
        oldValue: { completedAt: null },
        newValue: { completedAt: '2023-02-03T03:00:00.000Z', indicatorCode: last.code },
      },
    ]);

    const reported = await reportMonth(
      { uow: demo.uow, repos: demo.repos, clock: at('2023-02-04T03:00:00Z') },
      { unit: year.unit, year: DEMO_YEAR, month: '2023-01', editor: KOORDINATOR },
    );
    expect(reported.month).toMatchObject({ reportedOn: '2023-02-04', onTime: true });

    // Dinkes asks for a fix in March; the verifier corrects the value with a reason.
    const corrected = await saveEntry(
      { uow: demo.uow, repos: demo.repos, clock: at('2023-03-15T04:00:00Z') },
      {
        unit: year.unit,
        year: DEMO_YEAR,
        indicatorCode: last.code,
        month: '2023-01',
        body: {
          ...fieldsOf(last),
          expectedVersion: 1,
          reason: 'Koreksi atas permintaan Dinkes: salah rekap',
        },
        editor: VERIFIKATOR,
      },
    );
    expect(corrected.status).toBe('saved');
    if (corrected.status !== 'saved') return;
    expect(corrected.saved.month).toMatchObject({ complete: true, completedOn: '2023-02-03', onTime: true });

    const view = await getEntries(demo.repos, {
      unit: year.unit,
      year: DEMO_YEAR,
      now: new Date('2023-03-20T03:00:00Z'),
    });
    expect(view.monthStatus[0]).toMatchObject({
      month: '2023-01',
      complete: true,
      completedOn: '2023-02-03',
      onTime: true,
      late: 1,
    });
    const history = await entryHistory(demo.repos, {
      unit: year.unit,
      year: DEMO_YEAR,
      indicatorCode: last.code,
      month: '2023-01',
    });
    expect(history.completedAt).toBe('2023-02-03T03:00:00.000Z');
    expect(history.reportedAt).toBe('2023-02-04T03:00:00.000Z');
    expect(history.changes).toMatchObject([
      { actor: 'pelaksana.ani', reason: null },
      {
        actor: 'verifikator.dinkes',
        reason: 'Koreksi atas permintaan Dinkes: salah rekap',
      },
    ]);
    // Recorded once: the correction wrote no second completion (the other entry is the report).
    expect(await monthAudit(backend, year.assessmentId)).toMatchObject([
      { newValue: { completedAt: '2023-02-03T03:00:00.000Z' } },
      { newValue: { reportedAt: '2023-02-04T03:00:00.000Z', onTime: true } },
    ]);

    const district = await districtDashboard(demo.repos, {
      district: demo.district,
      year: DEMO_YEAR,
      now: new Date('2023-03-20T03:00:00Z'),
    });
    const row = district.timeliness.rows.find((r) => r.puskesmas.code === year.unit.code)!;
    expect(row.months[0]).toMatchObject({ complete: true, completedOn: '2023-02-03', onTime: true });
    expect(row).toMatchObject({ dueMonths: 2, completeMonths: 1, onTimeMonths: 1 });
  });

  it('completed on the 6th (WIB): recorded on the 6th, and without a report not on time', async () => {
    const last = required[1]!;
    const year = await yearWithout(backend, demo, '2023-02', [last]);
    // 17:30 UTC on the 5th is 00:30 WIB on the 6th.
    await save(year, last, '2023-02', at('2023-03-05T17:30:00Z'));
    const corrected = await save(year, last, '2023-02', at('2023-03-06T01:00:00Z'), { expectedVersion: 1 });
    expect(corrected.status === 'saved' && corrected.saved.month).toMatchObject({
      completedOn: '2023-03-06',
      onTime: false,
    });
  });

  it('a value cleared and entered again keeps the first completion date (an unreported month)', async () => {
    const last = required[2]!;
    const year = await yearWithout(backend, demo, '2023-03', [last]);
    await save(year, last, '2023-03', at('2023-04-04T03:00:00Z'));
    const cleared = await save(year, last, '2023-03', at('2023-05-02T03:00:00Z'), {
      numerator: null,
      denominator: null,
      value: null,
      flag: null,
      expectedVersion: 1,
    });
    expect(cleared.status === 'saved' && cleared.saved.month).toMatchObject({
      complete: false,
      onTime: false,
    });
    const again = await save(year, last, '2023-03', at('2023-05-03T03:00:00Z'), { expectedVersion: 2 });
    expect(again.status === 'saved' && again.saved.month).toMatchObject({
      complete: true,
      completedOn: '2023-04-04',
      reportedOn: null,
      onTime: false,
    });
    expect(await monthAudit(backend, year.assessmentId)).toHaveLength(1);
  });

  it('marking the one missing indicator not applicable completes the month then, and the audit says so', async () => {
    const missing = required.find((i) => i.code.startsWith('UKM.'))!;
    const year = await yearWithout(backend, demo, '2023-04', [missing]);
    const saved = await saveTarget(demo.uow, at('2023-05-09T03:00:00Z'), {
      unit: year.unit,
      year: DEMO_YEAR,
      indicatorCode: missing.code,
      body: {
        expectedVersion: 0,
        applicable: false,
        notApplicableReason: 'Tidak ada sasaran di wilayah kerja',
      },
      editor: KAPUS,
    });
    expect(saved.row.applicable).toBe(false);
    expect(await listMonthReports(backend.db, year.assessmentId)).toMatchObject([
      { month: '2023-04', completedAt: new Date('2023-05-09T03:00:00Z') },
    ]);
    expect(await monthAudit(backend, year.assessmentId)).toMatchObject([
      { actor: 'kapus', newValue: { target: missing.code } },
    ]);
    const view = await getEntries(demo.repos, {
      unit: year.unit,
      year: DEMO_YEAR,
      now: new Date('2023-05-10T03:00:00Z'),
    });
    expect(view.monthStatus[3]).toMatchObject({ complete: true, completedOn: '2023-05-09', onTime: false });
  });

  it('a month never completed is not on time once its deadline has passed', async () => {
    const year = await yearWithout(backend, demo, '2023-05', required.slice(0, 2));
    await save(year, required[0]!, '2023-05', at('2023-06-02T03:00:00Z'));
    const view = await getEntries(demo.repos, {
      unit: year.unit,
      year: DEMO_YEAR,
      now: new Date('2023-06-06T03:00:00Z'),
    });
    expect(view.monthStatus[4]).toMatchObject({ complete: false, completedOn: null, onTime: false });
    expect(await listMonthReports(backend.db, year.assessmentId)).toEqual([]);
  });
});

describeOnPostgres('the last two cells of a month saved at once', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  const months = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'];
  const lastTwo = required.slice(-2);

  const expectRecordedOnce = async (assessmentId: number) => {
    const reports = await listMonthReports(backend.db, assessmentId);
    expect(reports.map((r) => r.month)).toEqual(months);
    expect(reports.every((r) => r.completedAt !== null)).toBe(true);
    const audit = await monthAudit(backend, assessmentId);
    expect(audit.map((a) => a.entityKey.month).sort()).toEqual(months);
  };

  it('through the entry service: completed_at recorded exactly once per month', async () => {
    const year = await yearWithout(backend, demo, months[0]!, lastTwo);
    for (const month of months.slice(1)) await fillMonthExcept(backend, year, month, lastTwo);
    const clock = at('2023-07-03T03:00:00Z');
    const outcomes = await Promise.all(
      months.flatMap((month) =>
        lastTwo.map((indicator) =>
          saveEntry(
            { uow: demo.uow, repos: demo.repos, clock },
            {
              unit: year.unit,
              year: DEMO_YEAR,
              indicatorCode: indicator.code,
              month,
              body: { expectedVersion: 0, ...fieldsOf(indicator) },
              editor: PELAKSANA,
            },
          ),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status !== 'saved')).toEqual([]);
    await expectRecordedOnce(year.assessmentId);
  });

  it('from two app processes (only the row lock orders them): recorded exactly once per month', async () => {
    const year = await yearWithout(backend, demo, months[0]!, lastTwo);
    for (const month of months.slice(1)) await fillMonthExcept(backend, year, month, lastTwo);
    const py = puskesmasYearOf(DEMO_YEAR, false, { targets: [], monthly: [], rubrics: [] });
    const other = await backend.openAnother();
    try {
      const stores = [backend.store, other];
      // The two writes of each month run in two processes: neither this process' queue nor anything
      // but the assessment's row lock stands between them.
      await Promise.all(
        months.flatMap((month) =>
          lastTwo.map((indicator, i) =>
            unitOfWork(stores[i]!)(async (tx) => {
              await tx.lockAssessment(year.assessmentId);
              const when = new Date('2023-07-03T03:00:00Z');
              await tx.saveMonthlyValue({
                districtId: year.districtId,
                assessmentId: year.assessmentId,
                indicatorCode: indicator.code,
                month,
                stage: 'self',
                ...fieldsOf(indicator),
                expectedVersion: 0,
                actor: `proses-${i}`,
                at: when,
              });
              // Widens the window between the write and the check, as a slow disk or a busy server
              // would: without the row lock both transactions would now miss each other's value.
              await new Promise((resolve) => setTimeout(resolve, 30));
              await recordCompletedMonths(tx, {
                districtId: year.districtId,
                assessmentId: year.assessmentId,
                catalog: demoCatalog,
                py,
                months: [month],
                actor: `proses-${i}`,
                at: when,
                cause: { indicatorCode: indicator.code },
              });
            }),
          ),
        ),
      );
    } finally {
      await other.close();
    }
    await expectRecordedOnce(year.assessmentId);
  });
});

describe('the required values of a month', () => {
  it('are the applicable monthly service indicators: a Puskesmas without beds and no UKM Pengembangan', () => {
    expect(required.length).toBeGreaterThan(100);
    expect(required.some((i) => i.appliesTo === 'rawat-inap' || i.optional)).toBe(false);
  });
});
