// THE access matrix: every route × every role × own and foreign org unit, plus anonymous, plus CSRF.
// Routes come from routeTable() (every defineRoute of every module createApp loads), so routes added
// later are covered without touching this file; a path parameter it cannot fill fails loudly.
import { beforeAll, expect, it } from 'vitest';
import {
  NATIONAL_UNIT_CODE,
  ROLE_PERMISSIONS,
  ROLES,
  type OrgUnitLevel,
  type Role,
} from '../../src/domain/access/roles.ts';
import { routeTable, type RouteInfo } from '../../src/http/route.ts';
import {
  ACCOUNT_OF_ROLE,
  call,
  PARAM_VALUES,
  describeHttp,
  signIn,
  UNITS,
  userIdOf,
  type HttpMethod,
  type TestSession,
} from './harness.ts';

const DISTRICT_ROLES: readonly Role[] = ['admin_dinkes', 'verifikator', 'viewer'];
const isDistrictRole = (role: Role) => DISTRICT_ROLES.includes(role);
const PROVINCE_ROLES: readonly Role[] = ['admin_provinsi'];
const isProvinceRole = (role: Role) => PROVINCE_ROLES.includes(role);

/**
 * A query for the routes that would otherwise build a whole document per allowed caller: the verified
 * stage of a draft year is refused (404) after the access check, which is all this file is about.
 * The documents themselves are tested in reports.test.ts.
 */
const QUERY_OF_PATH: Record<string, string> = {
  '/api/puskesmas/{code}/years/{year}/report': '?stage=verified',
};

type UnitCase = 'own' | 'foreign';

/**
 * The unit code a role calls a unit route with, and whether its reach covers it:
 * - Puskesmas roles: own = their Puskesmas (P3318001); foreign = another Puskesmas of the same district
 *   (P3318002); on a district route, "own" is their own district, which a Puskesmas account does not
 *   reach either.
 * - District roles (3318): own = their district, or its Puskesmas P3318001 on a Puskesmas route;
 *   foreign = district 3319, or its Puskesmas P3319001.
 * - On the national route, the country (ID), reached by none of these accounts.
 * - On a province route, own = province 33 (reached by a province role only), foreign = province 34.
 * - Province roles (33) reach every district and Puskesmas of their province: 3319 and P3319001 too,
 *   so on a district or Puskesmas route both cases are within reach.
 */
function unitFor(role: Role, level: OrgUnitLevel, which: UnitCase) {
  // No account of the matrix is the ministry's: the country is out of everyone's reach here (the
  // ministry's viewer is tried in province-recap.test.ts).
  if (level === 'national') return { code: NATIONAL_UNIT_CODE, reachable: false };
  if (level === 'province') {
    if (which === 'own') return { code: UNITS.province, reachable: isProvinceRole(role) };
    return { code: UNITS.foreignProvince, reachable: false };
  }
  if (isProvinceRole(role)) {
    const own = level === 'puskesmas' ? UNITS.puskesmas[0] : UNITS.district;
    const other = level === 'puskesmas' ? UNITS.foreignPuskesmas : UNITS.foreignDistrict;
    return { code: which === 'own' ? own : other, reachable: true };
  }
  if (level === 'puskesmas') {
    if (which === 'own') return { code: UNITS.puskesmas[0], reachable: true };
    return { code: isDistrictRole(role) ? UNITS.foreignPuskesmas : UNITS.puskesmas[1], reachable: false };
  }
  if (which === 'own') return { code: UNITS.district, reachable: isDistrictRole(role) };
  return { code: UNITS.foreignDistrict, reachable: false };
}

function fillPath(route: RouteInfo, unitCode: string | undefined, ids: { userId: number }): string {
  const unitParam = 'permission' in route.access ? route.access.unit?.param : undefined;
  const query = QUERY_OF_PATH[route.path] ?? '';
  return (
    route.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
      if (name === unitParam && unitCode !== undefined) return unitCode;
      const value = PARAM_VALUES[name];
      if (!value) {
        throw new Error(
          `${route.method} ${route.path}: the access matrix has no value for path parameter {${name}}; ` +
            `add one to PARAM_VALUES in test/http/harness.ts`,
        );
      }
      return value(ids);
    }) + query
  );
}

function describeAccess(route: RouteInfo): string {
  const a = route.access;
  if ('public' in a) return 'public';
  if ('signedIn' in a) return 'signed in';
  if ('operator' in a) return 'operator';
  return a.unit ? `${a.permission} @${a.unit.level}` : a.permission;
}

/** The roles that pass a route's permission (for the test's name). */
function rolesWith(route: RouteInfo): string {
  const a = route.access;
  if ('operator' in a) return 'no role (this machine or the token)';
  if (!('permission' in a)) return 'all roles';
  const roles = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(a.permission));
  return roles.length ? roles.join(', ') : 'no role';
}

const routes = [...routeTable()].sort((a, b) =>
  `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`),
);
const passed = (status: number) => status !== 401 && status !== 403;

/** One call of the matrix: a route, as a role (or anonymous), on its own or a foreign unit. */
const matrixCall = (route: RouteInfo, caller: Role | 'anonymous', which: UnitCase) =>
  `${route.method} ${route.path} as ${caller} on ${which} unit`;

describeHttp('the access matrix', (t) => {
  const sessions = new Map<Role, TestSession>();
  let ids: { userId: number };
  /** The calls the route tests below made, for the last test to compare with the whole matrix. */
  const made: string[] = [];

  beforeAll(async () => {
    for (const role of ROLES) sessions.set(role, await signIn(t.app, ACCOUNT_OF_ROLE[role]));
    ids = { userId: await userIdOf(t.store, 'pelaksana.p3318002') };
  });

  /** A call as `role`; a route that ended the session (sign-out) gets a fresh one for the next call. */
  async function as(role: Role | null, method: string, path: string): Promise<number> {
    const session = role ? sessions.get(role)! : null;
    const body = method === 'GET' ? undefined : {};
    const res = await call(t.app, session, method as HttpMethod, path, body);
    await res.body?.cancel();
    if (role && method !== 'GET' && (await call(t.app, session, 'GET', '/api/auth/me')).status === 401) {
      sessions.set(role, await signIn(t.app, ACCOUNT_OF_ROLE[role]));
    }
    return res.status;
  }

  it('has routes to check, each declaring its access', () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const a = route.access as Record<string, unknown> | undefined;
      const valid =
        a !== undefined &&
        (a.public === true ||
          a.signedIn === true ||
          a.operator === true ||
          (typeof a.permission === 'string' &&
            ROLES.some((r) => ROLE_PERMISSIONS[r].includes(a.permission as never))));
      expect(valid, `${route.method} ${route.path} declares no valid access: ${JSON.stringify(a)}`).toBe(
        true,
      );
    }
  });

  it('registers every API route through defineRoute (so every one is in this matrix)', () => {
    const declared = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const registered = t.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/docs/json')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(registered.filter((r) => !declared.has(r))).toEqual([]);
  });

  for (const route of routes) {
    const name = `${route.method} ${route.path} [${describeAccess(route)}] passes ${rolesWith(route)}`;
    it(name, async () => {
      const a = route.access;
      const unit = 'permission' in a ? a.unit : undefined;
      const anonymous = await as(
        null,
        route.method,
        fillPath(route, unit && unitFor('viewer', unit.level, 'own').code, ids),
      );
      made.push(matrixCall(route, 'anonymous', 'own'));
      if ('public' in a) expect.soft(passed(anonymous), `anonymous: ${anonymous}`).toBe(true);
      // The matrix calls from another machine: no session opens an operator's route.
      else if ('operator' in a) expect.soft(anonymous, 'anonymous').toBe(403);
      else expect.soft(anonymous, 'anonymous').toBe(401);

      for (const role of ROLES) {
        const hasPermission =
          'operator' in a ? false : !('permission' in a) || ROLE_PERMISSIONS[role].includes(a.permission);
        const cases: UnitCase[] = unit ? ['own', 'foreign'] : ['own'];
        for (const which of cases) {
          const target = unit ? unitFor(role, unit.level, which) : undefined;
          const path = fillPath(route, target?.code, ids);
          const status = await as(role, route.method, path);
          made.push(matrixCall(route, role, which));
          const label = `${role} ${unit ? `${which} ${target!.code}` : ''} → ${status}`;
          expect.soft(status, `${label} (a server error)`).toBeLessThan(500);
          if (!hasPermission) expect.soft(status, `${label} (no permission)`).toBe(403);
          else if (target && !target.reachable) expect.soft(status, `${label} (unit out of reach)`).toBe(403);
          else expect.soft(passed(status), `${label} (should pass access)`).toBe(true);
        }
      }
    });
  }

  const changing = routes.filter((r) => r.method !== 'GET');
  it(`refuses each of the ${changing.length} state-changing routes without the CSRF token (403)`, async () => {
    for (const route of changing) {
      for (const role of ROLES) {
        const unit = 'permission' in route.access ? route.access.unit : undefined;
        const path = fillPath(route, unit && unitFor(role, unit.level, 'own').code, ids);
        const res = await call(
          t.app,
          sessions.get(role)!,
          route.method as HttpMethod,
          path,
          {},
          { csrf: false },
        );
        const body = (await res.json()) as { code?: string };
        expect
          .soft([res.status, body.code], `${role} ${route.method} ${path}`)
          .toEqual([403, 'CSRF_INVALID']);
      }
    }
  });

  const unitRoutes = routes.filter((r) => 'permission' in r.access && r.access.unit).length;
  const matrix = routes.flatMap((route) => {
    const cases: UnitCase[] =
      'permission' in route.access && route.access.unit ? ['own', 'foreign'] : ['own'];
    return [
      matrixCall(route, 'anonymous', 'own'),
      ...ROLES.flatMap((role) => cases.map((which) => matrixCall(route, role, which))),
    ];
  });
  it(`made all ${matrix.length} calls: ${routes.length} routes (${unitRoutes} with a unit) × ${ROLES.length} roles × own/foreign unit + anonymous`, () => {
    expect([...made].sort()).toEqual([...matrix].sort());
  });
});
