// Evidence files: a record's list, an upload with its progress, and removal.
import { z } from 'zod';
import { EvidenceFile, EvidenceList, type EvidenceUploadFields } from '../../shared/api/evidence.schema.ts';
import { path, request, sendForm } from '../api.ts';

export function listEvidence(
  code: string,
  year: number,
  filter: { attachedTo: string; attachedKey?: string },
  signal?: AbortSignal,
) {
  const query = new URLSearchParams({ attachedTo: filter.attachedTo });
  if (filter.attachedKey !== undefined) query.set('attachedKey', filter.attachedKey);
  return request(
    'GET',
    `${path`/api/puskesmas/${code}/years/${year}/evidence`}?${query}`,
    EvidenceList,
    signal ? { signal } : {},
  );
}

/** The address a file is downloaded from (an attachment: the browser saves it). */
export function evidenceContentPath(code: string, year: number, id: number): string {
  return path`/api/puskesmas/${code}/years/${year}/evidence/${id}/content`;
}

/** Uploads one file; the fields go first (the server refuses the file before reading it when it must). */
export function uploadEvidence(
  code: string,
  year: number,
  fields: Pick<EvidenceUploadFields, 'attachedTo' | 'attachedKey' | 'kind'>,
  file: File,
  onProgress?: (sent: number, total: number) => void,
) {
  const form = new FormData();
  form.append('attachedTo', fields.attachedTo);
  form.append('attachedKey', fields.attachedKey);
  form.append('kind', fields.kind);
  form.append('file', file, file.name);
  return sendForm(path`/api/puskesmas/${code}/years/${year}/evidence`, form, EvidenceFile, {
    ...(onProgress && { onProgress }),
  });
}

export function deleteEvidence(code: string, year: number, id: number) {
  return request('DELETE', path`/api/puskesmas/${code}/years/${year}/evidence/${id}`, z.undefined());
}
