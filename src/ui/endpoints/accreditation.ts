// The accreditation readiness API: a Puskesmas-year's elements, and a district-year's overview.
import { DistrictReadinessView, YearReadinessView } from '../../shared/api/accreditation.schema.ts';
import { path, request } from '../api.ts';

export function getYearReadiness(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/accreditation`,
    YearReadinessView,
    signal ? { signal } : {},
  );
}

export function getDistrictReadiness(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${code}/years/${year}/accreditation`,
    DistrictReadinessView,
    signal ? { signal } : {},
  );
}
