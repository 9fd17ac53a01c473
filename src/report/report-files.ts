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

/**
 * Loaded when the first document is laid out: the PDF and DOCX writers and the server-side charts
 * (pdfmake, docx, ECharts) take half a second to import, which a server would otherwise spend at start.
 */
export const renderInThread: Renderer = async (doc, format) =>
  format === 'pdf' ? (await import('./pdf.ts')).renderPdf(doc) : (await import('./docx.ts')).renderDocx(doc);

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

/** A document before it is laid out, with the name its file will have (without the extension). */
export interface NamedDocument {
  name: string;
  doc: ReportDocument;
}

/** Lays named documents out as files. */
export async function renderNamed(
  documents: readonly NamedDocument[],
  format: ReportFormat,
  render: Renderer = renderInThread,
): Promise<DocumentFile[]> {
  const files: DocumentFile[] = [];
  for (const { name, doc } of documents)
    files.push({ filename: `${name}.${format}`, format, bytes: await render(doc, format) });
  return files;
}

/** The annual report model of a Puskesmas-year at `stage` (by default the year's current figures). */
export async function annualReportDocument(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; stage?: Stage; now: Date },
): Promise<NamedDocument & { stage: Stage }> {
  const stage = input.stage ?? (await defaultReportStage(repos, input.unit.code, input.year));
  const inputs = await loadReportInputs(repos, { ...input, stage });
  return {
    name: safeFileName('PKP', input.year, input.unit.code, input.unit.name, STAGE_SUFFIX[stage]),
    doc: annualReport(inputs),
    stage,
  };
}

export async function annualReportFile(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; stage?: Stage; format: ReportFormat; now: Date },
  render: Renderer = renderInThread,
): Promise<DocumentFile> {
  const [file] = await renderNamed([await annualReportDocument(repos, input)], input.format, render);
  return file!;
}

/** The district recap (Kelompok and rank of every Puskesmas). */
export async function recapNamedDocument(
  repos: Repositories,
  input: { districtCode: string; year: number; stage: RecapStage; now: Date },
): Promise<NamedDocument> {
  const recap = await districtRecap(repos, input.districtCode, input.year, input.stage);
  return {
    name: safeFileName('Rekap-PKP', input.year, recap.district.code, recap.district.name),
    doc: recapDocument(recap, input.now),
  };
}

export async function recapFile(
  repos: Repositories,
  input: { districtCode: string; year: number; stage: RecapStage; format: ReportFormat; now: Date },
  render: Renderer = renderInThread,
): Promise<DocumentFile> {
  const [file] = await renderNamed([await recapNamedDocument(repos, input)], input.format, render);
  return file!;
}

/** The letters Dinkes sent to a Puskesmas about the year (drafts are not documents yet). */
export async function feedbackLetterDocuments(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; now: Date },
): Promise<NamedDocument[]> {
  const view = await getFeedback(repos, { unit: input.unit, year: input.year, role: 'viewer' });
  return view.letters
    .filter((l) => l.status === 'sent')
    .map((letter) => ({
      name: safeFileName(
        'Umpan-balik',
        input.year,
        input.unit.code,
        input.unit.name,
        letter.number || String(letter.id),
      ),
      doc: feedbackLetterDocument(view, letter, input.now),
    }));
}
