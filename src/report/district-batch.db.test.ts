// The district's documents as one background job: progress as it goes, a failing report listed and
// the others made, a cancel that stops it, one job per district-year at a time — and the render
// worker that the server lays documents out in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { yearKeyOf } from '../app/year-key.ts';
import { unitOfWork } from '../data/adapters/repositories.ts';
import type { Stage } from '../domain/assessment/inputs.ts';
import { DistrictReportBatches, type BatchOptions, type BatchProgress } from './district-batch.ts';
import { RenderPool } from './render-pool.ts';
import { annualReportDocument, renderInThread, type Renderer, type ReportFormat } from './report-files.ts';

const now = new Date('2024-02-10T03:00:00Z');

describeOnBackends('the district report batch', (backend) => {
  let demo: SmallDemo;
  let dir: string;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    dir = await mkdtemp(join(tmpdir(), 'pkp-batch-test-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const batchesWith = (render: Renderer, options: Partial<BatchOptions> = {}) =>
    new DistrictReportBatches({
      repos: demo.repos,
      uow: unitOfWork(backend.store),
      dir: join(dir, String(Math.random())),
      render,
      clock: () => now,
      ...options,
    });
  const input = (stage: Stage, format: ReportFormat) => ({
    districtCode: demo.district.code,
    year: DEMO_YEAR,
    stage,
    format,
    startedBy: 'test',
  });
  const slow: Renderer = async (doc, format) => {
    await new Promise((r) => setTimeout(r, 150));
    return renderInThread(doc, format);
  };
  const zipOf = async (batches: DistrictReportBatches, id: string) => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of (await batches.download(id)).read()) chunks.push(chunk);
    return JSZip.loadAsync(Buffer.concat(chunks));
  };

  it("makes the recap and each Puskesmas' report into one zip, reporting progress; a failing report is listed and the rest made", async () => {
    const batches = batchesWith(renderInThread);
    const seen: BatchProgress[] = [];
    // The verified figures: a Puskesmas-year that Dinkes has not verified cannot be reported at that stage.
    const job = await batches.start(input('verified', 'pdf'));
    expect(job).toMatchObject({ total: 3, done: 0 });
    expect(['queued', 'running']).toContain(job.status);
    const done = await batches.settled(job.id, (p) => seen.push(p));
    expect(done.status).toBe('done');
    expect(done.done).toBe(3);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    const unverified = [];
    for (const unit of demo.units) {
      const assessment = await demo.repos.findAssessment(unit.code, DEMO_YEAR);
      if (!assessment || !(await demo.repos.getResult(yearKeyOf(assessment), 'verified')))
        unverified.push(unit.code);
    }
    // The small demo has both: drafts (its officers' Puskesmas) and submitted, verified years.
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.length).toBeLessThan(3);
    expect(done.failed.map((f) => f.puskesmas.code).sort()).toEqual(unverified.sort());
    for (const f of done.failed) expect(f.message.id).toMatch(/Belum ada hasil verifikasi/);

    const { filename, bytes } = await batches.download(job.id);
    expect(filename).toMatch(/^Laporan-PKP_2023_3318_.*\.zip$/);
    const zip = await zipOf(batches, job.id);
    expect(bytes).toBeGreaterThan(0);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.startsWith('Rekap-PKP_2023'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('Laporan/'))).toHaveLength(3 - unverified.length);
    expect(await zip.file('GAGAL.txt')!.async('string')).toContain(unverified[0]!);
    const first = names.find((n) => n.startsWith('Laporan/'))!;
    expect((await zip.file(first)!.async('nodebuffer')).subarray(0, 5).toString()).toBe('%PDF-');
    // The district-year's list has it, newest first.
    expect((await batches.list(demo.district.id, DEMO_YEAR))[0]).toMatchObject({
      id: job.id,
      status: 'done',
    });
    await batches.close();
  });

  it('stops when cancelled, keeps no zip, and refuses a second job of the district-year while one waits or runs', async () => {
    const batches = batchesWith(slow);
    const job = await batches.start(input('self', 'docx'));
    await expect(batches.start(input('self', 'docx'))).rejects.toMatchObject({
      code: 'REPORT_JOB_RUNNING',
      status: 409,
    });
    const cancelled = await batches.cancel(job.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(3);
    await expect(batches.download(job.id)).rejects.toMatchObject({ code: 'REPORT_JOB_NOT_DONE' });
    expect(await demo.repos.readJobFileChunk(job.id, 0)).toBeUndefined();
    // Once it stopped, the district can start again.
    const again = await batches.start(input('self', 'docx'));
    expect((await batches.cancel(again.id)).status).toBe('cancelled');
    await batches.close();
  });

  it('ends as failed, nothing thrown past it, when the database goes away mid-job', async () => {
    // The recap is written into the zip, then the next read fails as a closed store's would.
    const gone = {
      ...demo.repos,
      findOrgUnit: () => Promise.reject(new Error('Connection terminated')),
    } as typeof demo.repos;
    const batches = batchesWith(renderInThread, { repos: gone });
    const job = await batches.start(input('self', 'docx'));
    const ended = await batches.settled(job.id);
    expect(ended.status).toBe('failed');
    expect(ended.failed).toMatchObject([{ puskesmas: { code: demo.district.code } }]);
    expect(await demo.repos.readJobFileChunk(job.id, 0)).toBeUndefined();
    // A late write into the destroyed file would surface here, as an unhandled error of this file.
    await new Promise((r) => setTimeout(r, 200));
    await batches.close();
  });

  it('is made by another process when the one making it dies, and handed over when that one stops', async () => {
    // A job claimed by a process that then died: it never beats again.
    const id = crypto.randomUUID();
    await demo.repos.queueJob({
      id,
      kind: 'district_reports',
      districtId: demo.district.id,
      year: DEMO_YEAR - 1,
      params: {
        district: { code: demo.district.code, name: demo.district.name },
        stage: null,
        format: 'docx',
      },
      progress: { total: 0, done: 0, current: null, failed: [] },
      startedBy: 'test',
      createdAt: now,
    });
    expect(await demo.repos.claimJob('dead-process', 1)).toMatchObject({ id, status: 'running' });
    const survivor = batchesWith(renderInThread, { runner: { staleSeconds: 1, pollMs: 100 } });
    survivor.work();
    const done = await survivor.settled(id);
    expect(done.status).toBe('done');
    expect((await demo.repos.getJob(id))!.attempts).toBe(2);
    // The dead process' late word changes nothing: the job is not its own any more.
    expect(
      await demo.repos.finishJob(id, 'dead-process', {
        status: 'failed',
        progress: {},
        finishedAt: now,
        filename: null,
      }),
    ).toBe(false);
    await survivor.close();

    // A process told to stop puts the job it makes back in the queue; the next one makes it.
    const stopping = batchesWith(slow);
    const job = await stopping.start(input('self', 'docx'));
    for (let p = await stopping.get(job.id); p.done < 1; p = await stopping.get(job.id))
      await new Promise((r) => setTimeout(r, 50));
    await stopping.close();
    expect((await demo.repos.getJob(job.id))?.status).toBe('queued');
    const next = batchesWith(renderInThread);
    next.work();
    expect(await next.settled(job.id)).toMatchObject({ status: 'done', done: 3 });
    await next.close();
  });

  it('lays documents out in the render worker as in the main thread', async () => {
    const pool = new RenderPool();
    try {
      const { doc } = await annualReportDocument(demo.repos, {
        unit: demo.units[0]!,
        year: DEMO_YEAR,
        stage: 'self',
        now,
      });
      const [pdf, docx] = await Promise.all([pool.render(doc, 'pdf'), pool.render(doc, 'docx')]);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(docx.subarray(0, 2).toString()).toBe('PK');
    } finally {
      await pool.close();
    }
  });
});
