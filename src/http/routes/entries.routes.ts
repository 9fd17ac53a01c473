// Monthly entry: the year's grid with progress and completeness, one cell saved at a time, its history.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { entryHistory, getEntries, saveEntry, valueInvalid } from '../../app/entries.service.ts';
import {
  EntriesQuery,
  EntriesView,
  EntryBody,
  EntryHistory,
  EntrySaved,
  MonthlyValueView,
} from '../../shared/api/entries.schema.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import { formatPath } from '../../shared/zod-issues.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { StaleBody, staleResponse, unitAndUser } from './puskesmas-year.ts';

const unit = { param: 'code', level: 'puskesmas' } as const;

/** The month is checked by the service (inside the year, already begun), so it names the field in words. */
const CellParams = PuskesmasYearParams.extend({
  indicatorCode: z.string().min(1).max(80),
  month: z.string().min(1).max(20),
});

const readEntries = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/entries',
  summary:
    'The monthly entry grid: catalog tree, values, progress to date with colours, completeness per month',
  tags: ['entries'],
  access: { permission: 'entries:read', unit },
  request: { params: PuskesmasYearParams, query: EntriesQuery },
  responses: { 200: jsonContent(EntriesView, 'The grid'), 404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND') },
});

const writeEntry = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/entries/{indicatorCode}/{month}',
  summary: 'Save one month of one indicator (the fields of its entry shape; all null clears the month)',
  tags: ['entries'],
  access: { permission: 'entries:write', unit },
  request: { params: CellParams, body: jsonBody(EntryBody) },
  responses: {
    200: jsonContent(EntrySaved, 'Saved; the stored result refreshed'),
    400: jsonContent(ErrorBody, 'VALUE_INVALID: params.field names the field, params.reason says why'),
    404: jsonContent(ErrorBody, 'INDICATOR_NOT_FOUND'),
    409: jsonContent(
      StaleBody(MonthlyValueView.nullable()),
      'STALE_VALUE with the stored value; or PERIOD_LOCKED',
    ),
  },
});

const readHistory = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/entries/{indicatorCode}/{month}/history',
  summary: 'The audit trail of one cell: who, when, old → new, why',
  tags: ['entries'],
  access: { permission: 'entries:read', unit },
  request: { params: CellParams },
  responses: { 200: jsonContent(EntryHistory, 'Oldest first') },
});

/**
 * A body that is not what the entry needs (a string for a number, a missing expectedVersion) answers
 * VALUE_INVALID naming the field, like every other refused value, rather than the generic VALIDATION.
 */
function refuseBody(error: { issues: readonly z.core.$ZodIssue[] }, c: Context<AppEnv>): never {
  const issue = error.issues[0];
  const field = issue ? formatPath(issue.path) : '(body)';
  const numeric = ['numerator', 'denominator', 'value'].includes(field);
  const reason =
    issue?.code === 'invalid_type' && numeric
      ? 'bukan angka'
      : field === 'flag'
        ? 'harus ya (true) atau tidak (false)'
        : field === 'expectedVersion'
          ? 'versi yang dibaca wajib dikirim (0 bila bulan itu belum berisi)'
          : (issue?.message ?? 'tidak valid');
  throw valueInvalid(
    field,
    c.req.param('indicatorCode') ?? '',
    c.req.param('month') ?? '',
    'invalid',
    reason,
  );
}

export function entriesRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readEntries, async (c) => {
    const { unit } = unitAndUser(c);
    const { through } = c.req.valid('query');
    const view = await getEntries(c.get('deps').repos, {
      unit,
      year: c.req.valid('param').year,
      ...(through !== undefined && { through }),
      now: c.get('deps').clock(),
    });
    return c.json(view, 200);
  });

  app.openapi(
    writeEntry,
    async (c) => {
      const { unit, editor } = unitAndUser(c);
      const { year, indicatorCode, month } = c.req.valid('param');
      const { uow, repos, clock } = c.get('deps');
      const outcome = await saveEntry(
        { uow, repos, clock },
        { unit, year, indicatorCode, month, body: c.req.valid('json'), editor },
      );
      if (outcome.status === 'stale') return staleResponse(c, outcome.error, outcome.current);
      return c.json(outcome.saved, 200);
    },
    (result, c) => {
      if (!result.success) refuseBody(result.error, c);
    },
  );

  app.openapi(readHistory, async (c) => {
    const { unit } = unitAndUser(c);
    const { year, indicatorCode, month } = c.req.valid('param');
    return c.json(await entryHistory(c.get('deps').repos, { unit, year, indicatorCode, month }), 200);
  });
}
