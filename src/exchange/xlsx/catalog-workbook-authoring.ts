// A district's catalog of a year as the annex workbook, and an annex workbook read into its draft:
// the workbook's reader and writer around the authoring use cases (app/catalog/catalog-authoring.ts),
// which keep the same rules as for the JSON document (all or nothing, published years refused).
import { districtCatalog, importCatalogDraft, regrouped } from '../../app/catalog/catalog-authoring.ts';
import type { CatalogVersionRecord } from '../../app/catalog/catalog-ports.ts';
import type { OrgUnitRef, Repositories } from '../../app/ports.ts';
import type { CatalogChange } from '../../domain/catalog/diff.ts';
import { catalogWorkbook } from './catalog-workbook.ts';
import { readCatalogWorkbook } from './read-catalog-workbook.ts';

type At = { district: OrgUnitRef; year: number };

/** The district's catalog of the year as the annex workbook (.xlsx bytes), averaged by `averagesBy` when given. */
export async function exportCatalogWorkbook(
  repos: Repositories,
  at: At,
  averagesBy?: string,
): Promise<Buffer> {
  const { catalog, settings } = await districtCatalog(repos, at);
  return catalogWorkbook(regrouped(catalog, averagesBy), settings);
}

/**
 * Reads an annex workbook into the district's draft of the year: every problem by sheet and row and
 * nothing stored (CATALOG_INVALID), or the draft stored whole with what changed against last year.
 */
export async function importCatalogWorkbookDraft(
  repos: Repositories,
  input: At & { workbook: Uint8Array; actor: string },
): Promise<{ version: CatalogVersionRecord; changes: CatalogChange[] }> {
  const { catalog, settings } = await readCatalogWorkbook(input.workbook, { year: input.year });
  return importCatalogDraft(repos, {
    district: input.district,
    year: input.year,
    actor: input.actor,
    catalog,
    settings,
  });
}
