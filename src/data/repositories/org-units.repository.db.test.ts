import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, sqlStateOf, uniqueCode } from '../../../test/db/fixtures.ts';
import {
  createOrgUnit,
  createOrgUnits,
  getOrgUnitByCode,
  getOrgUnitById,
  listChildUnits,
  findOrgUnitWithAncestors,
  listPuskesmasOfDistrict,
} from './org-units.repository.ts';

describeOnBackends('org units repository', (backend) => {
  it('creates a unit and finds it by code and by id', async () => {
    const code = uniqueCode('PROV');
    const created = await createOrgUnit(backend.db, {
      code,
      name: 'Provinsi Jawa Tengah',
      level: 'province',
    });

    // A province given no parent lies under the country's unit, which the migrations made.
    const country = (await getOrgUnitByCode(backend.db, 'ID'))!;
    expect(country).toMatchObject({ name: 'Indonesia', level: 'national', parentId: null });
    expect(created).toMatchObject({
      code,
      name: 'Provinsi Jawa Tengah',
      level: 'province',
      parentId: country.id,
      rawatInap: false,
    });
    expect(await findOrgUnitWithAncestors(backend.db, code)).toMatchObject({
      code,
      ancestorIds: [country.id],
    });
    expect(await getOrgUnitByCode(backend.db, code)).toEqual(created);
    expect(await getOrgUnitById(backend.db, created.id)).toEqual(created);
    expect(await getOrgUnitByCode(backend.db, 'NO-SUCH-CODE')).toBeUndefined();
  });

  it('refuses a second unit with the same code', async () => {
    const code = uniqueCode('KAB');
    await createOrgUnit(backend.db, { code, name: 'A', level: 'district' });
    await expect(createOrgUnit(backend.db, { code, name: 'B', level: 'district' })).rejects.toSatisfy(
      (error) => sqlStateOf(error) === '23505',
    );
  });

  it('creates many units in one go and returns them in the order given', async () => {
    const codes = ['Z', 'A', 'M'].map((c) => uniqueCode(`PKM-${c}`));
    const created = await createOrgUnits(
      backend.db,
      codes.map((code) => ({ code, name: code, level: 'puskesmas' as const })),
    );
    expect(created.map((u) => u.code)).toEqual(codes);
  });

  it("lists a district's children by code, and only its Puskesmas when asked", async () => {
    const { district, puskesmas } = await createDistrict(backend.db, 3);
    const office = await createOrgUnit(backend.db, {
      code: uniqueCode('ZZ-OFFICE'),
      name: 'A sub-district office that is not a Puskesmas',
      level: 'district',
      parentId: district.id,
    });
    await createDistrict(backend.db, 2); // another district's Puskesmas stay out

    const byCode = [...puskesmas].sort((a, b) => a.code.localeCompare(b.code));
    expect((await listPuskesmasOfDistrict(backend.db, district.id)).map((u) => u.id)).toEqual(
      byCode.map((u) => u.id),
    );
    expect((await listChildUnits(backend.db, district.id)).map((u) => u.id)).toEqual([
      ...byCode.map((u) => u.id),
      office.id,
    ]);
    expect(puskesmas.map((u) => u.rawatInap)).toEqual([true, false, false]);
  });
});
