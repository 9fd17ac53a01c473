// The loop every server process runs for background jobs: claim the oldest waiting job (or one whose
// process stopped beating), hand it to its kind's handler, beat for it while it runs, and look again.
// Nothing about a job lives only in this process: a process that is killed leaves its job `running`
// with an old heartbeat, and another process (or this one, started again) claims it after
// `staleSeconds` and runs it from the start. A process that is stopping puts its job back in the queue.
import type { BackgroundJob, BackgroundJobsRepository, JobKind } from './job-ports.ts';

/** What a handler sees of the job it runs. */
export interface JobHandle {
  readonly job: BackgroundJob;
  /** The claim's owner, for the writes that must be this process' (`finishJob`). */
  readonly worker: string;
  /** Writes progress (a beat too). */
  report(progress: unknown): Promise<void>;
  /** A user asked to cancel. */
  cancelled(): boolean;
  /** This process is stopping: leave the job as it is (it goes back to the queue). */
  stopping(): boolean;
  /** Another process has claimed the job since (this one was thought dead): write nothing more. */
  lost(): boolean;
}

/** Runs one job to its end (`finishJob`), or returns early when the handle says stop. */
export type JobHandler = (handle: JobHandle) => Promise<void>;

export interface JobRunnerOptions {
  /** How often an idle process looks for waiting jobs. */
  pollMs?: number;
  /** A running job not beaten for this long is claimed again. */
  staleSeconds?: number;
  /** A job claimed this many times without ending (its processes died) ends as failed. */
  maxAttempts?: number;
  onError?: (error: unknown, job: BackgroundJob | null) => void;
  /** Who claims (host and process, for whoever reads the table); unique per runner. */
  worker?: string;
}

export class JobRunner {
  readonly worker: string;
  readonly #repos: BackgroundJobsRepository;
  readonly #handlers: Partial<Record<JobKind, JobHandler>>;
  readonly #options: Required<Omit<JobRunnerOptions, 'worker'>>;
  #stopping = false;
  #loop: Promise<void> | null = null;
  /** Poked since the loop last looked. */
  #pending = false;
  /** Polls while idle (`work`), instead of ending its loop when nothing waits. */
  #working = false;
  #wake: (() => void) | null = null;

  constructor(
    repos: BackgroundJobsRepository,
    handlers: Partial<Record<JobKind, JobHandler>>,
    options: JobRunnerOptions = {},
  ) {
    this.#repos = repos;
    this.#handlers = handlers;
    const { worker, ...rest } = options;
    this.worker = `${worker ?? 'pkp'}:${crypto.randomUUID().slice(0, 8)}`;
    this.#options = { pollMs: 2_000, staleSeconds: 30, maxAttempts: 3, onError: () => undefined, ...rest };
  }

  /** Looks for waiting jobs now (one was queued here) and until none is left. */
  poke(): void {
    if (this.#stopping) return;
    this.#pending = true;
    this.#loop ??= this.#run();
    this.#wake?.();
  }

  /** Looks for waiting jobs from now on, every `pollMs` (what a server does). */
  work(): void {
    this.#working = true;
    this.poke();
  }

  /** Stops claiming; a running job is put back in the queue once its handler returns. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    await this.#loop;
  }

  async #run(): Promise<void> {
    while (!this.#stopping) {
      this.#pending = false;
      let job: BackgroundJob | undefined;
      try {
        job = await this.#repos.claimJob(this.worker, this.#options.staleSeconds);
      } catch (error) {
        // The database is away: look again later.
        this.#options.onError(error, null);
      }
      if (job) await this.#runOne(job);
      else if (this.#working) await this.#idle();
      // Nothing waits and nobody queued one meanwhile: the loop ends until the next poke.
      else if (!this.#pending) break;
    }
    this.#loop = null;
  }

  #idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = null;
        resolve();
      };
      const timer = setTimeout(done, this.#options.pollMs);
      timer.unref();
      this.#wake = done;
    });
  }

  async #runOne(job: BackgroundJob): Promise<void> {
    const repos = this.#repos;
    const worker = this.worker;
    let cancelled = job.cancelRequested;
    let lost = false;
    const heard = (answer: { cancelRequested: boolean } | null) => {
      if (answer === null) lost = true;
      else cancelled ||= answer.cancelRequested;
    };
    const handle: JobHandle = {
      job,
      worker,
      async report(progress) {
        heard(await repos.beatJob(job.id, worker, progress));
      },
      cancelled: () => cancelled,
      stopping: () => this.#stopping,
      lost: () => lost,
    };
    // Three beats in the time after which a silent process' job is taken over.
    const beatMs = Math.min(5_000, (this.#options.staleSeconds * 1000) / 3);
    const beat = setInterval(() => {
      repos.beatJob(job.id, worker).then(heard, (error: unknown) => this.#options.onError(error, job));
    }, beatMs);
    try {
      const handler = this.#handlers[job.kind];
      if (!handler || job.attempts > this.#options.maxAttempts) {
        await repos.finishJob(job.id, worker, {
          status: 'failed',
          progress: job.progress,
          finishedAt: new Date(),
          filename: null,
        });
        return;
      }
      await handler(handle);
    } catch (error) {
      this.#options.onError(error, job);
    } finally {
      clearInterval(beat);
    }
    // A handler that returned without ending its job was told to stop: the job waits for a process.
    if (this.#stopping && !lost) await repos.releaseJob(job.id, worker).catch(() => undefined);
  }
}
