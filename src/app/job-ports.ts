// Background jobs as the use cases see them: queued by a request, claimed by whichever server process
// is free, beaten on while they run (so that a process that dies leaves its job to another), ended
// with a file kept in the database. src/data implements it over the background_jobs table.

export const JOB_KINDS = ['district_reports'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export type JobStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'failed';

export interface BackgroundJob {
  id: string;
  kind: JobKind;
  districtId: number;
  year: number;
  /** What was asked (the kind's own shape). */
  params: unknown;
  status: JobStatus;
  /** How far it got (the kind's own shape). */
  progress: unknown;
  startedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  /** The finished job's file name; its bytes are read with `readJobFileChunk`. */
  filename: string | null;
  cancelRequested: boolean;
  /** How many times a process has claimed it (a process killed mid-job leaves it to the next). */
  attempts: number;
}

export interface JobEnd {
  status: 'done' | 'cancelled' | 'failed';
  progress: unknown;
  finishedAt: Date;
  filename: string | null;
}

export interface BackgroundJobsRepository {
  /** False when a job of the kind already waits or runs for the district-year. */
  queueJob(
    job: Pick<
      BackgroundJob,
      'id' | 'kind' | 'districtId' | 'year' | 'params' | 'progress' | 'startedBy' | 'createdAt'
    >,
  ): Promise<boolean>;
  /** The oldest waiting job, or a running one whose process stopped beating `staleSeconds` ago. */
  claimJob(worker: string, staleSeconds: number): Promise<BackgroundJob | undefined>;
  /** Beats (and writes progress): whether a cancel was asked; null when the job is no longer `worker`'s. */
  beatJob(id: string, worker: string, progress?: unknown): Promise<{ cancelRequested: boolean } | null>;
  /** False when the job is no longer `worker`'s. */
  finishJob(id: string, worker: string, end: JobEnd): Promise<boolean>;
  /** Back to the queue, uncounted: its process is stopping. */
  releaseJob(id: string, worker: string): Promise<void>;
  requestJobCancel(id: string, at: Date): Promise<void>;
  getJob(id: string): Promise<BackgroundJob | undefined>;
  listJobs(filter: { kind: JobKind; districtId: number; year: number }): Promise<BackgroundJob[]>;
  forgetJobsEndedBefore(at: Date): Promise<void>;
  removeJobFile(id: string): Promise<void>;
  appendJobFileChunk(id: string, seq: number, bytes: Uint8Array): Promise<void>;
  readJobFileChunk(id: string, seq: number): Promise<Uint8Array | undefined>;
}
