// The org units a screen picks from: a district's Puskesmas, and one Puskesmas with its district.
import type { DistrictPuskesmasList, PuskesmasDetail } from '../shared/api/org-units.schema.ts';
import type { PlanningReader } from './ports.ts';
import type { PuskesmasUnit } from './puskesmas-year.ts';

export async function districtPuskesmas(
  repos: Pick<PlanningReader, 'listPuskesmas'>,
  districtId: number,
): Promise<DistrictPuskesmasList> {
  const units = await repos.listPuskesmas(districtId);
  return units.map(({ code, name, rawatInap }) => ({ code, name, rawatInap }));
}

export async function puskesmasDetail(
  repos: Pick<PlanningReader, 'getOrgUnit'>,
  unit: PuskesmasUnit,
): Promise<PuskesmasDetail> {
  const districtId = unit.ancestorIds[0];
  const district = districtId === undefined ? undefined : await repos.getOrgUnit(districtId);
  // The access check found the Puskesmas under a district: a missing one is a broken tree, not a user error.
  if (!district) throw new Error(`Puskesmas ${unit.code} has no district`);
  return {
    code: unit.code,
    name: unit.name,
    rawatInap: unit.rawatInap,
    district: { code: district.code, name: district.name },
  };
}
