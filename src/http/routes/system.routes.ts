// Health and the API description.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { defineRoute } from '../route.ts';

const health = defineRoute({
  method: 'get',
  path: '/api/health',
  access: { public: true },
  responses: {
    200: {
      description: 'The server and its database answer',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
        },
      },
    },
  },
});

export function systemRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(health, async (c) => {
    const { store } = c.get('deps');
    await c.get('deps').repos.findOrgUnit('');
    return c.json({ status: 'ok' as const, database: store.kind }, 200);
  });
}
