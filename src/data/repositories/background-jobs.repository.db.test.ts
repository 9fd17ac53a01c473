// The background-jobs queue: one active job per kind and district-year, the oldest waiting claimed
// first, a cancel that ends a waiting job at once, and — on PostgreSQL, where claims really run side
// by side — every job claimed by exactly one of many processes asking at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnBackends, describeOnPostgres } from '../../../test/db/backends.ts';
import { loadSmallDemo, type SmallDemo } from '../../../test/db/small-demo.ts';
import type { BackgroundJobsRepository } from '../../app/job-ports.ts';

const at = (minute: number) => new Date(Date.UTC(2024, 1, 10, 3, minute));

function queue(repos: BackgroundJobsRepository, districtId: number, year: number, minute = 0) {
  const id = crypto.randomUUID();
  return repos
    .queueJob({
      id,
      kind: 'district_reports',
      districtId,
      year,
      params: {},
      progress: { done: 0 },
      startedBy: 'test',
      createdAt: at(minute),
    })
    .then((queued) => ({ id, queued }));
}

describeOnBackends('the background jobs queue', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  it('keeps one waiting or running job per district-year, and takes another once it ended', async () => {
    const repos = demo.repos;
    const first = await queue(repos, demo.district.id, 2030);
    expect(first.queued).toBe(true);
    expect((await queue(repos, demo.district.id, 2030)).queued).toBe(false);
    const claimed = await repos.claimJob('one', 30);
    expect(claimed).toMatchObject({ id: first.id, status: 'running', attempts: 1 });
    expect((await queue(repos, demo.district.id, 2030)).queued).toBe(false);
    expect(await repos.beatJob(first.id, 'one', { done: 2 })).toEqual({ cancelRequested: false });
    expect(await repos.beatJob(first.id, 'another', { done: 9 })).toBeNull();
    expect((await repos.getJob(first.id))!.progress).toEqual({ done: 2 });
    await repos.requestJobCancel(first.id, at(5));
    // Running: its process hears the cancel at its next beat, and ends it.
    expect(await repos.beatJob(first.id, 'one')).toEqual({ cancelRequested: true });
    expect(
      await repos.finishJob(first.id, 'one', {
        status: 'cancelled',
        progress: { done: 2 },
        finishedAt: at(6),
        filename: null,
      }),
    ).toBe(true);
    const second = await queue(repos, demo.district.id, 2030, 1);
    expect(second.queued).toBe(true);
    // Newest first.
    const listed = await repos.listJobs({
      kind: 'district_reports',
      districtId: demo.district.id,
      year: 2030,
    });
    expect(listed.map((j) => j.id)).toEqual([second.id, first.id]);
    // Waiting: cancelled at once.
    await repos.requestJobCancel(second.id, at(7));
    expect(await repos.getJob(second.id)).toMatchObject({ status: 'cancelled', finishedAt: at(7) });
    // Ended jobs are forgotten after their time, their files with them.
    await repos.appendJobFileChunk(first.id, 0, new Uint8Array([1, 2, 3]));
    await repos.forgetJobsEndedBefore(at(8));
    expect(await repos.getJob(first.id)).toBeUndefined();
    expect(await repos.readJobFileChunk(first.id, 0)).toBeUndefined();
  });

  it('claims the oldest waiting job first, and a running one only once its process stopped beating', async () => {
    const repos = demo.repos;
    const later = await queue(repos, demo.district.id, 2031, 20);
    const earlier = await queue(repos, demo.district.id, 2032, 10);
    expect((await repos.claimJob('a', 30))!.id).toBe(earlier.id);
    expect((await repos.claimJob('b', 30))!.id).toBe(later.id);
    // Both run and beat: nothing to claim.
    expect(await repos.claimJob('c', 30)).toBeUndefined();
    // With a staleness of 0 s every running job counts as left behind: the oldest is claimed again.
    await new Promise((r) => setTimeout(r, 20));
    const again = await repos.claimJob('c', 0);
    expect(again).toMatchObject({ id: earlier.id, attempts: 2 });
    expect(await repos.beatJob(earlier.id, 'a')).toBeNull();
    // A process that stops hands its job back, uncounted.
    await repos.releaseJob(earlier.id, 'c');
    expect(await repos.getJob(earlier.id)).toMatchObject({ status: 'queued', attempts: 1 });
    for (const id of [earlier.id, later.id]) await repos.requestJobCancel(id, at(30));
  });
});

describeOnPostgres('claims made at once', (backend) => {
  let demo: SmallDemo;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
  });

  describe('eight processes asking for work while three jobs wait', () => {
    it('gives each job to exactly one of them', async () => {
      const ids = [];
      for (const year of [2040, 2041, 2042]) ids.push((await queue(demo.repos, demo.district.id, year)).id);
      const claims = await Promise.all(
        Array.from({ length: 8 }, (_, n) => demo.repos.claimJob(`process-${n}`, 30)),
      );
      const claimed = claims.filter((c) => c !== undefined);
      expect(claimed.map((c) => c.id).sort()).toEqual(ids.sort());
      expect(new Set(claimed.map((c) => (c as { claimedBy?: string }).claimedBy)).size).toBe(3);
    });
  });
});
