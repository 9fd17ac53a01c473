// Meetings of a Puskesmas-year: the list with counts and proposals, one meeting's writes, the proposals.
import { z } from 'zod';
import {
  LevelProposals,
  MeetingDetail,
  MeetingsView,
  type MeetingBody,
} from '../../shared/api/meetings.schema.ts';
import { path, request } from '../api.ts';

export function getMeetings(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/meetings`,
    MeetingsView,
    signal ? { signal } : {},
  );
}

export function getLevelProposals(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/meetings/proposals`,
    LevelProposals,
    signal ? { signal } : {},
  );
}

export function createMeeting(code: string, year: number, body: MeetingBody) {
  return request('POST', path`/api/puskesmas/${code}/years/${year}/meetings`, MeetingDetail, { body });
}

export function updateMeeting(
  code: string,
  year: number,
  id: number,
  body: MeetingBody & { expectedVersion: number },
) {
  return request('PUT', path`/api/puskesmas/${code}/years/${year}/meetings/${id}`, MeetingDetail, { body });
}

export function deleteMeeting(code: string, year: number, id: number, expectedVersion: number) {
  return request(
    'DELETE',
    `${path`/api/puskesmas/${code}/years/${year}/meetings/${id}`}?expectedVersion=${expectedVersion}`,
    z.undefined(),
  );
}
