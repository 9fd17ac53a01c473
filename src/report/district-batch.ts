// Every document of a district-year in one background job: the recap, the annual report of each
// Puskesmas and the feedback letters sent to it, written into one zip as they are made. The job
// reports its progress, can be cancelled between two documents, and carries on past a report that
// fails: the failure is listed (in the job and in GAGAL.txt inside the zip), the others are made.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { Stage } from '../domain/assessment/inputs.ts';
import type { Repositories } from '../app/ports.ts';
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

export type BatchStatus = 'running' | 'done' | 'cancelled' | 'failed';

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

/** A Puskesmas' documents ready to lay out, or why they cannot be made. */
type Prepared =
  { code: string; name: string; documents: { folder: string; document: NamedDocument }[] } | BatchFailure;

interface Job {
  progress: BatchProgress;
  cancelled: boolean;
  path: string;
  /** Settles when the job stops, however it stops. */
  stopped: Promise<void>;
}

export interface BatchOptions {
  /** Where the zips are written (a folder of their own: it is emptied on close). */
  dir: string;
  render: Renderer;
  clock?: () => Date;
  /** Finished jobs are forgotten (and their zips removed) after this long. */
  keepMs?: number;
}

function messageOf(error: unknown): BatchFailure['message'] {
  if (error instanceof AppError) return { id: error.localized('id'), en: error.localized('en') };
  const text = error instanceof Error ? error.message : String(error);
  return { id: `Kesalahan tak terduga: ${text}`, en: `Unexpected error: ${text}` };
}

export class DistrictReportBatches {
  readonly #jobs = new Map<string, Job>();
  readonly #options: Required<BatchOptions>;

  constructor(options: BatchOptions) {
    this.#options = { clock: () => new Date(), keepMs: 60 * 60_000, ...options };
  }

  /** Starts the job, or refuses while one of the same district-year is still running. */
  async start(
    repos: Repositories,
    input: {
      districtCode: string;
      year: number;
      stage: Stage | null;
      format: ReportFormat;
      startedBy: string;
    },
    onProgress?: (progress: BatchProgress) => void,
  ): Promise<BatchProgress> {
    this.#forgetOld();
    const district = await repos.findDistrict(input.districtCode);
    if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: input.districtCode }, { status: 404 });
    const running = [...this.#jobs.values()].find(
      (j) =>
        j.progress.status === 'running' &&
        j.progress.district.code === district.code &&
        j.progress.year === input.year,
    );
    if (running)
      throw new AppError(
        'REPORT_JOB_RUNNING',
        { district: district.name, year: input.year },
        { status: 409 },
      );
    const assessments = await repos.listYearAssessments(input.year, district.id);
    const id = randomUUID();
    await mkdir(this.#options.dir, { recursive: true });
    const progress: BatchProgress = {
      id,
      district: { code: district.code, name: district.name },
      year: input.year,
      stage: input.stage,
      format: input.format,
      status: 'running',
      total: assessments.length,
      done: 0,
      current: null,
      failed: [],
      startedBy: input.startedBy,
      startedAt: this.#options.clock().toISOString(),
      finishedAt: null,
      filename: null,
    };
    const job: Job = {
      progress,
      cancelled: false,
      path: join(this.#options.dir, `${id}.zip`),
      stopped: Promise.resolve(),
    };
    this.#jobs.set(id, job);
    job.stopped = this.#run(
      repos,
      job,
      assessments.map((a) => a.puskesmas.code),
      input.format,
      onProgress,
    );
    return { ...progress };
  }

  get(id: string): BatchProgress {
    const job = this.#jobs.get(id);
    if (!job) throw new AppError('REPORT_JOB_NOT_FOUND', { id }, { status: 404 });
    return { ...job.progress, failed: [...job.progress.failed] };
  }

  /** The district's jobs, newest first. */
  list(districtCode: string): BatchProgress[] {
    this.#forgetOld();
    return [...this.#jobs.values()]
      .filter((j) => j.progress.district.code === districtCode)
      .map((j) => ({ ...j.progress }))
      .reverse();
  }

  /** Stops the job after the document it is making; its zip is discarded. */
  async cancel(id: string): Promise<BatchProgress> {
    const job = this.#jobs.get(id);
    if (!job) throw new AppError('REPORT_JOB_NOT_FOUND', { id }, { status: 404 });
    job.cancelled = true;
    await job.stopped;
    return this.get(id);
  }

  /** Waits for the job to stop (tests, the CLI). */
  async settled(id: string): Promise<BatchProgress> {
    const job = this.#jobs.get(id);
    if (!job) throw new AppError('REPORT_JOB_NOT_FOUND', { id }, { status: 404 });
    await job.stopped;
    return this.get(id);
  }

  /** The finished zip's path and name. */
  download(id: string): { path: string; filename: string } {
    const progress = this.get(id);
    if (progress.status !== 'done' || !progress.filename)
      throw new AppError(
        'REPORT_JOB_NOT_DONE',
        { done: progress.done, total: progress.total },
        { status: 409 },
      );
    return { path: this.#jobs.get(id)!.path, filename: progress.filename };
  }

  async close(): Promise<void> {
    for (const job of this.#jobs.values()) job.cancelled = true;
    await Promise.all([...this.#jobs.values()].map((j) => j.stopped));
    this.#jobs.clear();
    await rm(this.#options.dir, { recursive: true, force: true });
  }

  async #run(
    repos: Repositories,
    job: Job,
    codes: string[],
    format: ReportFormat,
    onProgress?: (progress: BatchProgress) => void,
  ): Promise<void> {
    const { progress } = job;
    const { render, clock } = this.#options;
    const zip = new ZipFile();
    const output = createWriteStream(job.path);
    // A write error reaches `finished(output)` below on the way to a done zip. After a failure the
    // stream is destroyed while the zip may still be flushing into it: a listener keeps that late
    // ERR_STREAM_DESTROYED from becoming an uncaught exception that ends the whole server.
    output.on('error', () => undefined);
    zip.outputStream.pipe(output);
    // PDF pages and DOCX parts are compressed already: storing them costs no space and no CPU.
    const add = (bytes: Buffer, name: string) =>
      zip.addBuffer(bytes, name, { compress: false, mtime: clock() });
    const tell = () => onProgress?.({ ...progress, failed: [...progress.failed] });
    try {
      const now = clock();
      const stage = progress.stage;
      const [recap] = await renderNamed(
        [
          await recapNamedDocument(repos, {
            districtCode: progress.district.code,
            year: progress.year,
            stage: stage ?? 'current',
            now,
          }),
        ],
        format,
        render,
      );
      add(recap!.bytes, recap!.filename);
      tell();
      // One Puskesmas' documents are read from the database while the previous ones are laid out (in
      // the render worker, on the other core): the batch takes about the time of the layouts alone.
      let laying: Promise<void> = Promise.resolve();
      for (const code of codes) {
        if (job.cancelled) break;
        const prepared = await this.#prepare(repos, code, progress, now);
        await laying;
        if (job.cancelled) break;
        progress.current = 'puskesmas' in prepared ? prepared.puskesmas.name : prepared.name;
        tell();
        laying = this.#layOut(prepared, format, add).then((failure) => {
          if (failure) progress.failed.push(failure);
          progress.done += 1;
          tell();
        });
      }
      await laying;
      if (progress.failed.length > 0)
        add(
          Buffer.from(
            progress.failed
              .map((f) => `${f.puskesmas.code} ${f.puskesmas.name}: ${f.message.id}`)
              .join('\r\n') + '\r\n',
          ),
          'GAGAL.txt',
        );
      zip.end();
      await finished(output);
      if (job.cancelled) {
        progress.status = 'cancelled';
        await rm(job.path, { force: true });
      } else {
        progress.status = 'done';
        progress.filename = `${safeFileName('Laporan-PKP', progress.year, progress.district.code, progress.district.name)}.zip`;
      }
    } catch (error) {
      zip.outputStream.unpipe(output);
      zip.end();
      output.destroy();
      await rm(job.path, { force: true });
      progress.status = 'failed';
      progress.failed.push({
        puskesmas: { code: progress.district.code, name: progress.district.name },
        message: messageOf(error),
      });
    } finally {
      progress.current = null;
      progress.finishedAt = clock().toISOString();
      tell();
    }
  }

  /** A Puskesmas' report and letters as documents, or why they cannot be made. */
  async #prepare(
    repos: Repositories,
    code: string,
    progress: BatchProgress,
    now: Date,
  ): Promise<
    { code: string; name: string; documents: { folder: string; document: NamedDocument }[] } | BatchFailure
  > {
    const unit = await repos.findOrgUnit(code);
    const name = unit?.name ?? code;
    try {
      if (!unit) throw new AppError('PUSKESMAS_NOT_FOUND', { code }, { status: 404 });
      const year = progress.year;
      const report = await annualReportDocument(repos, {
        unit,
        year,
        ...(progress.stage ? { stage: progress.stage } : {}),
        now,
      });
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

  #forgetOld(): void {
    const now = this.#options.clock().getTime();
    for (const [id, job] of this.#jobs) {
      const ended = job.progress.finishedAt ? Date.parse(job.progress.finishedAt) : null;
      if (ended !== null && now - ended > this.#options.keepMs) {
        this.#jobs.delete(id);
        void rm(job.path, { force: true });
      }
    }
  }
}

/** The job's failures in the reader's language. */
export function failureWords(failure: BatchFailure, locale: Locale): string {
  return `${failure.puskesmas.code} ${failure.puskesmas.name}: ${failure.message[locale]}`;
}
