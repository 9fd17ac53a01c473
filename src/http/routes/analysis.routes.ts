// Bab V (the indicators below target, the problem behind each with its causes and USG, the programmes'
// analyses) and Bab VI (the RTL actions) of a Puskesmas-year. Each write answers the whole view as
// stored after it, since the priorities and overdue marks move with it.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  createAction,
  getAnalysis,
  saveProblem,
  saveProgrammeAnalysis,
  updateAction,
  type AnalysisWriteOutcome,
} from '../../app/analysis.service.ts';
import {
  AnalysisView,
  ProblemBody,
  ProgrammeAnalysisBody,
  RtlActionBody,
  RtlActionUpdateBody,
} from '../../shared/api/analysis.schema.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { StaleBody, staleResponse, unitAndUser } from './puskesmas-year.ts';

const puskesmas = { param: 'code', level: 'puskesmas' } as const;
const Code = z.string().trim().min(1).max(80);
const writeResponses = {
  200: jsonContent(AnalysisView, 'Saved: Bab V and VI as stored now'),
  400: jsonContent(ErrorBody, 'RTL_DATES_INVALID'),
  404: jsonContent(ErrorBody, 'INDICATOR_NOT_FOUND, PROGRAMME_NOT_FOUND, RTL_ACTION_NOT_FOUND'),
  409: jsonContent(
    StaleBody(AnalysisView),
    'STALE_VALUE with the view as stored; ANALYSIS_CLOSED (verified), RTL_CLOSED (final), RTL_NEEDS_PROBLEM',
  ),
};

const read = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/analysis',
  summary:
    'Bab V and VI: indicators below target with their gap, problems by USG, programme analyses, RTL actions',
  tags: ['analysis'],
  access: { permission: 'analysis:read', unit: puskesmas },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(AnalysisView, 'As stored') },
});

const problem = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/analysis/problems/{indicatorCode}',
  summary: 'The problem behind an indicator below target, its causes (6 headings) and its USG scores',
  tags: ['analysis'],
  access: { permission: 'analysis:write', unit: puskesmas },
  request: { params: PuskesmasYearParams.extend({ indicatorCode: Code }), body: jsonBody(ProblemBody) },
  responses: writeResponses,
});

const programme = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/analysis/programmes/{programmeCode}',
  summary: 'The team’s short analysis of one programme',
  tags: ['analysis'],
  access: { permission: 'analysis:write', unit: puskesmas },
  request: {
    params: PuskesmasYearParams.extend({ programmeCode: Code }),
    body: jsonBody(ProgrammeAnalysisBody),
  },
  responses: writeResponses,
});

const createRtl = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/rtl',
  summary: 'A new RTL action for an indicator whose problem is written',
  tags: ['analysis'],
  access: { permission: 'analysis:write', unit: puskesmas },
  request: { params: PuskesmasYearParams, body: jsonBody(RtlActionBody) },
  responses: writeResponses,
});

const updateRtl = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/rtl/{actionId}',
  summary: 'Change an RTL action: its plan, its status, its follow-up',
  tags: ['analysis'],
  access: { permission: 'analysis:write', unit: puskesmas },
  request: {
    params: PuskesmasYearParams.extend({ actionId: z.coerce.number().int().positive() }),
    body: jsonBody(RtlActionUpdateBody),
  },
  responses: writeResponses,
});

function answer(c: Context<AppEnv>, outcome: AnalysisWriteOutcome) {
  if (outcome.status === 'stale') return staleResponse(c, outcome.error, outcome.current);
  return c.json(outcome.view, 200);
}

export function analysisRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(read, async (c) => {
    const { unit } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    return c.json(await getAnalysis(repos, { unit, year: c.req.valid('param').year, now: clock() }), 200);
  });

  app.openapi(problem, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, indicatorCode } = c.req.valid('param');
    return answer(
      c,
      await saveProblem(c.get('deps'), { unit, year, indicatorCode, body: c.req.valid('json'), editor }),
    );
  });

  app.openapi(programme, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, programmeCode } = c.req.valid('param');
    return answer(
      c,
      await saveProgrammeAnalysis(c.get('deps'), {
        unit,
        year,
        programmeCode,
        body: c.req.valid('json'),
        editor,
      }),
    );
  });

  app.openapi(createRtl, async (c) => {
    const { unit, editor } = unitAndUser(c);
    return answer(
      c,
      await createAction(c.get('deps'), {
        unit,
        year: c.req.valid('param').year,
        body: c.req.valid('json'),
        editor,
      }),
    );
  });

  app.openapi(updateRtl, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, actionId } = c.req.valid('param');
    return answer(
      c,
      await updateAction(c.get('deps'), { unit, year, actionId, body: c.req.valid('json'), editor }),
    );
  });
}
