// Reporting a month to Dinkes: one route, thin over month-report.service.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { reportMonth } from '../../app/month-report.service.ts';
import { MonthReported } from '../../shared/api/month-reports.schema.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

/** The month is checked by the service (inside the year), so a bad one is refused in words. */
const MonthParams = PuskesmasYearParams.extend({ month: z.string().min(1).max(20) });

const report = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/months/{month}/report',
  summary:
    'Report a complete month to Dinkes ("Laporkan bulan ini"): its date decides whether it is on time; reporting again changes nothing',
  tags: ['entries'],
  access: { permission: 'months:report', unit: { param: 'code', level: 'puskesmas' } },
  request: { params: MonthParams },
  responses: {
    200: jsonContent(MonthReported, 'Reported (or reported already: `recorded` false)'),
    400: jsonContent(ErrorBody, 'FIELD_INVALID: not a month of the year'),
    409: jsonContent(
      ErrorBody,
      'MONTH_INCOMPLETE (params.missing, params.indicators), MONTH_NOT_ENDED; YEAR_SUBMITTED, PERIOD_LOCKED',
    ),
  },
});

export function monthReportsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(report, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, month } = c.req.valid('param');
    const { uow, repos, clock } = c.get('deps');
    return c.json(await reportMonth({ uow, repos, clock }, { unit, year, month, editor }), 200);
  });
}
