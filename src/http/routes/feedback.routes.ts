// Dinkes' feedback letters to a Puskesmas-year and the Puskesmas' follow-up of each point; a
// district's overview of who received feedback and how far it is followed up.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  createLetter,
  deleteLetter,
  getDistrictFeedback,
  getFeedback,
  saveFollowUp,
  sendLetter,
  updateLetter,
} from '../../app/feedback.service.ts';
import {
  DistrictFeedbackView,
  FeedbackLetterBody,
  FeedbackLetterUpdateBody,
  FeedbackLetterView,
  FeedbackPointView,
  FeedbackVersionBody,
  FeedbackView,
  FollowUpBody,
} from '../../shared/api/feedback.schema.ts';
import { DistrictYearParams, PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { StaleBody, staleResponse, unitAndUser } from './puskesmas-year.ts';

const puskesmas = { param: 'code', level: 'puskesmas' } as const;
const Id = z.coerce.number().int().positive();
const LetterParams = PuskesmasYearParams.extend({ letterId: Id });
const PointParams = LetterParams.extend({ pointId: Id });
const StaleLetter = StaleBody(FeedbackLetterView.nullable());

const read = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/feedback',
  summary:
    'The feedback letters of a Puskesmas-year with every point and its follow-up (drafts: Dinkes only)',
  tags: ['feedback'],
  access: { permission: 'feedback:read', unit: puskesmas },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(FeedbackView, 'Oldest first') },
});

const create = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/feedback',
  summary:
    'Draft a feedback letter: number, date, signer, summary, points overall / per programme / per indicator',
  tags: ['feedback'],
  access: { permission: 'feedback:write', unit: puskesmas },
  request: { params: PuskesmasYearParams, body: jsonBody(FeedbackLetterBody) },
  responses: {
    201: jsonContent(FeedbackLetterView, 'The draft'),
    400: jsonContent(ErrorBody, 'FEEDBACK_TOPIC_INVALID'),
    404: jsonContent(ErrorBody, 'ASSESSMENT_NOT_FOUND: the year is not opened'),
  },
});

const update = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/feedback/{letterId}',
  summary: 'Change a draft letter and its points (a point sent with its id keeps it)',
  tags: ['feedback'],
  access: { permission: 'feedback:write', unit: puskesmas },
  request: { params: LetterParams, body: jsonBody(FeedbackLetterUpdateBody) },
  responses: {
    200: jsonContent(FeedbackLetterView, 'Saved'),
    409: jsonContent(StaleLetter, 'STALE_VALUE with the letter as stored; FEEDBACK_SENT once sent'),
  },
});

const send = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/feedback/{letterId}/send',
  summary: 'Send a complete draft: from then on the letter is read-only',
  tags: ['feedback'],
  access: { permission: 'feedback:send', unit: puskesmas },
  request: { params: LetterParams, body: jsonBody(FeedbackVersionBody) },
  responses: {
    200: jsonContent(FeedbackLetterView, 'Sent'),
    400: jsonContent(ErrorBody, 'FEEDBACK_INCOMPLETE'),
    409: jsonContent(StaleLetter, 'STALE_VALUE with the letter as stored; FEEDBACK_SENT'),
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/puskesmas/{code}/years/{year}/feedback/{letterId}',
  summary: 'Delete a draft letter (a sent one stays)',
  tags: ['feedback'],
  access: { permission: 'feedback:write', unit: puskesmas },
  request: { params: LetterParams, body: jsonBody(FeedbackVersionBody) },
  responses: {
    200: jsonContent(z.object({ deleted: z.literal(true) }), 'Deleted'),
    409: jsonContent(StaleLetter, 'STALE_VALUE; FEEDBACK_SENT'),
  },
});

const followUp = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/feedback/{letterId}/points/{pointId}/follow-up',
  summary: 'The Puskesmas’ follow-up of one point of a sent letter: what was done, and its status',
  tags: ['feedback'],
  access: { permission: 'feedback:follow-up', unit: puskesmas },
  request: { params: PointParams, body: jsonBody(FollowUpBody) },
  responses: {
    200: jsonContent(FeedbackPointView, 'The point with its follow-up'),
    404: jsonContent(ErrorBody, 'FEEDBACK_NOT_FOUND, FEEDBACK_POINT_NOT_FOUND'),
    409: jsonContent(StaleLetter, 'STALE_VALUE with the letter as stored'),
  },
});

const district = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/feedback',
  summary:
    'Per Puskesmas of the district: its letters (drafts, sent) and how far their points are followed up',
  tags: ['feedback'],
  access: { permission: 'feedback:read', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictYearParams },
  responses: { 200: jsonContent(DistrictFeedbackView, 'By Puskesmas code') },
});

export function feedbackRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(read, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const view = await getFeedback(c.get('deps').repos, {
      unit,
      year: c.req.valid('param').year,
      role: editor.role,
    });
    return c.json(view, 200);
  });

  app.openapi(create, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const letter = await createLetter(c.get('deps'), {
      unit,
      year: c.req.valid('param').year,
      body: c.req.valid('json'),
      editor,
    });
    return c.json(letter, 201);
  });

  app.openapi(update, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, letterId } = c.req.valid('param');
    const outcome = await updateLetter(c.get('deps'), {
      unit,
      year,
      letterId,
      body: c.req.valid('json'),
      editor,
    });
    if (outcome.status === 'stale') return staleResponse(c, outcome.error, outcome.current);
    return c.json(outcome.saved, 200);
  });

  app.openapi(send, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, letterId } = c.req.valid('param');
    const outcome = await sendLetter(c.get('deps'), {
      unit,
      year,
      letterId,
      body: c.req.valid('json'),
      editor,
    });
    if (outcome.status === 'stale') return staleResponse(c, outcome.error, outcome.current);
    return c.json(outcome.saved, 200);
  });

  app.openapi(remove, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, letterId } = c.req.valid('param');
    const outcome = await deleteLetter(c.get('deps'), {
      unit,
      year,
      letterId,
      body: c.req.valid('json'),
      editor,
    });
    if (outcome.status === 'stale') return staleResponse(c, outcome.error, outcome.current);
    return c.json({ deleted: true as const }, 200);
  });

  app.openapi(followUp, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, letterId, pointId } = c.req.valid('param');
    const outcome = await saveFollowUp(c.get('deps'), {
      unit,
      year,
      letterId,
      pointId,
      body: c.req.valid('json'),
      editor,
    });
    if (outcome.status === 'stale') return staleResponse(c, outcome.error, outcome.current);
    return c.json(outcome.saved, 200);
  });

  app.openapi(district, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(
      await getDistrictFeedback(c.get('deps').repos, { district: unit, year: c.req.valid('param').year }),
      200,
    );
  });
}
