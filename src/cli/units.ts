// The district a command names, as the access check would resolve it (DISTRICT_NOT_FOUND otherwise).
import type { OrgUnitWithAncestors, ResultsReader } from '../app/ports.ts';
import { AppError } from '../shared/errors.ts';

export async function findDistrict(
  repos: Pick<ResultsReader, 'findOrgUnit'>,
  code: string,
): Promise<OrgUnitWithAncestors> {
  const unit = await repos.findOrgUnit(code);
  if (unit?.level !== 'district') throw new AppError('DISTRICT_NOT_FOUND', { code }, { status: 404 });
  return unit;
}

export async function findPuskesmasUnit(
  repos: Pick<ResultsReader, 'findOrgUnit'>,
  code: string,
): Promise<OrgUnitWithAncestors> {
  const unit = await repos.findOrgUnit(code);
  if (unit?.level !== 'puskesmas') throw new AppError('PUSKESMAS_NOT_FOUND', { code }, { status: 404 });
  return unit;
}
