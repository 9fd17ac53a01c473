// A province's districts over HTTP: the province admin lists them and adds one (its Puskesmas as a CSV
// list, in JSON or as a multipart file, and its first admin); that admin signs in and adopts another
// district's published catalog as the draft of the year. Problems come back named by row; nothing is
// stored then; nobody else may add a district.
import { expect, it } from 'vitest';
import type { AddedDistrictView, ProvinceDistrictsView } from '../../src/shared/api/districts.schema.ts';
import { call, callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const PROVINCE = `/api/provinces/${UNITS.province}/districts`;
const adoptPath = (district: string, year = TEST_YEAR) =>
  `/api/districts/${district}/years/${year}/catalog/adopt`;
const csv = (code: string) =>
  `kode;nama;rawat_inap\r\n${code}001;Puskesmas Satu;ya\r\n${code}002;"Puskesmas Dua; Kota";tidak\r\n`;

/** Signs in with an initial password and changes it, as the UI makes a new account do first. */
async function firstSignIn(t: Parameters<Parameters<typeof describeHttp>[1]>[0], username: string) {
  const initial = await signIn(t.app, username, 'kata-sandi-awal-2024');
  const changed = await call(t.app, initial, 'POST', '/api/auth/password', {
    currentPassword: 'kata-sandi-awal-2024',
    newPassword: 'kata-sandi-baru-2024',
  });
  expect(changed.status).toBe(204);
  return signIn(t.app, username, 'kata-sandi-baru-2024');
}

describeHttp('the districts of a province', (t) => {
  const provinceAdmin = () => signIn(t.app, 'admin.33');
  const listed = async (session: TestSession) =>
    (await callJson<ProvinceDistrictsView>(t.app, session, 'GET', PROVINCE)).body.districts;

  it('lists the districts of the province with their Puskesmas counts and catalog years', async () => {
    for (const username of ['admin.33', 'viewer.33']) {
      const res = await callJson<ProvinceDistrictsView>(
        t.app,
        await signIn(t.app, username),
        'GET',
        PROVINCE,
      );
      expect(res.status, username).toBe(200);
      expect(res.body.province).toEqual({ code: UNITS.province, name: 'Jawa Tengah' });
      expect(res.body.districts.slice(0, 2)).toEqual([
        {
          code: UNITS.district,
          name: 'Kabupaten Pati',
          puskesmas: 3,
          catalogYears: [{ year: TEST_YEAR, status: 'published', publishedAt: expect.any(String) }],
        },
        { code: UNITS.foreignDistrict, name: 'Kabupaten Kudus', puskesmas: 1, catalogYears: [] },
      ]);
    }
  });

  it('has nothing waiting for the province accounts: their work is not a Puskesmas-year', async () => {
    for (const username of ['admin.33', 'viewer.33']) {
      const res = await callJson<{ items: unknown[]; unit: { level: string } }>(
        t.app,
        await signIn(t.app, username),
        'GET',
        `/api/me/waiting?year=${TEST_YEAR}`,
      );
      expect([res.status, res.body.unit.level, res.body.items], username).toEqual([200, 'province', []]);
    }
  });

  it('adds a district with its Puskesmas and its admin, who adopts a published catalog as the draft', async () => {
    const admin = await provinceAdmin();
    const refusedList = await callJson(t.app, admin, 'POST', PROVINCE, {
      code: '3320',
      name: 'Kabupaten Jepara',
      puskesmas: 'kode,nama,rawat_inap\nP3318001,Puskesmas Pati Lagi,ya\nP3320002,,kadang',
    });
    expect(refusedList.status).toBe(400);
    expect(refusedList.body).toMatchObject({
      code: 'PUSKESMAS_CSV_INVALID',
      params: {
        count: 3,
        issues:
          'baris 2, kode: P3318001 sudah dipakai oleh Puskesmas Pati I\n' +
          'baris 3, nama: kosong\n' +
          'baris 3, rawat_inap: "kadang": isi ya atau tidak (juga true/false, 1/0)',
      },
    });
    expect((await listed(admin)).map((d) => d.code)).not.toContain('3320');

    const added = await callJson<AddedDistrictView>(t.app, admin, 'POST', PROVINCE, {
      code: '3320',
      name: 'Kabupaten Jepara',
      puskesmas: csv('P3320'),
      admin: { username: 'admin.3320', password: 'kata-sandi-awal-2024' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      district: { code: '3320', name: 'Kabupaten Jepara' },
      puskesmas: [
        { code: 'P3320001', name: 'Puskesmas Satu', rawatInap: true },
        { code: 'P3320002', name: 'Puskesmas Dua; Kota', rawatInap: false },
      ],
      admin: { username: 'admin.3320' },
    });
    const again = await callJson(t.app, admin, 'POST', PROVINCE, {
      code: '3320',
      name: 'Kabupaten Jepara',
      puskesmas: csv('P3399'),
    });
    expect([again.status, (again.body as { code: string }).code]).toEqual([409, 'ORG_UNIT_CODE_TAKEN']);

    const jepara = await firstSignIn(t, 'admin.3320');
    expect(jepara.user).toMatchObject({ role: 'admin_dinkes', orgUnit: { code: '3320' } });
    const puskesmas = await callJson(t.app, jepara, 'GET', '/api/districts/3320/puskesmas');
    expect(puskesmas.body).toEqual(added.body.puskesmas);
    // Kudus has no catalog to adopt; Pati's 2023 one is published.
    const nothing = await callJson(t.app, jepara, 'POST', adoptPath('3320'), { from: UNITS.foreignDistrict });
    expect([nothing.status, (nothing.body as { code: string }).code]).toEqual([404, 'CATALOG_NOT_FOUND']);
    const adopted = await callJson(t.app, jepara, 'POST', adoptPath('3320'), { from: UNITS.district });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toEqual({ year: TEST_YEAR, status: 'draft', changes: [] });
    const twice = await callJson(t.app, jepara, 'POST', adoptPath('3320'), { from: UNITS.district });
    expect([twice.status, (twice.body as { code: string }).code]).toEqual([409, 'CATALOG_EXISTS']);
    // Adopting another district's catalog is not reaching into it: Pati's own screens stay closed.
    expect((await call(t.app, jepara, 'GET', `/api/districts/${UNITS.district}/puskesmas`)).status).toBe(403);
    expect(await listed(admin)).toContainEqual({
      code: '3320',
      name: 'Kabupaten Jepara',
      puskesmas: 2,
      catalogYears: [{ year: TEST_YEAR, status: 'draft', publishedAt: null }],
    });

    // A draft is not adopted: it may still change under the adopter.
    const form = new FormData();
    form.set('code', '3321');
    form.set('name', 'Kabupaten Rembang');
    form.set('puskesmas', new File([csv('P3321')], 'puskesmas.csv', { type: 'text/csv' }));
    form.set('adminUsername', 'admin.3321');
    form.set('adminPassword', 'kata-sandi-awal-2024');
    const multipart = await t.app.request(PROVINCE, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      body: form,
    });
    expect(multipart.status).toBe(201);
    expect(((await multipart.json()) as AddedDistrictView).puskesmas.map((p) => p.code)).toEqual([
      'P3321001',
      'P3321002',
    ]);
    const rembang = await firstSignIn(t, 'admin.3321');
    const draft = await callJson(t.app, rembang, 'POST', adoptPath('3321'), { from: '3320' });
    expect([draft.status, (draft.body as { code: string }).code]).toEqual([
      409,
      'CATALOG_ADOPT_NOT_PUBLISHED',
    ]);
  });

  it('answers a malformed request with the fields it lacks, in JSON and in a form', async () => {
    const admin = await provinceAdmin();
    const json = await callJson(t.app, admin, 'POST', PROVINCE, { code: 'bad code', name: '' });
    expect(json.status).toBe(400);
    expect((json.body as { code: string }).code).toBe('VALIDATION');
    const form = new FormData();
    form.set('code', '3322');
    const multipart = await t.app.request(PROVINCE, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      body: form,
    });
    expect(multipart.status).toBe(400);
    expect(((await multipart.json()) as { code: string }).code).toBe('VALIDATION');
  });

  it('lets only the province admin add a district, and only in its own province', async () => {
    const body = { code: '3323', name: 'Kabupaten Blora', puskesmas: csv('P3323') };
    for (const username of ['viewer.33', 'admin.3318', 'verifikator.3318']) {
      const res = await call(t.app, await signIn(t.app, username), 'POST', PROVINCE, body);
      expect(res.status, username).toBe(403);
    }
    const admin = await provinceAdmin();
    expect(
      (await call(t.app, admin, 'POST', `/api/provinces/${UNITS.foreignProvince}/districts`, body)).status,
    ).toBe(403);
    const unknown = await callJson(t.app, admin, 'POST', '/api/provinces/99/districts', body);
    expect([unknown.status, (unknown.body as { code: string }).code]).toEqual([404, 'PROVINCE_NOT_FOUND']);
    // A district's own staff do not list the province's districts.
    expect((await call(t.app, await signIn(t.app, 'admin.3318'), 'GET', PROVINCE)).status).toBe(403);
    expect((await listed(admin)).map((d) => d.code)).not.toContain('3323');
  });
});
