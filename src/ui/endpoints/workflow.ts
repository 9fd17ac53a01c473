// The assessment cycle: a Puskesmas-year's status and moves, a district-year's statuses, publishing.
import type { AssessmentStatus } from '../../domain/assessment/status.ts';
import type { Move } from '../../domain/assessment/workflow.ts';
import { DistrictWorkflow, YearWorkflow } from '../../shared/api/workflow.schema.ts';
import { path, request } from '../api.ts';

/** Each move's address under …/workflow/ (src/http/routes/workflow.routes.ts). */
const MOVE_PATH: Record<Exclude<Move, 'publish'>, string> = {
  submit: 'submit',
  return: 'return',
  verify: 'verify',
  reopenVerification: 'reopen-verification',
  finalise: 'finalise',
  reopen: 'reopen',
};

export function getYearWorkflow(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/workflow`,
    YearWorkflow,
    signal ? { signal } : {},
  );
}

export function makeMove(
  code: string,
  year: number,
  move: Exclude<Move, 'publish'>,
  body: { expectedStatus: AssessmentStatus; reason: string | null },
) {
  return request(
    'POST',
    `${path`/api/puskesmas/${code}/years/${year}/workflow`}/${MOVE_PATH[move]}`,
    YearWorkflow,
    {
      body,
    },
  );
}

export function getDistrictWorkflow(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${code}/years/${year}/workflow`,
    DistrictWorkflow,
    signal ? { signal } : {},
  );
}

export function publishResults(code: string, year: number, expectedYears: number) {
  return request('POST', path`/api/districts/${code}/years/${year}/publish`, DistrictWorkflow, {
    body: { expectedYears },
  });
}
