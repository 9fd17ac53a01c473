// The assessment cycle: a Puskesmas-year's status with the moves the user may make, one route per
// move (each declaring the move's own permission), a district-year's statuses, and publishing.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { publishDistrict } from '../../app/publication.service.ts';
import { districtWorkflow, moveYear, yearWorkflow } from '../../app/workflow.service.ts';
import { MOVE_RULES, MOVES, type Move } from '../../domain/assessment/workflow.ts';
import { DistrictYearParams, PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import { DistrictWorkflow, MoveBody, PublishBody, YearWorkflow } from '../../shared/api/workflow.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const puskesmas = { param: 'code', level: 'puskesmas' } as const;
const district = { param: 'code', level: 'district' } as const;

/** Each move's address under …/workflow/, as a person would say it. */
export const MOVE_PATHS: Record<Exclude<Move, 'publish'>, string> = {
  submit: 'submit',
  return: 'return',
  verify: 'verify',
  reopenVerification: 'reopen-verification',
  finalise: 'finalise',
  reopen: 'reopen',
};

const MOVE_SUMMARIES: Record<Exclude<Move, 'publish'>, string> = {
  submit: 'The Kepala Puskesmas submits the year to Dinkes (draft → submitted)',
  return: 'Dinkes returns the whole year to the Puskesmas, with a reason (submitted → draft)',
  verify:
    'The verifier signs the year off (submitted → verified); refused while a returned item is not closed',
  reopenVerification: 'Dinkes reopens a verified year for verification, with a reason (verified → submitted)',
  finalise: 'The admin finalises the year: everything locked (verified → final)',
  reopen:
    'The admin reopens a final or published year, with a reason (→ verified); a published one withdraws the district’s publication',
};

// entries:read: the Puskesmas' own staff and Dinkes; a viewer reads published results only.
const readYear = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/workflow',
  summary: "A Puskesmas-year's status, the moves the user may make now, what it lacks, and its history",
  tags: ['workflow'],
  access: { permission: 'entries:read', unit: puskesmas },
  request: { params: PuskesmasYearParams },
  responses: {
    200: jsonContent(YearWorkflow, 'The year in the cycle'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const moveRoutes = MOVES.filter((m): m is Exclude<Move, 'publish'> => MOVE_RULES[m].scope === 'year').map(
  (move) =>
    [
      move,
      defineRoute({
        method: 'post',
        path: `/api/puskesmas/{code}/years/{year}/workflow/${MOVE_PATHS[move]}`,
        summary: MOVE_SUMMARIES[move],
        tags: ['workflow'],
        access: { permission: MOVE_RULES[move].permission, unit: puskesmas },
        request: { params: PuskesmasYearParams, body: jsonBody(MoveBody) },
        responses: {
          200: jsonContent(YearWorkflow, 'Moved: the year in the cycle now'),
          400: jsonContent(ErrorBody, 'MOVE_REASON_REQUIRED, MOVE_REASON_TOO_LONG, VALIDATION'),
          409: jsonContent(ErrorBody, 'MOVE_STATUS_CHANGED, MOVE_NOT_NOW, RETURNS_OPEN, YEAR_NOT_OVER'),
        },
      }),
    ] as const,
);

const readDistrict = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/workflow',
  summary: "Every Puskesmas-year's status in a district, how many in each, and the district's publications",
  tags: ['workflow'],
  // entries:read on a district: Dinkes (admin, verifikator); a Puskesmas account does not reach a district.
  access: { permission: 'entries:read', unit: district },
  request: { params: DistrictYearParams },
  responses: {
    200: jsonContent(DistrictWorkflow, 'Puskesmas by code'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const publish = defineRoute({
  method: 'post',
  path: '/api/districts/{code}/years/{year}/publish',
  summary: 'Publish the Kelompok and ranks of a district-year once every Puskesmas-year is final',
  tags: ['workflow'],
  access: { permission: 'results:publish', unit: district },
  request: { params: DistrictYearParams, body: jsonBody(PublishBody) },
  responses: {
    200: jsonContent(DistrictWorkflow, 'Published: the district-year now'),
    409: jsonContent(ErrorBody, 'PUBLICATION_BLOCKED, PUBLICATION_CHANGED, ALREADY_PUBLISHED'),
  },
});

export function workflowRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readYear, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    return c.json(
      await yearWorkflow(repos, { unit, year: c.req.valid('param').year, editor, now: clock() }),
      200,
    );
  });

  for (const [move, route] of moveRoutes) {
    app.openapi(route, async (c) => {
      const { unit, editor } = unitAndUser(c);
      const { repos, uow, clock } = c.get('deps');
      const { year } = c.req.valid('param');
      const body = c.req.valid('json');
      await moveYear(
        { uow, clock },
        { unit, year, move, expectedStatus: body.expectedStatus, reason: body.reason ?? null, editor },
      );
      return c.json(await yearWorkflow(repos, { unit, year, editor, now: clock() }), 200);
    });
  }

  app.openapi(readDistrict, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(
      await districtWorkflow(c.get('deps').repos, { district: unit, year: c.req.valid('param').year }),
      200,
    );
  });

  app.openapi(publish, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { repos, uow, clock } = c.get('deps');
    const { year } = c.req.valid('param');
    await publishDistrict(
      { uow, clock },
      { district: unit, year, expectedYears: c.req.valid('json').expectedYears, editor },
    );
    return c.json(await districtWorkflow(repos, { district: unit, year }), 200);
  });
}
