// Excel workbooks: the addresses they download from, and the entry workbook's upload (dry run first).
import { ImportSummaryView } from '../../shared/api/workbook.schema.ts';
import { path, sendForm } from '../api.ts';

/** Tables 1–5 (an attachment: the browser saves it). */
export function tablesWorkbookPath(code: string, year: number, stage: 'self' | 'verified'): string {
  return `${path`/api/puskesmas/${code}/years/${year}/workbook/tables.xlsx`}?stage=${stage}`;
}

/** The monthly entry workbook with the values stored now. */
export function entryWorkbookPath(code: string, year: number): string {
  return path`/api/puskesmas/${code}/years/${year}/workbook/entries.xlsx`;
}

export interface ImportOptions {
  dryRun: boolean;
  reason: string;
}

/** Sends a file to import with its reason; a dry run writes nothing and says what would change. */
export function sendImport(address: string, file: File, options: ImportOptions) {
  const form = new FormData();
  form.append('reason', options.reason);
  form.append('file', file, file.name);
  return sendForm(`${address}?dryRun=${options.dryRun ? 1 : 0}`, form, ImportSummaryView);
}

/** Uploads a filled entry workbook. */
export function uploadEntryWorkbook(code: string, year: number, file: File, options: ImportOptions) {
  return sendImport(path`/api/puskesmas/${code}/years/${year}/workbook/entries`, file, options);
}
