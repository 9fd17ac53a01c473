// Background jobs: queued, claimed by one process at a time (`FOR UPDATE SKIP LOCKED`), beaten on
// while they run, finished; and a finished job's file as numbered chunks. Queries only; what a job
// does and when it is claimed again is app/background-jobs.ts.
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { backgroundJobChunks, backgroundJobs } from '../schema.ts';

export type BackgroundJobRow = typeof backgroundJobs.$inferSelect;
type NewBackgroundJob = Pick<
  typeof backgroundJobs.$inferInsert,
  'id' | 'kind' | 'districtId' | 'year' | 'params' | 'progress' | 'startedBy' | 'createdAt'
>;

/** The job, while it runs for `worker`: what every write of a running job's process is bound to. */
const runningFor = (id: string, worker: string) =>
  and(eq(backgroundJobs.id, id), eq(backgroundJobs.claimedBy, worker), eq(backgroundJobs.status, 'running'));

/** Queues a job; false when one of its kind is already waiting or running for the district-year. */
export async function insertBackgroundJob(db: Db, job: NewBackgroundJob): Promise<boolean> {
  const rows = await db
    .insert(backgroundJobs)
    .values({ ...job, status: 'queued' })
    .onConflictDoNothing()
    .returning({ id: backgroundJobs.id });
  return rows.length === 1;
}

/**
 * Claims the oldest job that waits, or that runs in a process which has not beaten for `staleSeconds`
 * (killed, or cut off from the database): one statement, so two processes never claim the same job.
 */
export async function claimBackgroundJob(
  db: Db,
  worker: string,
  staleSeconds: number,
): Promise<BackgroundJobRow | undefined> {
  const claimed = await db.execute(sql`
    update background_jobs
       set status = 'running', claimed_by = ${worker}, heartbeat_at = now(),
           attempts = attempts + 1, filename = null
     where id = (
       select id from background_jobs
        where status = 'queued'
           or (status = 'running' and heartbeat_at < now() - make_interval(secs => ${staleSeconds}))
        order by created_at
        limit 1
        for update skip locked)
    returning id`);
  const id = (claimed as unknown as { rows: { id: string }[] }).rows[0]?.id;
  return id === undefined ? undefined : getBackgroundJob(db, id);
}

/**
 * Beats for a running job (and writes its progress, when given): whether a cancel was asked, or
 * null when the job is no longer this worker's (claimed again by another, or cancelled while queued).
 */
export async function beatBackgroundJob(
  db: Db,
  id: string,
  worker: string,
  progress?: unknown,
): Promise<{ cancelRequested: boolean } | null> {
  const [row] = await db
    .update(backgroundJobs)
    .set({
      heartbeatAt: sql`now()`,
      ...(progress === undefined ? {} : { progress }),
    })
    .where(runningFor(id, worker))
    .returning({ cancelRequested: backgroundJobs.cancelRequested });
  return row ?? null;
}

/** Ends a running job of this worker's; false when it is no longer this worker's. */
export async function finishBackgroundJob(
  db: Db,
  id: string,
  worker: string,
  end: {
    status: 'done' | 'cancelled' | 'failed';
    progress: unknown;
    finishedAt: Date;
    filename: string | null;
  },
): Promise<boolean> {
  const rows = await db
    .update(backgroundJobs)
    .set(end)
    .where(runningFor(id, worker))
    .returning({ id: backgroundJobs.id });
  return rows.length === 1;
}

/** Puts a running job of this worker's back in the queue (its process is stopping), uncounted. */
export async function releaseBackgroundJob(db: Db, id: string, worker: string): Promise<void> {
  await db
    .update(backgroundJobs)
    .set({
      status: 'queued',
      claimedBy: null,
      heartbeatAt: null,
      attempts: sql`greatest(${backgroundJobs.attempts} - 1, 0)`,
    })
    .where(runningFor(id, worker));
}

/** Asks a job to stop: one still waiting is cancelled at once, a running one by its process. */
export async function requestBackgroundJobCancel(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(backgroundJobs)
    .set({
      cancelRequested: true,
      status: sql`case when ${backgroundJobs.status} = 'queued' then 'cancelled' else ${backgroundJobs.status} end`,
      finishedAt: sql`case when ${backgroundJobs.status} = 'queued' then ${at.toISOString()}::timestamptz
                           else ${backgroundJobs.finishedAt} end`,
    })
    .where(eq(backgroundJobs.id, id));
}

export async function getBackgroundJob(db: Db, id: string): Promise<BackgroundJobRow | undefined> {
  const [row] = await db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
  return row;
}

/** A district-year's jobs of a kind, newest first. */
export async function listBackgroundJobs(
  db: Db,
  filter: { kind: BackgroundJobRow['kind']; districtId: number; year: number },
): Promise<BackgroundJobRow[]> {
  return db
    .select()
    .from(backgroundJobs)
    .where(
      and(
        eq(backgroundJobs.kind, filter.kind),
        eq(backgroundJobs.districtId, filter.districtId),
        eq(backgroundJobs.year, filter.year),
      ),
    )
    .orderBy(desc(backgroundJobs.createdAt), desc(backgroundJobs.id));
}

/** Forgets jobs that ended before `before`, their files with them. */
export async function deleteBackgroundJobsEndedBefore(db: Db, before: Date): Promise<void> {
  await db
    .delete(backgroundJobs)
    .where(
      and(
        inArray(backgroundJobs.status, ['done', 'cancelled', 'failed']),
        lt(backgroundJobs.finishedAt, before),
      ),
    );
}

export async function deleteBackgroundJobFile(db: Db, jobId: string): Promise<void> {
  await db.delete(backgroundJobChunks).where(eq(backgroundJobChunks.jobId, jobId));
}

export async function insertBackgroundJobChunk(db: Db, jobId: string, seq: number, bytes: Uint8Array) {
  await db.insert(backgroundJobChunks).values({ jobId, seq, bytes });
}

export async function getBackgroundJobChunk(
  db: Db,
  jobId: string,
  seq: number,
): Promise<Uint8Array | undefined> {
  const [row] = await db
    .select({ bytes: backgroundJobChunks.bytes })
    .from(backgroundJobChunks)
    .where(and(eq(backgroundJobChunks.jobId, jobId), eq(backgroundJobChunks.seq, seq)));
  return row?.bytes;
}
