// `pkp recompute` on both back ends: stale stored results (as a settings change leaves them) are all
// rewritten, district by district, and agree with a fresh scoring; scoring on worker threads stores
// exactly what scoring in this thread does.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { createScoringPool, type ScoringPool } from '../compute/scoring-pool.ts';
import { checkResults } from './check-results.ts';
import { recomputeResults } from './recompute.ts';

describeOnBackends('recomputing a year', (backend) => {
  let demo: SmallDemo;
  let pool: ScoringPool;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    pool = createScoringPool(2);
  });
  afterAll(async () => {
    await pool.close();
  });

  const deps = () => ({ repos: demo.repos, uow: demo.uow, clock: () => new Date('2024-03-01T00:00:00Z') });
  const stored = async () =>
    [
      ...(await demo.repos.listDistrictResults(demo.district.id, DEMO_YEAR, 'self')),
      ...(await demo.repos.listDistrictResults(demo.district.id, DEMO_YEAR, 'verified')),
    ].map(({ computedAt: _at, ...rest }) => rest);

  it('rewrites every stale result of the year, each agreeing with a fresh scoring afterwards', async () => {
    const before = await stored();
    // Stale results, as a change of the catalog or the settings leaves them.
    for (const row of await demo.repos.listYearAssessments(DEMO_YEAR)) {
      const result = (await demo.repos.getResult(row, 'self'))!;
      await demo.repos.saveResult({ ...result, service: 1, kelompok: 'III' });
    }
    expect((await checkResults(deps(), { year: DEMO_YEAR })).differences.length).toBeGreaterThan(0);

    const progress: string[] = [];
    const report = await recomputeResults(deps(), {
      year: DEMO_YEAR,
      onProgress: (done, total, district) => progress.push(`${done}/${total} ${district.code}`),
    });
    expect(report).toEqual({ year: DEMO_YEAR, districts: 1, assessments: 3, results: before.length });
    expect(progress).toEqual(['1/1 3318']);
    expect((await checkResults(deps(), { year: DEMO_YEAR })).differences).toEqual([]);
    expect(await stored()).toEqual(before);
  });

  it('stores on worker threads exactly what it stores in this thread', async () => {
    await recomputeResults(deps(), { year: DEMO_YEAR, districtCode: '3318' });
    const inThread = await stored();
    const report = await recomputeResults(
      { ...deps(), score: pool.score },
      { year: DEMO_YEAR, districtCode: '3318' },
    );
    expect(report.results).toBe(inThread.length);
    expect(await stored()).toEqual(inThread);
  });

  it('refuses a district that does not exist', async () => {
    await expect(recomputeResults(deps(), { year: DEMO_YEAR, districtCode: '9999' })).rejects.toMatchObject({
      code: 'DISTRICT_NOT_FOUND',
    });
  });
});
