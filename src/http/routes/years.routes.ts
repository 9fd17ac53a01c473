// Years: the years a district or a Puskesmas can open (the district's catalog years), newest first.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { districtYears, puskesmasYears } from '../../app/years.service.ts';
import { DistrictParams, PuskesmasParams } from '../../shared/api/org-units.schema.ts';
import { UnitYears } from '../../shared/api/years.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const ofDistrict = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years',
  summary: "The district's catalog years with their status, and the Puskesmas-years opened in each",
  tags: ['years'],
  access: { permission: 'district:read', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictParams },
  responses: { 200: jsonContent(UnitYears, 'The years, newest first') },
});

// The same access as the Puskesmas itself (GET /api/puskesmas/{code}): every role reaching it.
const ofPuskesmas = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years',
  summary: "The catalog years of the Puskesmas' district, with this Puskesmas' own year where opened",
  tags: ['years'],
  access: { permission: 'profile:read', unit: { param: 'code', level: 'puskesmas' } },
  request: { params: PuskesmasParams },
  responses: { 200: jsonContent(UnitYears, 'The years, newest first') },
});

export function yearsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(ofDistrict, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await districtYears(c.get('deps').repos, unit), 200);
  });

  app.openapi(ofPuskesmas, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await puskesmasYears(c.get('deps').repos, unit), 200);
  });
}
