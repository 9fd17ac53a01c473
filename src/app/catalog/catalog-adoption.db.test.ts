// A district adopting another district's published catalog: the rows and settings land in its draft of
// the year, the source untouched; a draft source, a missing one, and a year already begun refused.
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, sampleCatalog } from '../../../test/db/fixtures.ts';
import { storeRepositories, unitOfWork } from '../../data/adapters/repositories.ts';
import { listAudit } from '../../data/repositories/audit.repository.ts';
import type { OrgUnit } from '../../data/repositories/org-units.repository.ts';
import type { Repositories } from '../ports.ts';
import { adoptCatalog } from './catalog-adoption.ts';

const ref = (u: OrgUnit) => ({ id: u.id, code: u.code, name: u.name });

describeOnBackends("adopting another district's catalog", (backend) => {
  let repos: Repositories;
  let source: OrgUnit;
  const adopt = (district: OrgUnit, year: number, from = source.code) =>
    adoptCatalog(unitOfWork(backend.store), {
      district: ref(district),
      year,
      fromDistrictCode: from,
      actor: 'admin.baru',
    });

  beforeAll(async () => {
    repos = storeRepositories(backend.store);
    source = (await createDistrict(backend.db, 1)).district;
    const published = await repos.saveCatalogDraft({
      districtId: source.id,
      catalog: sampleCatalog(2023),
      settings: { convention: 'coverage' },
      actor: 'admin.sumber',
    });
    await repos.publishCatalog({ catalogVersionId: published.catalogVersionId, actor: 'admin.sumber' });
    // 2024 is only a draft at the source.
    await repos.saveCatalogDraft({
      districtId: source.id,
      catalog: sampleCatalog(2024),
      settings: {},
      actor: 'admin.sumber',
    });
  });

  it("copies the published catalog's rows and settings into the district's draft, the source untouched", async () => {
    const { district } = await createDistrict(backend.db, 1);
    const adopted = await adopt(district, 2023);
    expect(adopted.version).toMatchObject({ year: 2023, status: 'draft' });
    expect(adopted.from).toEqual(ref(source));
    const own = (await repos.findDistrictCatalog(district.id, 2023))!;
    const theirs = (await repos.findDistrictCatalog(source.id, 2023))!;
    expect(own.catalog).toEqual(theirs.catalog);
    expect(own.settings).toEqual({ convention: 'coverage' });
    expect([own.status, theirs.status]).toEqual(['draft', 'published']);
    expect(own.catalogVersionId).not.toBe(theirs.catalogVersionId);
    expect(await listAudit(backend.db, { entity: 'catalog', orgUnitId: district.id })).toMatchObject([
      { actor: 'admin.baru', oldValue: null },
    ]);
  });

  it('refuses a year the district has a catalog for already, and leaves it as it was', async () => {
    const { district } = await createDistrict(backend.db, 1);
    await adopt(district, 2023);
    const before = (await repos.findDistrictCatalog(district.id, 2023))!;
    await expect(adopt(district, 2023)).rejects.toMatchObject({ code: 'CATALOG_EXISTS', status: 409 });
    expect(await repos.findDistrictCatalog(district.id, 2023)).toEqual(before);
  });

  it('refuses a draft at the source, a year the source has no catalog for, and an unknown district', async () => {
    const { district } = await createDistrict(backend.db, 1);
    await expect(adopt(district, 2024)).rejects.toMatchObject({
      code: 'CATALOG_ADOPT_NOT_PUBLISHED',
      status: 409,
    });
    await expect(adopt(district, 2022)).rejects.toMatchObject({ code: 'CATALOG_NOT_FOUND', status: 404 });
    await expect(adopt(district, 2023, 'TIDAK-ADA')).rejects.toMatchObject({
      code: 'DISTRICT_NOT_FOUND',
      status: 404,
    });
    for (const year of [2022, 2023, 2024])
      expect(await repos.findDistrictCatalog(district.id, year)).toBeUndefined();
  });
});
