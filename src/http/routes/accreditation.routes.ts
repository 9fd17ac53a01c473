// Accreditation readiness (criteria 2.7.1, 2.8.3, 2.8.4): a Puskesmas-year's, and a district-year's overview.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getDistrictReadiness, getYearReadiness } from '../../app/accreditation.service.ts';
import { DistrictReadinessView, YearReadinessView } from '../../shared/api/accreditation.schema.ts';
import { DistrictYearParams, PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

// Readiness shows the Puskesmas' working records (meetings, feedback, RTL, evidence files): read by its
// own staff and by Dinkes (entries:read), not by the viewer, who reads published results only.
const readYear = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/accreditation',
  summary:
    'Accreditation readiness of a Puskesmas-year: each element of 2.7.1, 2.8.3 and 2.8.4, what its records prove and what is missing',
  tags: ['accreditation'],
  access: { permission: 'entries:read', unit: { param: 'code', level: 'puskesmas' } },
  request: { params: PuskesmasYearParams },
  responses: {
    200: jsonContent(YearReadinessView, 'The elements in the criteria’s order'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const readDistrict = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/accreditation',
  summary: 'Accreditation readiness of every Puskesmas of a district-year: the status of each element',
  tags: ['accreditation'],
  // entries:read on a district: Dinkes (admin, verifikator); a Puskesmas account does not reach a district.
  access: { permission: 'entries:read', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictYearParams },
  responses: {
    200: jsonContent(DistrictReadinessView, 'Puskesmas by code'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

export function accreditationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readYear, async (c) => {
    const { unit } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    return c.json(await getYearReadiness({ repos, clock }, { unit, year: c.req.valid('param').year }), 200);
  });

  app.openapi(readDistrict, async (c) => {
    const { unit } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    return c.json(
      await getDistrictReadiness({ repos, clock }, { district: unit, year: c.req.valid('param').year }),
      200,
    );
  });
}
