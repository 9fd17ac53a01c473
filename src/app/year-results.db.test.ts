// Which stored results a year has in its status: a submitted year has Dinkes' verified result beside
// its own (the league table and the publication read it), and `pkp check` misses it when it is gone.
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { assessmentResults } from '../data/schema.ts';
import { checkResults } from './check-results.ts';
import { requiredStages } from './year-results.ts';
import { yearKeyOf } from './year-key.ts';

const clock = () => new Date('2024-01-10T02:00:00Z');

it.each([
  [null, ['self']],
  ['draft', ['self']],
  ['submitted', ['self', 'verified']],
  ['verified', ['self', 'verified']],
  ['final', ['self', 'verified']],
  ['published', ['self', 'verified']],
] as const)('a %s year has the results %j', (status, stages) => {
  expect(requiredStages(status)).toEqual(stages);
});

describeOnBackends('the stored results of a year in its status', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('stores a verified result equal to its own for a submitted demo year, and none for a draft', async () => {
    const draft = (await demo.repos.findAssessment(demo.units[0]!.code, DEMO_YEAR))!;
    const submitted = (await demo.repos.findAssessment(demo.units[2]!.code, DEMO_YEAR))!;
    expect(submitted.status).toBe('submitted');
    expect(await demo.repos.getResult(yearKeyOf(draft), 'verified')).toBeUndefined();
    const own = (await demo.repos.getResult(yearKeyOf(submitted), 'self'))!;
    const verified = (await demo.repos.getResult(yearKeyOf(submitted), 'verified'))!;
    expect([verified.service, verified.management, verified.quality, verified.kelompok]).toEqual([
      own.service,
      own.management,
      own.quality,
      own.kelompok,
    ]);
  });

  it('reports a submitted year without its verified result, and repairs it', async () => {
    const submitted = (await demo.repos.findAssessment(demo.units[2]!.code, DEMO_YEAR))!;
    await backend.db
      .delete(assessmentResults)
      .where(and(eq(assessmentResults.assessmentId, submitted.id), eq(assessmentResults.stage, 'verified')));
    const deps = { repos: demo.repos, uow: demo.uow, clock };
    const report = await checkResults(deps, { year: DEMO_YEAR, districtCode: '3318' });
    expect(report.differences).toMatchObject([
      { puskesmas: { code: demo.units[2]!.code }, stage: 'verified', field: 'result' },
    ]);
    expect((await checkResults(deps, { year: DEMO_YEAR, districtCode: '3318', repair: true })).repaired).toBe(
      1,
    );
    expect((await checkResults(deps, { year: DEMO_YEAR, districtCode: '3318' })).differences).toEqual([]);
  });
});
