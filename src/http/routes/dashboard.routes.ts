// Dashboards: one Puskesmas-year, and one district-year.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { districtDashboard, puskesmasDashboard } from '../../app/dashboard.service.ts';
import { assertPublished, publishedDashboard } from '../../app/publication.service.ts';
import { today } from '../../app/puskesmas-year.ts';
import { hasPermission } from '../../domain/access/roles.ts';
import { DistrictDashboard, PuskesmasDashboard } from '../../shared/api/dashboard.schema.ts';
import { DistrictYearParams, PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const puskesmas = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/dashboard',
  summary:
    'Headline figures with their why, service % month by month, the ten indicators furthest behind, a programme radar',
  tags: ['dashboards'],
  access: { permission: 'results:read', unit: { param: 'code', level: 'puskesmas' } },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(PuskesmasDashboard, 'The dashboard') },
});

const district = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/dashboard',
  summary:
    'League table by Kelompok, heat map Puskesmas × programme, completeness and timeliness per Puskesmas',
  tags: ['dashboards'],
  access: { permission: 'district:read', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictYearParams },
  responses: {
    200: jsonContent(
      DistrictDashboard,
      'The dashboard: working results for Dinkes, the publication in force for a viewer',
    ),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

export function dashboardRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(puskesmas, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    const { year } = c.req.valid('param');
    // Who does not read the Puskesmas' inputs (the viewer) sees a year once its results are published.
    // Its figures are then the verified result, as the district published it.
    if (!hasPermission(editor.role, 'entries:read')) {
      await assertPublished(repos, { puskesmasCode: unit.code, year });
      return c.json(await puskesmasDashboard(repos, { unit, year, now: clock(), stage: 'verified' }), 200);
    }
    return c.json(await puskesmasDashboard(repos, { unit, year, now: clock() }), 200);
  });

  app.openapi(district, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    const { year } = c.req.valid('param');
    // Dinkes staff read the working results; whoever does not read the inputs (the viewer), the
    // publication in force only.
    if (!hasPermission(editor.role, 'entries:read'))
      return c.json(await publishedDashboard(repos, { district: unit, year, today: today(clock) }), 200);
    return c.json(await districtDashboard(repos, { district: unit, year, now: clock() }), 200);
  });
}
