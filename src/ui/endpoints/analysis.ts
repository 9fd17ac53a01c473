// Bab V and Bab VI of a Puskesmas-year: read, and each write answered with the whole view as stored
// (a 409 carries the view as it is now).
import { z } from 'zod';
import {
  AnalysisView,
  type ProblemBody,
  type ProgrammeAnalysisBody,
  type RtlActionBody,
  type RtlActionUpdateBody,
} from '../../shared/api/analysis.schema.ts';
import { path, request, write } from '../api.ts';

const Stale = z.object({ code: z.literal('STALE_VALUE'), message: z.string(), current: AnalysisView });
export type StaleAnalysis = z.infer<typeof Stale>;

const base = (code: string, year: number) => path`/api/puskesmas/${code}/years/${year}`;

export function getAnalysis(code: string, year: number, signal?: AbortSignal) {
  return request('GET', `${base(code, year)}/analysis`, AnalysisView, signal ? { signal } : {});
}

export function saveProblem(code: string, year: number, indicatorCode: string, body: ProblemBody) {
  return write(
    'PUT',
    `${base(code, year)}${path`/analysis/problems/${indicatorCode}`}`,
    body,
    AnalysisView,
    Stale,
  );
}

export function saveProgrammeAnalysis(
  code: string,
  year: number,
  programmeCode: string,
  body: ProgrammeAnalysisBody,
) {
  return write(
    'PUT',
    `${base(code, year)}${path`/analysis/programmes/${programmeCode}`}`,
    body,
    AnalysisView,
    Stale,
  );
}

export function createAction(code: string, year: number, body: RtlActionBody) {
  return write('POST', `${base(code, year)}/rtl`, body, AnalysisView, Stale);
}

export function updateAction(code: string, year: number, id: number, body: RtlActionUpdateBody) {
  return write('PUT', `${base(code, year)}${path`/rtl/${id}`}`, body, AnalysisView, Stale);
}
