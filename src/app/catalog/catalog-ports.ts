// What authoring a district's catalog needs from the store (data/adapters implements it).
import type { Catalog } from '../../domain/catalog/types.ts';
import type { SettingsOverrides } from '../../domain/scoring/settings.ts';

export interface CatalogVersionRecord {
  catalogVersionId: number;
  year: number;
  status: 'draft' | 'published';
}

export interface CatalogAuthoringRepository {
  /**
   * Stores the catalog as the district's draft of its year (replacing the draft's tree), with an
   * audit entry; CATALOG_PUBLISHED when that year's version is published.
   */
  saveCatalogDraft(input: {
    districtId: number;
    catalog: Catalog;
    settings: SettingsOverrides;
    actor: string;
  }): Promise<CatalogVersionRecord>;
  /** Freezes a draft; CATALOG_PUBLISHED when it already is. */
  publishCatalog(input: {
    catalogVersionId: number;
    actor: string;
    at?: Date;
  }): Promise<CatalogVersionRecord>;
}
