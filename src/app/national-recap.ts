// The country's provinces for a year, as a league table for a ministry viewer: each province's
// districts and Puskesmas, its Puskesmas by Kelompok and its mean axes, read from stored results only
// (one aggregate query over every district), ranked as a province ranks its districts, a page at a
// time. A province drills down to its own league of districts.
import type { NationalRecapView, NationalView } from '../shared/api/districts.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { DistrictsReader } from './district-ports.ts';
import { leagueTotals, pageOf, rankLeague } from './league-table.ts';
import type { OrgUnitWithAncestors } from './ports.ts';

function requireCountry(unit: OrgUnitWithAncestors): void {
  if (unit.level !== 'national')
    throw new AppError('COUNTRY_NOT_FOUND', { code: unit.code }, { status: 404 });
}

/** The country's unit and the years some district has published a catalog for. */
export async function nationalOverview(
  repos: Pick<DistrictsReader, 'listPublishedCatalogYears'>,
  country: OrgUnitWithAncestors,
): Promise<NationalView> {
  requireCountry(country);
  return {
    country: { code: country.code, name: country.name },
    years: await repos.listPublishedCatalogYears(),
  };
}

export async function nationalRecap(
  repos: Pick<DistrictsReader, 'listNationalProvinceResults'>,
  country: OrgUnitWithAncestors,
  input: { year: number; page: number; pageSize: number },
): Promise<NationalRecapView> {
  requireCountry(country);
  const rows = await repos.listNationalProvinceResults(country.id, input.year);
  const { page, pages, rows: shown } = pageOf(rankLeague(rows), input.page, input.pageSize);
  return {
    country: { code: country.code, name: country.name },
    year: input.year,
    totals: { provinces: rows.length, ...leagueTotals(rows) },
    page,
    pages,
    provinces: shown,
  };
}
