// The years a unit can open, over HTTP: the district's catalog years with their status, and the
// Puskesmas-years opened in them; each role on its own unit.
import { beforeAll, expect, it } from 'vitest';
import { districtYears } from '../../src/app/years.service.ts';
import { ROLES, type Role } from '../../src/domain/access/roles.ts';
import { BUILT_IN_CATALOGS } from '../../src/domain/catalog/builtin.ts';
import { getOrgUnitByCode } from '../../src/data/repositories/org-units.repository.ts';
import { saveCatalog } from '../../src/data/repositories/catalogs.repository.ts';
import type { UnitYears } from '../../src/shared/api/years.schema.ts';
import {
  ACCOUNT_OF_ROLE,
  callJson,
  describeHttp,
  signIn,
  TEST_YEAR,
  UNITS,
  type TestSession,
} from './harness.ts';

const DISTRICT_ROLES: readonly Role[] = ['admin_dinkes', 'verifikator', 'viewer'];
const OWN_PUSKESMAS = UNITS.puskesmas[0];

describeHttp('the years a unit can open', (t) => {
  const sessions = new Map<Role, TestSession>();
  const get = (role: Role, path: string) => callJson<UnitYears>(t.app, sessions.get(role)!, 'GET', path);

  beforeAll(async () => {
    for (const role of ROLES) sessions.set(role, await signIn(t.app, ACCOUNT_OF_ROLE[role]));
  });

  it('lists the district its catalog year, published, with every Puskesmas-year opened in it', async () => {
    const res = await get('viewer', `/api/districts/${UNITS.district}/years`);
    expect(res.status).toBe(200);
    expect(res.body.district).toEqual({ code: UNITS.district, name: 'Kabupaten Pati' });
    expect(res.body.years.map((y) => [y.year, y.catalog])).toEqual([[TEST_YEAR, 'published']]);
    const opened = res.body.years[0]!.assessments;
    expect(opened.map((a) => a.puskesmas.code)).toEqual([...UNITS.puskesmas]);
    // The demo: Pati I and II still completing their self-assessment, the others submitted.
    expect(opened.map((a) => a.status)).toEqual(['draft', 'draft', 'submitted']);
  });

  // The province's admin reaches every district of its province (test/http/districts.test.ts).
  it.each(ROLES.filter((r) => r !== 'admin_provinsi'))(
    'lets %s list the years of its own unit, and no other',
    async (role) => {
      const puskesmasRoute = `/api/puskesmas/${OWN_PUSKESMAS}/years`;
      const own = DISTRICT_ROLES.includes(role) ? `/api/districts/${UNITS.district}/years` : puskesmasRoute;
      const res = await get(role, own);
      expect(res.status).toBe(200);
      expect(res.body.years.map((y) => y.year)).toEqual([TEST_YEAR]);
      // A district account reaches its Puskesmas too; a Puskesmas account never the district's list.
      expect((await get(role, puskesmasRoute)).status).toBe(200);
      const foreign = DISTRICT_ROLES.includes(role)
        ? [`/api/districts/${UNITS.foreignDistrict}/years`, `/api/puskesmas/${UNITS.foreignPuskesmas}/years`]
        : [`/api/districts/${UNITS.district}/years`, `/api/puskesmas/${UNITS.puskesmas[1]}/years`];
      for (const path of foreign) expect((await get(role, path)).status, path).toBe(403);
    },
  );

  it("shows a Puskesmas its own year only, with that year's status", async () => {
    const res = await get('pelaksana', `/api/puskesmas/${OWN_PUSKESMAS}/years`);
    expect(res.body.years[0]!.assessments).toEqual([
      { puskesmas: { code: OWN_PUSKESMAS, name: 'Puskesmas Pati I' }, status: 'draft' },
    ]);
  });

  it('answers a year without a catalog with who opens it, then lists it once Dinkes drafts it', async () => {
    const missing = await callJson<{ code: string; message: string }>(
      t.app,
      sessions.get('pelaksana')!,
      'GET',
      `/api/puskesmas/${OWN_PUSKESMAS}/years/2024/entries`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      code: 'CATALOG_NOT_FOUND',
      message:
        'Katalog indikator tahun 2024 untuk Kabupaten Pati belum dibuat. Admin Dinkes membuka tahun baru.',
    });

    const district = (await getOrgUnitByCode(t.store.db, UNITS.district))!;
    const catalog = { ...BUILT_IN_CATALOGS.get(TEST_YEAR)!, year: 2024 };
    await saveCatalog(t.store.db, { districtId: district.id, catalog, actor: 'admin.3318' });

    const res = await get('kepala_puskesmas', `/api/puskesmas/${OWN_PUSKESMAS}/years`);
    expect(res.body.years.map((y) => [y.year, y.catalog, y.assessments.length])).toEqual([
      [2024, 'draft', 0],
      [TEST_YEAR, 'published', 1],
    ]);
  });

  it('lists no year for a district without a catalog', async () => {
    const district = (await getOrgUnitByCode(t.store.db, UNITS.foreignDistrict))!;
    expect(await districtYears(t.deps.repos, district)).toEqual({
      district: { code: UNITS.foreignDistrict, name: 'Kabupaten Kudus' },
      years: [],
    });
  });
});
