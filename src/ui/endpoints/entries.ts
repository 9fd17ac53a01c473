// The monthly entry API: the year's grid, one cell's save (a 409 comes back as a value), its history.
import {
  EntriesView,
  EntryHistory,
  EntrySaved,
  StaleEntry,
  type EntryBody,
} from '../../shared/api/entries.schema.ts';
import { path, request, write } from '../api.ts';

export function getEntries(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/entries`,
    EntriesView,
    signal ? { signal } : {},
  );
}

export function saveEntry(code: string, year: number, indicatorCode: string, month: string, body: EntryBody) {
  return write(
    'PUT',
    path`/api/puskesmas/${code}/years/${year}/entries/${indicatorCode}/${month}`,
    body,
    EntrySaved,
    StaleEntry,
  );
}

export function getEntryHistory(
  code: string,
  year: number,
  indicatorCode: string,
  month: string,
  signal?: AbortSignal,
) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/entries/${indicatorCode}/${month}/history`,
    EntryHistory,
    signal ? { signal } : {},
  );
}
