// A province's districts: the list, adding one with its Puskesmas and first admin, and a district
// adopting another's published catalog of a year; the leagues of a province and of the country.
import {
  AddedDistrictView,
  NationalRecapView,
  NationalView,
  ProvinceDistrictsView,
  ProvinceRecapView,
  type AddDistrictBody,
} from '../../shared/api/districts.schema.ts';
import { CatalogDraftView } from '../../shared/api/catalog.schema.ts';
import { path, request } from '../api.ts';

export function listProvinceDistricts(code: string, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/provinces/${code}/districts`,
    ProvinceDistrictsView,
    signal ? { signal } : {},
  );
}

export function addDistrict(province: string, body: AddDistrictBody) {
  return request('POST', path`/api/provinces/${province}/districts`, AddedDistrictView, { body });
}

export function adoptCatalog(code: string, year: number, from: string) {
  return request('POST', path`/api/districts/${code}/years/${year}/catalog/adopt`, CatalogDraftView, {
    body: { from },
  });
}

export function getProvinceRecap(code: string, year: number, page: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/provinces/${code}/years/${year}/recap?page=${page}`,
    ProvinceRecapView,
    signal ? { signal } : {},
  );
}

export function getNational(code: string, signal?: AbortSignal) {
  return request('GET', path`/api/national/${code}`, NationalView, signal ? { signal } : {});
}

export function getNationalRecap(code: string, year: number, page: number, signal?: AbortSignal) {
  return request(
    'GET',
    path`/api/national/${code}/years/${year}/recap?page=${page}`,
    NationalRecapView,
    signal ? { signal } : {},
  );
}
