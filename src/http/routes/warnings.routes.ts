// Plausibility warnings: those of a Puskesmas-year, those of a district-year, and marking one checked.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { checkWarning, getDistrictWarnings, getYearWarnings } from '../../app/warnings.service.ts';
import { DistrictYearParams, PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import {
  DistrictWarningsView,
  WarningChangedBody,
  WarningCheckBody,
  WarningView,
  YearWarningsView,
} from '../../shared/api/warnings.schema.ts';
import type { AppEnv } from '../context.ts';
import { localeOf } from '../errors.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const puskesmas = { param: 'code', level: 'puskesmas' } as const;

// Reading follows the entry grid (entries:read): the Puskesmas' own staff and Dinkes, not the viewer
// (the warnings are about figures not yet verified, not results).
const readYear = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/warnings',
  summary: 'The plausibility warnings of a Puskesmas-year, each open or checked (with its note)',
  tags: ['warnings'],
  access: { permission: 'entries:read', unit: puskesmas },
  request: { params: PuskesmasYearParams },
  responses: {
    200: jsonContent(YearWarningsView, 'In catalog order'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const check = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/warnings/checks',
  summary:
    'Mark one warning checked, with a note (Kepala Puskesmas while the year is a draft; Dinkes until it is locked)',
  tags: ['warnings'],
  access: { permission: 'warnings:check', unit: puskesmas },
  request: { params: PuskesmasYearParams, body: jsonBody(WarningCheckBody) },
  responses: {
    200: jsonContent(WarningView, 'Checked: the warning with its check'),
    409: jsonContent(
      WarningChangedBody,
      'WARNING_CHANGED with the warning as it is now, or WARNING_CLOSED; also YEAR_SUBMITTED, PERIOD_LOCKED',
    ),
  },
});

const readDistrict = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/warnings',
  summary: 'The plausibility warnings of every Puskesmas of a district-year',
  tags: ['warnings'],
  // entries:read on a district: Dinkes (admin, verifikator); a Puskesmas account does not reach a district.
  access: { permission: 'entries:read', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictYearParams },
  responses: { 200: jsonContent(DistrictWarningsView, 'Puskesmas by code, each with its warnings') },
});

export function warningsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readYear, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await getYearWarnings(c.get('deps').repos, { unit, year: c.req.valid('param').year }), 200);
  });

  app.openapi(check, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { uow, clock } = c.get('deps');
    const outcome = await checkWarning(
      { uow, clock },
      { unit, year: c.req.valid('param').year, body: c.req.valid('json'), editor },
    );
    if (outcome.status === 'checked') return c.json(outcome.warning, 200);
    const { error, current } = outcome;
    return c.json(
      {
        code: error.code as 'WARNING_CHANGED' | 'WARNING_CLOSED',
        message: error.localized(localeOf(c)),
        params: error.params,
        current,
      },
      409,
    );
  });

  app.openapi(readDistrict, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(
      await getDistrictWarnings(c.get('deps').repos, { district: unit, year: c.req.valid('param').year }),
      200,
    );
  });
}
