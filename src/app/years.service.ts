// The years a district or a Puskesmas can open: those the district has an indicator catalog for, with
// the catalog's status and the Puskesmas-years opened in them (the year selector offers only these).
import type { UnitYears } from '../shared/api/years.schema.ts';
import type { OrgUnitRef, PlanningReader, YearsReader } from './ports.ts';
import type { PuskesmasUnit } from './puskesmas-year.ts';

/** The district's catalog years, newest first, each with every Puskesmas-year opened in it. */
export async function districtYears(repos: YearsReader, district: OrgUnitRef): Promise<UnitYears> {
  return yearsOf(repos, district, () => true);
}

/** The years of the Puskesmas' district, newest first, each with this Puskesmas' own year if opened. */
export async function puskesmasYears(
  repos: YearsReader & Pick<PlanningReader, 'getOrgUnit'>,
  unit: PuskesmasUnit,
): Promise<UnitYears> {
  const districtId = unit.ancestorIds[0];
  const district = districtId === undefined ? undefined : await repos.getOrgUnit(districtId);
  // The access check found the Puskesmas under a district: a missing one is a broken tree, not a user error.
  if (!district) throw new Error(`Puskesmas ${unit.code} has no district`);
  return yearsOf(repos, district, (code) => code === unit.code);
}

async function yearsOf(
  repos: YearsReader,
  district: OrgUnitRef,
  shows: (puskesmasCode: string) => boolean,
): Promise<UnitYears> {
  const catalogs = await repos.listCatalogYears(district.id);
  const opened = (await repos.listDistrictYearAssessments(district.id)).filter((a) =>
    shows(a.puskesmas.code),
  );
  return {
    district: { code: district.code, name: district.name },
    years: catalogs
      .map((c) => ({
        year: c.year,
        catalog: c.status,
        publishedAt: c.publishedAt?.toISOString() ?? null,
        assessments: opened
          .filter((a) => a.year === c.year)
          .map((a) => ({ puskesmas: a.puskesmas, status: a.status })),
      }))
      .sort((a, b) => b.year - a.year),
  };
}
