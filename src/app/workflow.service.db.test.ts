// The assessment cycle on a real database (both back ends): each move under the year's lock, audited,
// re-scoring what it changes; publication as a snapshot; a reopening withdrawing it; a published year
// reproducible after a later year's catalog.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, demoCatalog, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { saveCatalog } from '../data/repositories/catalogs.repository.ts';
import { returnedItems } from '../data/schema.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import type { Move } from '../domain/assessment/workflow.ts';
import { AppError } from '../shared/errors.ts';
import { PublishedRecap } from '../shared/api/publication.schema.ts';
import { checkResults } from './check-results.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { buildPublishedRecap, publishDistrict, publishedDashboard } from './publication.service.ts';
import { districtWorkflow, moveYear, yearWorkflow } from './workflow.service.ts';
import { writeYear, type Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2024-01-10T02:00:00Z');
const KAPUS: Editor = { username: 'kapus.uji', role: 'kepala_puskesmas' };
const VERIFIER: Editor = { username: 'verifikator.uji', role: 'verifikator' };
const ADMIN: Editor = { username: 'admin.uji', role: 'admin_dinkes' };

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: error.status };
    throw error;
  }
  throw new Error('the move was not refused');
}

describeOnBackends('the moves of a Puskesmas-year', (backend) => {
  let demo: SmallDemo;
  let pati1: OrgUnitWithAncestors;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    pati1 = demo.units[0]!;
  });

  const deps = () => ({ uow: demo.uow, clock });
  const move = (
    unit: OrgUnitWithAncestors,
    name: Move,
    expectedStatus: AssessmentStatus,
    editor: Editor,
    reason?: string,
  ) =>
    moveYear(deps(), { unit, year: DEMO_YEAR, move: name, expectedStatus, editor, reason: reason ?? null });
  const statusOf = async (unit: OrgUnitWithAncestors) =>
    (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!.status;
  const assessmentOf = async (unit: OrgUnitWithAncestors) =>
    (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
  const checkIsGreen = async () => {
    const report = await checkResults(
      { repos: demo.repos, uow: demo.uow, clock },
      { year: DEMO_YEAR, districtCode: '3318' },
    );
    expect(report.differences).toEqual([]);
    return report;
  };

  it('submits a draft for the Kepala Puskesmas: missing values count as 0, and a verified result equal to its own appears', async () => {
    const year = yearKeyOf(await assessmentOf(pati1));
    const before = (await demo.repos.getResult(year, 'self'))!;
    expect(before.detail.settings.submitted).toBe(false);
    expect(await demo.repos.getResult(year, 'verified')).toBeUndefined();

    const outcome = await move(pati1, 'submit', 'draft', KAPUS, 'Laporan PKP 2023');
    expect(outcome).toEqual({ from: 'draft', to: 'submitted', withdrawnPublicationId: null });
    expect(await statusOf(pati1)).toBe('submitted');

    const own = (await demo.repos.getResult(year, 'self'))!;
    expect(own.detail.settings.submitted).toBe(true);
    const verified = (await demo.repos.getResult(year, 'verified'))!;
    for (const field of ['service', 'management', 'quality', 'overallCategory', 'kelompok'] as const)
      expect(verified[field]).toEqual(own[field]);

    const view = await yearWorkflow(demo.repos, {
      unit: pati1,
      year: DEMO_YEAR,
      editor: KAPUS,
      now: clock(),
    });
    expect(view.status).toBe('submitted');
    expect(view.stamps.submittedAt).toBe(clock().toISOString());
    expect(view.history[0]).toMatchObject({
      actor: 'kapus.uji',
      from: 'draft',
      to: 'submitted',
      move: 'submit',
      reason: 'Laporan PKP 2023',
    });
    // Once submitted, nothing of it moves for a Puskesmas role.
    expect(view.moves).toEqual([]);
    await expect(
      writeYear(demo.uow, { unit: pati1, year: DEMO_YEAR, editor: KAPUS }, async () => 'written'),
    ).rejects.toMatchObject({ code: 'YEAR_SUBMITTED' });
    await checkIsGreen();
  });

  it('refuses a move on a year someone else moved since it was shown (409), and changes nothing', async () => {
    expect(await refusal(move(pati1, 'submit', 'draft', KAPUS))).toEqual({
      code: 'MOVE_STATUS_CHANGED',
      status: 409,
    });
    expect(await refusal(move(pati1, 'finalise', 'submitted', ADMIN))).toEqual({
      code: 'MOVE_NOT_NOW',
      status: 409,
    });
    expect(await statusOf(pati1)).toBe('submitted');
  });

  it('refuses a role the move is not theirs, whatever the status', async () => {
    expect(await refusal(move(pati1, 'verify', 'submitted', ADMIN))).toEqual({
      code: 'FORBIDDEN',
      status: 403,
    });
    expect(await refusal(move(pati1, 'return', 'submitted', KAPUS, 'x'))).toEqual({
      code: 'FORBIDDEN',
      status: 403,
    });
    expect(await statusOf(pati1)).toBe('submitted');
  });

  it('returns the whole year only with a reason; back in draft, missing values are left out again', async () => {
    expect(await refusal(move(pati1, 'return', 'submitted', VERIFIER, '   '))).toEqual({
      code: 'MOVE_REASON_REQUIRED',
      status: 400,
    });
    expect(await statusOf(pati1)).toBe('submitted');
    await move(pati1, 'return', 'submitted', VERIFIER, 'Data imunisasi Oktober–Desember belum diisi');
    const year = yearKeyOf(await assessmentOf(pati1));
    expect((await demo.repos.getResult(year, 'self'))!.detail.settings.submitted).toBe(false);
    const view = await yearWorkflow(demo.repos, {
      unit: pati1,
      year: DEMO_YEAR,
      editor: KAPUS,
      now: clock(),
    });
    expect(view.status).toBe('draft');
    expect(view.stamps.submittedAt).toBeNull();
    expect(view.history.map((h) => h.move)).toEqual(['return', 'submit']);
    expect(view.history[0]!.reason).toBe('Data imunisasi Oktober–Desember belum diisi');
    expect(view.moves.map((m) => m.move)).toEqual(['submit']);
    expect(view.submission).not.toBeNull();
    await checkIsGreen();
  });

  it('refuses a submission before the year is over, saying from when', async () => {
    const early = () => new Date('2023-12-20T02:00:00Z');
    const error = await moveYear(
      { uow: demo.uow, clock: early },
      { unit: pati1, year: DEMO_YEAR, move: 'submit', expectedStatus: 'draft', editor: KAPUS },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('YEAR_NOT_OVER');
    expect((error as AppError).localized('id')).toContain('1 Januari 2024');
    expect(await statusOf(pati1)).toBe('draft');
    const view = await yearWorkflow(demo.repos, {
      unit: pati1,
      year: DEMO_YEAR,
      editor: KAPUS,
      now: early(),
    });
    expect(view.moves).toEqual([
      { move: 'submit', to: 'submitted', reason: 'optional', blocked: { code: 'year-not-over' } },
    ]);
  });

  it('refuses verification while a returned item is not closed, and verifies once it is', async () => {
    await move(pati1, 'submit', 'draft', KAPUS);
    const { id } = await assessmentOf(pati1);
    const [item] = await backend.db
      .insert(returnedItems)
      .values({
        assessmentId: id,
        scope: 'indicator',
        code: 'SPM.01',
        comment: 'K4 Oktober lebih dari sasaran',
        returnedBy: 'verifikator.uji',
        status: 'answered',
      })
      .returning();
    expect(await refusal(move(pati1, 'verify', 'submitted', VERIFIER))).toEqual({
      code: 'RETURNS_OPEN',
      status: 409,
    });
    const view = await yearWorkflow(demo.repos, {
      unit: pati1,
      year: DEMO_YEAR,
      editor: VERIFIER,
      now: clock(),
    });
    expect(view.moves.find((m) => m.move === 'verify')?.blocked).toEqual({ code: 'returns-open', count: 1 });

    await backend.db.update(returnedItems).set({ status: 'closed' }).where(eq(returnedItems.id, item!.id));
    await move(pati1, 'verify', 'submitted', VERIFIER);
    expect(await statusOf(pati1)).toBe('verified');
    await checkIsGreen();
  });

  it('reopens verification with a reason, then verifies and finalises: a final year refuses every change', async () => {
    expect(await refusal(move(pati1, 'reopenVerification', 'verified', ADMIN))).toEqual({
      code: 'MOVE_REASON_REQUIRED',
      status: 400,
    });
    await move(pati1, 'reopenVerification', 'verified', ADMIN, 'Koreksi sasaran K4 menyusul');
    await move(pati1, 'verify', 'submitted', VERIFIER);
    await move(pati1, 'finalise', 'verified', ADMIN);
    expect(await statusOf(pati1)).toBe('final');
    await expect(
      writeYear(demo.uow, { unit: pati1, year: DEMO_YEAR, editor: ADMIN }, async () => 'written'),
    ).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
    const view = await yearWorkflow(demo.repos, {
      unit: pati1,
      year: DEMO_YEAR,
      editor: ADMIN,
      now: clock(),
    });
    expect(view.moves.map((m) => m.move)).toEqual(['reopen']);
    expect(view.history.map((h) => h.move).slice(0, 4)).toEqual([
      'finalise',
      'verify',
      'reopenVerification',
      'verify',
    ]);
    await checkIsGreen();
  });
});

describeOnBackends('publishing a district-year', (backend) => {
  let demo: SmallDemo;
  const district = { code: '3318', name: 'Kabupaten Pati', id: 0 };

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    district.id = demo.district.id;
  });

  const deps = () => ({ uow: demo.uow, clock });
  const move = (
    unit: OrgUnitWithAncestors,
    name: Move,
    expectedStatus: AssessmentStatus,
    editor: Editor,
    reason?: string,
  ) =>
    moveYear(deps(), { unit, year: DEMO_YEAR, move: name, expectedStatus, editor, reason: reason ?? null });
  const publish = (expectedYears = 3) =>
    publishDistrict(deps(), { district, year: DEMO_YEAR, expectedYears, editor: ADMIN });
  const statuses = async () =>
    (await districtWorkflow(demo.repos, { district, year: DEMO_YEAR })).rows.map((r) => r.status);

  /** Takes a year from where the demo left it (draft or submitted) to final. */
  async function finalise(unit: OrgUnitWithAncestors) {
    const { status } = (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!;
    if (status === 'draft') await move(unit, 'submit', 'draft', KAPUS);
    await move(unit, 'verify', 'submitted', VERIFIER);
    await move(unit, 'finalise', 'verified', ADMIN);
  }

  it('refuses to publish until every Puskesmas-year is final, naming those that are not', async () => {
    const error = (await publish().catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('PUBLICATION_BLOCKED');
    expect(error.params.count).toBe(3);
    expect(error.localized('id')).toContain('Pati I');
    expect(await statuses()).toEqual(['draft', 'draft', 'submitted']);
  });

  it('publishes the Kelompok and ranks read from the verified results, and every year becomes published', async () => {
    for (const unit of demo.units) await finalise(unit);
    const view = await districtWorkflow(demo.repos, { district, year: DEMO_YEAR });
    expect(view.publishable).toBe(true);
    expect((await refusal(publish(2))).code).toBe('PUBLICATION_CHANGED');

    const record = await publish();
    expect(record.publishedBy).toBe('admin.uji');
    expect(await statuses()).toEqual(['published', 'published', 'published']);
    const recap = PublishedRecap.parse(record.recap);
    expect(recap.stage).toBe('verified');
    expect(recap.rows).toHaveLength(3);
    expect(recap.rows.map((r) => r.rank).every((r) => r === null || r >= 1)).toBe(true);
    expect(recap.programmes.length).toBeGreaterThan(10);
    expect(recap.rows[0]!.programmes).toHaveLength(recap.programmes.length);
    // The figures are the verified results as stored.
    for (const row of recap.rows) {
      const year = yearKeyOf((await demo.repos.findAssessment(row.puskesmas.code, DEMO_YEAR))!);
      const verified = (await demo.repos.getResult(year, 'verified'))!;
      expect([row.service, row.management, row.quality, row.kelompok]).toEqual([
        verified.service,
        verified.management,
        verified.quality,
        verified.kelompok,
      ]);
    }
    expect((await refusal(publish())).code).toBe('ALREADY_PUBLISHED');

    const seen = await publishedDashboard(demo.repos, { district, year: DEMO_YEAR, today: '2024-01-10' });
    expect(seen.source).toBe('published');
    expect(seen.league.map((r) => r.puskesmas.code)).toEqual(recap.rows.map((r) => r.puskesmas.code));
    expect(seen.heatmap.rows[0]!.scores).toEqual(recap.rows[0]!.programmes);
    expect(seen.timeliness.rows).toEqual([]);
    await checkResults(
      { repos: demo.repos, uow: demo.uow, clock },
      { year: DEMO_YEAR, districtCode: '3318' },
    ).then((r) => expect(r.differences).toEqual([]));
  });

  it('keeps a published year as it was after a later year’s catalog is created and changed', async () => {
    const before = (await demo.repos.findActivePublication(district.id, DEMO_YEAR))!;
    // 2024: another catalog version, with another K4 target, changed once more while still a draft.
    const next = structuredClone({ ...demoCatalog, id: 'pati-2024', year: 2024 });
    await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: next,
      settings: {},
      actor: 'admin.uji',
    });
    const spm = next.clusters[0]!.children[0]!;
    if (spm.type === 'indicator') spm.target = { ...spm.target, value: 50 };
    const version = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: next,
      settings: { thresholds: { service: [95, 85] } },
      actor: 'admin.uji',
    });
    await demo.repos.publishCatalog({ catalogVersionId: version.id, actor: 'admin.uji' });
    await demo.uow((repos) => repos.openAssessment(demo.units[0]!.id, 2024));

    const after = (await demo.repos.findActivePublication(district.id, DEMO_YEAR))!;
    expect(after.recap).toEqual(before.recap);
    const report = await checkResults(
      { repos: demo.repos, uow: demo.uow, clock },
      { year: DEMO_YEAR, districtCode: '3318' },
    );
    expect(report.differences).toEqual([]);
    // Recomputed from what is stored now, the recap is still the one published.
    const again = await demo.uow((repos) => buildPublishedRecap(repos, district, DEMO_YEAR));
    expect(again).toEqual(PublishedRecap.parse(before.recap));
  });

  it('withdraws the publication when the admin reopens a published year, with a reason; the others go back to final', async () => {
    const [first, second, third] = demo.units as [
      OrgUnitWithAncestors,
      OrgUnitWithAncestors,
      OrgUnitWithAncestors,
    ];
    expect(await refusal(move(second, 'reopen', 'published', ADMIN))).toEqual({
      code: 'MOVE_REASON_REQUIRED',
      status: 400,
    });
    const outcome = await move(second, 'reopen', 'published', ADMIN, 'Koreksi data persalinan');
    expect(outcome.withdrawnPublicationId).not.toBeNull();
    expect(await statuses()).toEqual(['final', 'verified', 'final']);
    expect(await demo.repos.findActivePublication(district.id, DEMO_YEAR)).toBeUndefined();
    const [withdrawn] = await demo.repos.listPublications(district.id, DEMO_YEAR);
    expect(withdrawn).toMatchObject({
      withdrawnBy: 'admin.uji',
      withdrawReason: `${second.name} (${second.code}): Koreksi data persalinan`,
    });

    // A viewer sees nothing published any more.
    const seen = await publishedDashboard(demo.repos, { district, year: DEMO_YEAR, today: '2024-01-10' });
    expect(seen.publication).toBeNull();
    expect(seen.league).toEqual([]);

    const history = await yearWorkflow(demo.repos, {
      unit: first,
      year: DEMO_YEAR,
      editor: ADMIN,
      now: clock(),
    });
    expect(history.history[0]).toMatchObject({ from: 'published', to: 'final', move: 'withdrawal' });

    // Finalised and published again: a second publication, the first kept as withdrawn.
    await move(second, 'finalise', 'verified', ADMIN);
    await publish();
    expect(await statuses()).toEqual(['published', 'published', 'published']);
    const publications = await demo.repos.listPublications(district.id, DEMO_YEAR);
    expect(publications.map((p) => p.withdrawnAt === null)).toEqual([true, false]);
    expect(third).toBeDefined();
  });

  it('reopens a final year (not published) without touching the publication of others', async () => {
    const [, second] = demo.units as [OrgUnitWithAncestors, OrgUnitWithAncestors];
    await move(second, 'reopen', 'published', ADMIN, 'Pemeriksaan ulang');
    await move(second, 'finalise', 'verified', ADMIN);
    // Final, while the others are final too (the publication was withdrawn by the reopening above).
    const outcome = await move(second, 'reopen', 'final', ADMIN, 'Sekali lagi');
    expect(outcome.withdrawnPublicationId).toBeNull();
    expect(await statuses()).toEqual(['final', 'verified', 'final']);
  });
});
