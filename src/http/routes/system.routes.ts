// Health and the API description (the OpenAPI document, and a page that lists it for a developer).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { defineRoute, routeTable, type RouteAccess, type RouteInfo } from '../route.ts';

/** The head of the OpenAPI document (served at /api/docs/json). */
export const API_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'pkp API', version: '0.1.0', description: 'Penilaian Kinerja Puskesmas' },
} as const;

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

  app.openapi(docsPage, (c) => {
    const doc = app.getOpenAPI31Document(API_DOCUMENT);
    return c.html(renderDocsPage(doc as OpenApiDocument, routeTable()), 200);
  });
}

const docsPage = defineRoute({
  method: 'get',
  path: '/api/docs',
  summary: 'This list of operations, as a page',
  access: { public: true },
  responses: {
    200: { description: 'A self-contained HTML page', content: { 'text/html': { schema: z.string() } } },
  },
});

/** The OpenAPI document's parts the page reads. */
interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, { summary?: string; tags?: string[] } | undefined> | undefined>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function describeAccess(access: RouteAccess | undefined): string {
  if (!access) return '?';
  if ('public' in access) return 'public';
  if ('signedIn' in access) return 'signed in';
  if ('operator' in access) return 'operator (this machine, or the bearer token PKP_METRICS_TOKEN)';
  return access.unit
    ? `${access.permission} on {${access.unit.param}} (${access.unit.level})`
    : access.permission;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * The operations of the OpenAPI document with the access each route declares: method, path, summary,
 * who may call it. Plain HTML with inline styles, so it needs no script and nothing from elsewhere.
 */
export function renderDocsPage(doc: OpenApiDocument, routes: readonly RouteInfo[]): string {
  const accessOf = new Map(routes.map((r) => [`${r.method} ${r.path}`, r.access]));
  const rows = Object.entries(doc.paths ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const op = item?.[method];
        if (!op) return [];
        const access = describeAccess(accessOf.get(`${method.toUpperCase()} ${path}`));
        return [
          `<tr><td class="m ${method}">${method.toUpperCase()}</td><td><code>${escapeHtml(path)}</code></td>` +
            `<td>${escapeHtml(op.summary ?? '')}</td><td><code>${escapeHtml(access)}</code></td></tr>`,
        ];
      }),
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2a33; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #dde3e8; vertical-align: top; }
th { background: #f3f6f8; }
td.m { font-weight: 600; font-family: ui-monospace, monospace; }
.get { color: #1f6f43; } .post { color: #8a5a00; } .patch, .put { color: #1d4f91; } .delete { color: #a1262b; }
</style></head><body>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')}. The machine-readable description:
<a href="/api/docs/json">/api/docs/json</a> (OpenAPI 3.1). Changes (POST, PUT, PATCH, DELETE) of a signed-in
user carry the <code>x-csrf-token</code> header that sign-in and <code>GET /api/auth/me</code> return.</p>
<table><thead><tr><th>method</th><th>path</th><th>what</th><th>who may call it</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></body></html>`;
}
