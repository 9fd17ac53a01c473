// Verification's API: the district's queue, a programme of a Puskesmas-year with both figures, Dinkes'
// corrections and their withdrawal, returns and answers, looks. A 409 (someone moved it first) is an
// ApiError like any refusal: the screen shows its words and reloads.
import {
  CorrectionSaved,
  QueueView,
  ReturnedItemView,
  ReturnsView,
  ReviewSaved,
  VerificationView,
  type CorrectionBody,
  type ReturnBody,
  type WithdrawalBody,
} from '../../shared/api/verification.schema.ts';
import { path, request } from '../api.ts';

const base = (code: string, year: number) => path`/api/puskesmas/${code}/years/${year}`;

export function getVerificationQueue(district: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${district}/years/${year}/verification`,
    QueueView,
    signal ? { signal } : {},
  );
}

export function getVerification(code: string, year: number, programme: string | null, signal?: AbortSignal) {
  const query = programme ? `?programme=${encodeURIComponent(programme)}` : '';
  return request(
    'GET',
    `${base(code, year)}/verification${query}`,
    VerificationView,
    signal ? { signal } : {},
  );
}

export function getReturns(code: string, year: number, signal?: AbortSignal) {
  return request('GET', `${base(code, year)}/returns`, ReturnsView, signal ? { signal } : {});
}

export function saveCorrection(code: string, year: number, indicatorCode: string, body: CorrectionBody) {
  return request('PUT', `${base(code, year)}${path`/corrections/${indicatorCode}`}`, CorrectionSaved, {
    body,
  });
}

export function withdrawCorrection(code: string, year: number, indicatorCode: string, body: WithdrawalBody) {
  return request(
    'POST',
    `${base(code, year)}${path`/corrections/${indicatorCode}/withdraw`}`,
    CorrectionSaved,
    {
      body,
    },
  );
}

export function returnItem(code: string, year: number, body: ReturnBody) {
  return request('POST', `${base(code, year)}/returns`, ReturnedItemView, { body });
}

export function answerReturn(code: string, year: number, id: number, answer: string) {
  return request('POST', `${base(code, year)}${path`/returns/${id}/answer`}`, ReturnedItemView, {
    body: { answer },
  });
}

export function closeReturn(code: string, year: number, id: number) {
  return request('POST', `${base(code, year)}${path`/returns/${id}/close`}`, ReturnedItemView, { body: {} });
}

export function returnAgain(code: string, year: number, id: number, comment: string) {
  return request('POST', `${base(code, year)}${path`/returns/${id}/return-again`}`, ReturnedItemView, {
    body: { comment },
  });
}

export function acceptProgramme(code: string, year: number, programme: string) {
  return request('POST', `${base(code, year)}${path`/reviews/${programme}`}`, ReviewSaved, { body: {} });
}
