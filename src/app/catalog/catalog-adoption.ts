// A district adopting another district's published catalog of a year as its own draft: a district
// new to pkp starts from a neighbour's decree rather than from nothing, then changes what its own SK
// says and publishes (docs/districts.md). The source is never touched.
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { catalogDiff, type CatalogChange } from '../../domain/catalog/diff.ts';
import { AppError } from '../../shared/errors.ts';
import type { OrgUnitRef, Repositories, UnitOfWork } from '../ports.ts';
import type { CatalogVersionRecord } from './catalog-ports.ts';

export interface AdoptCatalogInput {
  district: OrgUnitRef;
  year: number;
  /** The district whose published catalog of `year` is copied. */
  fromDistrictCode: string;
  actor: string;
}

/**
 * Copies the source district's published catalog of the year — its rows and its scoring settings —
 * into the district's draft of that year, and says what it changes against the district's last year.
 * Refused when the source has no catalog that year (CATALOG_NOT_FOUND), has only a draft
 * (CATALOG_ADOPT_NOT_PUBLISHED: a draft may still change under the adopter), or when the district
 * has a catalog of the year already (CATALOG_EXISTS: adopting never overwrites what Dinkes began).
 * A published catalog is the district's decree, a public document: any district may adopt it.
 */
export async function adoptCatalog(
  uow: UnitOfWork,
  input: AdoptCatalogInput,
): Promise<{ version: CatalogVersionRecord; from: OrgUnitRef; changes: CatalogChange[] }> {
  return uow(async (repos) => {
    const from = await repos.findOrgUnit(input.fromDistrictCode);
    if (from?.level !== 'district')
      throw new AppError(
        'DISTRICT_NOT_FOUND',
        { code: input.fromDistrictCode, field: 'from' },
        { status: 404 },
      );
    if (await repos.findDistrictCatalog(input.district.id, input.year))
      throw new AppError('CATALOG_EXISTS', { year: input.year }, { status: 409 });
    const source = await repos.findDistrictCatalog(from.id, input.year);
    if (!source)
      throw new AppError('CATALOG_NOT_FOUND', { district: from.name, year: input.year }, { status: 404 });
    if (source.status !== 'published')
      throw new AppError(
        'CATALOG_ADOPT_NOT_PUBLISHED',
        { district: from.name, year: input.year },
        { status: 409 },
      );
    const version = await repos.saveCatalogDraft({
      districtId: input.district.id,
      catalog: source.catalog,
      settings: source.settings,
      actor: input.actor,
    });
    const previous = await lastYears(repos, input.district, input.year);
    return {
      version,
      from: { id: from.id, code: from.code, name: from.name },
      changes: previous ? catalogDiff(previous, source.catalog) : [],
    };
  });
}

/** The district's catalog of the year before, or pkp's built-in one for that year (as authoring compares). */
async function lastYears(repos: Repositories, district: OrgUnitRef, year: number) {
  return (await repos.findDistrictCatalog(district.id, year - 1))?.catalog ?? BUILT_IN_CATALOGS.get(year - 1);
}
