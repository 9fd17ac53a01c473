// Management and quality items (Table 5): read with their rubric, score one at a time.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { getRubric, saveRubric } from '../../app/rubric.service.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import { RubricBody, RubricItem, RubricSaved, RubricView } from '../../shared/api/rubric.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { StaleBody, staleResponse, unitAndUser } from './puskesmas-year.ts';

const unit = { param: 'code', level: 'puskesmas' } as const;

const readRubric = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/rubric',
  summary: 'Table 5: management (A1–A6) and quality (B1–B3) items with their levels, bands and scores',
  tags: ['rubric'],
  // An input screen, read by whoever reads the monthly inputs; results:read alone (a viewer) sees the
  // items' scores and explanations on the dashboard instead.
  access: { permission: 'entries:read', unit },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(RubricView, 'The items') },
});

const writeRubric = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/rubric/{indicatorCode}',
  summary: 'Score one item: a level its rubric prints, or a percentage (banded by the engine)',
  tags: ['rubric'],
  access: { permission: 'rubric:write', unit },
  request: {
    params: PuskesmasYearParams.extend({ indicatorCode: z.string().min(1).max(80) }),
    body: jsonBody(RubricBody),
  },
  responses: {
    200: jsonContent(RubricSaved, 'Saved; the stored result refreshed'),
    400: jsonContent(ErrorBody, 'INDICATOR_FIELD_INVALID'),
    404: jsonContent(ErrorBody, 'INDICATOR_NOT_FOUND'),
    409: jsonContent(StaleBody(RubricItem), 'STALE_VALUE with the stored item; or PERIOD_LOCKED'),
  },
});

export function rubricRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readRubric, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await getRubric(c.get('deps').repos, unit, c.req.valid('param').year), 200);
  });

  app.openapi(writeRubric, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, indicatorCode } = c.req.valid('param');
    const { uow, repos, clock } = c.get('deps');
    const outcome = await saveRubric(
      { uow, repos, clock },
      { unit, year, indicatorCode, body: c.req.valid('json'), editor },
    );
    if (outcome.status === 'stale') return staleResponse(c, outcome.error, outcome.current);
    return c.json(outcome.saved, 200);
  });
}
