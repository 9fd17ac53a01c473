// The annual report on PGlite: one Puskesmas-year's report as PDF and DOCX (the first in a process
// and the following ones), and the district's batch of a 67-Puskesmas district (every report and the
// recap into one zip), laid out in the main thread and in the render worker the server uses. Prints
// figures; asserts nothing.
//
//   node bin/run-ts.js bench/report.bench.ts [--puskesmas 67] [--runs 5]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rescoreDistrictYear } from '../src/app/recompute.ts';
import { loadDemoPlan } from '../src/data/adapters/demo-loader.ts';
import { storeRepositories, unitOfWork } from '../src/data/adapters/repositories.ts';
import { openDb } from '../src/data/db.ts';
import { BUILT_IN_CATALOGS } from '../src/domain/catalog/builtin.ts';
import { DistrictReportBatches } from '../src/report/district-batch.ts';
import { RenderPool } from '../src/report/render-pool.ts';
import { annualReportFile, renderInThread, type Renderer } from '../src/report/report-files.ts';
import { planLargeDistrict } from './district-plan.ts';
import { rssMiB, summarize, timed } from './stats.ts';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    puskesmas: { type: 'string', default: '67' },
    runs: { type: 'string', default: '5' },
  },
});
const puskesmasCount = Number(values.puskesmas);
const runs = Number(values.runs);
const catalog = BUILT_IN_CATALOGS.get(2023)!;
const plan = planLargeDistrict(catalog, puskesmasCount);
const now = new Date(`${plan.year + 1}-02-01T03:00:00Z`);

const dir = await mkdtemp(join(tmpdir(), 'pkp-bench-report-'));
const store = await openDb({ dataDir: join(dir, 'data') });
const pool = new RenderPool();
try {
  console.error(`loading ${puskesmasCount} Puskesmas…`);
  await loadDemoPlan(store, plan, {
    afterDistrict: rescoreDistrictYear,
  });
  const repos = storeRepositories(store);
  const uow = unitOfWork(store);
  const unit = (await repos.findOrgUnit(plan.puskesmas[0]!.puskesmas.code))!;

  const one = async (format: 'pdf' | 'docx') => {
    const { ms, value } = await timed(() =>
      annualReportFile(repos, { unit, year: plan.year, stage: 'self', format, now }),
    );
    return { ms, bytes: value.bytes.length };
  };
  const firstPdf = await one('pdf');
  const pdf: number[] = [];
  const docx: number[] = [];
  let sizes = { pdf: firstPdf.bytes, docx: 0 };
  for (let i = 0; i < runs; i++) {
    const p = await one('pdf');
    const d = await one('docx');
    pdf.push(p.ms);
    docx.push(d.ms);
    sizes = { pdf: p.bytes, docx: d.bytes };
  }

  const batch = async (render: Renderer) => {
    const batches = new DistrictReportBatches({
      repos,
      uow,
      dir: join(dir, `zips-${Math.random()}`),
      render,
    });
    const { ms, value } = await timed(async () => {
      const job = await batches.start({
        districtCode: plan.district.code,
        year: plan.year,
        stage: 'self',
        format: 'pdf',
        startedBy: 'bench',
      });
      return batches.settled(job.id);
    });
    const zip = value.status === 'done' ? (await batches.download(value.id)).bytes : 0;
    await batches.close();
    return { ms, status: value.status, done: value.done, failed: value.failed.length, zipMiB: zip / 2 ** 20 };
  };
  const inThread = await batch(renderInThread);
  const inWorker = await batch(pool.render);

  const figures = {
    puskesmas: puskesmasCount,
    report: {
      firstPdfMs: Math.round(firstPdf.ms),
      pdf: summarize(pdf),
      docx: summarize(docx),
      pdfKiB: Math.round(sizes.pdf / 1024),
      docxKiB: Math.round(sizes.docx / 1024),
    },
    batch: { inThread, inWorker, perReportMs: Math.round(inWorker.ms / puskesmasCount) },
    rssMiB: rssMiB(),
  };
  console.log(JSON.stringify(figures, null, 2));
  console.error(
    `one report: first PDF ${figures.report.firstPdfMs} ms, then PDF p50 ${Math.round(figures.report.pdf.p50)} ms, DOCX p50 ${Math.round(figures.report.docx.p50)} ms; ` +
      `batch of ${puskesmasCount}: ${(inThread.ms / 1000).toFixed(1)} s in the main thread, ${(inWorker.ms / 1000).toFixed(1)} s with the render worker`,
  );
} finally {
  await pool.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
