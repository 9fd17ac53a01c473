// "What waits for me", role by role, over the demo district cut to three Puskesmas: Pati I (draft,
// December incomplete and not reported), Pati II (draft, December complete and not reported) and Gabus
// I (submitted). The cycle's rows other parts write (returns, feedback, looks) are inserted as stored.
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { setAssessmentStatus } from '../data/repositories/assessments.repository.ts';
import {
  feedbackFollowUps,
  feedbackLetters,
  feedbackPoints,
  returnedItems,
  verificationReviews,
} from '../data/schema.ts';
import type { Role } from '../domain/access/roles.ts';
import { verificationProgrammes } from '../domain/verification/programmes.ts';
import { demoCatalog } from '../../test/db/small-demo.ts';
import type { WaitingItem } from '../shared/api/waiting.schema.ts';
import { whatWaits } from './waiting.service.ts';

const PATI_I = 'P3318001';
const PATI_II = 'P3318002';
const GABUS_I = 'P3318003';
/** Three weeks after the year, in the week after the demo's submissions (10 January). */
const NOW = new Date('2024-01-20T03:00:00Z');

const of = <K extends WaitingItem['kind']>(items: WaitingItem[], kind: K) =>
  items.filter((i): i is Extract<WaitingItem, { kind: K }> => i.kind === kind);

describeOnBackends('what waits for me', (backend) => {
  let demo: SmallDemo;
  const ids = new Map<string, number>();
  const waits = (role: Role, code: string, now = NOW) =>
    whatWaits(demo.repos, { user: { role, orgUnit: { code } }, year: DEMO_YEAR, now });

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    for (const code of [PATI_I, PATI_II, GABUS_I])
      ids.set(code, (await demo.repos.findAssessment(code, DEMO_YEAR))!.id);
  });

  it('an officer of Pati I: December, incomplete, naming the two figures missing; nothing to report yet', async () => {
    const view = await waits('pelaksana', PATI_I);
    expect(view).toMatchObject({
      year: DEMO_YEAR,
      unit: { code: PATI_I, level: 'puskesmas' },
      status: 'draft',
    });
    expect(view.items).toEqual([
      {
        kind: 'month',
        puskesmas: { code: PATI_I, name: 'Puskesmas Pati I' },
        month: '2023-12',
        due: '2024-01-05',
        overdue: true,
        complete: false,
        missing: 2,
        missingIndicators: [
          expect.objectContaining({ code: 'UKM.F2.2' }),
          expect.objectContaining({ code: 'UKM.F2.3' }),
        ],
        canReport: false,
      },
    ]);
  });

  it('a koordinator of Pati II: December complete, to report; no month that is reported', async () => {
    const view = await waits('koordinator', PATI_II);
    expect(view.items).toMatchObject([
      { kind: 'month', month: '2023-12', complete: true, missing: 0, canReport: true },
    ]);
    // The pelaksana sees it too, but reporting is the koordinator's or the Kepala Puskesmas'.
    expect((await waits('pelaksana', PATI_II)).items).toMatchObject([{ kind: 'month', canReport: false }]);
  });

  it('an officer: the items Dinkes returned to the Puskesmas and not answered yet, with the comment', async () => {
    await backend.db.insert(returnedItems).values([
      {
        assessmentId: ids.get(PATI_II)!,
        scope: 'indicator',
        code: 'SPM.01',
        comment: 'Angka Maret tidak sesuai kohort',
        returnedBy: 'verifikator.3318',
        returnedAt: new Date('2024-01-08T03:00:00Z'),
      },
      {
        assessmentId: ids.get(PATI_II)!,
        scope: 'programme',
        code: 'UKM.E',
        comment: 'Sudah dijawab',
        status: 'answered',
        returnedBy: 'verifikator.3318',
        answer: 'Diperbaiki',
        answeredAt: new Date('2024-01-09T03:00:00Z'),
      },
    ]);
    const returned = of((await waits('pelaksana', PATI_II)).items, 'returned');
    expect(returned).toEqual([
      expect.objectContaining({
        scope: 'indicator',
        code: 'SPM.01',
        name: 'Pelayanan kesehatan ibu hamil',
        // Verified under its programme: the twelve SPM services are one.
        programme: 'SPM',
        comment: 'Angka Maret tidak sesuai kohort',
        returnedBy: 'verifikator.3318',
        overdue: true,
      }),
    ]);
  });

  it('the Kepala Puskesmas: the year to submit with what stands before it, the months, and the feedback to follow up', async () => {
    const [letter] = await backend.db
      .insert(feedbackLetters)
      .values({
        assessmentId: ids.get(PATI_I)!,
        number: '440/12/2024',
        datedOn: '2024-01-15',
        signerName: 'dr. Kepala Dinas',
        signerTitle: 'Kepala Dinas Kesehatan',
        summary: 'Umpan balik',
        status: 'sent',
        createdBy: 'admin.3318',
      })
      .returning();
    const [draft] = await backend.db
      .insert(feedbackLetters)
      .values({
        assessmentId: ids.get(PATI_I)!,
        number: '440/13/2024',
        datedOn: '2024-01-16',
        signerName: 'dr. Kepala Dinas',
        signerTitle: 'Kepala Dinas Kesehatan',
        summary: 'Belum dikirim',
        createdBy: 'admin.3318',
      })
      .returning();
    const points = await backend.db
      .insert(feedbackPoints)
      .values([
        {
          letterId: letter!.id,
          scope: 'overall',
          code: null,
          text: 'Tingkatkan ketepatan laporan',
          position: 1,
        },
        {
          letterId: letter!.id,
          scope: 'indicator',
          code: 'SPM.02',
          text: 'Periksa sasaran bersalin',
          position: 2,
        },
        {
          letterId: letter!.id,
          scope: 'programme',
          code: 'UKM.G',
          text: 'Sudah ditindaklanjuti',
          position: 3,
        },
        { letterId: draft!.id, scope: 'overall', code: null, text: 'Draf', position: 1 },
      ])
      .returning();
    await backend.db.insert(feedbackFollowUps).values([
      { pointId: points[1]!.id, text: 'Sedang dicek', status: 'berjalan', updatedBy: 'kapus.p3318001' },
      { pointId: points[2]!.id, text: 'Selesai', status: 'selesai', updatedBy: 'kapus.p3318001' },
    ]);

    const view = await waits('kepala_puskesmas', PATI_I);
    const [submission] = of(view.items, 'submission');
    expect(submission).toMatchObject({
      status: 'draft',
      yearOver: true,
      monthsUnreported: 1,
      returnsOpen: 0,
    });
    // Pati I's planted mistakes (DEMO_ANOMALIES) are open warnings.
    expect(submission!.warningsOpen).toBeGreaterThan(0);
    expect(of(view.items, 'month')).toMatchObject([{ month: '2023-12', canReport: false }]);
    expect(of(view.items, 'feedback')).toEqual([
      expect.objectContaining({ scope: 'overall', text: 'Tingkatkan ketepatan laporan', followUp: null }),
      expect.objectContaining({
        scope: 'indicator',
        code: 'SPM.02',
        name: 'Pelayanan kesehatan ibu bersalin',
        followUp: 'berjalan',
        letter: { id: letter!.id, number: '440/12/2024', datedOn: '2024-01-15' },
      }),
    ]);
    // The feedback is the Kepala Puskesmas' to follow up, not the officers'.
    expect(of((await waits('koordinator', PATI_I)).items, 'feedback')).toEqual([]);
  });

  it('a verifier: each submitted year with its programmes not looked at, answered returns to close, and what is overdue', async () => {
    const programmes = verificationProgrammes(demoCatalog);
    const gabus = ids.get(GABUS_I)!;
    const before = of((await waits('verifikator', '3318')).items, 'verify');
    expect(before).toEqual([
      expect.objectContaining({
        puskesmas: { code: GABUS_I, name: 'Puskesmas Gabus I' },
        programmes: programmes.length,
        notLooked: programmes.length,
        overdue: 0,
      }),
    ]);
    await backend.db.insert(verificationReviews).values([
      { assessmentId: gabus, programmeCode: programmes[0]!.code, outcome: 'accepted', reviewedBy: 'v' },
      { assessmentId: gabus, programmeCode: programmes[1]!.code, outcome: 'returned', reviewedBy: 'v' },
    ]);
    await backend.db.insert(returnedItems).values({
      assessmentId: gabus,
      scope: 'indicator',
      code: programmes[1]!.indicatorCodes[0]!,
      comment: 'Periksa lagi',
      status: 'answered',
      returnedBy: 'verifikator.3318',
      returnedAt: new Date('2024-01-11T03:00:00Z'),
      answer: 'Sudah diperbaiki',
      answeredBy: 'kapus.p3318003',
      answeredAt: new Date('2024-01-12T03:00:00Z'),
    });
    const after = (await waits('verifikator', '3318')).items;
    expect(of(after, 'verify')).toEqual([
      // The answer has waited 8 days: more than the 7 a verifier has to close it.
      expect.objectContaining({
        notLooked: programmes.length - 2,
        answered: 1,
        returned: 0,
        overdue: 1,
        overdueDays: 8,
      }),
    ]);
    expect(of(after, 'answered')).toEqual([
      expect.objectContaining({
        puskesmas: { code: GABUS_I, name: 'Puskesmas Gabus I' },
        code: programmes[1]!.indicatorCodes[0],
        programme: programmes[1]!.code,
        answer: 'Sudah diperbaiki',
        overdue: true,
      }),
    ]);
    // Two weeks after submission, the programmes nobody looked at are overdue.
    const late = of((await waits('verifikator', '3318', new Date('2024-02-01T03:00:00Z'))).items, 'verify');
    expect(late[0]).toMatchObject({ overdue: programmes.length - 1, overdueDays: 22 });
  });

  it('the admin: who has not submitted, who is verified and may be finalised, and whether the year can be published', async () => {
    const items = (await waits('admin_dinkes', '3318')).items;
    expect(of(items, 'not-submitted')).toEqual([
      expect.objectContaining({
        puskesmas: { code: PATI_I, name: 'Puskesmas Pati I' },
        status: 'draft',
        monthsReported: 11,
        monthsDue: 12,
      }),
      expect.objectContaining({
        puskesmas: { code: PATI_II, name: 'Puskesmas Pati II' },
        monthsReported: 11,
      }),
    ]);
    expect(of(items, 'finalise')).toEqual([]);
    expect(of(items, 'publish')).toEqual([
      { kind: 'publish', state: 'waiting', final: 0, published: 0, total: 3 },
    ]);

    await setAssessmentStatus(backend.db, {
      assessmentId: ids.get(GABUS_I)!,
      status: 'verified',
      actor: 'v',
    });
    expect(of((await waits('admin_dinkes', '3318')).items, 'finalise')).toMatchObject([
      { puskesmas: { code: GABUS_I } },
    ]);
    for (const code of [PATI_I, PATI_II, GABUS_I])
      await setAssessmentStatus(backend.db, {
        assessmentId: ids.get(code)!,
        status: 'final',
        actor: 'admin',
      });
    const ready = (await waits('admin_dinkes', '3318')).items;
    expect(ready).toEqual([{ kind: 'publish', state: 'ready', final: 3, published: 0, total: 3 }]);
  });

  it('nothing waits for the viewer, nor for a Puskesmas whose year is no longer theirs to change', async () => {
    expect((await waits('viewer', '3318')).items).toEqual([]);
    // Pati I is final now (the test before): its months are Dinkes' business.
    const officer = await waits('pelaksana', PATI_I);
    expect(officer.status).toBe('final');
    expect(of(officer.items, 'month')).toEqual([]);
  });
});
