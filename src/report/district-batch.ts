// Every document of a district-year in one background job: the recap, the annual report of each
// Puskesmas and the feedback letters sent to it, written into one zip as they are made. The job is a
// row of background_jobs (app/job-runner.ts): queued by whichever server process was asked, made by
// whichever is free, its progress in the row, its zip kept in the database, so that any process can
// answer for it and a process killed mid-job leaves it to another. It can be cancelled between two
// documents, and carries on past a report that fails: the failure is listed (in the job and in
// GAGAL.txt inside the zip), the others are made.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { Stage } from '../domain/assessment/inputs.ts';
import type { BackgroundJob } from '../app/job-ports.ts';
import { JobRunner, type JobHandle, type JobRunnerOptions } from '../app/job-runner.ts';
import type { Repositories, UnitOfWork } from '../app/ports.ts';
import { AppError } from '../shared/errors.ts';
import type { Locale } from '../shared/messages/index.ts';
import {
  annualReportDocument,
  feedbackLetterDocuments,
  recapNamedDocument,
  renderNamed,
  safeFileName,
  type NamedDocument,
  type Renderer,
  type ReportFormat,
} from './report-files.ts';
export type BatchStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'failed';

export interface BatchFailure {
  puskesmas: { code: string; name: string };
  message: { id: string; en: string };
}

export interface BatchProgress {
  id: string;
  district: { code: string; name: string };
  year: number;
  /** The figures every report prints; absent: each Puskesmas-year's current figures. */
  stage: Stage | null;
  format: ReportFormat;
  status: BatchStatus;
  /** Puskesmas reports to make, and made (failed ones count as made). */
  total: number;
  done: number;
  /** The Puskesmas being made now. */
  current: string | null;
  failed: BatchFailure[];
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  /** The zip's file name once the job is done. */
  filename: string | null;
}

/** What the job row keeps: what was asked, and how far it got. */
interface BatchParams {
  district: { code: string; name: string };
  stage: Stage | null;
  format: ReportFormat;
}
interface BatchCounts {
  total: number;
  done: number;
  current: string | null;
  failed: BatchFailure[];
  /** The finished zip's size. */
  bytes?: number;
}

/** A Puskesmas' documents ready to lay out, or why they cannot be made. */
type Prepared =
  { code: string; name: string; documents: { folder: string; document: NamedDocument }[] } | BatchFailure;

export interface BatchOptions {
  /** Reads outside a transaction. */
  repos: Repositories;
  /** The finished zip and its job's end, one transaction. */
  uow: UnitOfWork;
  /** Where zips are built before they go into the database (a folder of its own: removed on close). */
  dir: string;
  render: Renderer;
  clock?: () => Date;
  /** Finished jobs are forgotten (and their zips removed) after this long. */
  keepMs?: number;
  runner?: JobRunnerOptions;
}

/** The zip is kept in chunks of this size: big enough for few rows, small enough to stream. */
const CHUNK_BYTES = 1024 * 1024;
/** How often `settled` and `cancel` read the job again. */
const WATCH_MS = 100;
/** How long `cancel` waits for the process making the job to stop it. */
const CANCEL_WAIT_MS = 30_000;

const ENDED: readonly BatchStatus[] = ['done', 'cancelled', 'failed'];

function messageOf(error: unknown): BatchFailure['message'] {
  if (error instanceof AppError) return { id: error.localized('id'), en: error.localized('en') };
  const text = error instanceof Error ? error.message : String(error);
  return { id: `Kesalahan tak terduga: ${text}`, en: `Unexpected error: ${text}` };
}

function progressOf(job: BackgroundJob): BatchProgress {
  const params = job.params as BatchParams;
  const counts = job.progress as BatchCounts;
  return {
    id: job.id,
    district: params.district,
    year: job.year,
    stage: params.stage,
    format: params.format,
    status: job.status,
    total: counts.total,
    done: counts.done,
    current: job.status === 'running' ? counts.current : null,
    failed: counts.failed,
    startedBy: job.startedBy,
    startedAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    filename: job.filename,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DistrictReportBatches {
  readonly #options: Required<Omit<BatchOptions, 'runner'>>;
  readonly #runner: JobRunner;

  constructor(options: BatchOptions) {
    const { runner, ...rest } = options;
    this.#options = { clock: () => new Date(), keepMs: 60 * 60_000, ...rest };
    this.#runner = new JobRunner(
      options.repos,
      { district_reports: (handle) => this.#run(handle) },
      { worker: `${hostname()}:${process.pid}`, ...runner },
    );
  }

  /** From now on this process takes up waiting jobs, and those whose process died (a server does). */
  work(): void {
    this.#runner.work();
  }

  /** Queues the job (this process looks for it at once), or refuses while one of the district-year waits or runs. */
  async start(input: {
    districtCode: string;
    year: number;
    stage: Stage | null;
    format: ReportFormat;
    startedBy: string;
  }): Promise<BatchProgress> {
    const { repos, clock } = this.#options;
    await this.#forgetOld();
    const district = await repos.findDistrict(input.districtCode);
    if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: input.districtCode }, { status: 404 });
    const assessments = await repos.listYearAssessments(input.year, district.id);
    const id = crypto.randomUUID();
    const params: BatchParams = {
      district: { code: district.code, name: district.name },
      stage: input.stage,
      format: input.format,
    };
    const counts: BatchCounts = { total: assessments.length, done: 0, current: null, failed: [] };
    const queued = await repos.queueJob({
      id,
      kind: 'district_reports',
      districtId: district.id,
      year: input.year,
      params,
      progress: counts,
      startedBy: input.startedBy,
      createdAt: clock(),
    });
    if (!queued)
      throw new AppError(
        'REPORT_JOB_RUNNING',
        { district: district.name, year: input.year },
        { status: 409 },
      );
    this.#runner.poke();
    return this.get(id);
  }

  async get(id: string): Promise<BatchProgress> {
    const job = await this.#options.repos.getJob(id);
    if (!job || job.kind !== 'district_reports')
      throw new AppError('REPORT_JOB_NOT_FOUND', { id }, { status: 404 });
    return progressOf(job);
  }

  /** The district-year's jobs, newest first. */
  async list(districtId: number, year: number): Promise<BatchProgress[]> {
    await this.#forgetOld();
    const jobs = await this.#options.repos.listJobs({ kind: 'district_reports', districtId, year });
    return jobs.map(progressOf);
  }

  /**
   * Asks the job to stop after the document it is making, and waits (a while) until it has: a job
   * still waiting stops at once. Its zip is discarded.
   */
  async cancel(id: string): Promise<BatchProgress> {
    await this.get(id);
    await this.#options.repos.requestJobCancel(id, this.#options.clock());
    const end = Date.now() + CANCEL_WAIT_MS;
    let job = await this.get(id);
    while (!ENDED.includes(job.status) && Date.now() < end) {
      await sleep(WATCH_MS);
      job = await this.get(id);
    }
    return job;
  }

  /** Waits for the job to end, telling each step it sees (tests, the CLI). */
  async settled(id: string, onProgress?: (progress: BatchProgress) => void): Promise<BatchProgress> {
    let seen = -1;
    for (;;) {
      const job = await this.get(id);
      if (job.done !== seen || ENDED.includes(job.status)) onProgress?.(job);
      seen = job.done;
      if (ENDED.includes(job.status)) return job;
      await sleep(WATCH_MS);
    }
  }

  /** The finished zip: its name, size and bytes, read from the database a chunk at a time. */
  async download(
    id: string,
  ): Promise<{ filename: string; bytes: number; read(): AsyncIterable<Uint8Array> }> {
    const job = await this.#options.repos.getJob(id);
    if (!job) throw new AppError('REPORT_JOB_NOT_FOUND', { id }, { status: 404 });
    const progress = progressOf(job);
    if (progress.status !== 'done' || !progress.filename)
      throw new AppError(
        'REPORT_JOB_NOT_DONE',
        { done: progress.done, total: progress.total },
        { status: 409 },
      );
    const repos = this.#options.repos;
    return {
      filename: progress.filename,
      bytes: (job.progress as BatchCounts).bytes ?? 0,
      async *read() {
        for (let seq = 0; ; seq += 1) {
          const chunk = await repos.readJobFileChunk(id, seq);
          if (!chunk) return;
          yield chunk;
        }
      },
    };
  }

  /** Stops making jobs: one being made goes back to the queue, for another process or the next start. */
  async close(): Promise<void> {
    await this.#runner.stop();
    await rm(this.#options.dir, { recursive: true, force: true });
  }

  /** Jobs that ended more than `keepMs` ago are forgotten, their zips with them. */
  #forgetOld(): Promise<void> {
    const { repos, clock, keepMs } = this.#options;
    return repos.forgetJobsEndedBefore(new Date(clock().getTime() - keepMs));
  }

  /** Makes one claimed job from its start: a job claimed again after its process died starts over. */
  async #run(handle: JobHandle): Promise<void> {
    const { repos, render, clock, dir } = this.#options;
    const { job, worker } = handle;
    const params = job.params as BatchParams;
    const codes = (await repos.listYearAssessments(job.year, job.districtId)).map((a) => a.puskesmas.code);
    const counts: BatchCounts = { total: codes.length, done: 0, current: null, failed: [] };
    const end = (status: 'done' | 'cancelled' | 'failed', filename: string | null = null) =>
      repos.finishJob(job.id, worker, { status, progress: counts, finishedAt: clock(), filename });
    if (handle.cancelled()) {
      await end('cancelled');
      return;
    }
    await handle.report(counts);

    await mkdir(dir, { recursive: true });
    const path = join(dir, `${job.id}-${crypto.randomUUID()}.zip`);
    const zip = new ZipFile();
    const output = createWriteStream(path);
    // A write error reaches `finished(output)` below on the way to a done zip. After a failure the
    // stream is destroyed while the zip may still be flushing into it: a listener keeps that late
    // ERR_STREAM_DESTROYED from becoming an uncaught exception that ends the whole server.
    output.on('error', () => undefined);
    zip.outputStream.pipe(output);
    // PDF pages and DOCX parts are compressed already: storing them costs no space and no CPU.
    const add = (bytes: Buffer, name: string) =>
      zip.addBuffer(bytes, name, { compress: false, mtime: clock() });
    const goOn = () => !handle.cancelled() && !handle.stopping() && !handle.lost();
    try {
      const now = clock();
      const [recap] = await renderNamed(
        [
          await recapNamedDocument(repos, {
            districtCode: params.district.code,
            year: job.year,
            stage: params.stage ?? 'current',
            now,
          }),
        ],
        params.format,
        render,
      );
      add(recap!.bytes, recap!.filename);
      // One Puskesmas' documents are read from the database while the previous ones are laid out (in
      // the render worker, on the other core): the batch takes about the time of the layouts alone.
      let laying: Promise<void> = Promise.resolve();
      for (const code of codes) {
        if (!goOn()) break;
        const prepared = await this.#prepare(code, job.year, params.stage, now);
        await laying;
        if (!goOn()) break;
        counts.current = 'puskesmas' in prepared ? prepared.puskesmas.name : prepared.name;
        await handle.report(counts);
        laying = this.#layOut(prepared, params.format, add).then((failure) => {
          if (failure) counts.failed.push(failure);
          counts.done += 1;
        });
      }
      await laying;
      if (counts.failed.length > 0)
        add(
          Buffer.from(
            counts.failed
              .map((f) => `${f.puskesmas.code} ${f.puskesmas.name}: ${f.message.id}`)
              .join('\r\n') + '\r\n',
          ),
          'GAGAL.txt',
        );
      zip.end();
      await finished(output);
      counts.current = null;
      // Stopping or taken over: the job is left as it is (back to the queue, or the other's).
      if (handle.stopping() || handle.lost()) return;
      if (handle.cancelled()) {
        await end('cancelled');
        return;
      }
      const filename = `${safeFileName('Laporan-PKP', job.year, params.district.code, params.district.name)}.zip`;
      await this.#options.uow(async (tx) => {
        // The beat locks the job's row and proves it is still this process': a process thought dead
        // that wakes up now waits here, then finds the job another's and writes nothing.
        if ((await tx.beatJob(job.id, worker)) === null) return;
        await tx.removeJobFile(job.id);
        let seq = 0;
        counts.bytes = 0;
        for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
          await tx.appendJobFileChunk(job.id, seq++, chunk as Buffer);
          counts.bytes += (chunk as Buffer).length;
        }
        await tx.finishJob(job.id, worker, {
          status: 'done',
          progress: counts,
          finishedAt: clock(),
          filename,
        });
      });
    } catch (error) {
      zip.outputStream.unpipe(output);
      zip.end();
      output.destroy();
      counts.current = null;
      counts.failed.push({ puskesmas: params.district, message: messageOf(error) });
      await end('failed');
    } finally {
      await rm(path, { force: true });
    }
  }

  /** A Puskesmas' report and letters as documents, or why they cannot be made. */
  async #prepare(code: string, year: number, stage: Stage | null, now: Date): Promise<Prepared> {
    const { repos } = this.#options;
    const unit = await repos.findOrgUnit(code);
    const name = unit?.name ?? code;
    try {
      if (!unit) throw new AppError('PUSKESMAS_NOT_FOUND', { code }, { status: 404 });
      const report = await annualReportDocument(repos, { unit, year, ...(stage ? { stage } : {}), now });
      const letters = await feedbackLetterDocuments(repos, { unit, year, now });
      return {
        code,
        name,
        documents: [
          { folder: 'Laporan', document: report },
          ...letters.map((document) => ({ folder: 'Umpan-balik', document })),
        ],
      };
    } catch (error) {
      return { puskesmas: { code, name }, message: messageOf(error) };
    }
  }

  /** Lays the documents out into the zip; a failure is returned, not thrown (the others go on). */
  async #layOut(
    prepared: Prepared,
    format: ReportFormat,
    add: (bytes: Buffer, name: string) => void,
  ): Promise<BatchFailure | null> {
    if ('puskesmas' in prepared) return prepared;
    try {
      for (const { folder, document } of prepared.documents) {
        const [file] = await renderNamed([document], format, this.#options.render);
        add(file!.bytes, `${folder}/${file!.filename}`);
      }
      return null;
    } catch (error) {
      return { puskesmas: { code: prepared.code, name: prepared.name }, message: messageOf(error) };
    }
  }
}

/** The job's failures in the reader's language. */
export function failureWords(failure: BatchFailure, locale: Locale): string {
  return `${failure.puskesmas.code} ${failure.puskesmas.name}: ${failure.message[locale]}`;
}
