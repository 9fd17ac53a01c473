import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { addPuskesmas, DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import type { FeedbackLetterBody } from '../shared/api/feedback.schema.ts';
import { AppError } from '../shared/errors.ts';
import {
  createLetter,
  deleteLetter,
  getDistrictFeedback,
  getFeedback,
  saveFollowUp,
  sendLetter,
  updateLetter,
  type FeedbackWriteOutcome,
} from './feedback.service.ts';
import type { Editor } from './year-write.ts';

const clock = () => new Date('2024-02-20T03:00:00Z');
const admin: Editor = { username: 'admin.uji', role: 'admin_dinkes' };
const verifikator: Editor = { username: 'verifikator.uji', role: 'verifikator' };
const kapus: Editor = { username: 'kapus.uji', role: 'kepala_puskesmas' };
const koordinator: Editor = { username: 'koordinator.uji', role: 'koordinator' };

const letter = (over: Partial<FeedbackLetterBody> = {}): FeedbackLetterBody => ({
  number: '440/123/2024',
  datedOn: '2024-02-19',
  signerName: 'dr. Aviani Tritanti Venusia',
  signerTitle: 'Kepala Dinas Kesehatan Kabupaten Pati',
  summary: 'Hasil penilaian kinerja tahun 2023 sudah kami terima dan verifikasi.',
  points: [
    { scope: 'overall', code: null, text: 'Laporan bulanan agar dikirim paling lambat tanggal 5.' },
    { scope: 'programme', code: 'UKM.C', text: 'Cakupan kesehatan keluarga perlu ditingkatkan.' },
    { scope: 'indicator', code: 'SPM.01', text: 'K1 di bawah target: perkuat kelas ibu hamil.' },
  ],
  ...over,
});

function saved<T>(outcome: FeedbackWriteOutcome<T>): T {
  if (outcome.status !== 'saved') throw outcome.error;
  return outcome.saved;
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeOnBackends('Dinkes feedback and the Puskesmas follow-up', (backend) => {
  let demo: SmallDemo;
  let deps: { uow: SmallDemo['uow']; repos: SmallDemo['repos']; clock: () => Date };

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    deps = { uow: demo.uow, repos: demo.repos, clock };
  });

  async function puskesmasIn(status: AssessmentStatus) {
    const unit = await addPuskesmas(backend.store);
    const assessment = await demo.uow((repos) => repos.openAssessment(unit.id, DEMO_YEAR));
    if (status !== 'draft')
      await setAssessmentStatus(backend.db, { assessmentId: assessment.id, status, actor: 'uji' });
    return { unit, assessmentId: assessment.id };
  }

  it('keeps a verifier’s draft from the Puskesmas until the admin sends it, then shows it to both, read-only', async () => {
    const { unit, assessmentId } = await puskesmasIn('submitted');
    const draft = await createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: verifikator });
    expect(draft).toMatchObject({ status: 'draft', version: 1, createdBy: 'verifikator.uji', sentAt: null });
    expect(draft.points.map((p) => [p.scope, p.topic?.code ?? null])).toEqual([
      ['overall', null],
      ['programme', 'UKM.C'],
      ['indicator', 'SPM.01'],
    ]);
    expect(draft.points[1]?.topic?.name).toMatch(/KESEHATAN KELUARGA/i);

    expect(
      (await getFeedback(demo.repos, { unit, year: DEMO_YEAR, role: 'kepala_puskesmas' })).letters,
    ).toEqual([]);
    const dinkesView = await getFeedback(demo.repos, { unit, year: DEMO_YEAR, role: 'verifikator' });
    expect(dinkesView.letters.map((l) => l.status)).toEqual(['draft']);
    expect(dinkesView.writing?.programmes[0]).toMatchObject({ code: 'SPM' });

    const sent = saved(
      await sendLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { expectedVersion: 1 },
        editor: admin,
      }),
    );
    expect(sent).toMatchObject({ status: 'sent', version: 2, sentAt: '2024-02-20T03:00:00.000Z' });
    const puskesmasView = await getFeedback(demo.repos, { unit, year: DEMO_YEAR, role: 'kepala_puskesmas' });
    expect(puskesmasView).toMatchObject({ openPoints: 3, writing: null });
    expect(puskesmasView.letters.map((l) => l.number)).toEqual(['440/123/2024']);

    const changed = await refusal(
      updateLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { ...letter({ summary: 'Diubah' }), expectedVersion: 2 },
        editor: admin,
      }),
    );
    expect([changed.code, changed.status]).toEqual(['FEEDBACK_SENT', 409]);
    const removed = await refusal(
      deleteLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { expectedVersion: 2 },
        editor: admin,
      }),
    );
    expect(removed.code).toBe('FEEDBACK_SENT');

    const audit = await listAudit(backend.db, { entity: 'feedback', assessmentId });
    expect(audit.map((a) => [a.actor, a.oldValue?.status ?? null, a.newValue?.status])).toEqual([
      ['verifikator.uji', null, 'draft'],
      ['admin.uji', 'draft', 'sent'],
    ]);
    // The letter as sent is in the audit trail whole.
    expect(audit[1]?.newValue).toMatchObject({ number: '440/123/2024', points: [{}, {}, {}] });
  });

  it('edits a draft’s points, keeping a point’s id, and refuses a stale version with the letter as stored', async () => {
    const { unit } = await puskesmasIn('submitted');
    const draft = await createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: verifikator });
    const [overall, , indicator] = draft.points;
    const edited = saved(
      await updateLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: {
          ...letter({
            points: [
              {
                id: indicator!.id,
                scope: 'indicator',
                code: 'SPM.01',
                text: 'K1: kelas ibu hamil setiap bulan.',
              },
              { id: overall!.id, scope: 'overall', code: null, text: 'Laporan tepat waktu.' },
              { scope: 'programme', code: 'UKP.A1', text: 'Rujukan rawat jalan di atas 2 %.' },
            ],
          }),
          expectedVersion: 1,
        },
        editor: admin,
      }),
    );
    expect(edited.version).toBe(2);
    expect(edited.points.map((p) => p.id).slice(0, 2)).toEqual([indicator!.id, overall!.id]);
    expect(edited.points.map((p) => p.text)).toEqual([
      'K1: kelas ibu hamil setiap bulan.',
      'Laporan tepat waktu.',
      'Rujukan rawat jalan di atas 2 %.',
    ]);
    const stale = await updateLetter(deps, {
      unit,
      year: DEMO_YEAR,
      letterId: draft.id,
      body: { ...letter({ summary: 'Terlambat' }), expectedVersion: 1 },
      editor: verifikator,
    });
    expect(stale.status).toBe('stale');
    if (stale.status === 'stale')
      expect(stale.current).toMatchObject({ version: 2, summary: letter().summary });
  });

  it('refuses a point about a programme or indicator the catalog does not have', async () => {
    const { unit } = await puskesmasIn('submitted');
    const error = await refusal(
      createLetter(deps, {
        unit,
        year: DEMO_YEAR,
        body: letter({ points: [{ scope: 'programme', code: 'SPM.01', text: 'Bukan program' }] }),
        editor: verifikator,
      }),
    );
    expect([error.code, error.params]).toEqual([
      'FEEDBACK_TOPIC_INVALID',
      { code: 'SPM.01', scope: 'program', year: DEMO_YEAR },
    ]);
  });

  it('sends a letter only when it is complete, and only by the admin', async () => {
    const { unit } = await puskesmasIn('submitted');
    const draft = await createLetter(deps, {
      unit,
      year: DEMO_YEAR,
      body: letter({ number: '' }),
      editor: verifikator,
    });
    const incomplete = await refusal(
      sendLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { expectedVersion: 1 },
        editor: admin,
      }),
    );
    expect([incomplete.code, incomplete.status]).toEqual(['FEEDBACK_INCOMPLETE', 400]);
    const byVerifier = await refusal(
      sendLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { expectedVersion: 1 },
        editor: verifikator,
      }),
    );
    expect(byVerifier.code).toBe('FORBIDDEN');
  });

  it('deletes a draft, audited', async () => {
    const { unit, assessmentId } = await puskesmasIn('draft');
    const draft = await createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: admin });
    saved(
      await deleteLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { expectedVersion: 1 },
        editor: admin,
      }),
    );
    expect((await getFeedback(demo.repos, { unit, year: DEMO_YEAR, role: 'admin_dinkes' })).letters).toEqual(
      [],
    );
    const audit = await listAudit(backend.db, { entity: 'feedback', assessmentId });
    expect(audit.at(-1)).toMatchObject({ newValue: null, oldValue: { number: '440/123/2024' } });
  });

  it('writes feedback on a year in any status — during the year, and after it is final and published', async () => {
    for (const status of ['draft', 'published'] as const) {
      const { unit } = await puskesmasIn(status);
      const draft = await createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: admin });
      expect(draft.status).toBe('draft');
    }
  });

  it('refuses feedback on a Puskesmas-year nobody has opened', async () => {
    const unit = await addPuskesmas(backend.store);
    const error = await refusal(createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: admin }));
    expect([error.code, error.status]).toEqual(['ASSESSMENT_NOT_FOUND', 404]);
    expect(await demo.repos.findAssessment(unit.code, DEMO_YEAR)).toBeUndefined();
  });

  it('records the Puskesmas’ follow-up of each point, versioned and audited, even once the year is final', async () => {
    const { unit, assessmentId } = await puskesmasIn('submitted');
    const draft = await createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: admin });
    const sent = saved(
      await sendLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { expectedVersion: 1 },
        editor: admin,
      }),
    );
    const point = sent.points[2]!;
    const first = saved(
      await saveFollowUp(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: sent.id,
        pointId: point.id,
        body: { text: 'Kelas ibu hamil dijadwalkan di 12 desa.', status: 'berjalan', expectedVersion: 0 },
        editor: koordinator,
      }),
    );
    expect(first.followUp).toMatchObject({ status: 'berjalan', version: 1, updatedBy: 'koordinator.uji' });

    await setAssessmentStatus(backend.db, { assessmentId, status: 'final', actor: 'uji' });
    const done = saved(
      await saveFollowUp(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: sent.id,
        pointId: point.id,
        body: {
          text: 'Kelas ibu hamil berjalan di 12 desa; K1 naik.',
          status: 'selesai',
          expectedVersion: 1,
        },
        editor: kapus,
      }),
    );
    expect(done.followUp).toMatchObject({ status: 'selesai', version: 2 });
    const stale = await saveFollowUp(deps, {
      unit,
      year: DEMO_YEAR,
      letterId: sent.id,
      pointId: point.id,
      body: { text: 'Terlambat', status: 'belum', expectedVersion: 1 },
      editor: koordinator,
    });
    expect(stale.status).toBe('stale');
    const view = await getFeedback(demo.repos, { unit, year: DEMO_YEAR, role: 'admin_dinkes' });
    expect(view.openPoints).toBe(2);
    expect(view.letters[0]?.points[2]?.followUp?.text).toBe('Kelas ibu hamil berjalan di 12 desa; K1 naik.');
    const audit = await listAudit(backend.db, { entity: 'feedback_followup', assessmentId });
    expect(audit.map((a) => [a.actor, a.entityKey, a.newValue?.status])).toEqual([
      ['koordinator.uji', { pointId: point.id }, 'berjalan'],
      ['kapus.uji', { pointId: point.id }, 'selesai'],
    ]);
  });

  it('refuses a follow-up of a draft’s point and one from Dinkes', async () => {
    const { unit } = await puskesmasIn('submitted');
    const draft = await createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: admin });
    const body = { text: 'Sudah', status: 'selesai' as const, expectedVersion: 0 };
    const ofDraft = await refusal(
      saveFollowUp(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        pointId: draft.points[0]!.id,
        body,
        editor: kapus,
      }),
    );
    expect([ofDraft.code, ofDraft.status]).toEqual(['FEEDBACK_NOT_FOUND', 404]);
    const sent = saved(
      await sendLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: draft.id,
        body: { expectedVersion: 1 },
        editor: admin,
      }),
    );
    const byDinkes = await refusal(
      saveFollowUp(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: sent.id,
        pointId: sent.points[0]!.id,
        body,
        editor: admin,
      }),
    );
    expect(byDinkes.code).toBe('FORBIDDEN');
  });

  it('offers the signer of the district’s last letter sent on the next letter, to any Puskesmas', async () => {
    const first = await puskesmasIn('submitted');
    const signer = { signerName: 'drg. Penanda Tangan', signerTitle: 'Plt. Kepala Dinas Kesehatan' };
    const draft = await createLetter(deps, {
      unit: first.unit,
      year: DEMO_YEAR,
      body: letter(signer),
      editor: admin,
    });
    await sendLetter(deps, {
      unit: first.unit,
      year: DEMO_YEAR,
      letterId: draft.id,
      body: { expectedVersion: 1 },
      editor: admin,
    });
    const { unit } = await puskesmasIn('submitted');
    const view = await getFeedback(demo.repos, { unit, year: DEMO_YEAR, role: 'verifikator' });
    expect(view.writing?.lastSigner).toEqual(signer);
  });

  it('sums up the district: per Puskesmas its letters and how far their points are followed up', async () => {
    const { unit } = await puskesmasIn('verified');
    const first = await createLetter(deps, { unit, year: DEMO_YEAR, body: letter(), editor: admin });
    const sent = saved(
      await sendLetter(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: first.id,
        body: { expectedVersion: 1 },
        editor: admin,
      }),
    );
    await createLetter(deps, {
      unit,
      year: DEMO_YEAR,
      body: letter({ datedOn: '2024-03-01' }),
      editor: admin,
    });
    const followUp = (i: number, status: 'berjalan' | 'selesai') =>
      saveFollowUp(deps, {
        unit,
        year: DEMO_YEAR,
        letterId: sent.id,
        pointId: sent.points[i]!.id,
        body: { text: 'Ditindaklanjuti', status, expectedVersion: 0 },
        editor: kapus,
      });
    await followUp(0, 'selesai');
    await followUp(1, 'berjalan');
    const view = await getDistrictFeedback(demo.repos, { district: demo.district, year: DEMO_YEAR });
    expect(view.puskesmas.find((p) => p.code === unit.code)).toEqual({
      code: unit.code,
      name: unit.name,
      status: 'verified',
      drafts: 1,
      sent: 1,
      lastSentOn: '2024-02-19',
      points: 3,
      done: 1,
      underWay: 1,
    });
    expect(view.puskesmas.find((p) => p.code === demo.units[0]!.code)).toMatchObject({ sent: 0, drafts: 0 });
  });
});
