// The documents pkp makes, as files: the annual report of a Puskesmas-year, the district recap, the
// feedback letters. Each is a document model built by the app (app/report/) and laid out by a
// renderer (PDF or DOCX), here in the same thread or in the render worker (render-pool.ts).
import type { Stage } from '../domain/assessment/inputs.ts';
import { annualReport } from '../app/report/annual-report.ts';
import { feedbackLetterDocument, recapDocument } from '../app/report/district-documents.ts';
import { defaultReportStage, loadReportInputs } from '../app/report/report-inputs.ts';
import { getFeedback } from '../app/feedback.service.ts';
import type { Repositories } from '../app/ports.ts';
import type { PuskesmasUnit } from '../app/puskesmas-year.ts';
import { districtRecap, type RecapStage } from '../app/recap.ts';
import { AppError } from '../shared/errors.ts';
import { REPORT_FORMATS, type ReportDocument, type ReportFormat } from '../shared/report-document.ts';
import { renderDocx } from './docx.ts';
import { renderPdf } from './pdf.ts';

export { REPORT_FORMATS, type ReportFormat };

export const REPORT_MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function parseReportFormat(format: string | undefined): ReportFormat {
  const found = REPORT_FORMATS.find((f) => f === (format ?? 'pdf'));
  if (!found) throw new AppError('REPORT_FORMAT_UNKNOWN', { format: format ?? '' }, { status: 400 });
  return found;
}

/** Lays a document out as a file; the render worker and the CLI share it. */
export type Renderer = (doc: ReportDocument, format: ReportFormat) => Promise<Buffer>;

export const renderInThread: Renderer = (doc, format) =>
  format === 'pdf' ? renderPdf(doc) : renderDocx(doc);

export interface DocumentFile {
  filename: string;
  format: ReportFormat;
  bytes: Buffer;
}

/** A file name that survives every file system and zip tool: ASCII letters, digits and dashes. */
export function safeFileName(...parts: (string | number)[]): string {
  return parts
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('_');
}

const STAGE_SUFFIX: Record<Stage, string> = { self: 'mandiri', verified: 'verifikasi' };

/** The annual report model of a Puskesmas-year at `stage` (by default the year's current figures). */
export async function annualReportDocument(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; stage?: Stage; now: Date },
): Promise<{ doc: ReportDocument; stage: Stage }> {
  const stage = input.stage ?? (await defaultReportStage(repos, input.unit.code, input.year));
  const inputs = await loadReportInputs(repos, { ...input, stage });
  return { doc: annualReport(inputs), stage };
}

export async function annualReportFile(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; stage?: Stage; format: ReportFormat; now: Date },
  render: Renderer = renderInThread,
): Promise<DocumentFile> {
  const { doc, stage } = await annualReportDocument(repos, input);
  return {
    filename: `${safeFileName('PKP', input.year, input.unit.code, input.unit.name, STAGE_SUFFIX[stage])}.${input.format}`,
    format: input.format,
    bytes: await render(doc, input.format),
  };
}

export async function recapFile(
  repos: Repositories,
  input: { districtCode: string; year: number; stage: RecapStage; format: ReportFormat; now: Date },
  render: Renderer = renderInThread,
): Promise<DocumentFile> {
  const recap = await districtRecap(repos, input.districtCode, input.year, input.stage);
  return {
    filename: `${safeFileName('Rekap-PKP', input.year, recap.district.code, recap.district.name)}.${input.format}`,
    format: input.format,
    bytes: await render(recapDocument(recap, input.now), input.format),
  };
}

/** The letters Dinkes sent to a Puskesmas about the year (drafts are not documents yet). */
export async function feedbackLetterFiles(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; format: ReportFormat; now: Date },
  render: Renderer = renderInThread,
): Promise<DocumentFile[]> {
  const view = await getFeedback(repos, { unit: input.unit, year: input.year, role: 'viewer' });
  const files: DocumentFile[] = [];
  for (const letter of view.letters.filter((l) => l.status === 'sent')) {
    files.push({
      filename: `${safeFileName('Umpan-balik', input.year, input.unit.code, input.unit.name, letter.number || String(letter.id))}.${input.format}`,
      format: input.format,
      bytes: await render(feedbackLetterDocument(view, letter, input.now), input.format),
    });
  }
  return files;
}
