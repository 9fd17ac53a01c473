import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { patiCatalog2023 } from '../../domain/catalog/pati/index.ts';
import { listNodes } from '../../domain/catalog/walk.ts';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, sampleCatalog, sqlStateOf } from '../../../test/db/fixtures.ts';
import { catalogNodes, catalogVersions } from '../schema.ts';
import { listAudit } from './audit.repository.ts';
import {
  getCatalogVersion,
  listCatalogYears,
  loadCatalog,
  publishCatalogVersion,
  saveCatalog,
  updateCatalogSettings,
} from './catalogs.repository.ts';

describeOnBackends('catalogs repository', (backend) => {
  it('loads back the same catalog it saved', async () => {
    const { district } = await createDistrict(backend.db, 0);
    const catalog = sampleCatalog(2023);

    const version = await saveCatalog(backend.db, { districtId: district.id, catalog, actor: 'admin' });

    expect(version).toMatchObject({
      districtId: district.id,
      year: 2023,
      source: 'contoh-2023',
      status: 'draft',
      settings: {},
    });
    expect(await loadCatalog(backend.db, version.id)).toEqual(catalog);
  });

  it('loads back the whole Pati 2023 catalog unchanged', async () => {
    const { district } = await createDistrict(backend.db, 0);
    const version = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: patiCatalog2023,
      actor: 'admin',
    });

    const loaded = await loadCatalog(backend.db, version.id);

    expect(loaded).toEqual(patiCatalog2023);
    const nodes = patiCatalog2023.clusters.flatMap((c) => listNodes(c));
    const rows = await backend.db
      .select()
      .from(catalogNodes)
      .where(eq(catalogNodes.catalogVersionId, version.id));
    expect(rows).toHaveLength(nodes.length);
  });

  it('replaces the tree and settings of a draft saved again', async () => {
    const { district } = await createDistrict(backend.db, 0);
    const first = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: sampleCatalog(2024),
      actor: 'admin',
    });
    const smaller = { ...sampleCatalog(2024), clusters: sampleCatalog(2024).clusters.slice(0, 1) };

    const second = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: smaller,
      settings: { convention: 'coverage', thresholds: { management: [8, 5] } },
      actor: 'admin',
    });

    expect(second.id).toBe(first.id);
    expect(second.settings).toEqual({ convention: 'coverage', thresholds: { management: [8, 5] } });
    expect(await loadCatalog(backend.db, second.id)).toEqual(smaller);
  });

  it('lists the years a district has a catalog for, oldest first', async () => {
    const { district } = await createDistrict(backend.db, 0);
    await saveCatalog(backend.db, { districtId: district.id, catalog: sampleCatalog(2024), actor: 'admin' });
    const v2023 = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: sampleCatalog(2023),
      actor: 'admin',
    });
    await publishCatalogVersion(backend.db, { catalogVersionId: v2023.id, actor: 'admin' });

    const years = await listCatalogYears(backend.db, district.id);

    expect(years.map(({ year, status }) => ({ year, status }))).toEqual([
      { year: 2023, status: 'published' },
      { year: 2024, status: 'draft' },
    ]);
    expect(years[0]!.publishedAt).toBeInstanceOf(Date);
  });

  it('freezes a published version: saving, new settings and publishing again are refused with CATALOG_PUBLISHED', async () => {
    const { district } = await createDistrict(backend.db, 0);
    const catalog = sampleCatalog(2023);
    const draft = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog,
      settings: { cap: true },
      actor: 'admin',
    });
    const published = await publishCatalogVersion(backend.db, {
      catalogVersionId: draft.id,
      actor: 'admin',
      at: new Date('2023-01-02T03:00:00Z'),
    });
    expect(published).toMatchObject({ status: 'published', publishedAt: new Date('2023-01-02T03:00:00Z') });

    const refusal = { code: 'CATALOG_PUBLISHED', status: 409, params: { year: 2023 } };
    await expect(
      saveCatalog(backend.db, {
        districtId: district.id,
        catalog: { ...catalog, clusters: [] },
        actor: 'admin',
      }),
    ).rejects.toMatchObject(refusal);
    await expect(
      updateCatalogSettings(backend.db, {
        catalogVersionId: draft.id,
        settings: { cap: false },
        actor: 'admin',
      }),
    ).rejects.toMatchObject(refusal);
    await expect(
      publishCatalogVersion(backend.db, { catalogVersionId: draft.id, actor: 'admin' }),
    ).rejects.toMatchObject(refusal);

    expect(await loadCatalog(backend.db, draft.id)).toEqual(catalog);
    expect(await getCatalogVersion(backend.db, district.id, 2023)).toMatchObject({
      settings: { cap: true },
      status: 'published',
    });
  });

  it('has the database refuse changes to a published version that bypass the repository', async () => {
    const { district } = await createDistrict(backend.db, 0);
    const version = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: sampleCatalog(2023),
      actor: 'admin',
    });
    await publishCatalogVersion(backend.db, { catalogVersionId: version.id, actor: 'admin' });
    const ofVersion = eq(catalogNodes.catalogVersionId, version.id);

    const attempts = [
      backend.db.update(catalogNodes).set({ position: 9 }).where(ofVersion),
      backend.db.delete(catalogNodes).where(ofVersion),
      backend.db.insert(catalogNodes).values({
        catalogVersionId: version.id,
        code: 'EXTRA',
        parentCode: null,
        position: 9,
        type: 'group',
        cluster: 'spm',
        definition: { type: 'group', code: 'EXTRA', number: '', name: '' },
      }),
      backend.db.update(catalogVersions).set({ status: 'draft' }).where(eq(catalogVersions.id, version.id)),
      backend.db.delete(catalogVersions).where(eq(catalogVersions.id, version.id)),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toSatisfy((error) => sqlStateOf(error) === 'PK001');
    }

    expect(await loadCatalog(backend.db, version.id)).toEqual(sampleCatalog(2023));
  });

  it('audits saving, new settings and publishing', async () => {
    const { district } = await createDistrict(backend.db, 0);
    const version = await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: sampleCatalog(2023),
      actor: 'admin',
    });
    await updateCatalogSettings(backend.db, {
      catalogVersionId: version.id,
      settings: { lowerFormula: 'ratio' },
      actor: 'admin',
      reason: 'district decision 12/2023',
    });
    await publishCatalogVersion(backend.db, { catalogVersionId: version.id, actor: 'kadinkes' });

    const audit = await listAudit(backend.db, {
      entity: 'catalog',
      orgUnitId: district.id,
      entityKey: { year: 2023 },
    });

    expect(audit.map((a) => [a.actor, a.oldValue?.status ?? null, a.newValue?.status, a.reason])).toEqual([
      ['admin', null, 'draft', null],
      ['admin', 'draft', 'draft', 'district decision 12/2023'],
      ['kadinkes', 'draft', 'published', null],
    ]);
    expect(audit[1]!.newValue).toMatchObject({ settings: { lowerFormula: 'ratio' } });
  });

  it('finds no catalog for an unknown version', async () => {
    expect(await loadCatalog(backend.db, 987_654)).toBeUndefined();
  });
});
