import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, demoCatalog, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { verificationProgrammes } from '../domain/verification/programmes.ts';
import { AppError } from '../shared/errors.ts';
import { saveCorrection, withdrawCorrection } from './corrections.service.ts';
import { saveEntry } from './entries.service.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { refreshResult } from './refresh-result.ts';
import { answerReturn, closeReturn, listReturns, returnAgain, returnItem } from './returns.service.ts';
import { saveTarget } from './targets.service.ts';
import { getVerificationQueue } from './verification-queue.ts';
import { acceptProgramme, getVerification } from './verification-view.ts';
import type { Editor } from './year-write.ts';
import { explainResult } from './explained-result.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2024-02-10T02:00:00Z');
const VERIFIER: Editor = { username: 'verifikator.3318', role: 'verifikator' };
const ADMIN: Editor = { username: 'admin.3318', role: 'admin_dinkes' };
const PELAKSANA: Editor = { username: 'pelaksana', role: 'pelaksana' };
const KAPUS: Editor = { username: 'kapus', role: 'kepala_puskesmas' };

const indicators = listIndicators(demoCatalog).map((p) => p.indicator);
const countRow = (code: string) => indicators.find((i) => i.code === code)!;
const ukmC = verificationProgrammes(demoCatalog).find((p) => p.code === 'UKM.C')!;

/** The AppError a promise rejects with (or fails the test). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeOnBackends('verification: corrections over the Puskesmas’ own figures', (backend) => {
  let demo: SmallDemo;
  let submitted: OrgUnitWithAncestors;
  let draft: OrgUnitWithAncestors;
  const deps = () => ({ uow: demo.uow, clock });
  const yearOf = async (unit: OrgUnitWithAncestors) =>
    yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!);

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    // Pati I and II are drafts in the demo; the third has submitted.
    submitted = demo.units[2]!;
    draft = demo.units[0]!;
    const year = await yearOf(submitted);
    // The verified result as submission stores it (equal to the Puskesmas' own until Dinkes corrects).
    await demo.uow((repos) => refreshResult(repos, year, 'verified'));
  });

  it('scores the verified stage equal to the Puskesmas’ own while nothing is corrected', async () => {
    const year = await yearOf(submitted);
    const own = (await demo.repos.getResult(year, 'self'))!;
    const verified = (await demo.repos.getResult(year, 'verified'))!;
    for (const field of ['service', 'management', 'quality', 'overallCategory', 'kelompok'] as const)
      expect(verified[field]).toBe(own[field]);
    expect(verified.detail.nodes).toEqual(own.detail.nodes);
    expect((await explainResult(demo.repos, verified)).trees.service).toEqual(
      (await explainResult(demo.repos, own)).trees.service,
    );
  });

  it('refuses a correction without a reason, and stores nothing', async () => {
    const year = await yearOf(submitted);
    const before = (await demo.repos.getResult(year, 'verified'))!;
    const error = await refusal(
      saveCorrection(deps(), {
        unit: submitted,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: { kind: 'value', month: '2023-03', numerator: 1, reason: '   ', expectedVersion: 0 },
        editor: VERIFIER,
      }),
    );
    expect([error.code, error.status]).toEqual(['DINKES_CORRECTION_REASON_REQUIRED', 400]);
    expect((await demo.repos.listCorrections(year)).monthly).toEqual([]);
    expect((await demo.repos.getResult(year, 'verified'))!.computedAt).toEqual(before.computedAt);
  });

  it('corrects a month with a reason: the verified result moves, the Puskesmas’ own does not, both figures are kept', async () => {
    const year = await yearOf(submitted);
    const ownBefore = (await demo.repos.getResult(year, 'self'))!;
    const march = (await demo.repos.getMonthlyValueRecord({
      ...year,
      indicatorCode: 'SPM.01',
      month: '2023-03',
      stage: 'self',
    }))!;
    const saved = await saveCorrection(deps(), {
      unit: submitted,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.01',
      body: {
        kind: 'value',
        month: '2023-03',
        numerator: 0,
        reason: 'Kohort ibu Maret tidak mendukung angka ini',
        expectedVersion: 0,
      },
      editor: VERIFIER,
    });
    const ownAfter = (await demo.repos.getResult(year, 'self'))!;
    const verified = (await demo.repos.getResult(year, 'verified'))!;
    expect(ownAfter.computedAt).toEqual(ownBefore.computedAt);
    expect(ownAfter.service).toBe(ownBefore.service);
    expect(verified.service).toBeLessThan(ownBefore.service!);
    expect(saved.verified.service).toBe(verified.service);
    // The Puskesmas' own figure is still there, beside Dinkes'.
    expect(
      (await demo.repos.getMonthlyValueRecord({
        ...year,
        indicatorCode: 'SPM.01',
        month: '2023-03',
        stage: 'self',
      }))!.numerator,
    ).toBe(march.numerator);
    const view = await getVerification(demo.repos, {
      unit: submitted,
      year: DEMO_YEAR,
      programme: 'SPM',
      now: clock(),
    });
    const row = view.indicators.find((i) => i.code === 'SPM.01')!.months.find((m) => m.month === '2023-03')!;
    expect(row.own).toMatchObject({ numerator: march.numerator });
    expect(row.correction).toMatchObject({
      numerator: 0,
      by: 'verifikator.3318',
      at: clock().toISOString(),
      reason: 'Kohort ibu Maret tidak mendukung angka ini',
      version: 1,
    });
    expect(view.programme).toMatchObject({ code: 'SPM', state: 'corrected', corrections: 1 });
    const audit = await listAudit(backend.db, {
      entity: 'monthly_value',
      assessmentId: year.assessmentId,
      entityKey: { indicatorCode: 'SPM.01', month: '2023-03', stage: 'verified' },
    });
    expect(audit.at(-1)).toMatchObject({
      actor: 'verifikator.3318',
      reason: 'Kohort ibu Maret tidak mendukung angka ini',
      oldValue: null,
      newValue: { numerator: 0, version: 1 },
    });
  });

  it('refuses a second correction of the same cell made on an old version (409), the first one standing', async () => {
    const error = await refusal(
      saveCorrection(deps(), {
        unit: submitted,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.01',
        body: { kind: 'value', month: '2023-03', numerator: 5, reason: 'lain', expectedVersion: 0 },
        editor: ADMIN,
      }),
    );
    expect([error.code, error.status]).toEqual(['STALE_VALUE', 409]);
    const fix = (await demo.repos.listCorrections(await yearOf(submitted))).monthly.find(
      (v) => v.indicatorCode === 'SPM.01' && v.month === '2023-03',
    );
    expect(fix).toMatchObject({ numerator: 0, enteredBy: 'verifikator.3318' });
  });

  it('refuses a correction equal to the Puskesmas’ own figure', async () => {
    const year = await yearOf(submitted);
    const feb = (await demo.repos.getMonthlyValueRecord({
      ...year,
      indicatorCode: 'SPM.02',
      month: '2023-02',
      stage: 'self',
    }))!;
    const error = await refusal(
      saveCorrection(deps(), {
        unit: submitted,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.02',
        body: {
          kind: 'value',
          month: '2023-02',
          numerator: feb.numerator,
          reason: 'sama',
          expectedVersion: 0,
        },
        editor: VERIFIER,
      }),
    );
    expect(error.code).toBe('CORRECTION_SAME_AS_OWN');
  });

  it('withdraws a correction with a reason: the Puskesmas’ figure is in force again', async () => {
    const year = await yearOf(submitted);
    const own = (await demo.repos.getResult(year, 'self'))!;
    await saveCorrection(deps(), {
      unit: submitted,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.03',
      body: { kind: 'value', month: '2023-04', numerator: 0, reason: 'uji', expectedVersion: 0 },
      editor: VERIFIER,
    });
    const error = await refusal(
      withdrawCorrection(deps(), {
        unit: submitted,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.03',
        body: { kind: 'value', month: '2023-04', reason: '', expectedVersion: 1 },
        editor: VERIFIER,
      }),
    );
    expect(error.code).toBe('DINKES_CORRECTION_REASON_REQUIRED');
    const back = await withdrawCorrection(deps(), {
      unit: submitted,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.03',
      body: {
        kind: 'value',
        month: '2023-04',
        reason: 'Register persalinan sudah dicek: angka Puskesmas benar',
        expectedVersion: 1,
      },
      editor: VERIFIER,
    });
    expect((await demo.repos.listCorrections(year)).monthly.some((v) => v.indicatorCode === 'SPM.03')).toBe(
      false,
    );
    // Only the SPM.01 correction is left: the verified result differs from the own one by it alone.
    expect(back.verified.service).toBe((await demo.repos.getResult(year, 'verified'))!.service);
    expect((await demo.repos.getResult(year, 'self'))!.service).toBe(own.service);
    const audit = await listAudit(backend.db, {
      entity: 'monthly_value',
      assessmentId: year.assessmentId,
      entityKey: { indicatorCode: 'SPM.03', month: '2023-04', stage: 'verified' },
    });
    expect(audit.at(-1)).toMatchObject({
      newValue: null,
      oldValue: { numerator: 0 },
      reason: 'Register persalinan sudah dicek: angka Puskesmas benar',
    });
  });

  it('corrects a sasaran, applicability and a rubric level, each scored at the verified stage only', async () => {
    const year = await yearOf(submitted);
    const own = (await demo.repos.getResult(year, 'self'))!;
    const ownTarget = (await demo.repos.listTargetRecords(year)).find((t) => t.indicatorCode === 'SPM.04')!;
    await saveCorrection(deps(), {
      unit: submitted,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.04',
      body: {
        kind: 'target',
        sasaran: ownTarget.sasaran! * 2,
        reason: 'Sasaran balita menurut data BPS',
        expectedVersion: 0,
      },
      editor: VERIFIER,
    });
    const noReason = await refusal(
      saveCorrection(deps(), {
        unit: submitted,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.05',
        body: { kind: 'target', applicable: false, reason: 'tidak ada sekolah', expectedVersion: 0 },
        editor: VERIFIER,
      }),
    );
    expect(noReason.code).toBe('INDICATOR_FIELD_INVALID');
    await saveCorrection(deps(), {
      unit: submitted,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.05',
      body: {
        kind: 'target',
        applicable: false,
        notApplicableReason: 'Tidak ada sekolah dasar di wilayah kerja',
        reason: 'Hasil kunjungan lapangan',
        expectedVersion: 0,
      },
      editor: ADMIN,
    });
    const item = indicators.find((i) => i.kind === 'rubric' && (i.rubric?.input ?? 'level') === 'level')!;
    const ownScore = (await demo.repos.listRubricScoreRecords(year, 'self')).find(
      (r) => r.indicatorCode === item.code,
    );
    await saveCorrection(deps(), {
      unit: submitted,
      year: DEMO_YEAR,
      indicatorCode: item.code,
      body: {
        kind: 'rubric',
        level: ownScore?.level === 0 ? 10 : 0,
        reason: 'Dokumen tidak ditemukan',
        expectedVersion: 0,
      },
      editor: VERIFIER,
    });
    const verified = (await demo.repos.getResult(year, 'verified'))!;
    expect((await demo.repos.getResult(year, 'self'))!.computedAt).toEqual(own.computedAt);
    const excluded = async (result: typeof own, code: string) =>
      (await explainResult(demo.repos, result)).nodes[code]?.explanation.excluded;
    expect(await excluded(verified, 'SPM.05')).toBe('not-applicable');
    expect(await excluded(own, 'SPM.05')).not.toBe('not-applicable');
    expect(verified.management).not.toBe(own.management);
    const view = await getVerification(demo.repos, {
      unit: submitted,
      year: DEMO_YEAR,
      programme: 'SPM',
      now: clock(),
    });
    const spm05 = view.indicators.find((i) => i.code === 'SPM.05')!;
    expect(spm05.notApplicable).toEqual({ own: null, verified: 'Tidak ada sekolah dasar di wilayah kerja' });
    expect(spm05.target.correction).toMatchObject({
      applicable: false,
      by: 'admin.3318',
      reason: 'Hasil kunjungan lapangan',
    });
  });

  it('refuses corrections from a Puskesmas role and on a draft year', async () => {
    const asPuskesmas = await refusal(
      saveCorrection(deps(), {
        unit: submitted,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.06',
        body: { kind: 'value', month: '2023-01', numerator: 1, reason: 'x', expectedVersion: 0 },
        editor: KAPUS,
      }),
    );
    expect([asPuskesmas.code, asPuskesmas.status]).toEqual(['VERIFIER_ONLY', 403]);
    const onDraft = await refusal(
      saveCorrection(deps(), {
        unit: draft,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.06',
        body: { kind: 'value', month: '2023-01', numerator: 1, reason: 'x', expectedVersion: 0 },
        editor: VERIFIER,
      }),
    );
    expect([onDraft.code, onDraft.status]).toEqual(['VERIFICATION_CLOSED', 409]);
  });
});

describeOnBackends('verification: returns to the Puskesmas and its answers', (backend) => {
  let demo: SmallDemo;
  let unit: OrgUnitWithAncestors;
  // A clock that moves, after the demo was loaded (by the database's clock): what changed "since the
  // last look" is told by the times.
  let now = new Date(Date.now() + 60 * 60_000);
  const tick = () => (now = new Date(now.getTime() + 60_000));
  const moving = () => now;
  const deps = () => ({ uow: demo.uow, clock: moving });
  const yearKey = async () => yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!);
  const assessmentId = async () => (await yearKey()).assessmentId;
  const cell = async (code: string, month: string) =>
    demo.repos.getMonthlyValueRecord({
      ...(await yearKey()),
      indicatorCode: code,
      month,
      stage: 'self',
    });
  const entry = async (code: string, month: string, numerator: number) => {
    tick();
    return saveEntry(
      { uow: demo.uow, repos: demo.repos, clock: moving },
      {
        unit,
        year: DEMO_YEAR,
        indicatorCode: code,
        month,
        body: {
          numerator,
          expectedVersion: (await cell(code, month))?.version ?? 0,
          reason: 'diperbaiki atas permintaan Dinkes',
        },
        editor: PELAKSANA,
      },
    );
  };
  const programmeCount = ukmC.indicatorCodes
    .map(countRow)
    .find((i) => i.entry === 'count' && i.appliesTo === 'all' && !i.optional)!;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    // Pati I, submitted for these tests (its pelaksana has a demo account).
    unit = demo.units[0]!;
    await setAssessmentStatus(backend.db, {
      assessmentId: await assessmentId(),
      status: 'submitted',
      actor: 'kapus',
    });
  });

  it('reopens a returned indicator for the Puskesmas and nothing else; its answer closes it again; the verifier closes it', async () => {
    const before = await refusal(entry('SPM.07', '2023-05', 3));
    expect([before.code, before.status]).toEqual(['YEAR_SUBMITTED', 409]);

    tick();
    const returned = await returnItem(deps(), {
      unit,
      year: DEMO_YEAR,
      body: { scope: 'indicator', code: 'SPM.07', comment: 'Mei terlalu rendah dibanding register lansia' },
      editor: VERIFIER,
    });
    expect(returned).toMatchObject({ status: 'open', indicators: ['SPM.07'], programme: 'SPM' });
    expect((await listReturns(demo.repos, { unit, year: DEMO_YEAR, now })).reopened).toEqual(['SPM.07']);
    expect(await demo.repos.countOpenReturns(await assessmentId())).toBe(1);

    const fixed = await entry('SPM.07', '2023-05', 3);
    expect(fixed.status).toBe('saved');
    const other = await refusal(entry('SPM.08', '2023-05', 3));
    expect(other.code).toBe('YEAR_SUBMITTED');
    // The Kepala Puskesmas may change the returned indicator's sasaran too, not another's.
    const targets = await demo.repos.listTargetRecords(await yearKey());
    const sasaran = (code: string) => targets.find((t) => t.indicatorCode === code)!;
    await saveTarget(demo.uow, moving, {
      unit,
      year: DEMO_YEAR,
      indicatorCode: 'SPM.07',
      body: { sasaran: sasaran('SPM.07').sasaran! + 10, expectedVersion: sasaran('SPM.07').version },
      editor: KAPUS,
    });
    const otherTarget = await refusal(
      saveTarget(demo.uow, moving, {
        unit,
        year: DEMO_YEAR,
        indicatorCode: 'SPM.08',
        body: { sasaran: sasaran('SPM.08').sasaran! + 10, expectedVersion: sasaran('SPM.08').version },
        editor: KAPUS,
      }),
    );
    expect(otherTarget.code).toBe('YEAR_SUBMITTED');

    // Only the Puskesmas answers.
    const byVerifier = await refusal(
      answerReturn(deps(), {
        unit,
        year: DEMO_YEAR,
        id: returned.id,
        body: { answer: 'x' },
        editor: VERIFIER,
      }),
    );
    expect(byVerifier.status).toBe(403);
    tick();
    const answered = await answerReturn(deps(), {
      unit,
      year: DEMO_YEAR,
      id: returned.id,
      body: { answer: 'Sudah dicocokkan dengan register posyandu lansia' },
      editor: PELAKSANA,
    });
    expect(answered).toMatchObject({
      status: 'answered',
      answer: 'Sudah dicocokkan dengan register posyandu lansia',
    });
    // Answered, it is the verifier's again: the indicator is closed to the Puskesmas.
    expect((await refusal(entry('SPM.07', '2023-06', 4))).code).toBe('YEAR_SUBMITTED');
    expect(await demo.repos.countOpenReturns(await assessmentId())).toBe(1);

    // The verifier sees the answer and the changed value.
    const view = await getVerification(demo.repos, { unit, year: DEMO_YEAR, programme: 'SPM', now });
    expect(view.programme).toMatchObject({ state: 'answered', answeredReturns: 1, changedSinceLook: 1 });
    const spm07 = view.indicators.find((i) => i.code === 'SPM.07')!;
    expect(spm07.changedSinceLook).toBe(true);
    expect(spm07.months.find((m) => m.month === '2023-05')).toMatchObject({
      own: { numerator: 3, by: 'pelaksana' },
      changedSinceLook: true,
    });
    expect(view.returns[0]!.thread.map((t) => t.step)).toEqual(['returned', 'answered']);

    tick();
    const again = await returnAgain(deps(), {
      unit,
      year: DEMO_YEAR,
      id: returned.id,
      body: { comment: 'Juni juga perlu dicek' },
      editor: VERIFIER,
    });
    expect(again).toMatchObject({ status: 'open', comment: 'Juni juga perlu dicek' });
    expect((await entry('SPM.07', '2023-06', 4)).status).toBe('saved');
    tick();
    await answerReturn(deps(), {
      unit,
      year: DEMO_YEAR,
      id: returned.id,
      body: { answer: 'Juni sudah' },
      editor: KAPUS,
    });
    tick();
    const closed = await closeReturn(deps(), { unit, year: DEMO_YEAR, id: returned.id, editor: VERIFIER });
    expect(closed.status).toBe('closed');
    expect(closed.thread.map((t) => t.step)).toEqual([
      'returned',
      'answered',
      'returned-again',
      'answered',
      'closed',
    ]);
    expect(await demo.repos.countOpenReturns(await assessmentId())).toBe(0);
    const late = await refusal(
      answerReturn(deps(), {
        unit,
        year: DEMO_YEAR,
        id: returned.id,
        body: { answer: 'lagi' },
        editor: PELAKSANA,
      }),
    );
    expect([late.code, late.status]).toEqual(['RETURN_MOVED', 409]);
    const audit = await listAudit(backend.db, {
      entity: 'returned_item',
      assessmentId: await assessmentId(),
    });
    expect(audit.map((a) => a.actor)).toEqual([
      'verifikator.3318',
      'pelaksana',
      'verifikator.3318',
      'kapus',
      'verifikator.3318',
    ]);
    const after = await getVerification(demo.repos, { unit, year: DEMO_YEAR, programme: 'SPM', now });
    expect(after.programme).toMatchObject({ state: 'accepted', changedSinceLook: 0 });
  });

  it('reopens every indicator of a returned programme until the return is closed', async () => {
    tick();
    const returned = await returnItem(deps(), {
      unit,
      year: DEMO_YEAR,
      body: { scope: 'programme', code: 'UKM.C', comment: 'Periksa seluruh program kesga dan gizi' },
      editor: VERIFIER,
    });
    expect(returned.indicators).toEqual(ukmC.indicatorCodes);
    const twice = await refusal(
      returnItem(deps(), {
        unit,
        year: DEMO_YEAR,
        body: { scope: 'programme', code: 'UKM.C', comment: 'lagi' },
        editor: VERIFIER,
      }),
    );
    expect(twice.code).toBe('RETURN_EXISTS');
    expect((await entry(programmeCount.code, '2023-07', 2)).status).toBe('saved');
    expect((await refusal(entry('SPM.09', '2023-07', 2))).code).toBe('YEAR_SUBMITTED');
    // The verifier may withdraw a return nobody answered.
    tick();
    await closeReturn(deps(), { unit, year: DEMO_YEAR, id: returned.id, editor: VERIFIER });
    expect((await refusal(entry(programmeCount.code, '2023-08', 2))).code).toBe('YEAR_SUBMITTED');
  });

  it('records an accepted look, and lists every Puskesmas × programme in the district’s queue', async () => {
    tick();
    const accepted = await acceptProgramme(deps(), {
      unit,
      year: DEMO_YEAR,
      programmeCode: 'UKM.A',
      editor: VERIFIER,
    });
    expect(accepted.lastLook).toMatchObject({ outcome: 'accepted', by: 'verifikator.3318' });
    const draftLook = await refusal(
      acceptProgramme(deps(), {
        unit: demo.units[1]!,
        year: DEMO_YEAR,
        programmeCode: 'UKM.A',
        editor: VERIFIER,
      }),
    );
    expect(draftLook.code).toBe('VERIFICATION_CLOSED');
    const day = 24 * 60 * 60 * 1000;
    const queueAt = (at: Date) =>
      getVerificationQueue(demo.repos, { district: demo.district, year: DEMO_YEAR, now: at });
    const queue = await queueAt(new Date());
    const programmes = verificationProgrammes(demoCatalog);
    expect(queue.rows).toHaveLength(3 * programmes.length);
    const rowOf = (q: typeof queue, code: string, programme: string) =>
      q.rows.find((r) => r.puskesmas.code === code && r.programme === programme)!;
    expect(rowOf(queue, unit.code, 'UKM.A')).toMatchObject({
      state: 'accepted',
      changedSinceLook: 0,
      overdue: null,
    });
    expect(rowOf(queue, unit.code, 'SPM')).toMatchObject({ state: 'accepted' });
    expect(rowOf(queue, demo.units[1]!.code, 'SPM')).toMatchObject({ state: 'not-submitted', overdue: null });
    // Never looked at: 14 days after submission it is not yet overdue, 15 days after it is, for Dinkes.
    const other = demo.units[2]!.code;
    const submittedAt = new Date(rowOf(queue, other, 'UKM.B').submittedAt!);
    const at = (days: number) => new Date(submittedAt.getTime() + days * day);
    expect(rowOf(await queueAt(at(14.5)), other, 'UKM.B')).toMatchObject({
      state: 'not-looked',
      overdue: null,
    });
    expect(rowOf(await queueAt(at(15.5)), other, 'UKM.B')).toMatchObject({
      state: 'not-looked',
      changedSinceLook: null,
      overdue: { reason: 'not-looked', days: 15 },
    });
  });
});
