// The documents: the annual report and the district recap as files, the district's batch of every
// document (start, progress, cancel, the zip), and the report's editable texts.
import { z } from 'zod';
import {
  BatchListView,
  BatchProgressView,
  ReportTextsView,
  type ReportTextBody,
} from '../../shared/api/reports.schema.ts';
import { ReportDocument, type ReportFormat, type ReportTextSection } from '../../shared/report-document.ts';
import { downloadFile, path, request, write } from '../api.ts';
import { sendImport, type ImportOptions } from './workbook.ts';

export type ReportStage = 'self' | 'verified';

export function downloadReport(code: string, year: number, format: ReportFormat, stage?: ReportStage) {
  const query = `?format=${format}${stage ? `&stage=${stage}` : ''}`;
  return downloadFile(`${path`/api/puskesmas/${code}/years/${year}/report`}${query}`);
}

export function downloadRecap(code: string, year: number, format: ReportFormat) {
  return downloadFile(`${path`/api/districts/${code}/years/${year}/recap-document`}?format=${format}`);
}

const jobs = (code: string, year: number) => path`/api/districts/${code}/years/${year}/reports/jobs`;

export function startBatch(
  code: string,
  year: number,
  body: { format: ReportFormat; stage: ReportStage | null },
) {
  return request('POST', jobs(code, year), BatchProgressView, { body });
}

export function listBatches(code: string, year: number, signal?: AbortSignal) {
  return request('GET', jobs(code, year), BatchListView, signal ? { signal } : {});
}

export function getBatch(code: string, year: number, id: string) {
  return request('GET', `${jobs(code, year)}/${encodeURIComponent(id)}`, BatchProgressView);
}

export function cancelBatch(code: string, year: number, id: string) {
  return request('POST', `${jobs(code, year)}/${encodeURIComponent(id)}/cancel`, BatchProgressView);
}

export function downloadBatch(code: string, year: number, id: string) {
  return downloadFile(`${jobs(code, year)}/${encodeURIComponent(id)}/download`);
}

export type TextsOwner = { level: 'puskesmas' | 'district'; code: string; year: number };

const texts = (o: TextsOwner) =>
  o.level === 'puskesmas'
    ? path`/api/puskesmas/${o.code}/years/${o.year}/report-texts`
    : path`/api/districts/${o.code}/years/${o.year}/report-texts`;

export function getReportTexts(owner: TextsOwner, signal?: AbortSignal) {
  return request('GET', texts(owner), ReportTextsView, signal ? { signal } : {});
}

const Stale = z.object({ code: z.literal('STALE_VALUE'), message: z.string() });

export function saveReportText(owner: TextsOwner, section: ReportTextSection, body: ReportTextBody) {
  return write('PUT', `${texts(owner)}/${section}`, body, ReportTextsView, Stale);
}

export type ExportFormat = 'dhis2-json' | 'adx' | 'fhir' | 'xlsx';

/** The district-year's data for another system. */
export function downloadExport(code: string, year: number, format: ExportFormat, stage: ReportStage) {
  return downloadFile(`${path`/api/districts/${code}/years/${year}/export`}?format=${format}&stage=${stage}`);
}

/** A DHIS2, ADX or Excel file into the district-year; a dry run writes nothing and says what would change. */
export function uploadDistrictImport(code: string, year: number, file: File, options: ImportOptions) {
  return sendImport(path`/api/districts/${code}/years/${year}/import`, file, options);
}

/** The annual report's document model: what the PDF and DOCX print, for the preview. */
export function getReportDocument(
  code: string,
  year: number,
  stage: ReportStage | undefined,
  signal?: AbortSignal,
) {
  const query = stage ? `?stage=${stage}` : '';
  return request(
    'GET',
    `${path`/api/puskesmas/${code}/years/${year}/report/document`}${query}`,
    ReportDocument,
    signal ? { signal } : {},
  );
}
