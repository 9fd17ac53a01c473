// For whoever runs pkp: readiness for a load balancer (the database answers, takes writes, and its
// schema is ours, all of it) and Prometheus metrics. /api/health says the process is alive; /api/ready says it
// should be sent requests — during a failover it answers 503, never a wrong number.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { isInRecovery } from '../../data/db.ts';
import { readAppliedMigrations, readMigrations } from '../../data/migrations.ts';
import type { AppEnv } from '../context.ts';
import type { Metrics } from '../metrics.ts';
import { defineRoute } from '../route.ts';

const Ready = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
  /** Why not: the database does not answer, is a standby (read only), or its migrations are not this pkp's. */
  reason: z.string().optional(),
});

const ready = defineRoute({
  method: 'get',
  path: '/api/ready',
  summary: 'Whether to send this server requests: its database answers, takes writes and has every migration',
  access: { public: true },
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: Ready } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: Ready } } },
  },
});

const metricsRoute = defineRoute({
  method: 'get',
  path: '/metrics',
  summary: 'Prometheus metrics: to a client on this machine, or one with the bearer token PKP_METRICS_TOKEN',
  access: { operator: true },
  responses: {
    200: { description: 'The text exposition format', content: { 'text/plain': { schema: z.string() } } },
    403: {
      description: 'Neither on this machine nor with the token',
      content: { 'text/plain': { schema: z.string() } },
    },
  },
});

export function operationsRoutes(app: OpenAPIHono<AppEnv>, { metrics }: { metrics: Metrics }): void {
  const ours = readMigrations();
  app.openapi(ready, async (c) => {
    const { store } = c.get('deps');
    try {
      // A standby the database address points at before it is promoted answers reads but refuses
      // every save: not ready until it is a primary.
      if (await isInRecovery(store.db))
        return c.json(
          { status: 'unavailable' as const, database: store.kind, reason: 'database: a standby (read only)' },
          503,
        );
      const applied = await readAppliedMigrations(store.db);
      const current = applied.length === ours.length && applied.every((row, i) => row.hash === ours[i]!.hash);
      if (!current)
        return c.json(
          {
            status: 'unavailable' as const,
            database: store.kind,
            reason: `migrations: ${applied.length} of ${ours.length} applied`,
          },
          503,
        );
      return c.json({ status: 'ready' as const, database: store.kind }, 200);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return c.json(
        { status: 'unavailable' as const, database: store.kind, reason: `database: ${reason}` },
        503,
      );
    }
  });

  app.openapi(metricsRoute, async (c) => {
    c.header('content-type', metrics.registry.contentType);
    return c.text(await metrics.registry.metrics(), 200);
  });
}
