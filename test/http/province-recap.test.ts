// The province's league of districts over HTTP: each district's Puskesmas by Kelompok and its mean
// axes, read from the stored results, ranked and paged; for the province's accounts only. Above it,
// the ministry's league of provinces, rolled up the same way, for the country's viewer.
import { expect, it } from 'vitest';
import type {
  NationalRecapView,
  NationalView,
  ProvinceRecapView,
} from '../../src/shared/api/districts.schema.ts';
import type { DistrictDashboard } from '../../src/shared/api/dashboard.schema.ts';
import { call, callJson, describeHttp, signIn, TEST_YEAR, UNITS } from './harness.ts';

const recapPath = (query = '') => `/api/provinces/${UNITS.province}/years/${TEST_YEAR}/recap${query}`;

describeHttp('the province recap', (t) => {
  it("rolls up each district's stored results as the district's own recap shows them", async () => {
    const viewer = await signIn(t.app, 'viewer.33');
    const res = await callJson<ProvinceRecapView>(t.app, viewer, 'GET', recapPath());
    expect(res.status).toBe(200);
    const pati = res.body.districts.find((d) => d.code === UNITS.district)!;
    const kudus = res.body.districts.find((d) => d.code === UNITS.foreignDistrict)!;

    const dinkes = await signIn(t.app, 'verifikator.3318');
    const own = await callJson<DistrictDashboard>(
      t.app,
      dinkes,
      'GET',
      `/api/districts/${UNITS.district}/years/${TEST_YEAR}/dashboard`,
    );
    expect(own.status).toBe(200);
    const league = own.body.league;
    const rows = league.filter((r) => r.kelompok !== null);
    expect(pati.assessed).toBe(league.filter((r) => r.service !== null).length);
    for (const k of ['I', 'II', 'III'] as const)
      expect(pati.kelompok[k], k).toBe(rows.filter((r) => r.kelompok === k).length);
    const mean = (xs: (number | null)[]) => {
      const ns = xs.filter((x): x is number => x !== null);
      return ns.reduce((a, b) => a + b, 0) / ns.length;
    };
    expect(pati.service).toBeCloseTo(mean(league.map((r) => r.service)), 9);
    expect(pati.rank).toBe(1);
    // A district with nothing assessed is listed after the league, without a rank.
    expect(kudus).toMatchObject({ rank: null, assessed: 0, service: null });
    expect(res.body.totals.districts).toBe(res.body.districts.length);
    expect(res.body.totals.assessed).toBe(pati.assessed);
    // Working results: how many of them the district has published is counted beside them.
    expect(res.body.totals.published).toBe(pati.published + kudus.published);
    expect(pati.published).toBeLessThanOrEqual(pati.assessed);
  });

  it('gives the league a page at a time', async () => {
    const admin = await signIn(t.app, 'admin.33');
    const first = await callJson<ProvinceRecapView>(t.app, admin, 'GET', recapPath('?page=1&pageSize=1'));
    const second = await callJson<ProvinceRecapView>(t.app, admin, 'GET', recapPath('?page=2&pageSize=1'));
    expect([first.body.page, first.body.pages, first.body.districts.length]).toEqual([1, 2, 1]);
    expect(second.body.districts[0]!.code).not.toBe(first.body.districts[0]!.code);
    expect((await call(t.app, admin, 'GET', recapPath('?pageSize=0'))).status).toBe(400);
  });

  it("is the province's: a district's staff and another province are refused", async () => {
    const dinkes = await signIn(t.app, 'viewer.3318');
    expect((await call(t.app, dinkes, 'GET', recapPath())).status).toBe(403);
    const viewer = await signIn(t.app, 'viewer.33');
    const other = `/api/provinces/${UNITS.foreignProvince}/years/${TEST_YEAR}/recap`;
    expect((await call(t.app, viewer, 'GET', other)).status).toBe(403);
  });

  const nationalPath = (query = '') => `/api/national/ID/years/${TEST_YEAR}/recap${query}`;

  it("rolls the provinces up for the ministry's viewer: the province's figures are its districts' summed", async () => {
    const ministry = await signIn(t.app, 'viewer.id');
    const overview = await callJson<NationalView>(t.app, ministry, 'GET', '/api/national/ID');
    expect(overview.status).toBe(200);
    expect(overview.body).toEqual({ country: { code: 'ID', name: 'Indonesia' }, years: [TEST_YEAR] });

    const res = await callJson<NationalRecapView>(t.app, ministry, 'GET', nationalPath());
    expect(res.status).toBe(200);
    const province = await callJson<ProvinceRecapView>(t.app, ministry, 'GET', recapPath());
    expect(province.status).toBe(200);
    const jateng = res.body.provinces.find((p) => p.code === UNITS.province)!;
    const yogya = res.body.provinces.find((p) => p.code === UNITS.foreignProvince)!;
    expect(jateng).toMatchObject({
      rank: 1,
      districts: province.body.totals.districts,
      puskesmas: province.body.totals.puskesmas,
      assessed: province.body.totals.assessed,
      published: province.body.totals.published,
      kelompok: province.body.totals.kelompok,
    });
    // One assessed district: the province's mean is that district's.
    const assessed = province.body.districts.filter((d) => d.assessed > 0);
    expect(assessed).toHaveLength(1);
    expect(jateng.service).toBeCloseTo(assessed[0]!.service!, 9);
    expect(jateng.management).toBeCloseTo(assessed[0]!.management!, 9);
    expect(yogya).toMatchObject({ rank: null, districts: 0, puskesmas: 0, assessed: 0, service: null });
    expect(res.body.totals).toMatchObject({
      provinces: res.body.provinces.length,
      assessed: jateng.assessed,
    });

    // And down: a district's dashboard and a Puskesmas' result are the ministry's to read.
    const dashboard = `/api/districts/${UNITS.district}/years/${TEST_YEAR}/dashboard`;
    expect((await call(t.app, ministry, 'GET', dashboard)).status).toBe(200);
  });

  it("is the ministry's: a province's and a district's accounts are refused the country", async () => {
    for (const username of ['viewer.33', 'admin.33', 'viewer.3318']) {
      const session = await signIn(t.app, username);
      expect((await call(t.app, session, 'GET', nationalPath())).status, username).toBe(403);
      expect((await call(t.app, session, 'GET', '/api/national/ID')).status, username).toBe(403);
    }
    const ministry = await signIn(t.app, 'viewer.id');
    // A province's code is not the country's.
    expect((await call(t.app, ministry, 'GET', `/api/national/${UNITS.province}`)).status).toBe(404);
    // Read-only: the ministry's viewer adds no district.
    const add = await call(t.app, ministry, 'POST', `/api/provinces/${UNITS.province}/districts`, {});
    expect(add.status).toBe(403);
  });
});
