// Targets and sasaran of a Puskesmas-year, and one indicator's save.
import { z } from 'zod';
import {
  TargetPreview,
  TargetSaved,
  TargetsView,
  type TargetBody,
  type TargetPreviewBody,
} from '../../shared/api/targets.schema.ts';
import {
  SharedTargetRow,
  SharedTargetsView,
  type SharesBody,
} from '../../shared/api/district-shares.schema.ts';
import { path, request, write } from '../api.ts';

export function getTargets(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/targets`,
    TargetsView,
    signal ? { signal } : {},
  );
}

const Stale = z.object({ code: z.literal('STALE_VALUE'), message: z.string() });

export function saveTarget(code: string, year: number, indicatorCode: string, body: TargetBody) {
  return write(
    'PUT',
    path`/api/puskesmas/${code}/years/${year}/targets/${indicatorCode}`,
    body,
    TargetSaved,
    Stale,
  );
}

/** What the change would do to the indicator's score and the service axis; nothing is stored. */
export function previewTargetChange(
  code: string,
  year: number,
  indicatorCode: string,
  body: TargetPreviewBody,
) {
  return request(
    'POST',
    path`/api/puskesmas/${code}/years/${year}/targets/${indicatorCode}/preview`,
    TargetPreview,
    { body },
  );
}

/** The rows whose printed target is the whole district's, with each Puskesmas' share. */
export function getSharedTargets(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${code}/years/${year}/shared-targets`,
    SharedTargetsView,
    signal ? { signal } : {},
  );
}

/** Every Puskesmas' share of one row, all saved or none (a refusal names each problem). */
export function saveShares(code: string, year: number, indicatorCode: string, body: SharesBody) {
  return request(
    'PUT',
    path`/api/districts/${code}/years/${year}/shared-targets/${indicatorCode}`,
    SharedTargetRow,
    {
      body,
    },
  );
}
