// The Puskesmas profile of a year (Bab II): read, and replace as a whole.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getProfile, saveProfile } from '../../app/profile.service.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import { ProfileBody, ProfileView } from '../../shared/api/profile.schema.ts';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const unit = { param: 'code', level: 'puskesmas' } as const;

const readProfile = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/profile',
  summary: 'The profile of a Puskesmas-year (version 0 when nothing is saved yet)',
  tags: ['profile'],
  access: { permission: 'profile:read', unit },
  request: { params: PuskesmasYearParams },
  responses: { 200: jsonContent(ProfileView, 'The profile') },
});

const writeProfile = defineRoute({
  method: 'put',
  path: '/api/puskesmas/{code}/years/{year}/profile',
  summary: 'Replace the profile; a change of rawat inap refreshes the stored results it moves',
  tags: ['profile'],
  access: { permission: 'profile:write', unit },
  request: { params: PuskesmasYearParams, body: jsonBody(ProfileBody) },
  responses: {
    200: jsonContent(ProfileView, 'Saved'),
    409: jsonContent(ErrorBody, 'STALE_VALUE, PERIOD_LOCKED'),
  },
});

export function profileRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(readProfile, async (c) => {
    const { unit } = unitAndUser(c);
    return c.json(await getProfile(c.get('deps').repos, unit, c.req.valid('param').year), 200);
  });

  app.openapi(writeProfile, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { uow, clock } = c.get('deps');
    const saved = await saveProfile(uow, clock, {
      unit,
      year: c.req.valid('param').year,
      body: c.req.valid('json'),
      editor,
    });
    return c.json(saved, 200);
  });
}
