// Targets of a Puskesmas-year: every indicator's target, sasaran, applicability and UKM Pengembangan choice.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { previewTarget } from '../../app/target-preview.ts';
import { listTargets, saveTarget } from '../../app/targets.service.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import {
  TargetBody,
  TargetPreview,
  TargetPreviewBody,
  TargetSaved,
  TargetsView,
} from '../../shared/api/targets.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';
import { z } from 'zod';

const unit = { param: 'code', level: 'puskesmas' } as const;

const readTargets = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/targets',
  summary: 'Every indicator of the year’s catalog with its default and own target, sasaran and applicability',
  tags: ['targets'],
  access: { permission: 'targets:read', unit },
  request: { params: PuskesmasYearParams },
  responses: {
    200: jsonContent(TargetsView, 'The targets'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const writeTarget = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/targets/{indicatorCode}',
  summary:
    'Change one indicator’s target row (absent fields keep their value; `fromProfile` takes the sasaran from the profile)',
  tags: ['targets'],
  access: { permission: 'targets:write', unit },
  request: {
    params: PuskesmasYearParams.extend({ indicatorCode: z.string().min(1).max(80) }),
    body: jsonBody(TargetBody),
  },
  responses: {
    200: jsonContent(TargetSaved, 'Saved; the stored result refreshed'),
    400: jsonContent(ErrorBody, 'INDICATOR_FIELD_INVALID, PROFILE_SASARAN_MISSING'),
    404: jsonContent(ErrorBody, 'INDICATOR_NOT_FOUND, CATALOG_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'STALE_VALUE, PERIOD_LOCKED, UKMP_KEY_TAKEN'),
  },
});

const previewTargetChange = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/targets/{indicatorCode}/preview',
  summary:
    'What a change of one indicator’s target row would do to its score and the service axis (nothing is stored)',
  tags: ['targets'],
  // Whoever may make the change may see its effect first.
  access: { permission: 'targets:write', unit },
  request: {
    params: PuskesmasYearParams.extend({ indicatorCode: z.string().min(1).max(80) }),
    body: jsonBody(TargetPreviewBody),
  },
  responses: {
    200: jsonContent(TargetPreview, 'The indicator’s score and the service axis, before and after'),
    400: jsonContent(ErrorBody, 'INDICATOR_FIELD_INVALID, PROFILE_SASARAN_MISSING'),
    403: jsonContent(ErrorBody, 'TARGET_DINKES_ONLY'),
    404: jsonContent(ErrorBody, 'INDICATOR_NOT_FOUND, CATALOG_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'UKMP_KEY_TAKEN'),
  },
});

export function targetsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readTargets, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await listTargets(c.get('deps').repos, unit, c.req.valid('param').year), 200);
  });

  app.openapi(writeTarget, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, indicatorCode } = c.req.valid('param');
    const { uow, clock } = c.get('deps');
    return c.json(
      await saveTarget(uow, clock, { unit, year, indicatorCode, body: c.req.valid('json'), editor }),
      200,
    );
  });

  app.openapi(previewTargetChange, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, indicatorCode } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await previewTarget(c.get('deps').repos, { unit, year, indicatorCode, body, editor }), 200);
  });
}
