// A province's districts for a year, as a league table: each district's Puskesmas by Kelompok and its
// mean axes, read from stored results only (one aggregate query), ranked, and cut into pages. The
// province viewer drills down from a district to its dashboard, and from there to a Puskesmas.
import type { ProvinceRecapView } from '../shared/api/districts.schema.ts';
import type { DistrictsReader } from './district-ports.ts';
import { requireProvince } from './districts.service.ts';
import { leagueTotals, pageOf, rankLeague } from './league-table.ts';
import type { OrgUnitWithAncestors } from './ports.ts';

export async function provinceRecap(
  repos: Pick<DistrictsReader, 'listProvinceDistrictResults'>,
  province: OrgUnitWithAncestors,
  input: { year: number; page: number; pageSize: number },
): Promise<ProvinceRecapView> {
  requireProvince(province);
  const rows = await repos.listProvinceDistrictResults(province.id, input.year);
  const { page, pages, rows: shown } = pageOf(rankLeague(rows), input.page, input.pageSize);
  return {
    province: { code: province.code, name: province.name },
    year: input.year,
    totals: leagueTotals(rows),
    page,
    pages,
    districts: shown.map(({ districts: _one, ...district }) => district),
  };
}
