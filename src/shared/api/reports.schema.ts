// The reports API's shapes (zod): the annual report as a file, the district's batch of documents
// with its progress, and the report's editable texts.
import { z } from 'zod';
import { REPORT_FORMATS, REPORT_TEXT_SECTIONS } from '../report-document.ts';
import { AssessmentStatus, DistrictYearParams, PuskesmasYearParams } from './org-units.schema.ts';

const Stage = z.enum(['self', 'verified']);

/** GET …/report: the file's format, and whose figures (default: the year's current ones). */
export const ReportQuery = z.object({
  format: z.enum(REPORT_FORMATS).default('pdf'),
  stage: Stage.optional(),
});

/** GET …/recap-document */
export const RecapDocumentQuery = z.object({
  format: z.enum(REPORT_FORMATS).default('pdf'),
  stage: z.enum(['self', 'verified', 'current']).default('current'),
});

/** POST …/reports/jobs */
export const BatchBody = z.object({
  format: z.enum(REPORT_FORMATS).default('pdf'),
  /** Null: each Puskesmas-year's current figures (verified once submitted). */
  stage: Stage.nullable().default(null),
});

export const JobParams = DistrictYearParams.extend({ jobId: z.uuid() });

const Words = z.object({ id: z.string(), en: z.string() });

export const BatchProgressView = z.object({
  id: z.string(),
  district: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  stage: Stage.nullable(),
  format: z.enum(REPORT_FORMATS),
  status: z.enum(['queued', 'running', 'done', 'cancelled', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  current: z.string().nullable(),
  failed: z.array(z.object({ puskesmas: z.object({ code: z.string(), name: z.string() }), message: Words })),
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  filename: z.string().nullable(),
});
export type BatchProgressView = z.infer<typeof BatchProgressView>;

export const BatchListView = z.object({ jobs: z.array(BatchProgressView) });
export type BatchListView = z.infer<typeof BatchListView>;

export const ReportTextSection = z.enum(REPORT_TEXT_SECTIONS);

export const ReportTextView = z.object({
  section: ReportTextSection,
  text: z.string(),
  source: z.enum(['puskesmas', 'district', 'standard']),
  own: z.string(),
  version: z.number().int(),
  standard: z.string(),
});
export type ReportTextView = z.infer<typeof ReportTextView>;

export const ReportTextsView = z.object({
  texts: z.array(ReportTextView),
  /** The Puskesmas-year's status (null for a district's standard, or a year not opened). */
  status: AssessmentStatus,
  /** Whether this user may change the texts now (role, and a Puskesmas-year not final). */
  canEdit: z.boolean(),
});
export type ReportTextsView = z.infer<typeof ReportTextsView>;

export const PuskesmasTextParams = PuskesmasYearParams.extend({ section: ReportTextSection });
export const DistrictTextParams = DistrictYearParams.extend({ section: ReportTextSection });

/** PUT …/report-texts/{section}: the whole text ('' restores the standard), and the version read. */
export const ReportTextBody = z.object({
  body: z.string().max(20_000),
  expectedVersion: z.number().int().nonnegative(),
});
export type ReportTextBody = z.infer<typeof ReportTextBody>;
