// The plausibility warnings API: a Puskesmas-year's, a district-year's, and marking one checked (a 409
// — the figures moved, or the warning is gone — comes back as a value).
import {
  DistrictWarningsView,
  WarningChangedBody,
  WarningView,
  YearWarningsView,
  type WarningCheckBody,
} from '../../shared/api/warnings.schema.ts';
import { path, request, write } from '../api.ts';

export function getYearWarnings(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/warnings`,
    YearWarningsView,
    signal ? { signal } : {},
  );
}

export function getDistrictWarnings(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${code}/years/${year}/warnings`,
    DistrictWarningsView,
    signal ? { signal } : {},
  );
}

export function checkWarning(code: string, year: number, body: WarningCheckBody) {
  return write(
    'POST',
    path`/api/puskesmas/${code}/years/${year}/warnings/checks`,
    body,
    WarningView,
    WarningChangedBody,
  );
}
