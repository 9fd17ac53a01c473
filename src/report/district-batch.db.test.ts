// The district's documents as one background job: progress as it goes, a failing report listed and
// the others made, a cancel that stops it, one job per district-year at a time — and the render
// worker that the server lays documents out in.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { DistrictReportBatches, type BatchProgress } from './district-batch.ts';
import { RenderPool } from './render-pool.ts';
import { annualReportDocument, renderInThread, type Renderer } from './report-files.ts';

const now = new Date('2024-02-10T03:00:00Z');

describeOnBackends('the district report batch', (backend) => {
  let demo: SmallDemo;
  let dir: string;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    dir = await mkdtemp(join(tmpdir(), 'pkp-batch-test-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const batchesWith = (render: Renderer) =>
    new DistrictReportBatches({ dir: join(dir, String(Math.random())), render, clock: () => now });

  it("makes the recap and each Puskesmas' report into one zip, reporting progress; a failing report is listed and the rest made", async () => {
    const batches = batchesWith(renderInThread);
    const seen: BatchProgress[] = [];
    // The verified figures: a Puskesmas-year that Dinkes has not verified cannot be reported at that stage.
    const job = await batches.start(
      demo.repos,
      {
        districtCode: demo.district.code,
        year: DEMO_YEAR,
        stage: 'verified',
        format: 'pdf',
        startedBy: 'test',
      },
      (p) => seen.push(p),
    );
    expect(job).toMatchObject({ status: 'running', total: 3, done: 0 });
    const done = await batches.settled(job.id);
    expect(done.status).toBe('done');
    expect(done.done).toBe(3);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    const unverified = [];
    for (const unit of demo.units) {
      const assessment = await demo.repos.findAssessment(unit.code, DEMO_YEAR);
      if (!assessment || !(await demo.repos.getResult(assessment.id, 'verified'))) unverified.push(unit.code);
    }
    // The small demo has both: drafts (its officers' Puskesmas) and submitted, verified years.
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.length).toBeLessThan(3);
    expect(done.failed.map((f) => f.puskesmas.code).sort()).toEqual(unverified.sort());
    for (const f of done.failed) expect(f.message.id).toMatch(/Belum ada hasil verifikasi/);

    const { path, filename } = batches.download(job.id);
    expect(filename).toMatch(/^Laporan-PKP_2023_3318_.*\.zip$/);
    const zip = await JSZip.loadAsync(await readFile(path));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.startsWith('Rekap-PKP_2023'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('Laporan/'))).toHaveLength(3 - unverified.length);
    expect(await zip.file('GAGAL.txt')!.async('string')).toContain(unverified[0]!);
    const first = names.find((n) => n.startsWith('Laporan/'))!;
    expect((await zip.file(first)!.async('nodebuffer')).subarray(0, 5).toString()).toBe('%PDF-');
    await batches.close();
  });

  it('stops when cancelled, discards its zip, and refuses a second job of the district-year while one runs', async () => {
    const slow: Renderer = async (doc, format) => {
      await new Promise((r) => setTimeout(r, 150));
      return renderInThread(doc, format);
    };
    const batches = batchesWith(slow);
    const input = {
      districtCode: demo.district.code,
      year: DEMO_YEAR,
      stage: 'self' as const,
      format: 'docx' as const,
      startedBy: 'test',
    };
    const job = await batches.start(demo.repos, input);
    await expect(batches.start(demo.repos, input)).rejects.toMatchObject({
      code: 'REPORT_JOB_RUNNING',
      status: 409,
    });
    const cancelled = await batches.cancel(job.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(3);
    expect(() => batches.download(job.id)).toThrow(expect.objectContaining({ code: 'REPORT_JOB_NOT_DONE' }));
    await expect(stat(join(dir, `${job.id}.zip`))).rejects.toThrow();
    // Once it stopped, the district can start again.
    const again = await batches.start(demo.repos, input);
    expect((await batches.cancel(again.id)).status).toBe('cancelled');
    await batches.close();
  });

  it('ends as failed, its zip removed and nothing thrown past it, when the database goes away mid-job', async () => {
    const batches = batchesWith(renderInThread);
    // The recap is written into the zip, then the next read fails as a closed store's would.
    const gone = {
      ...demo.repos,
      findOrgUnit: () => Promise.reject(new Error('Connection terminated')),
    } as typeof demo.repos;
    const job = await batches.start(gone, {
      districtCode: demo.district.code,
      year: DEMO_YEAR,
      stage: 'self',
      format: 'docx',
      startedBy: 'test',
    });
    const ended = await batches.settled(job.id);
    expect(ended.status).toBe('failed');
    expect(ended.failed).toMatchObject([{ puskesmas: { code: demo.district.code } }]);
    await expect(stat(join(dir, `${job.id}.zip`))).rejects.toThrow();
    // A late write into the destroyed file would surface here, as an unhandled error of this file.
    await new Promise((r) => setTimeout(r, 200));
    await batches.close();
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
