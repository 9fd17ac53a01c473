// A district's catalog for a year, as Dinkes authors it: written out as a document, read back into a
// draft (all or nothing, every problem named by row), compared with last year's, and published —
// after which it is frozen (the database refuses any change to a published version).
import { BUILT_IN_CATALOGS } from '../../domain/catalog/builtin.ts';
import { catalogDiff, type CatalogChange } from '../../domain/catalog/diff.ts';
import { averagedBy, DECREE_GROUPING_ID } from '../../domain/catalog/groupings.ts';
import type { Catalog } from '../../domain/catalog/types.ts';
import type { SettingsOverrides } from '../../domain/scoring/settings.ts';
import { AppError } from '../../shared/errors.ts';
import type { DistrictCatalog, OrgUnitRef, Repositories } from '../ports.ts';
import {
  catalogDocumentOf,
  catalogFileText,
  catalogInvalid,
  catalogOfDocument,
  readCatalogFile,
} from './catalog-document.ts';
import type { CatalogVersionRecord } from './catalog-ports.ts';

type At = { district: OrgUnitRef; year: number };

/** The district's catalog of the year with its settings and status; CATALOG_NOT_FOUND when it has none. */
export async function districtCatalog(repos: Repositories, at: At): Promise<DistrictCatalog> {
  const found = await repos.findDistrictCatalog(at.district.id, at.year);
  if (!found)
    throw new AppError('CATALOG_NOT_FOUND', { district: at.district.name, year: at.year }, { status: 404 });
  return found;
}

/** The district's catalog of the year as its document file; averaged by another of its groupings when `averagesBy` names one. */
export async function exportCatalog(repos: Repositories, at: At, averagesBy?: string): Promise<string> {
  const { catalog, settings } = await districtCatalog(repos, at);
  return catalogFileText(regrouped(catalog, averagesBy), settings);
}

/**
 * The catalog averaged by its grouping `averagesBy` (`tabel`: the decree's tables), as it is when
 * absent; GROUPING_UNKNOWN when the catalog has no such grouping.
 */
export function regrouped(catalog: Catalog, averagesBy: string | undefined): Catalog {
  if (averagesBy === undefined) return catalog;
  const out = averagedBy(catalog, averagesBy);
  if (!out)
    throw new AppError(
      'GROUPING_UNKNOWN',
      {
        grouping: averagesBy,
        groupings: [DECREE_GROUPING_ID, ...(catalog.groupings ?? []).map((g) => g.id)].join(', '),
      },
      { status: 400 },
    );
  return out;
}

/**
 * Reads a catalog into the district's draft of the year: every problem at once and nothing stored
 * (CATALOG_INVALID), or the draft stored whole, with what changed against last year. The catalog comes
 * as its document file's `text`, or as a `catalog` another format's reader made (the annex workbook,
 * src/exchange/xlsx/): that one is checked again here, so nothing unusable is stored whoever read it.
 */
export async function importCatalogDraft(
  repos: Repositories,
  input: At & { actor: string } & ({ text: string } | { catalog: Catalog; settings: SettingsOverrides }),
): Promise<{ version: CatalogVersionRecord; changes: CatalogChange[] }> {
  const { catalog, settings } =
    'text' in input
      ? readCatalogFile(input.text, { year: input.year })
      : checkedCatalog(input.catalog, input.settings, input.year);
  const version = await repos.saveCatalogDraft({
    districtId: input.district.id,
    catalog,
    settings,
    actor: input.actor,
  });
  return { version, changes: await changesAgainstLastYear(repos, input, catalog) };
}

function checkedCatalog(
  catalog: Catalog,
  settings: SettingsOverrides,
  year: number,
): { catalog: Catalog; settings: SettingsOverrides } {
  const read = catalogOfDocument(catalogDocumentOf(catalog, settings), { year });
  if ('issues' in read) throw catalogInvalid(read.issues);
  return read;
}

/**
 * Starts the year's draft as a copy of another year's catalog of the district (its own version, or
 * pkp's built-in one): the same rows and settings, named for the new year. Refused when the year has
 * a catalog already, so that a copy never overwrites what Dinkes has begun.
 */
export async function copyCatalogDraft(
  repos: Repositories,
  input: At & { fromYear: number; actor: string },
): Promise<{ version: CatalogVersionRecord; changes: CatalogChange[] }> {
  if (await repos.findDistrictCatalog(input.district.id, input.year))
    throw new AppError('CATALOG_EXISTS', { year: input.year }, { status: 409 });
  const own = await repos.findDistrictCatalog(input.district.id, input.fromYear);
  const builtIn = BUILT_IN_CATALOGS.get(input.fromYear);
  const from = own?.catalog ?? builtIn;
  if (!from)
    throw new AppError(
      'CATALOG_NOT_FOUND',
      { district: input.district.name, year: input.fromYear },
      { status: 404 },
    );
  const catalog: Catalog = { ...from, id: copiedId(from.id, input.fromYear, input.year), year: input.year };
  const version = await repos.saveCatalogDraft({
    districtId: input.district.id,
    catalog,
    settings: own?.settings ?? {},
    actor: input.actor,
  });
  return { version, changes: await changesAgainstLastYear(repos, input, catalog) };
}

/** "pati-2023" copied to 2024 is "pati-2024"; an id without its year gets one. */
function copiedId(id: string, fromYear: number, year: number): string {
  return id.includes(String(fromYear)) ? id.replaceAll(String(fromYear), String(year)) : `${id}-${year}`;
}

/** Last year's catalog of the district: its own version, or pkp's built-in one for that year. */
async function lastYears(repos: Repositories, at: At): Promise<Catalog | undefined> {
  return (
    (await repos.findDistrictCatalog(at.district.id, at.year - 1))?.catalog ??
    BUILT_IN_CATALOGS.get(at.year - 1)
  );
}

async function changesAgainstLastYear(
  repos: Repositories,
  at: At,
  catalog: Catalog,
): Promise<CatalogChange[]> {
  const previous = await lastYears(repos, at);
  return previous ? catalogDiff(previous, catalog) : [];
}

/** What the year's catalog changes against last year's; `previousYear` null when there is none to compare. */
export async function diffCatalog(
  repos: Repositories,
  at: At,
): Promise<{ previousYear: number | null; status: 'draft' | 'published'; changes: CatalogChange[] }> {
  const current = await districtCatalog(repos, at);
  const previous = await lastYears(repos, at);
  return {
    previousYear: previous ? at.year - 1 : null,
    status: current.status,
    changes: previous ? catalogDiff(previous, current.catalog) : [],
  };
}

/** Freezes the district's draft of the year. */
export async function publishCatalog(
  repos: Repositories,
  input: At & { actor: string; at?: Date },
): Promise<CatalogVersionRecord> {
  const current = await districtCatalog(repos, input);
  if (current.status === 'published')
    throw new AppError('CATALOG_PUBLISHED', { year: input.year }, { status: 409 });
  return repos.publishCatalog({
    catalogVersionId: current.catalogVersionId,
    actor: input.actor,
    ...(input.at ? { at: input.at } : {}),
  });
}
