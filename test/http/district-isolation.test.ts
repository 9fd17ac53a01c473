// Two districts side by side, each with its year of data and its staff (the demo's Pati and Kudus, cut
// short): a district's staff reach nothing of the other's — every route on the other's district or
// Puskesmas answers 403, reads and writes alike — and see only their own where they look; the
// province's viewer reads both.
import { beforeAll, expect, it } from 'vitest';
import { ensureDemoAccounts, SECOND_DISTRICT_DEMO_ACCOUNTS } from '../../src/app/demo/demo-accounts.ts';
import { planSecondDemoDistrict } from '../../src/app/demo/second-district.ts';
import { rescoreDistrictYear } from '../../src/app/recompute.ts';
import { accountsUnitOfWork } from '../../src/data/adapters/accounts.ts';
import { loadDemoPlan } from '../../src/data/adapters/demo-loader.ts';
import type { Store } from '../../src/data/db.ts';
import { BUILT_IN_CATALOGS } from '../../src/domain/catalog/builtin.ts';
import { routeTable, type RouteInfo } from '../../src/http/route.ts';
import type { ProvinceDistrictsView } from '../../src/shared/api/districts.schema.ts';
import {
  call,
  callJson,
  demoPasswordHash,
  describeHttp,
  signIn,
  TEST_YEAR,
  UNITS,
  type HttpMethod,
  type TestSession,
} from './harness.ts';

/** Kudus with its first two Puskesmas: Purwosari in draft (its staff have accounts), Rendeng submitted. */
async function loadKudus(store: Store): Promise<void> {
  const full = planSecondDemoDistrict(BUILT_IN_CATALOGS.get(TEST_YEAR)!);
  await loadDemoPlan(
    store,
    { ...full, puskesmas: full.puskesmas.slice(0, 2) },
    { afterDistrict: rescoreDistrictYear },
  );
  await ensureDemoAccounts(accountsUnitOfWork(store), await demoPasswordHash(), {
    at: new Date('2024-01-02T00:00:00Z'),
    accounts: SECOND_DISTRICT_DEMO_ACCOUNTS,
  });
}

interface Units {
  district: string;
  puskesmas: string;
}
const PATI: Units = { district: UNITS.district, puskesmas: UNITS.puskesmas[0] };
const KUDUS: Units = { district: '3319', puskesmas: 'P3319001' };

/** Path parameters other than the unit: any value passes, the access check answers first. */
const OTHER_PARAMS: Record<string, string> = {
  year: String(TEST_YEAR),
  indicatorCode: 'SPM.01',
  month: `${TEST_YEAR}-01`,
  programmeCode: 'UKM.C',
  section: 'pendahuluan',
  jobId: '00000000-0000-4000-8000-000000000000',
};

function pathOn(route: RouteInfo, units: Units): string {
  const access = route.access as { unit?: { param: string; level: string } };
  return route.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (name === access.unit?.param)
      return access.unit.level === 'puskesmas' ? units.puskesmas : units.district;
    return OTHER_PARAMS[name] ?? '999999';
  });
}

/**
 * Every route on a district or a Puskesmas (a province's or the country's route is theirs, not a
 * district's).
 */
const unitRoutes = routeTable().filter((r) => {
  const access = r.access as { unit?: { level: string } };
  return access.unit?.level === 'district' || access.unit?.level === 'puskesmas';
});

describeHttp(
  'two districts kept apart',
  (t) => {
    const sessions = new Map<string, TestSession>();
    const as = (username: string) => sessions.get(username)!;
    const kudusStaff = ['admin.3319', 'verifikator.3319', 'viewer.3319', 'kapus.p3319001'];
    const patiStaff = ['admin.3318', 'verifikator.3318', 'viewer.3318', 'kapus.p3318001'];

    beforeAll(async () => {
      for (const username of [...kudusStaff, ...patiStaff, 'viewer.33'])
        sessions.set(username, await signIn(t.app, username));
    });

    it(`refuses every one of the ${unitRoutes.length} district and Puskesmas routes to the other district's staff`, async () => {
      const cases: [string[], Units][] = [
        [kudusStaff, PATI],
        [patiStaff, KUDUS],
      ];
      for (const [staff, units] of cases) {
        for (const route of unitRoutes) {
          const path = pathOn(route, units);
          for (const username of staff) {
            const res = await call(
              t.app,
              as(username),
              route.method as HttpMethod,
              path,
              route.method === 'GET' ? undefined : {},
            );
            await res.body?.cancel();
            expect.soft(res.status, `${username} ${route.method} ${path}`).toBe(403);
          }
        }
      }
    });

    it("shows Kudus' staff their own district only: its dashboard, its queue, its catalog, its Puskesmas", async () => {
      const admin = as('admin.3319');
      const dashboard = await callJson(
        t.app,
        admin,
        'GET',
        `/api/districts/3319/years/${TEST_YEAR}/dashboard`,
      );
      expect(dashboard.status).toBe(200);
      expect(JSON.stringify(dashboard.body)).toContain('P3319002');
      expect(JSON.stringify(dashboard.body)).not.toMatch(/P3318|"3318"/);

      const puskesmas = await callJson(t.app, as('verifikator.3319'), 'GET', '/api/districts/3319/puskesmas');
      expect((puskesmas.body as { code: string }[]).map((p) => p.code)).toEqual(['P3319001', 'P3319002']);
      const queue = await callJson(
        t.app,
        as('verifikator.3319'),
        'GET',
        `/api/districts/3319/years/${TEST_YEAR}/verification`,
      );
      expect(queue.status).toBe(200);
      expect(JSON.stringify(queue.body)).toContain('P3319002');
      expect(JSON.stringify(queue.body)).not.toMatch(/P3318|"3318"/);

      for (const username of kudusStaff) {
        const waiting = await callJson(t.app, as(username), 'GET', `/api/me/waiting?year=${TEST_YEAR}`);
        expect(waiting.status, username).toBe(200);
        expect(JSON.stringify(waiting.body), username).not.toMatch(/P3318|"3318"/);
      }

      const catalog = await call(
        t.app,
        admin,
        'GET',
        `/api/districts/3319/years/${TEST_YEAR}/catalog/document`,
      );
      expect((JSON.parse(await catalog.text()) as { id: string }).id).toBe('kudus-2023');
    });

    it("lets the province's viewer read both districts, and lists both with their Puskesmas", async () => {
      const viewer = as('viewer.33');
      for (const units of [PATI, KUDUS]) {
        for (const path of [
          `/api/districts/${units.district}/puskesmas`,
          `/api/districts/${units.district}/years/${TEST_YEAR}/dashboard`,
          `/api/districts/${units.district}/years`,
        ]) {
          const res = await call(t.app, viewer, 'GET', path);
          await res.body?.cancel();
          expect.soft(res.status, path).toBe(200);
        }
        // A viewer reads a Puskesmas' results once Dinkes publishes them: past the access check, in both.
        const unpublished = await callJson<{ code: string }>(
          t.app,
          viewer,
          'GET',
          `/api/puskesmas/${units.puskesmas}/years/${TEST_YEAR}/dashboard`,
        );
        expect([unpublished.status, unpublished.body.code]).toEqual([404, 'RESULTS_NOT_PUBLISHED']);
      }
      const listed = await callJson<ProvinceDistrictsView>(
        t.app,
        viewer,
        'GET',
        '/api/provinces/33/districts',
      );
      expect(listed.body.districts.map((d) => [d.code, d.name, d.puskesmas, d.catalogYears.length])).toEqual([
        ['3318', 'Kabupaten Pati', 3, 1],
        ['3319', 'Kabupaten Kudus', 2, 1],
      ]);
      // A viewer reads; the figures stay closed to it in either district.
      expect(
        (await call(t.app, viewer, 'GET', `/api/puskesmas/${KUDUS.puskesmas}/years/${TEST_YEAR}/entries`))
          .status,
      ).toBe(403);
    });
  },
  { preload: loadKudus },
);
