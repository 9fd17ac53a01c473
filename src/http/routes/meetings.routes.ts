// Meetings of a Puskesmas-year: list (with counts and level proposals), one, record, change, delete.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  levelProposals,
  listMeetings,
  updateMeeting,
  type MeetingsDeps,
} from '../../app/meetings.service.ts';
import {
  LevelProposals,
  MeetingBody,
  MeetingDeleteQuery,
  MeetingDetail,
  MeetingsView,
  MeetingUpdateBody,
} from '../../shared/api/meetings.schema.ts';
import { EvidenceIdParam } from '../../shared/api/evidence.schema.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import type { AppEnv } from '../context.ts';
import { evidenceSettingsOf } from '../evidence-settings.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const unit = { param: 'code', level: 'puskesmas' } as const;
const IdParams = PuskesmasYearParams.extend({ id: EvidenceIdParam });

function meetingsDeps(c: Context<AppEnv>): MeetingsDeps {
  const deps = c.get('deps');
  return {
    uow: deps.uow,
    repos: deps.repos,
    clock: deps.clock,
    blobs: evidenceSettingsOf(deps).blobs,
  };
}

const list = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/meetings',
  summary:
    'The meetings of the year with attendance, decisions and files; counts per kind and quarter; level proposals',
  tags: ['meetings'],
  access: { permission: 'entries:read', unit },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(MeetingsView, 'By date') },
});

const proposals = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/meetings/proposals',
  summary:
    'The levels the meeting records propose for the management items about meetings (A2.6, A2.7, B2.2)',
  tags: ['meetings'],
  access: { permission: 'entries:read', unit },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(LevelProposals, 'One per item the catalog has') },
});

const one = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/meetings/{id}',
  summary: 'One meeting',
  tags: ['meetings'],
  access: { permission: 'entries:read', unit },
  request: { params: IdParams },
  responses: {
    200: jsonContent(MeetingDetail, 'The meeting'),
    404: jsonContent(ErrorBody, 'MEETING_NOT_FOUND'),
  },
});

const create = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/meetings',
  summary: 'Record a meeting held in the year (Koordinator, Kepala Puskesmas; until the year is final)',
  tags: ['meetings'],
  access: { permission: 'meetings:write', unit },
  request: { params: PuskesmasYearParams, body: jsonBody(MeetingBody) },
  responses: {
    201: jsonContent(MeetingDetail, 'Recorded'),
    400: jsonContent(ErrorBody, 'MEETING_DATE_INVALID, MEETING_RTL_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'MEETING_YEAR_CLOSED'),
  },
});

const update = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/meetings/{id}',
  summary: 'Change a meeting: its fields, attendance and decisions, as read at expectedVersion',
  tags: ['meetings'],
  access: { permission: 'meetings:write', unit },
  request: { params: IdParams, body: jsonBody(MeetingUpdateBody) },
  responses: {
    200: jsonContent(MeetingDetail, 'Changed'),
    404: jsonContent(ErrorBody, 'MEETING_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'STALE_VALUE, MEETING_YEAR_CLOSED'),
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/puskesmas/{code}/years/{year}/meetings/{id}',
  summary: 'Delete a meeting with its attendance, decisions and files, as read at expectedVersion',
  tags: ['meetings'],
  access: { permission: 'meetings:write', unit },
  request: { params: IdParams, query: MeetingDeleteQuery },
  responses: {
    204: { description: 'Deleted' },
    404: jsonContent(ErrorBody, 'MEETING_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'STALE_VALUE, MEETING_YEAR_CLOSED, EVIDENCE_SUBMITTED_WITH'),
  },
});

export function meetingsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year } = c.req.valid('param');
    return c.json(await listMeetings(c.get('deps').repos, { unit, year, user: editor }), 200);
  });

  app.openapi(proposals, async (c) => {
    const { unit } = unitAndUser(c);
    const { year } = c.req.valid('param');
    return c.json({ proposals: await levelProposals(c.get('deps').repos, { unit, year }) }, 200);
  });

  app.openapi(one, async (c) => {
    const { unit } = unitAndUser(c);
    const { year, id } = c.req.valid('param');
    return c.json(await getMeeting(c.get('deps').repos, { unit, year, id }), 200);
  });

  app.openapi(create, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await createMeeting(meetingsDeps(c), { unit, year, editor, body }), 201);
  });

  app.openapi(update, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, id } = c.req.valid('param');
    const { expectedVersion, ...body } = c.req.valid('json');
    return c.json(
      await updateMeeting(meetingsDeps(c), { unit, year, editor, id, body, expectedVersion }),
      200,
    );
  });

  app.openapi(remove, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, id } = c.req.valid('param');
    const { expectedVersion } = c.req.valid('query');
    await deleteMeeting(meetingsDeps(c), { unit, year, editor, id, expectedVersion });
    return c.body(null, 204);
  });
}
