// Routes declare who may call them. `defineRoute` adds the access check before the route's own
// middleware and records the declaration, so a test can list every route and try every role on it.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { isAllowed, type OrgUnitLevel, type Permission } from '../domain/access/roles.ts';
import { AppError } from '../shared/errors.ts';
import type { AppEnv } from './context.ts';
import { refuseUnstorableBody, refuseUnstorableUrl } from './unstorable-text.ts';

export type RouteAccess =
  /** Anyone, signed in or not (health, sign-in, the API description). */
  | { public: true }
  /** Any signed-in user, about themselves (who am I, sign out, change my password). */
  | { signedIn: true }
  /**
   * Whoever runs the server, not a user: a client on this machine, or one that sends the operator's
   * bearer token (PKP_METRICS_TOKEN). No session counts (Prometheus' metrics).
   */
  | { operator: true }
  /**
   * A permission, on the org unit whose code is in path parameter `param` (when given): the unit
   * must be the user's own or lie under it. `level` says which kind of unit the code must name.
   */
  | { permission: Permission; unit?: { param: string; level: OrgUnitLevel } };

export interface RouteInfo {
  method: string;
  /** OpenAPI style: /api/puskesmas/{code}/profile */
  path: string;
  access: RouteAccess;
}

const registry: RouteInfo[] = [];

/** Every route defined so far (all route modules are loaded by createApp). */
export function routeTable(): readonly RouteInfo[] {
  return registry;
}

export function defineRoute<const R extends RouteConfig>(config: R & { access: RouteAccess }) {
  const { access, ...route } = config;
  registry.push({ method: route.method.toUpperCase(), path: route.path, access });
  const existing = route.middleware;
  // Text the database cannot store is refused first: the access check reads the path's org unit.
  const middleware = [
    refuseUnstorableUrl(route.path),
    requireAccess(access),
    refuseUnstorableBody,
    ...(Array.isArray(existing) ? existing : existing ? [existing] : []),
  ];
  return createRoute({ ...route, middleware } as unknown as R);
}

const NOT_FOUND = {
  puskesmas: 'PUSKESMAS_NOT_FOUND',
  district: 'DISTRICT_NOT_FOUND',
  province: 'PROVINCE_NOT_FOUND',
  national: 'COUNTRY_NOT_FOUND',
} as const satisfies Record<OrgUnitLevel, string>;

/**
 * Role *and* org unit, checked before the handler runs. Unknown units answer 404; units outside the
 * user's reach answer 403 — whether a Puskesmas code exists is public knowledge, its data is not.
 */
export function requireAccess(access: RouteAccess): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('target', null);
    if ('public' in access) return next();
    if ('operator' in access) {
      if (isOperator(c)) return next();
      throw new AppError('FORBIDDEN', {}, { status: 403 });
    }
    const user = c.get('user');
    if (!user) throw new AppError('UNAUTHENTICATED', {}, { status: 401 });
    if ('signedIn' in access) return next();
    let target = null;
    if (access.unit) {
      const code = c.req.param(access.unit.param) ?? '';
      const unit = await c.get('deps').repos.findOrgUnit(code);
      if (!unit || unit.level !== access.unit.level) {
        throw new AppError(NOT_FOUND[access.unit.level], { code }, { status: 404 });
      }
      target = unit;
    }
    const allowed = isAllowed(
      user,
      access.permission,
      target && { orgUnitId: target.id, ancestorIds: target.ancestorIds },
    );
    if (!allowed) throw new AppError('FORBIDDEN', {}, { status: 403 });
    c.set('target', target);
    return next();
  };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A client on this machine, or one with the operator's bearer token (compared in constant time). */
function isOperator(c: Context<AppEnv>): boolean {
  if (LOOPBACK.has(c.get('client').address)) return true;
  const token = c.get('operatorToken');
  if (!token) return false;
  const given = Buffer.from(c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
