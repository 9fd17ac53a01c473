// The documents: a Puskesmas-year's annual report (PDF, DOCX), the district recap, the district's
// batch of every document with its progress, and the report's editable texts.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { listReportTextViews } from '../../app/report/report-texts.ts';
import { hasPermission } from '../../domain/access/roles.ts';
import { saveDistrictReportText, savePuskesmasReportText } from '../../app/report/report-texts.service.ts';
import {
  annualReportDocument,
  annualReportFile,
  recapFile,
  REPORT_MIME,
  type DocumentFile,
} from '../../report/report-files.ts';
import { ReportDocument } from '../../shared/report-document.ts';
import { DistrictYearParams, PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import {
  BatchBody,
  BatchListView,
  BatchProgressView,
  DistrictTextParams,
  JobParams,
  PuskesmasTextParams,
  RecapDocumentQuery,
  ReportQuery,
  ReportTextBody,
  ReportTextsView,
} from '../../shared/api/reports.schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../context.ts';
import { reportServicesOf } from '../report-services.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const puskesmas = { param: 'code', level: 'puskesmas' } as const;
const district = { param: 'code', level: 'district' } as const;
const binary = (mime: string) => ({ [mime]: { schema: { type: 'string' as const, format: 'binary' } } });
const documentContent = { ...binary(REPORT_MIME.pdf), ...binary(REPORT_MIME.docx) };

const report = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/report',
  summary: 'The annual report (Bab I–VII and appendices) as PDF or DOCX, at the stage asked',
  tags: ['reports'],
  // It prints the Puskesmas' inputs (targets, achievements, problems), not only its results.
  access: { permission: 'entries:read', unit: puskesmas },
  request: { params: PuskesmasYearParams, query: ReportQuery },
  responses: {
    200: { description: 'The report', content: documentContent },
    404: jsonContent(ErrorBody, 'ASSESSMENT_NOT_FOUND, RESULT_NOT_FOUND, REPORT_NOT_VERIFIED'),
  },
});

const reportDocument = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/report/document',
  summary: 'The annual report as its document model (what the PDF and DOCX print), for the preview on screen',
  tags: ['reports'],
  access: { permission: 'entries:read', unit: puskesmas },
  request: { params: PuskesmasYearParams, query: ReportQuery.pick({ stage: true }) },
  responses: {
    200: jsonContent(ReportDocument, 'The document'),
    404: jsonContent(ErrorBody, 'ASSESSMENT_NOT_FOUND, RESULT_NOT_FOUND, REPORT_NOT_VERIFIED'),
  },
});

const recapDocument = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/recap-document',
  summary: 'The district recap (Kelompok and rank of every Puskesmas) as PDF or DOCX',
  tags: ['reports'],
  access: { permission: 'reports:district', unit: district },
  request: { params: DistrictYearParams, query: RecapDocumentQuery },
  responses: { 200: { description: 'The recap', content: documentContent } },
});

const startJob = defineRoute({
  method: 'post',
  path: '/api/districts/{code}/years/{year}/reports/jobs',
  summary:
    "Start making every document of the district-year (recap, each Puskesmas' report, letters) as one zip",
  tags: ['reports'],
  access: { permission: 'reports:district', unit: district },
  request: { params: DistrictYearParams, body: jsonBody(BatchBody) },
  responses: {
    202: jsonContent(BatchProgressView, 'Started; poll the job for its progress'),
    409: jsonContent(ErrorBody, 'REPORT_JOB_RUNNING'),
  },
});

const listJobs = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/reports/jobs',
  summary: "The district's report jobs of the last hour, newest first",
  tags: ['reports'],
  access: { permission: 'reports:district', unit: district },
  request: { params: DistrictYearParams },
  responses: { 200: jsonContent(BatchListView, 'The jobs') },
});

const getJob = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/reports/jobs/{jobId}',
  summary: 'A report job: how many made, which failed and why, whether the zip is ready',
  tags: ['reports'],
  access: { permission: 'reports:district', unit: district },
  request: { params: JobParams },
  responses: {
    200: jsonContent(BatchProgressView, 'Its progress'),
    404: jsonContent(ErrorBody, 'REPORT_JOB_NOT_FOUND'),
  },
});

const cancelJob = defineRoute({
  method: 'post',
  path: '/api/districts/{code}/years/{year}/reports/jobs/{jobId}/cancel',
  summary: 'Cancel a report job after the document it is making; its zip is discarded',
  tags: ['reports'],
  access: { permission: 'reports:district', unit: district },
  request: { params: JobParams },
  responses: {
    200: jsonContent(BatchProgressView, 'Cancelled (or already finished)'),
    404: jsonContent(ErrorBody, 'REPORT_JOB_NOT_FOUND'),
  },
});

const downloadJob = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/reports/jobs/{jobId}/download',
  summary: "The finished job's zip",
  tags: ['reports'],
  access: { permission: 'reports:district', unit: district },
  request: { params: JobParams },
  responses: {
    200: { description: 'The zip', content: binary('application/zip') },
    409: jsonContent(ErrorBody, 'REPORT_JOB_NOT_DONE'),
  },
});

const puskesmasTexts = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/report-texts',
  summary:
    "The report's foreword, Bab I and Bab VII: what prints, the Puskesmas' own, the district's standard",
  tags: ['reports'],
  access: { permission: 'analysis:read', unit: puskesmas },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(ReportTextsView, 'The three texts') },
});

const savePuskesmasText = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/report-texts/{section}',
  summary: "The Puskesmas' own text of a section ('' to print the district's standard again); until final",
  tags: ['reports'],
  access: { permission: 'analysis:write', unit: puskesmas },
  request: { params: PuskesmasTextParams, body: jsonBody(ReportTextBody) },
  responses: {
    200: jsonContent(ReportTextsView, 'The three texts'),
    409: jsonContent(ErrorBody, 'STALE_VALUE, PERIOD_LOCKED'),
  },
});

const districtTexts = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/report-texts',
  summary: "The district's standard texts of the annual report for the year",
  tags: ['reports'],
  access: { permission: 'reports:district', unit: district },
  request: { params: DistrictYearParams },
  responses: { 200: jsonContent(ReportTextsView, 'The three texts') },
});

const saveDistrictText = defineRoute({
  method: 'put',
  path: '/api/districts/{code}/years/{year}/report-texts/{section}',
  summary: "The district's standard text of a section for the year ('' for pkp's own)",
  tags: ['reports'],
  access: { permission: 'reports:texts', unit: district },
  request: { params: DistrictTextParams, body: jsonBody(ReportTextBody) },
  responses: {
    200: jsonContent(ReportTextsView, 'The three texts'),
    409: jsonContent(ErrorBody, 'STALE_VALUE'),
  },
});

function fileAnswer(c: Context<AppEnv>, file: DocumentFile) {
  return c.body(new Uint8Array(file.bytes), 200, {
    'Content-Type': REPORT_MIME[file.format],
    'Content-Length': String(file.bytes.length),
    'Content-Disposition': `attachment; filename="${file.filename}"`,
    'X-Content-Type-Options': 'nosniff',
  });
}

async function puskesmasTextsView(c: Context<AppEnv>, year: number) {
  const { unit, editor } = unitAndUser(c);
  const deps = c.get('deps');
  const district = await deps.repos.getOrgUnit(unit.ancestorIds[0]!);
  if (!district) throw new AppError('DISTRICT_NOT_FOUND', { code: unit.code }, { status: 404 });
  const status = (await deps.repos.findAssessment(unit.code, year))?.status ?? null;
  return {
    texts: await listReportTextViews(deps.repos, { district, puskesmas: unit, year }),
    status,
    canEdit: hasPermission(editor.role, 'analysis:write') && status !== 'final' && status !== 'published',
  };
}

async function districtTextsView(c: Context<AppEnv>, year: number) {
  const { district, editor } = districtOf(c);
  return {
    texts: await listReportTextViews(c.get('deps').repos, { district, year }),
    status: null,
    canEdit: hasPermission(editor.role, 'reports:texts'),
  };
}

function districtOf(c: Context<AppEnv>) {
  const { unit, editor } = unitAndUser(c);
  return { district: { id: unit.id, code: unit.code, name: unit.name }, editor };
}

export function reportsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(report, async (c) => {
    const { unit } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const { format, stage } = c.req.valid('query');
    const deps = c.get('deps');
    const file = await annualReportFile(
      deps.repos,
      { unit, year, ...(stage ? { stage } : {}), format, now: deps.clock() },
      reportServicesOf(deps).render,
    );
    return fileAnswer(c, file);
  });

  app.openapi(reportDocument, async (c) => {
    const { unit } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const { stage } = c.req.valid('query');
    const deps = c.get('deps');
    const { doc } = await annualReportDocument(deps.repos, {
      unit,
      year,
      ...(stage ? { stage } : {}),
      now: deps.clock(),
    });
    return c.json(doc, 200);
  });

  app.openapi(recapDocument, async (c) => {
    const { district } = districtOf(c);
    const { year } = c.req.valid('param');
    const { format, stage } = c.req.valid('query');
    const deps = c.get('deps');
    const file = await recapFile(
      deps.repos,
      { districtCode: district.code, year, stage, format, now: deps.clock() },
      reportServicesOf(deps).render,
    );
    return fileAnswer(c, file);
  });

  app.openapi(startJob, async (c) => {
    const { district, editor } = districtOf(c);
    const { year } = c.req.valid('param');
    const { format, stage } = c.req.valid('json');
    const deps = c.get('deps');
    const job = await reportServicesOf(deps).batches.start({
      districtCode: district.code,
      year,
      stage,
      format,
      startedBy: editor.username,
    });
    return c.json(job, 202);
  });

  app.openapi(listJobs, async (c) => {
    const { district } = districtOf(c);
    const { year } = c.req.valid('param');
    const jobs = await reportServicesOf(c.get('deps')).batches.list(district.id, year);
    return c.json({ jobs }, 200);
  });

  const jobOf = async (c: Context<AppEnv>, id: string, year: number) => {
    const { district } = districtOf(c);
    const job = await reportServicesOf(c.get('deps')).batches.get(id);
    // A job id of another district (or year) is as unknown here as one that never existed.
    if (job.district.code !== district.code || job.year !== year)
      throw new AppError('REPORT_JOB_NOT_FOUND', { id }, { status: 404 });
    return job;
  };

  app.openapi(getJob, async (c) => {
    const { jobId, year } = c.req.valid('param');
    return c.json(await jobOf(c, jobId, year), 200);
  });

  app.openapi(cancelJob, async (c) => {
    const { jobId, year } = c.req.valid('param');
    await jobOf(c, jobId, year);
    return c.json(await reportServicesOf(c.get('deps')).batches.cancel(jobId), 200);
  });

  app.openapi(downloadJob, async (c) => {
    const { jobId, year } = c.req.valid('param');
    await jobOf(c, jobId, year);
    const zip = await reportServicesOf(c.get('deps')).batches.download(jobId);
    return c.body(Readable.toWeb(Readable.from(zip.read())) as ReadableStream, 200, {
      'Content-Type': 'application/zip',
      'Content-Length': String(zip.bytes),
      'Content-Disposition': `attachment; filename="${zip.filename}"`,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.openapi(puskesmasTexts, async (c) => {
    const { year } = c.req.valid('param');
    return c.json(await puskesmasTextsView(c, year), 200);
  });

  app.openapi(savePuskesmasText, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, section } = c.req.valid('param');
    const text = c.req.valid('json');
    await savePuskesmasReportText(c.get('deps'), { unit, year, section, text, editor });
    return c.json(await puskesmasTextsView(c, year), 200);
  });

  app.openapi(districtTexts, async (c) => {
    const { year } = c.req.valid('param');
    return c.json(await districtTextsView(c, year), 200);
  });

  app.openapi(saveDistrictText, async (c) => {
    const { district, editor } = districtOf(c);
    const { year, section } = c.req.valid('param');
    const text = c.req.valid('json');
    await saveDistrictReportText(c.get('deps'), { district, year, section, text, editor });
    return c.json(await districtTextsView(c, year), 200);
  });
}
