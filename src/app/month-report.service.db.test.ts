// "Laporkan bulan ini": a complete month is reported once, its date decides whether it is on time, and a
// reported month is corrected only with a reason — and stays on time (docs/scoring-decisions.md, rule 20).
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends, describeOnPostgres, type TestBackend } from '../../test/db/backends.ts';
import {
  fieldsOf,
  fillMonthExcept,
  requiredIndicators as required,
  yearWithout,
  type FixtureYear,
} from '../../test/db/month-fixtures.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { unitOfWork } from '../data/adapters/repositories.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listMonthReports } from '../data/repositories/month-reports.repository.ts';
import type { CatalogIndicator } from '../domain/catalog/types.ts';
import { AppError } from '../shared/errors.ts';
import { districtDashboard } from './dashboard.service.ts';
import { entryHistory, getEntries, saveEntry } from './entries.service.ts';
import { reportMonth } from './month-report.service.ts';
import type { Editor } from './year-write.ts';

const PELAKSANA = { username: 'pelaksana.ani', role: 'pelaksana' } as const;
const KOORDINATOR = { username: 'koordinator.budi', role: 'koordinator' } as const;
const KAPUS = { username: 'kapus.citra', role: 'kepala_puskesmas' } as const;

const at = (iso: string) => () => new Date(iso);

const monthAudit = (backend: TestBackend, assessmentId: number) =>
  listAudit(backend.db, { entity: 'month_report', assessmentId });

describeOnBackends('reporting a month', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  const report = (year: FixtureYear, month: string, clock: () => Date, editor: Editor = KOORDINATOR) =>
    reportMonth(
      { uow: demo.uow, repos: demo.repos, clock },
      { unit: year.unit, year: DEMO_YEAR, month, editor },
    );

  const save = (
    year: FixtureYear,
    indicator: CatalogIndicator,
    month: string,
    clock: () => Date,
    body: Record<string, unknown> = {},
  ) =>
    saveEntry(
      { uow: demo.uow, repos: demo.repos, clock },
      {
        unit: year.unit,
        year: DEMO_YEAR,
        indicatorCode: indicator.code,
        month,
        body: { expectedVersion: 0, ...fieldsOf(indicator), ...body },
        editor: PELAKSANA,
      },
    );

  it('is refused while the month is incomplete, naming what is missing; nothing is recorded', async () => {
    const missing = required.slice(0, 7);
    const year = await yearWithout(backend, demo, '2023-01', missing);
    const refused = await report(year, '2023-01', at('2023-02-02T03:00:00Z')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'MONTH_INCOMPLETE',
      status: 409,
      params: {
        month: '2023-01',
        missing: 7,
        indicators: `${missing
          .slice(0, 5)
          .map((i) => i.code)
          .join(', ')}, …`,
      },
    });
    expect((refused as AppError).localized('id')).toMatch(/^Bulan Januari 2023 belum lengkap: 7 indikator/);
    expect((refused as AppError).localized('en')).toMatch(/^January 2023 is not complete: 7 indicators/);
    expect(await listMonthReports(backend.db, year.assessmentId)).toEqual([]);
    expect(await monthAudit(backend, year.assessmentId)).toEqual([]);
  });

  it('is refused while the month has not ended', async () => {
    const year = await yearWithout(backend, demo, '2023-01', []);
    await expect(report(year, '2023-01', at('2023-01-31T10:00:00Z'))).rejects.toMatchObject({
      code: 'MONTH_NOT_ENDED',
      status: 409,
    });
    expect(await listMonthReports(backend.db, year.assessmentId)).toEqual([]);
  });

  it('refuses a month outside the year', async () => {
    const year = await yearWithout(backend, demo, '2023-01', []);
    await expect(report(year, '2024-01', at('2024-02-02T03:00:00Z'))).rejects.toMatchObject({
      code: 'FIELD_INVALID',
      params: { field: 'month' },
    });
  });

  it('by the 5th (WIB) is on time: recorded with who and when, audited once; reporting again changes nothing', async () => {
    const last = required[0]!;
    const year = await yearWithout(backend, demo, '2023-02', [last]);
    await save(year, last, '2023-02', at('2023-03-02T03:00:00Z'));
    // 16:30 UTC on the 5th is 23:30 WIB on the 5th: still on time.
    const reported = await report(year, '2023-02', at('2023-03-05T16:30:00Z'));
    expect(reported).toMatchObject({
      recorded: true,
      month: {
        month: '2023-02',
        complete: true,
        completedOn: '2023-03-02',
        reportedOn: '2023-03-05',
        reportedAt: '2023-03-05T16:30:00.000Z',
        reportedBy: 'koordinator.budi',
        onTime: true,
      },
    });
    const again = await report(year, '2023-02', at('2023-03-20T03:00:00Z'), KAPUS);
    expect(again).toMatchObject({
      recorded: false,
      month: { reportedBy: 'koordinator.budi', reportedOn: '2023-03-05', onTime: true },
    });
    const audit = await monthAudit(backend, year.assessmentId);
    expect(audit.filter((a) => a.oldValue && 'reportedAt' in a.oldValue)).toMatchObject([
      {
        actor: 'koordinator.budi',
        entityKey: { month: '2023-02' },
        newValue: { reportedAt: '2023-03-05T16:30:00.000Z', due: '2023-03-05', onTime: true },
        reason: 'Bulan dilaporkan ke Dinas Kesehatan',
      },
    ]);
  });

  it('on the 6th (WIB) is late, though the month was complete by the 5th', async () => {
    const year = await yearWithout(backend, demo, '2023-03', []);
    // 17:30 UTC on the 5th is 00:30 WIB on the 6th.
    const reported = await report(year, '2023-03', at('2023-04-05T17:30:00Z'), KAPUS);
    expect(reported.month).toMatchObject({ complete: true, reportedOn: '2023-04-06', onTime: false });
  });

  it('a complete month never reported is not on time once the 5th has passed', async () => {
    const year = await yearWithout(backend, demo, '2023-04', []);
    const view = await getEntries(demo.repos, {
      unit: year.unit,
      year: DEMO_YEAR,
      now: new Date('2023-05-06T03:00:00Z'),
    });
    expect(view.monthStatus[3]).toMatchObject({ complete: true, reportedOn: null, onTime: false });
  });

  it('a correction of a reported month is refused without a reason, naming the month; with one it is kept and the month stays on time', async () => {
    const indicator = required[3]!;
    const year = await yearWithout(backend, demo, '2023-05', []);
    await report(year, '2023-05', at('2023-06-03T03:00:00Z'));
    const correct = (body: Record<string, unknown>) =>
      save(year, indicator, '2023-05', at('2023-09-10T03:00:00Z'), { ...fieldsOf(indicator, 2), ...body });

    const refused = await correct({ expectedVersion: 1 }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'CORRECTION_REASON_REQUIRED',
      status: 409,
      params: { month: '2023-05', code: indicator.code, reportedOn: '2023-06-03' },
    });
    expect((refused as AppError).localized('id')).toBe(
      `Bulan Mei 2023 sudah dilaporkan ke Dinas Kesehatan pada 3 Juni 2023: koreksi indikator ${indicator.code} memerlukan alasan.`,
    );
    await expect(correct({ expectedVersion: 1, reason: '   ' })).rejects.toMatchObject({
      code: 'CORRECTION_REASON_REQUIRED',
    });
    const unchanged = await getEntries(demo.repos, { unit: year.unit, year: DEMO_YEAR, now: new Date() });
    expect(
      unchanged.values.find((v) => v.indicatorCode === indicator.code && v.month === '2023-05'),
    ).toMatchObject({ version: 1, enteredBy: 'pelaksana.ani' });

    // Saving the stored figures again is no correction.
    const same = await save(year, indicator, '2023-05', at('2023-09-10T03:00:00Z'), { expectedVersion: 1 });
    expect(same.status).toBe('saved');

    const version = same.status === 'saved' ? same.saved.version : 0;
    const kept = await correct({ expectedVersion: version, reason: 'Register kohort direkap ulang' });
    expect(kept.status === 'saved' && kept.saved.month).toMatchObject({
      reportedOn: '2023-06-03',
      onTime: true,
      late: 1,
    });
    const history = await entryHistory(demo.repos, {
      unit: year.unit,
      year: DEMO_YEAR,
      indicatorCode: indicator.code,
      month: '2023-05',
    });
    expect(history.reportedAt).toBe('2023-06-03T03:00:00.000Z');
    expect(history.changes.at(-1)).toMatchObject({
      actor: 'pelaksana.ani',
      reason: 'Register kohort direkap ulang',
    });
  });

  it('a value of a reported month is never cleared, with or without a reason', async () => {
    const indicator = required[4]!;
    const year = await yearWithout(backend, demo, '2023-06', []);
    await report(year, '2023-06', at('2023-07-03T03:00:00Z'));
    await expect(
      save(year, indicator, '2023-06', at('2023-08-01T03:00:00Z'), {
        numerator: null,
        denominator: null,
        value: null,
        flag: null,
        expectedVersion: 1,
        reason: 'Salah isi',
      }),
    ).rejects.toMatchObject({
      code: 'REPORTED_MONTH_CLEAR',
      params: { month: '2023-06', code: indicator.code },
    });
    const view = await getEntries(demo.repos, { unit: year.unit, year: DEMO_YEAR, now: new Date() });
    expect(view.monthStatus[5]).toMatchObject({ complete: true, onTime: true });
  });

  it('is refused for the Puskesmas once the year is submitted', async () => {
    const year = await yearWithout(backend, demo, '2023-07', []);
    await setAssessmentStatus(backend.db, {
      assessmentId: year.assessmentId,
      status: 'submitted',
      actor: 'kapus.citra',
      reason: 'diajukan',
    });
    await expect(report(year, '2023-07', at('2023-08-02T03:00:00Z'))).rejects.toMatchObject({
      code: 'YEAR_SUBMITTED',
    });
  });

  it('shows Dinkes per month who reported on time, late, or not, complete or not, with counts', async () => {
    const year = await yearWithout(backend, demo, '2023-01', []);
    await fillMonthExcept(backend, year, '2023-02', []);
    await fillMonthExcept(backend, year, '2023-03', []);
    await fillMonthExcept(backend, year, '2023-04', required.slice(0, 1));
    await report(year, '2023-01', at('2023-02-04T03:00:00Z'));
    await report(year, '2023-02', at('2023-03-09T03:00:00Z'));
    const view = await districtDashboard(demo.repos, {
      district: demo.district,
      year: DEMO_YEAR,
      now: new Date('2023-05-10T03:00:00Z'),
    });
    const row = view.timeliness.rows.find((r) => r.puskesmas.code === year.unit.code)!;
    expect(row.months.slice(0, 5).map((m) => [m.reportedOn, m.complete, m.onTime])).toEqual([
      ['2023-02-04', true, true],
      ['2023-03-09', true, false],
      [null, true, false],
      [null, false, false],
      [null, false, null],
    ]);
    expect(row).toMatchObject({
      dueMonths: 4,
      completeMonths: 3,
      onTimeMonths: 1,
      lateMonths: 1,
      unreportedMonths: 1,
      incompleteMonths: 1,
    });
    const april = view.timeliness.months[3]!;
    expect(april.due).toBe(true);
    expect(view.timeliness.months[4]!.due).toBe(false);
    // Every Puskesmas of the district is in one of the four counts of a month due.
    expect(april.onTime + april.late + april.unreported + april.incomplete).toBe(view.timeliness.rows.length);
  });
});

describeOnPostgres('two reports of the same month at once', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('are recorded once, from one process or two', async () => {
    const year = await yearWithout(backend, demo, '2023-01', []);
    const other = await backend.openAnother();
    try {
      const stores = [backend.store, other, backend.store, other];
      const outcomes = await Promise.all(
        stores.map((store, i) =>
          reportMonth(
            { uow: unitOfWork(store), repos: demo.repos, clock: at('2023-02-03T03:00:00Z') },
            {
              unit: year.unit,
              year: DEMO_YEAR,
              month: '2023-01',
              editor: i % 2 ? KAPUS : KOORDINATOR,
            },
          ),
        ),
      );
      expect(outcomes.filter((o) => o.recorded)).toHaveLength(1);
      const by = outcomes.find((o) => o.recorded)!.month.reportedBy;
      expect(outcomes.every((o) => o.month.reportedBy === by && o.month.onTime === true)).toBe(true);
    } finally {
      await other.close();
    }
    const reports = await listMonthReports(backend.db, year.assessmentId);
    expect(reports).toHaveLength(1);
    const audit = await monthAudit(backend, year.assessmentId);
    expect(audit.filter((a) => a.oldValue && 'reportedAt' in a.oldValue)).toHaveLength(1);
  });
});
