// The years a unit can open: its district's catalog years, with their status.
import { UnitYears } from '../../shared/api/years.schema.ts';
import { path, request } from '../api.ts';

export function getDistrictYears(code: string, signal?: AbortSignal) {
  return request('GET', path`/api/districts/${code}/years`, UnitYears, signal ? { signal } : {});
}

export function getPuskesmasYears(code: string, signal?: AbortSignal) {
  return request('GET', path`/api/puskesmas/${code}/years`, UnitYears, signal ? { signal } : {});
}
