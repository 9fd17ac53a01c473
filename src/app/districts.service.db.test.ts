// Adding a district under its province: its Puskesmas from a CSV list and its first admin, all in one
// transaction; every problem of the list named by row and field, and then nothing stored at all.
import { beforeAll, expect, it } from 'vitest';
import { describeOnBackends, describeOnPostgres } from '../../test/db/backends.ts';
import { uniqueCode } from '../../test/db/fixtures.ts';
import { districtsUnitOfWork, storeDistricts } from '../data/adapters/districts.ts';
import { listAudit } from '../data/repositories/audit.repository.ts';
import { saveCatalog } from '../data/repositories/catalogs.repository.ts';
import { createOrgUnit, listChildUnits } from '../data/repositories/org-units.repository.ts';
import { getUserByUsername } from '../data/repositories/users.repository.ts';
import { sampleCatalog } from '../../test/db/fixtures.ts';
import { addDistrict, listProvinceDistricts, type DistrictsDeps } from './districts.service.ts';
import type { OrgUnitWithAncestors, PasswordHasher } from './ports.ts';

/** Hashing is not what these tests are about: a readable stand-in for argon2id. */
const hasher: PasswordHasher = {
  hash: async (password) => `hashed:${password}`,
  verify: async (hash, password) => hash === `hashed:${password}`,
};
const at = new Date('2024-02-01T03:00:00Z');

describeOnBackends('adding a district', (backend) => {
  let province: OrgUnitWithAncestors;
  let neighbour: { code: string; puskesmas: string };
  const deps = (): DistrictsDeps => ({ uow: districtsUnitOfWork(backend.store), hasher, clock: () => at });
  const unit = (code: string) => storeDistricts(backend.store).findOrgUnit(code);

  beforeAll(async () => {
    const code = uniqueCode('PROV');
    const created = await createOrgUnit(backend.db, { code, name: 'Jawa Tengah', level: 'province' });
    // A district already there, with one Puskesmas and a published-or-draft catalog year.
    const district = await createOrgUnit(backend.db, {
      code: uniqueCode('KAB'),
      name: 'Kabupaten Pati',
      level: 'district',
      parentId: created.id,
    });
    const puskesmas = await createOrgUnit(backend.db, {
      code: uniqueCode('P'),
      name: 'Puskesmas Pati I',
      level: 'puskesmas',
      parentId: district.id,
    });
    await saveCatalog(backend.db, {
      districtId: district.id,
      catalog: sampleCatalog(2023),
      settings: {},
      actor: 'admin',
    });
    neighbour = { code: district.code, puskesmas: puskesmas.code };
    province = (await unit(code))!;
  });

  it('adds the district with its Puskesmas and its first admin, and lists it with the others', async () => {
    const code = uniqueCode('KUDUS');
    const csv = `\uFEFFkode;nama;rawat_inap\r\n${code}-1;Puskesmas Purwosari;tidak\r\n${code}-2;Puskesmas Jati;ya\r\n`;
    const added = await addDistrict(deps(), {
      province,
      code,
      name: 'Kabupaten Kudus',
      puskesmasCsv: csv,
      admin: { username: `admin.${code.toLowerCase()}`, password: 'kudus-awal-2024' },
      actor: 'admin.33',
    });
    expect(added.district.code).toBe(code);
    expect(added.puskesmas.map((p) => [p.code, p.name, p.rawatInap])).toEqual([
      [`${code}-1`, 'Puskesmas Purwosari', false],
      [`${code}-2`, 'Puskesmas Jati', true],
    ]);
    expect(added.admin).toEqual({ username: `admin.${code.toLowerCase()}` });

    const district = (await unit(code))!;
    // Nearest first, up to the country's unit above every province.
    expect([district.level, district.ancestorIds]).toEqual([
      'district',
      [province.id, ...province.ancestorIds],
    ]);
    expect(province.ancestorIds).toHaveLength(1);
    expect((await unit(`${code}-2`))!.ancestorIds).toEqual([
      district.id,
      province.id,
      ...province.ancestorIds,
    ]);
    const admin = (await getUserByUsername(backend.db, `admin.${code.toLowerCase()}`))!;
    expect([admin.role, admin.orgUnit.code, admin.mustChangePassword, admin.passwordHash]).toEqual([
      'admin_dinkes',
      code,
      true,
      'hashed:kudus-awal-2024',
    ]);
    expect(admin.name).toBe('Admin Dinkes Kabupaten Kudus');
    const [audit] = await listAudit(backend.db, { entity: 'org_unit', orgUnitId: district.id });
    expect(audit).toMatchObject({ actor: 'admin.33', oldValue: null, newValue: { code, level: 'district' } });
    expect((audit!.newValue as { puskesmas: unknown[] }).puskesmas).toHaveLength(2);
    expect(await listAudit(backend.db, { entity: 'user', orgUnitId: district.id })).toHaveLength(1);

    const listed = await listProvinceDistricts(storeDistricts(backend.store), province);
    expect(listed.province).toEqual({ code: province.code, name: 'Jawa Tengah' });
    expect(listed.districts.map((d) => [d.code, d.puskesmas, d.catalogYears.map((y) => y.year)])).toEqual(
      [
        [neighbour.code, 1, [2023]],
        [code, 2, []],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('names every problem of the list at once, a code used anywhere among them, and stores nothing', async () => {
    const code = uniqueCode('KAB');
    const csv = [
      'kode,nama,rawat_inap',
      `${code}-1,Puskesmas Satu,ya`,
      `${code}-1,Puskesmas Dua,tidak`,
      `${neighbour.puskesmas},,mungkin`,
      `${code},Puskesmas Tiga,0`,
      `${neighbour.code.toLowerCase()},Puskesmas Empat,1`,
    ].join('\n');
    const refused = addDistrict(deps(), {
      province,
      code,
      name: 'Kabupaten Baru',
      puskesmasCsv: csv,
      admin: { username: `admin.${code.toLowerCase()}`, password: 'kata-sandi-awal-2024' },
      actor: 'admin.33',
    });
    await expect(refused).rejects.toMatchObject({ code: 'PUSKESMAS_CSV_INVALID', status: 400 });
    const error = (await refused.catch((e: unknown) => e)) as { params: Record<string, string> };
    expect(String(error.params.issues).split('\n')).toEqual([
      `baris 3, kode: ${code}-1 sudah ada di baris 2`,
      `baris 4, kode: ${neighbour.puskesmas} sudah dipakai oleh Puskesmas Pati I`,
      'baris 4, nama: kosong',
      'baris 4, rawat_inap: "mungkin": isi ya atau tidak (juga true/false, 1/0)',
      `baris 5, kode: ${code} sudah dipakai oleh Kabupaten Baru`,
      `baris 6, kode: ${neighbour.code.toLowerCase()} sudah dipakai oleh Kabupaten Pati`,
    ]);
    expect(String(error.params.issuesEn)).toContain(`row 3, code: ${code}-1 is already on row 2`);
    expect(await unit(code)).toBeUndefined();
    expect(await unit(`${code}-1`)).toBeUndefined();
    expect(await getUserByUsername(backend.db, `admin.${code.toLowerCase()}`)).toBeUndefined();
  });

  it("names a code some unit already has, even in another case, as that unit's", async () => {
    const code = uniqueCode('KAB');
    const csv = `kode,nama,rawat_inap\n${neighbour.puskesmas.toLowerCase()},Puskesmas Lain,ya`;
    await expect(
      addDistrict(deps(), { province, code, name: 'Kabupaten Baru', puskesmasCsv: csv, actor: 'x' }),
    ).rejects.toMatchObject({
      code: 'PUSKESMAS_CSV_INVALID',
      params: {
        issues: `baris 2, kode: ${neighbour.puskesmas.toLowerCase()} sudah dipakai oleh Puskesmas Pati I`,
      },
    });
  });

  it('refuses a district code that is taken, and an admin username that is, storing nothing', async () => {
    const csv = (prefix: string) => `code,name,rawat_inap\n${prefix}-1,Puskesmas Satu,true`;
    await expect(
      addDistrict(deps(), {
        province,
        code: neighbour.code,
        name: 'Kabupaten Pati Lagi',
        puskesmasCsv: csv(uniqueCode('X')),
        actor: 'admin.33',
      }),
    ).rejects.toMatchObject({ code: 'ORG_UNIT_CODE_TAKEN', status: 409, params: { name: 'Kabupaten Pati' } });

    const first = uniqueCode('KAB');
    await addDistrict(deps(), {
      province,
      code: first,
      name: 'Kabupaten Pertama',
      puskesmasCsv: csv(first),
      admin: { username: 'admin.pertama', password: 'kata-sandi-awal-2024' },
      actor: 'admin.33',
    });
    const second = uniqueCode('KAB');
    await expect(
      addDistrict(deps(), {
        province,
        code: second,
        name: 'Kabupaten Kedua',
        puskesmasCsv: csv(second),
        admin: { username: 'admin.pertama', password: 'kata-sandi-awal-2024' },
        actor: 'admin.33',
      }),
    ).rejects.toMatchObject({ code: 'USERNAME_TAKEN', status: 409 });
    expect(await unit(second)).toBeUndefined();
    expect(await unit(`${second}-1`)).toBeUndefined();
  });

  it('refuses a weak initial password, and a unit that is no province, before anything is read', async () => {
    const code = uniqueCode('KAB');
    const input = {
      province,
      code,
      name: 'Kabupaten Baru',
      puskesmasCsv: `kode,nama,rawat_inap\n${code}-1,Puskesmas Satu,ya`,
      actor: 'admin.33',
    };
    await expect(
      addDistrict(deps(), { ...input, admin: { username: 'admin.lemah', password: 'pendek' } }),
    ).rejects.toMatchObject({ code: 'PASSWORD_TOO_SHORT' });
    const district = (await unit(neighbour.code))!;
    await expect(addDistrict(deps(), { ...input, province: district })).rejects.toMatchObject({
      code: 'PROVINCE_NOT_FOUND',
      status: 404,
    });
    expect(await unit(code)).toBeUndefined();
    expect(await listChildUnits(backend.db, district.id)).toHaveLength(1);
  });
});

// PostgreSQL only: PGlite runs one transaction at a time, so the race could not happen there.
describeOnPostgres('two additions of the same district at once', (backend) => {
  it('adds it once and tells the other that the code is taken', async () => {
    const code = uniqueCode('PROV');
    await createOrgUnit(backend.db, { code, name: 'Jawa Tengah', level: 'province' });
    const province = (await storeDistricts(backend.store).findOrgUnit(code))!;
    const district = uniqueCode('KAB');
    const add = (admin: string) =>
      addDistrict(
        { uow: districtsUnitOfWork(backend.store), hasher, clock: () => at },
        {
          province,
          code: district,
          name: 'Kabupaten Kembar',
          puskesmasCsv: `kode,nama,rawat_inap\n${district}-1,Puskesmas Satu,ya`,
          admin: { username: admin, password: 'kata-sandi-awal-2024' },
          actor: 'admin.33',
        },
      );
    const results = await Promise.allSettled([
      add(`${district}.a`.toLowerCase()),
      add(`${district}.b`.toLowerCase()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'ORG_UNIT_CODE_TAKEN', status: 409 });
    expect(
      await listChildUnits(backend.db, (await storeDistricts(backend.store).findOrgUnit(district))!.id),
    ).toHaveLength(1);
  });
});
