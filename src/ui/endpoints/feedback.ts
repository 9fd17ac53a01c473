// Dinkes' feedback letters and the Puskesmas' follow-ups: read, draft, change, send, delete, follow
// up (a 409 — someone else's change in between — comes back as a value with the letter as stored).
import { z } from 'zod';
import {
  DistrictFeedbackView,
  FeedbackLetterView,
  FeedbackPointView,
  FeedbackView,
  type FeedbackLetterBody,
  type FeedbackLetterUpdateBody,
  type FollowUpBody,
} from '../../shared/api/feedback.schema.ts';
import { path, request, write } from '../api.ts';

const Stale = z.object({
  code: z.literal('STALE_VALUE'),
  message: z.string(),
  current: FeedbackLetterView.nullable(),
});
export type StaleLetter = z.infer<typeof Stale>;

const base = (code: string, year: number) => path`/api/puskesmas/${code}/years/${year}/feedback`;

export function getFeedback(code: string, year: number, signal?: AbortSignal) {
  return request('GET', base(code, year), FeedbackView, signal ? { signal } : {});
}

export function getDistrictFeedback(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${code}/years/${year}/feedback`,
    DistrictFeedbackView,
    signal ? { signal } : {},
  );
}

export function createLetter(code: string, year: number, body: FeedbackLetterBody) {
  return request('POST', base(code, year), FeedbackLetterView, { body });
}

export function updateLetter(code: string, year: number, id: number, body: FeedbackLetterUpdateBody) {
  return write('PUT', `${base(code, year)}${path`/${id}`}`, body, FeedbackLetterView, Stale);
}

export function sendLetter(code: string, year: number, id: number, expectedVersion: number) {
  return write(
    'POST',
    `${base(code, year)}${path`/${id}/send`}`,
    { expectedVersion },
    FeedbackLetterView,
    Stale,
  );
}

export function deleteLetter(code: string, year: number, id: number, expectedVersion: number) {
  return write(
    'DELETE',
    `${base(code, year)}${path`/${id}`}`,
    { expectedVersion },
    z.object({ deleted: z.literal(true) }),
    Stale,
  );
}

export function saveFollowUp(
  code: string,
  year: number,
  letterId: number,
  pointId: number,
  body: FollowUpBody,
) {
  return write(
    'PUT',
    `${base(code, year)}${path`/${letterId}/points/${pointId}/follow-up`}`,
    body,
    FeedbackPointView,
    Stale,
  );
}
