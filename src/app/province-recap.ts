// A province's districts for a year, as a league table: each district's Puskesmas by Kelompok and its
// mean axes, read from stored results only (one aggregate query), ranked, and cut into pages. The
// province viewer drills down from a district to its dashboard, and from there to a Puskesmas.
import type { ProvinceRecapRow, ProvinceRecapView } from '../shared/api/districts.schema.ts';
import type { DistrictsReader, ProvinceDistrictResultRecord } from './district-ports.ts';
import { requireProvince } from './districts.service.ts';
import type { OrgUnitWithAncestors } from './ports.ts';

/** The share of a district's assessed Puskesmas in Kelompok I, then II; then its mean service. */
function leagueKey(d: ProvinceDistrictResultRecord): [number, number, number] {
  const share = (n: number) => (d.assessed === 0 ? 0 : n / d.assessed);
  return [share(d.kelompokI), share(d.kelompokII), d.service ?? -1];
}

/** Higher first; 0 when the league cannot tell them apart. */
function compareLeagueKeys(a: ProvinceDistrictResultRecord, b: ProvinceDistrictResultRecord): number {
  const [x, y] = [leagueKey(a), leagueKey(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
  return 0;
}

const compareLeague = (a: ProvinceDistrictResultRecord, b: ProvinceDistrictResultRecord) =>
  compareLeagueKeys(a, b) || a.code.localeCompare(b.code);

export async function provinceRecap(
  repos: Pick<DistrictsReader, 'listProvinceDistrictResults'>,
  province: OrgUnitWithAncestors,
  input: { year: number; page: number; pageSize: number },
): Promise<ProvinceRecapView> {
  requireProvince(province);
  const rows = await repos.listProvinceDistrictResults(province.id, input.year);
  const assessed = rows.filter((d) => d.assessed > 0).sort(compareLeague);
  const unassessed = rows.filter((d) => d.assessed === 0).sort((a, b) => a.code.localeCompare(b.code));
  // Equal keys share a rank (1, 2, 2, 4); a district with nothing assessed has none.
  let rank = 0;
  const ranked: ProvinceRecapRow[] = [...assessed, ...unassessed].map((d, i, all) => {
    if (d.assessed > 0 && (i === 0 || compareLeagueKeys(all[i - 1]!, d) !== 0)) rank = i + 1;
    return {
      rank: d.assessed > 0 ? rank : null,
      code: d.code,
      name: d.name,
      puskesmas: d.puskesmas,
      assessed: d.assessed,
      kelompok: { I: d.kelompokI, II: d.kelompokII, III: d.kelompokIII },
      published: d.published,
      service: d.service,
      management: d.management,
      quality: d.quality,
    };
  });
  const pages = Math.max(1, Math.ceil(ranked.length / input.pageSize));
  const page = Math.min(input.page, pages);
  const sum = (f: (d: ProvinceDistrictResultRecord) => number) => rows.reduce((a, d) => a + f(d), 0);
  return {
    province: { code: province.code, name: province.name },
    year: input.year,
    totals: {
      districts: rows.length,
      puskesmas: sum((d) => d.puskesmas),
      assessed: sum((d) => d.assessed),
      kelompok: { I: sum((d) => d.kelompokI), II: sum((d) => d.kelompokII), III: sum((d) => d.kelompokIII) },
    },
    page,
    pages,
    districts: ranked.slice((page - 1) * input.pageSize, page * input.pageSize),
  };
}
