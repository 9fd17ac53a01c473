// Verification: the district's queue, one programme of a Puskesmas-year with both figures side by
// side, Dinkes' corrections (and their withdrawal), returns and the Puskesmas' answers, looks.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { saveCorrection, withdrawCorrection } from '../../app/corrections.service.ts';
import {
  answerReturn,
  closeReturn,
  listReturns,
  returnAgain,
  returnItem,
} from '../../app/returns.service.ts';
import { getVerificationQueue } from '../../app/verification-queue.ts';
import { acceptProgramme, getVerification } from '../../app/verification-view.ts';
import { DistrictYearParams, PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import {
  AnswerBody,
  CorrectionBody,
  CorrectionSaved,
  ProgrammeParams,
  QueueView,
  ReturnAgainBody,
  ReturnBody,
  ReturnedItemView,
  ReturnParams,
  ReturnsView,
  ReviewSaved,
  VerificationView,
  WithdrawalBody,
} from '../../shared/api/verification.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const puskesmas = { param: 'code', level: 'puskesmas' } as const;
const verify = { permission: 'verification:write', unit: puskesmas } as const;
const IndicatorParams = PuskesmasYearParams.extend({ indicatorCode: z.string().min(1).max(80) });
const refusals = {
  400: jsonContent(ErrorBody, 'DINKES_CORRECTION_REASON_REQUIRED, RETURN_COMMENT_REQUIRED, VALUE_INVALID, …'),
  403: jsonContent(ErrorBody, 'VERIFIER_ONLY'),
  404: jsonContent(ErrorBody, 'INDICATOR_NOT_FOUND, PROGRAMME_NOT_FOUND, RETURN_NOT_FOUND'),
  409: jsonContent(ErrorBody, 'VERIFICATION_CLOSED, STALE_VALUE, RETURN_EXISTS, RETURN_MOVED, PERIOD_LOCKED'),
};

const queue = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/verification',
  summary:
    'The verifier’s queue: every Puskesmas × programme with its state, changes since the last look, overdue',
  tags: ['verification'],
  access: { permission: 'verification:write', unit: { param: 'code', level: 'district' } },
  request: { params: DistrictYearParams },
  responses: {
    200: jsonContent(QueueView, 'By Puskesmas code, programmes in catalog order'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

// The Puskesmas reads what Dinkes corrected and returned as Dinkes does (entries:read; not the viewer).
const read = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/verification',
  summary: 'One programme of a Puskesmas-year: its own figures and Dinkes’ corrections side by side',
  tags: ['verification'],
  access: { permission: 'entries:read', unit: puskesmas },
  request: {
    params: PuskesmasYearParams,
    query: z.object({ programme: z.string().trim().min(1).max(80).optional() }),
  },
  responses: {
    200: jsonContent(
      VerificationView,
      'The programme (the first unless named) and where every programme stands',
    ),
    404: jsonContent(ErrorBody, 'PROGRAMME_NOT_FOUND, CATALOG_NOT_FOUND'),
  },
});

const correct = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/corrections/{indicatorCode}',
  summary: 'Correct a month, a target row or a rubric item with a reason (the verified result is re-scored)',
  tags: ['verification'],
  access: verify,
  request: { params: IndicatorParams, body: jsonBody(CorrectionBody) },
  responses: { 200: jsonContent(CorrectionSaved, 'Stored; the verified result refreshed'), ...refusals },
});

const withdraw = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/corrections/{indicatorCode}/withdraw',
  summary: 'Withdraw a correction with a reason: the Puskesmas’ figure is in force again',
  tags: ['verification'],
  access: verify,
  request: { params: IndicatorParams, body: jsonBody(WithdrawalBody) },
  responses: { 200: jsonContent(CorrectionSaved, 'Withdrawn; the verified result refreshed'), ...refusals },
});

const readReturns = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/returns',
  summary: 'What Dinkes returned to the Puskesmas this year, and the indicators it may change for it now',
  tags: ['verification'],
  access: { permission: 'entries:read', unit: puskesmas },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(ReturnsView, 'Newest first') },
});

const createReturn = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/returns',
  summary: 'Return an indicator or a whole programme to the Puskesmas with a comment',
  tags: ['verification'],
  access: verify,
  request: { params: PuskesmasYearParams, body: jsonBody(ReturnBody) },
  responses: {
    200: jsonContent(ReturnedItemView, 'Open: the Puskesmas may change what it covers'),
    ...refusals,
  },
});

const answer = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/returns/{returnId}/answer',
  summary: 'The Puskesmas answers a returned item, which sends it back to the verifier',
  tags: ['verification'],
  access: { permission: 'returns:answer', unit: puskesmas },
  request: { params: PuskesmasYearParams.merge(ReturnParams), body: jsonBody(AnswerBody) },
  responses: { 200: jsonContent(ReturnedItemView, 'Answered'), ...refusals },
});

const close = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/returns/{returnId}/close',
  summary: 'The verifier accepts the answer (or withdraws a return nobody answered yet)',
  tags: ['verification'],
  access: verify,
  request: { params: PuskesmasYearParams.merge(ReturnParams) },
  responses: { 200: jsonContent(ReturnedItemView, 'Closed'), ...refusals },
});

const again = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/returns/{returnId}/return-again',
  summary: 'The answer does not settle it: back to the Puskesmas with a new comment',
  tags: ['verification'],
  access: verify,
  request: { params: PuskesmasYearParams.merge(ReturnParams), body: jsonBody(ReturnAgainBody) },
  responses: { 200: jsonContent(ReturnedItemView, 'Open again'), ...refusals },
});

const accept = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/reviews/{programmeCode}',
  summary: 'Record the verifier’s look at a programme: accepted',
  tags: ['verification'],
  access: verify,
  request: { params: PuskesmasYearParams.merge(ProgrammeParams) },
  responses: { 200: jsonContent(ReviewSaved, 'The look recorded'), ...refusals },
});

export function verificationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(queue, async (c) => {
    const { unit } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    return c.json(
      await getVerificationQueue(repos, { district: unit, year: c.req.valid('param').year, now: clock() }),
      200,
    );
  });

  app.openapi(read, async (c) => {
    const { unit } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    const { programme } = c.req.valid('query');
    const year = c.req.valid('param').year;
    return c.json(
      await getVerification(repos, { unit, year, ...(programme ? { programme } : {}), now: clock() }),
      200,
    );
  });

  app.openapi(correct, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, indicatorCode } = c.req.valid('param');
    const { uow, clock } = c.get('deps');
    const body = c.req.valid('json');
    return c.json(await saveCorrection({ uow, clock }, { unit, year, indicatorCode, body, editor }), 200);
  });

  app.openapi(withdraw, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, indicatorCode } = c.req.valid('param');
    const { uow, clock } = c.get('deps');
    const body = c.req.valid('json');
    return c.json(await withdrawCorrection({ uow, clock }, { unit, year, indicatorCode, body, editor }), 200);
  });

  app.openapi(readReturns, async (c) => {
    const { unit } = unitAndUser(c);
    const { repos, clock } = c.get('deps');
    return c.json(await listReturns(repos, { unit, year: c.req.valid('param').year, now: clock() }), 200);
  });

  app.openapi(createReturn, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { uow, clock } = c.get('deps');
    const year = c.req.valid('param').year;
    return c.json(await returnItem({ uow, clock }, { unit, year, body: c.req.valid('json'), editor }), 200);
  });

  app.openapi(answer, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { uow, clock } = c.get('deps');
    const { year, returnId: id } = c.req.valid('param');
    return c.json(
      await answerReturn({ uow, clock }, { unit, year, id, body: c.req.valid('json'), editor }),
      200,
    );
  });

  app.openapi(close, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { uow, clock } = c.get('deps');
    const { year, returnId: id } = c.req.valid('param');
    return c.json(await closeReturn({ uow, clock }, { unit, year, id, editor }), 200);
  });

  app.openapi(again, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { uow, clock } = c.get('deps');
    const { year, returnId: id } = c.req.valid('param');
    return c.json(
      await returnAgain({ uow, clock }, { unit, year, id, body: c.req.valid('json'), editor }),
      200,
    );
  });

  app.openapi(accept, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { uow, clock } = c.get('deps');
    const { year, programmeCode } = c.req.valid('param');
    return c.json(await acceptProgramme({ uow, clock }, { unit, year, programmeCode, editor }), 200);
  });
}
