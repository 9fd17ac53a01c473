// Org unit reads: a Puskesmas and the Puskesmas of a district.
import { DistrictPuskesmasList, PuskesmasDetail } from '../../shared/api/org-units.schema.ts';
import { path, request } from '../api.ts';

export function getPuskesmas(code: string, signal?: AbortSignal) {
  return request('GET', path`/api/puskesmas/${code}`, PuskesmasDetail, signal ? { signal } : {});
}

export function listDistrictPuskesmas(districtCode: string, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/districts/${districtCode}/puskesmas`,
    DistrictPuskesmasList,
    signal ? { signal } : {},
  );
}
