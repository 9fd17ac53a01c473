// The district's catalog of a year as Dinkes authors it: the document, its draft, a copy of another
// year, the changes against last year, publishing, and opening the year for every Puskesmas.
import { CatalogDiffView, CatalogDraftView, YearOpenedView } from '../../shared/api/catalog.schema.ts';
import { CatalogDocument } from '../../shared/schemas/catalog-document.schema.ts';
import { downloadFile, path, request, sendForm } from '../api.ts';

const base = (code: string, year: number) => path`/api/districts/${code}/years/${year}/catalog`;

export function getCatalogDocument(code: string, year: number, signal?: AbortSignal) {
  return request('GET', `${base(code, year)}/document`, CatalogDocument, signal ? { signal } : {});
}

export function downloadCatalogDocument(code: string, year: number) {
  return downloadFile(`${base(code, year)}/document`);
}

export function downloadCatalogWorkbook(code: string, year: number) {
  return downloadFile(`${base(code, year)}/workbook.xlsx`);
}

/** A catalog file (the JSON document or the annex workbook) into the year's draft, all or nothing. */
export function uploadCatalogFile(code: string, year: number, file: File) {
  const form = new FormData();
  form.append('file', file);
  return sendForm(`${base(code, year)}/file`, form, CatalogDraftView);
}

/** Stores the whole document as the year's draft; CATALOG_INVALID names every problem by row. */
export function saveCatalogDraft(code: string, year: number, document: CatalogDocument) {
  return request('PUT', `${base(code, year)}/document`, CatalogDraftView, { body: document });
}

export function copyCatalog(code: string, year: number, fromYear: number) {
  return request('POST', `${base(code, year)}/copy`, CatalogDraftView, { body: { fromYear } });
}

export function getCatalogDiff(code: string, year: number, signal?: AbortSignal) {
  return request('GET', `${base(code, year)}/diff`, CatalogDiffView, signal ? { signal } : {});
}

export function publishCatalog(code: string, year: number) {
  return request('POST', `${base(code, year)}/publish`, CatalogDraftView);
}

export function openYear(code: string, year: number) {
  return request('POST', path`/api/districts/${code}/years/${year}/open`, YearOpenedView);
}
