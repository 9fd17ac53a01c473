// A target the decree prints for the whole district, shared out by Dinkes among its Puskesmas.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { listSharedTargets, saveShares } from '../../app/district-shares.service.ts';
import { SharedTargetRow, SharedTargetsView, SharesBody } from '../../shared/api/district-shares.schema.ts';
import { DistrictYearParams } from '../../shared/api/org-units.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const district = { param: 'code', level: 'district' } as const;

const readShares = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/shared-targets',
  summary:
    'The rows whose printed target is the whole district’s, with each Puskesmas’ share and a proposal by population',
  tags: ['targets'],
  // Dinkes reads every Puskesmas' targets (targets:read on the district); a Puskesmas sees its own share
  // on its Targets screen.
  access: { permission: 'targets:read', unit: district },
  request: { params: DistrictYearParams },
  responses: {
    200: jsonContent(SharedTargetsView, 'The shared rows, in the catalog’s order'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const writeShares = defineRoute({
  method: 'put',
  path: '/api/districts/{code}/years/{year}/shared-targets/{indicatorCode}',
  summary:
    'Save every Puskesmas’ share of one row at once: each a whole number, together the printed total; all or nothing',
  tags: ['targets'],
  access: { permission: 'targets:set', unit: district },
  request: {
    params: DistrictYearParams.extend({ indicatorCode: z.string().min(1).max(80) }),
    body: jsonBody(SharesBody),
  },
  responses: {
    200: jsonContent(SharedTargetRow, 'Saved; every changed Puskesmas-year rescored'),
    400: jsonContent(ErrorBody, 'SHARES_INVALID (every problem named by Puskesmas)'),
    404: jsonContent(ErrorBody, 'SHARED_TARGET_NOT_FOUND, CATALOG_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'STALE_VALUE, PERIOD_LOCKED'),
  },
});

export function districtSharesRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readShares, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await listSharedTargets(c.get('deps').repos, unit, c.req.valid('param').year), 200);
  });

  app.openapi(writeShares, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, indicatorCode } = c.req.valid('param');
    const { uow, repos, clock } = c.get('deps');
    const body = c.req.valid('json');
    return c.json(
      await saveShares(uow, repos, clock, { district: unit, year, indicatorCode, body, editor }),
      200,
    );
  });
}
