// Dashboard reads: one Puskesmas-year, and a district-year.
import { DistrictDashboard, PuskesmasDashboard } from '../../shared/api/dashboard.schema.ts';
import { path, request } from '../api.ts';

export function getPuskesmasDashboard(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/puskesmas/${code}/years/${year}/dashboard`,
    PuskesmasDashboard,
    signal ? { signal } : {},
  );
}

export function getDistrictDashboard(code: string, year: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${code}/years/${year}/dashboard`,
    DistrictDashboard,
    signal ? { signal } : {},
  );
}
