// Moves that meet, and a process killed in the middle of one, on PostgreSQL (where transactions really
// run side by side, and another process can die holding a lock): a year is always in one status or
// the other, never half moved, and its stored results always equal a fresh scoring (`pkp check`).
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { startAnotherProcess } from '../../test/db/another-process.ts';
import { describeOnPostgres } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { unitOfWork } from '../data/adapters/repositories.ts';
import type { Store } from '../data/db.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import type { Move } from '../domain/assessment/workflow.ts';
import { AppError } from '../shared/errors.ts';
import { checkResults } from './check-results.ts';
import type { OrgUnitWithAncestors } from './ports.ts';
import { publishDistrict } from './publication.service.ts';
import { moveYear } from './workflow.service.ts';
import type { Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2024-01-10T02:00:00Z');
const KAPUS: Editor = { username: 'kapus.uji', role: 'kepala_puskesmas' };
const VERIFIER_A: Editor = { username: 'verifikator.a', role: 'verifikator' };
const VERIFIER_B: Editor = { username: 'verifikator.b', role: 'verifikator' };
const ADMIN: Editor = { username: 'admin.uji', role: 'admin_dinkes' };
const HANG = fileURLToPath(new URL('../../test/db/move-and-hang.ts', import.meta.url));

describeOnPostgres('moves of one year made at the same moment', (backend) => {
  let demo: SmallDemo;
  let other: Store;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    other = await backend.openAnother();
    return () => other.close();
  });

  /** A move through one of two app processes (stores) sharing the database. */
  const moveVia = (
    store: Store,
    unit: OrgUnitWithAncestors,
    move: Move,
    expectedStatus: AssessmentStatus,
    editor: Editor,
    reason: string | null = null,
  ) =>
    moveYear(
      { uow: unitOfWork(store), clock },
      { unit, year: DEMO_YEAR, move, expectedStatus, editor, reason },
    );
  const statusOf = async (unit: OrgUnitWithAncestors) =>
    (await demo.repos.findAssessment(unit.code, DEMO_YEAR))!.status;
  const checkIsGreen = async () =>
    expect(
      (
        await checkResults(
          { repos: demo.repos, uow: demo.uow, clock },
          { year: DEMO_YEAR, districtCode: '3318' },
        )
      ).differences,
    ).toEqual([]);

  it('lets one of two verifiers verifying and returning the same year at once win; the other gets a 409', async () => {
    const unit = demo.units[2]!; // submitted in the demo
    for (let round = 0; round < 5; round++) {
      const outcomes = await Promise.allSettled([
        moveVia(backend.store, unit, 'verify', 'submitted', VERIFIER_A),
        moveVia(other, unit, 'return', 'submitted', VERIFIER_B, 'Data belum lengkap'),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(AppError);
      expect(lost[0]).toMatchObject({ code: 'MOVE_STATUS_CHANGED', status: 409 });
      const status = await statusOf(unit);
      expect(['verified', 'draft']).toContain(status);
      await checkIsGreen();
      // Back to submitted for the next round.
      if (status === 'verified')
        await moveVia(backend.store, unit, 'reopenVerification', 'verified', VERIFIER_A, 'Ulang');
      else await moveVia(backend.store, unit, 'submit', 'draft', KAPUS);
    }
  });

  it('lets one of two verifiers verifying the same year at once win, and audits one move', async () => {
    const unit = demo.units[2]!;
    const year = yearKeyOf((await demo.repos.findAssessment(unit.code, DEMO_YEAR))!);
    const before = (await demo.repos.listStatusHistory(year)).length;
    const outcomes = await Promise.allSettled([
      moveVia(backend.store, unit, 'verify', 'submitted', VERIFIER_A),
      moveVia(other, unit, 'verify', 'submitted', VERIFIER_B),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const history = await demo.repos.listStatusHistory(year);
    expect(history).toHaveLength(before + 1);
    expect(await statusOf(unit)).toBe('verified');
    await checkIsGreen();
  });

  it('never deadlocks a publication against a reopening: one of them is refused with a clear reason', async () => {
    const district = { ...demo.district };
    // Every year final.
    for (const unit of demo.units) {
      const status = await statusOf(unit);
      if (status === 'draft') await moveVia(backend.store, unit, 'submit', 'draft', KAPUS);
      if ((await statusOf(unit)) === 'submitted')
        await moveVia(backend.store, unit, 'verify', 'submitted', VERIFIER_A);
      await moveVia(backend.store, unit, 'finalise', 'verified', ADMIN);
    }
    const outcomes = await Promise.allSettled([
      publishDistrict(
        { uow: unitOfWork(other), clock },
        { district, year: DEMO_YEAR, expectedYears: 3, editor: ADMIN },
      ),
      moveVia(backend.store, demo.units[1]!, 'reopen', 'final', ADMIN, 'Periksa ulang'),
    ]);
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as AppError).code] : []));
    expect(refused).toHaveLength(1);
    expect(['PUBLICATION_BLOCKED', 'MOVE_STATUS_CHANGED']).toContain(refused[0]);
    const statuses = await Promise.all(demo.units.map(statusOf));
    if (refused[0] === 'PUBLICATION_BLOCKED') expect(statuses).toEqual(['final', 'verified', 'final']);
    else expect(statuses).toEqual(['published', 'published', 'published']);
    await checkIsGreen();
  });
});

describeOnPostgres('a process killed in the middle of a move', (backend) => {
  let demo: SmallDemo;

  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  const statusOf = async (code: string) => (await demo.repos.findAssessment(code, DEMO_YEAR))!.status;
  const resultsOf = async (code: string) => {
    const year = yearKeyOf((await demo.repos.findAssessment(code, DEMO_YEAR))!);
    const own = await demo.repos.getResult(year, 'self');
    const verified = await demo.repos.getResult(year, 'verified');
    return { own: own?.detail.settings.submitted, verified: verified !== undefined };
  };
  const checkIsGreen = async () =>
    expect(
      (
        await checkResults(
          { repos: demo.repos, uow: demo.uow, clock },
          { year: DEMO_YEAR, districtCode: '3318' },
        )
      ).differences,
    ).toEqual([]);
  const killedAt = async (args: string[]) => {
    const child = await startAnotherProcess<{ hanging: string }>(HANG, [backend.databaseUrl!, ...args]);
    expect(child.report.hanging).toBe(args[5]);
    await child.kill();
  };

  it('leaves a submission killed after its status was written, before the results, undone: still a draft, check green', async () => {
    const code = demo.units[0]!.code;
    await killedAt([code, String(DEMO_YEAR), 'submit', 'draft', 'kepala_puskesmas', 'after-status']);
    expect(await statusOf(code)).toBe('draft');
    expect(await resultsOf(code)).toEqual({ own: false, verified: false });
    await checkIsGreen();
    // Nothing of the dead process holds the year: the next submission goes through.
    await moveYear(
      { uow: demo.uow, clock },
      {
        unit: demo.units[0]!,
        year: DEMO_YEAR,
        move: 'submit',
        expectedStatus: 'draft',
        editor: KAPUS,
      },
    );
    expect(await statusOf(code)).toBe('submitted');
    expect(await resultsOf(code)).toEqual({ own: true, verified: true });
    await checkIsGreen();
  });

  it('leaves a return killed with everything written but not committed undone: still submitted', async () => {
    const code = demo.units[0]!.code;
    await killedAt([
      code,
      String(DEMO_YEAR),
      'return',
      'submitted',
      'verifikator',
      'before-commit',
      'Belum lengkap',
    ]);
    expect(await statusOf(code)).toBe('submitted');
    expect(await resultsOf(code)).toEqual({ own: true, verified: true });
    await checkIsGreen();
  });

  it('keeps a move whose process died after committing it: the other state, whole', async () => {
    const code = demo.units[0]!.code;
    await killedAt([
      code,
      String(DEMO_YEAR),
      'return',
      'submitted',
      'verifikator',
      'after-commit',
      'Belum lengkap',
    ]);
    expect(await statusOf(code)).toBe('draft');
    expect(await resultsOf(code)).toEqual({ own: false, verified: true });
    await checkIsGreen();
  });

  it('leaves a publication killed half-way (publication stored, one year moved) undone: nothing published', async () => {
    for (const unit of demo.units) {
      const deps = { uow: demo.uow, clock };
      const at = (move: Move, expectedStatus: AssessmentStatus, editor: Editor) =>
        moveYear(deps, { unit, year: DEMO_YEAR, move, expectedStatus, editor });
      if ((await statusOf(unit.code)) === 'draft') await at('submit', 'draft', KAPUS);
      await at('verify', 'submitted', VERIFIER_A);
      await at('finalise', 'verified', ADMIN);
    }
    await killedAt(['3318', String(DEMO_YEAR), 'publish', '3', 'admin_dinkes', 'after-status']);
    expect(await Promise.all(demo.units.map((u) => statusOf(u.code)))).toEqual(['final', 'final', 'final']);
    expect(await demo.repos.listPublications(demo.district.id, DEMO_YEAR)).toEqual([]);
    await checkIsGreen();
  });
});
