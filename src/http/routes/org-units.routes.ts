// Org units: a district's Puskesmas, and one Puskesmas with its district.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { districtPuskesmas, puskesmasDetail } from '../../app/org-units.service.ts';
import {
  DistrictParams,
  DistrictPuskesmasList,
  PuskesmasDetail,
  PuskesmasParams,
} from '../../shared/api/org-units.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const listPuskesmas = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/puskesmas',
  summary: 'The Puskesmas of a district, by code',
  tags: ['org units'],
  access: { permission: 'district:read', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictParams },
  responses: { 200: jsonContent(DistrictPuskesmasList, 'The Puskesmas') },
});

const getPuskesmas = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}',
  summary: 'A Puskesmas with its district',
  tags: ['org units'],
  access: { permission: 'profile:read', unit: { param: 'code', level: 'puskesmas' } },
  request: { params: PuskesmasParams },
  responses: { 200: jsonContent(PuskesmasDetail, 'The Puskesmas') },
});

export function orgUnitsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listPuskesmas, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await districtPuskesmas(c.get('deps').repos, unit.id), 200);
  });

  app.openapi(getPuskesmas, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await puskesmasDetail(c.get('deps').repos, unit), 200);
  });
}
