// The HTTP application: createApp(deps) wires middleware, routes, the API description and the UI.
// It never listens; server.ts does (and tests call app.request directly).
import { OpenAPIHono } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import type { AppDeps, AppEnv } from './context.ts';
import { errorResponse, validationResponse } from './errors.ts';
import { log } from './log.ts';
import { systemRoutes } from './routes/system.routes.ts';

export interface CreateAppOptions {
  /** Where the built UI lives (dist/ui); the server serves it for every non-API path. */
  uiDir?: string;
}

export function createApp(deps: AppDeps, _options: CreateAppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationResponse(c, result.error, undefined);
      return undefined;
    },
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    c.set('user', null);
    c.set('target', null);
    c.set('requestId', c.req.header('x-request-id') ?? randomUUID());
    await next();
    log('info', 'request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      user: c.get('user')?.username,
    });
  });

  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => c.json({ code: 'NOT_FOUND', message: 'Not found' }, 404));

  systemRoutes(app);

  app.doc31('/api/docs/json', {
    openapi: '3.1.0',
    info: { title: 'pkp API', version: '0.1.0', description: 'Penilaian Kinerja Puskesmas' },
  });
  return app;
}

export type PkpApp = ReturnType<typeof createApp>;
