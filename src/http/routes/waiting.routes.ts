// "What waits for me": the signed-in person's work in one year, on their own unit.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { whatWaits } from '../../app/waiting.service.ts';
import { AppError } from '../../shared/errors.ts';
import { WaitingQuery, WaitingView } from '../../shared/api/waiting.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';

// Signed in is enough: the service reads only the person's own unit (their Puskesmas or district).
const waiting = defineRoute({
  method: 'get',
  path: '/api/me/waiting',
  summary:
    "What waits for the signed-in person in a year, each item naming where it is done (months to report, returns, the year to submit, feedback to follow up, the verifier's queue, the admin's)",
  tags: ['me'],
  access: { signedIn: true },
  request: { query: WaitingQuery },
  responses: {
    200: jsonContent(WaitingView, 'The items, in the order to do them'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND: the district has no catalog for the year'),
  },
});

export function waitingRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(waiting, async (c) => {
    const user = c.get('user');
    if (!user) throw new AppError('UNAUTHENTICATED', {}, { status: 401 });
    const { repos, clock } = c.get('deps');
    return c.json(await whatWaits(repos, { user, year: c.req.valid('query').year, now: clock() }), 200);
  });
}
