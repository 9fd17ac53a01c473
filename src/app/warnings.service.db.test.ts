import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends, describeOnPostgres } from '../../test/db/backends.ts';
import { addPuskesmas, DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import type { WarningView } from '../shared/api/warnings.schema.ts';
import type { OrgUnitWithAncestors, YearKey } from './ports.ts';
import { checkWarning, getDistrictWarnings, getYearWarnings } from './warnings.service.ts';
import { yearKeyOf } from './year-key.ts';
import { writeYear, type Editor } from './year-write.ts';

const clock = () => new Date('2024-01-15T03:00:00Z');
const kapus: Editor = { username: 'kapus.uji', role: 'kepala_puskesmas' };
const verifikator: Editor = { username: 'verifikator.uji', role: 'verifikator' };

describeOnBackends('plausibility warnings of a Puskesmas-year', (backend) => {
  let demo: SmallDemo;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  /**
   * A Puskesmas of its own with SPM.01 (ibu hamil) at a sasaran of 855 and January–May entered as
   * typed by hand: May is 4.210 against a usual 100 or so, and the year passes its sasaran.
   */
  async function puskesmasWithAnomalies(): Promise<{ unit: OrgUnitWithAncestors } & YearKey> {
    const unit = await addPuskesmas(backend.store);
    const year = await demo.uow(async (repos) => {
      const assessment = await repos.openAssessment(unit.id, DEMO_YEAR);
      await repos.saveTarget({
        ...yearKeyOf(assessment),
        indicatorCode: 'SPM.01',
        targetValue: null,
        targetSasaran: null,
        sasaran: 855,
        applicable: true,
        notApplicableReason: null,
        chosen: null,
        expectedVersion: 0,
        actor: 'kapus.uji',
      });
      for (const [i, numerator] of [100, 105, 98, 110, 4210].entries())
        await repos.saveMonthlyValue({
          ...yearKeyOf(assessment),
          indicatorCode: 'SPM.01',
          month: `${DEMO_YEAR}-0${i + 1}`,
          stage: 'self',
          numerator,
          expectedVersion: 0,
          actor: 'pelaksana.uji',
        });
      return yearKeyOf(assessment);
    });
    return { unit, ...year };
  }

  async function setMay(year: YearKey, numerator: number, expectedVersion: number) {
    await demo.uow((repos) =>
      repos.saveMonthlyValue({
        ...year,
        indicatorCode: 'SPM.01',
        month: `${DEMO_YEAR}-05`,
        stage: 'self',
        numerator,
        expectedVersion,
        actor: 'pelaksana.uji',
      }),
    );
  }

  const find = (warnings: readonly WarningView[], key: string) => warnings.find((w) => w.key === key);

  it('lists May far above the other months and the year above its sasaran, each in a sentence', async () => {
    const { unit } = await puskesmasWithAnomalies();
    const view = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    expect(view).toMatchObject({ status: 'draft', open: 2, checked: 0 });
    expect(view.warnings.map((w) => w.key)).toEqual(['above-sasaran:SPM.01', 'month-outlier:SPM.01:2023-05']);
    expect(find(view.warnings, 'month-outlier:SPM.01:2023-05')).toMatchObject({
      kind: 'month-outlier',
      indicator: { code: 'SPM.01', name: 'Pelayanan kesehatan ibu hamil' },
      month: '2023-05',
      fields: ['numerator'],
      sentence: {
        id: 'Mei 4.210, 41 × median bulan lain (102,5).',
        en: 'May 4,210, 41 × the median of the other months (102.5).',
      },
      check: null,
    });
    expect(find(view.warnings, 'above-sasaran:SPM.01')?.sentence.id).toBe(
      'Jumlah sampai Mei 4.623 melebihi sasaran 855 (cakupan 540,7 %).',
    );
  });

  it('marks a warning checked with a note, and audits who, when and what figures it was about', async () => {
    const { unit, assessmentId } = await puskesmasWithAnomalies();
    const before = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    const may = find(before.warnings, 'month-outlier:SPM.01:2023-05')!;
    const note = 'Sweeping K1 di 12 desa bulan Mei; angka sesuai register kohort.';
    const outcome = await checkWarning(
      { uow: demo.uow, clock },
      { unit, year: DEMO_YEAR, body: { key: may.key, fingerprint: may.fingerprint, note }, editor: kapus },
    );
    expect(outcome).toMatchObject({
      status: 'checked',
      warning: { key: may.key, check: { note, checkedBy: 'kapus.uji', checkedAt: clock().toISOString() } },
    });
    const after = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    expect(after).toMatchObject({ open: 1, checked: 1 });
    expect(find(after.warnings, may.key)?.check?.note).toBe(note);
    // The other warning is untouched.
    expect(find(after.warnings, 'above-sasaran:SPM.01')?.check).toBeNull();

    const audit = await listAudit(backend.db, { entity: 'warning_check', assessmentId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'kapus.uji',
      entityKey: { warning: 'month-outlier:SPM.01:2023-05' },
      oldValue: null,
      newValue: {
        note,
        checkedBy: 'kapus.uji',
        fingerprint: 'numerator=4210',
        figures: { parts: [{ field: 'numerator', value: 4210, median: 102.5 }] },
      },
    });
  });

  it('re-opens a checked warning when its figure changes, and it is checked again when the figure comes back', async () => {
    const { unit, ...year } = await puskesmasWithAnomalies();
    const may = find(
      (await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings,
      'month-outlier:SPM.01:2023-05',
    )!;
    await checkWarning(
      { uow: demo.uow, clock },
      {
        unit,
        year: DEMO_YEAR,
        body: { key: may.key, fingerprint: may.fingerprint, note: 'benar' },
        editor: kapus,
      },
    );
    await setMay(year, 4201, 1);
    const changed = find((await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings, may.key)!;
    expect(changed).toMatchObject({ fingerprint: 'numerator=4201', check: null });
    await setMay(year, 4210, 2);
    const back = find((await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings, may.key)!;
    expect(back.check?.note).toBe('benar');
    // Corrected to a usual figure, the warning is gone.
    await setMay(year, 101, 3);
    const corrected = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    expect(find(corrected.warnings, may.key)).toBeUndefined();
  });

  it('refuses to check figures that changed since they were read, and a warning that is gone, writing nothing', async () => {
    const { unit, ...year } = await puskesmasWithAnomalies();
    const may = find(
      (await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings,
      'month-outlier:SPM.01:2023-05',
    )!;
    await setMay(year, 4300, 1);
    const check = (fingerprint: string) =>
      checkWarning(
        { uow: demo.uow, clock },
        { unit, year: DEMO_YEAR, body: { key: may.key, fingerprint, note: 'dicek' }, editor: kapus },
      );
    const stale = await check(may.fingerprint);
    expect(stale).toMatchObject({
      status: 'changed',
      error: { code: 'WARNING_CHANGED', status: 409 },
      current: { key: may.key, fingerprint: 'numerator=4300', check: null },
    });
    if (stale.status === 'changed')
      expect(stale.error.localized('id')).toBe(
        'Angka yang diperingatkan (SPM.01 Pelayanan kesehatan ibu hamil, Mei) sudah berubah sejak Anda membacanya. Periksa angka yang baru, lalu tandai lagi.',
      );
    await setMay(year, 100, 2);
    expect(await check('numerator=4300')).toMatchObject({
      status: 'changed',
      error: { code: 'WARNING_CLOSED' },
      current: null,
    });
    const audit = await listAudit(backend.db, { entity: 'warning_check', assessmentId: year.assessmentId });
    expect(audit).toEqual([]);
  });

  it('lets the Kepala Puskesmas check while the year is a draft, and Dinkes until it is locked', async () => {
    const { unit, assessmentId } = await puskesmasWithAnomalies();
    const setStatus = (status: AssessmentStatus) =>
      setAssessmentStatus(backend.db, { assessmentId, status, actor: 'uji' });
    const year = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    const [first, second] = year.warnings;
    const check = (w: WarningView, editor: Editor) =>
      checkWarning(
        { uow: demo.uow, clock },
        {
          unit,
          year: DEMO_YEAR,
          body: { key: w.key, fingerprint: w.fingerprint, note: `dicek ${editor.username}` },
          editor,
        },
      );

    await setStatus('submitted');
    await expect(check(first!, kapus)).rejects.toMatchObject({ code: 'YEAR_SUBMITTED', status: 409 });
    expect(await check(first!, verifikator)).toMatchObject({ status: 'checked' });
    await setStatus('verified');
    expect(await check(second!, verifikator)).toMatchObject({ status: 'checked' });
    await setStatus('final');
    await expect(check(first!, verifikator)).rejects.toMatchObject({ code: 'PERIOD_LOCKED', status: 409 });

    const after = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    expect(after.warnings.map((w) => w.check?.checkedBy)).toEqual(['verifikator.uji', 'verifikator.uji']);
    // A second word on the same figures replaces the note; the first stays in the audit trail.
    const audit = await listAudit(backend.db, { entity: 'warning_check', assessmentId });
    expect(audit.map((a) => a.actor)).toEqual(['verifikator.uji', 'verifikator.uji']);
  });

  it('lets Dinkes add its word to a check the Kepala Puskesmas made, keeping his in the audit trail', async () => {
    const { unit, assessmentId } = await puskesmasWithAnomalies();
    const may = find(
      (await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings,
      'month-outlier:SPM.01:2023-05',
    )!;
    const body = (note: string) => ({ key: may.key, fingerprint: may.fingerprint, note });
    await checkWarning(
      { uow: demo.uow, clock },
      { unit, year: DEMO_YEAR, body: body('sweeping'), editor: kapus },
    );
    await checkWarning(
      { uow: demo.uow, clock },
      { unit, year: DEMO_YEAR, body: body('register kohort dilihat saat verifikasi'), editor: verifikator },
    );
    const view = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    expect(find(view.warnings, may.key)?.check).toMatchObject({
      note: 'register kohort dilihat saat verifikasi',
      checkedBy: 'verifikator.uji',
    });
    const audit = await listAudit(backend.db, { entity: 'warning_check', assessmentId });
    expect(audit.map((a) => [a.oldValue?.note ?? null, a.newValue?.note])).toEqual([
      [null, 'sweeping'],
      ['sweeping', 'register kohort dilihat saat verifikasi'],
    ]);
  });

  it('lists the warnings of every Puskesmas of the district, with their checks', async () => {
    const { unit } = await puskesmasWithAnomalies();
    const may = find(
      (await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings,
      'month-outlier:SPM.01:2023-05',
    )!;
    await checkWarning(
      { uow: demo.uow, clock },
      {
        unit,
        year: DEMO_YEAR,
        body: { key: may.key, fingerprint: may.fingerprint, note: 'benar' },
        editor: kapus,
      },
    );
    const district = await getDistrictWarnings(demo.repos, { district: demo.district, year: DEMO_YEAR });
    const codes = district.puskesmas.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    for (const demoUnit of demo.units) expect(codes).toContain(demoUnit.code);
    const ours = district.puskesmas.find((p) => p.code === unit.code);
    expect(ours).toMatchObject({ status: 'draft', open: 1, checked: 1 });
    // The same warnings, figures and checks as the Puskesmas-year's own list.
    const own = await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR });
    expect(ours?.warnings).toEqual(own.warnings);
  });
});

describeOnPostgres('checks that overlap with each other and with a save of their month', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('records each check on the figures it read or refuses it, chains the audit, and the save re-opens the warning', async () => {
    for (let round = 0; round < 4; round++) {
      const unit = await addPuskesmas(backend.store);
      const assessmentId = await demo.uow(async (repos) => {
        const assessment = await repos.openAssessment(unit.id, DEMO_YEAR);
        for (const [i, numerator] of [100, 105, 98, 110, 4210].entries())
          await repos.saveMonthlyValue({
            ...yearKeyOf(assessment),
            indicatorCode: 'SPM.01',
            month: `${DEMO_YEAR}-0${i + 1}`,
            stage: 'self',
            numerator,
            expectedVersion: 0,
            actor: 'pelaksana.uji',
          });
        return assessment.id;
      });
      const key = 'month-outlier:SPM.01:2023-05';
      const read = (await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings.find(
        (w) => w.key === key,
      )!;
      const check = (editor: Editor) =>
        checkWarning(
          { uow: demo.uow, clock },
          {
            unit,
            year: DEMO_YEAR,
            body: { key, fingerprint: read.fingerprint, note: `dicek ${editor.username}` },
            editor,
          },
        );
      // The officer corrects May while the Kepala Puskesmas and Dinkes each mark it checked.
      const save = writeYear(
        demo.uow,
        { unit, year: DEMO_YEAR, editor: { role: 'pelaksana' } },
        (tx, assessment) =>
          tx.saveMonthlyValue({
            ...yearKeyOf(assessment),
            indicatorCode: 'SPM.01',
            month: `${DEMO_YEAR}-05`,
            stage: 'self',
            numerator: 4300,
            expectedVersion: 1,
            actor: 'pelaksana.uji',
          }),
      );
      const outcomes = await Promise.all([check(kapus), check(verifikator), save]);
      const checks = outcomes.slice(0, 2) as Awaited<ReturnType<typeof check>>[];
      for (const o of checks) expect(['checked', 'changed']).toContain(o.status);

      const audit = await listAudit(backend.db, { entity: 'warning_check', assessmentId });
      expect(audit).toHaveLength(checks.filter((o) => o.status === 'checked').length);
      expect(audit.every((a) => a.newValue?.fingerprint === read.fingerprint)).toBe(true);
      // One after the other: the second check found the first and kept its note in the trail.
      expect(audit.map((a) => a.oldValue?.note ?? null)).toEqual(
        audit.map((_, i) => (i === 0 ? null : audit[i - 1]!.newValue?.note)),
      );
      const after = (await getYearWarnings(demo.repos, { unit, year: DEMO_YEAR })).warnings.find(
        (w) => w.key === key,
      );
      expect(after).toMatchObject({ fingerprint: 'numerator=4300', check: null });
    }
  });
});
