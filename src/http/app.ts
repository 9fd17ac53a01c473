// The HTTP application: createApp(deps) wires middleware, routes, the API description and the UI.
// It never listens; server.ts does (and tests call app.request directly).
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { routePath } from 'hono/route';
import { createAuthService, type SessionPolicy } from '../app/auth.service.ts';
import type { PasswordHasher } from '../app/ports.ts';
import { createUsersService } from '../app/users.service.ts';
import { accountsUnitOfWork, storeAccounts } from '../data/adapters/accounts.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { argon2Hasher } from './auth/passwords.ts';
import { sessionMiddleware } from './auth/session.ts';
import { apiBodyLimit } from './body-limit.ts';
import { clientOrigin } from './client-origin.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { errorResponse, localeOf, validationResponse } from './errors.ts';
import { log } from './log.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { securityHeaders } from './security-headers.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { operationsRoutes } from './routes/operations.routes.ts';
import { API_DOCUMENT, systemRoutes } from './routes/system.routes.ts';
import { usersRoutes } from './routes/users.routes.ts';
import { dashboardRoutes } from './routes/dashboard.routes.ts';
import { entriesRoutes } from './routes/entries.routes.ts';
import { orgUnitsRoutes } from './routes/org-units.routes.ts';
import { profileRoutes } from './routes/profile.routes.ts';
import { rubricRoutes } from './routes/rubric.routes.ts';
import { evidenceRoutes } from './routes/evidence.routes.ts';
import { meetingsRoutes } from './routes/meetings.routes.ts';
import { targetsRoutes } from './routes/targets.routes.ts';
import { districtSharesRoutes } from './routes/district-shares.routes.ts';
import { warningsRoutes } from './routes/warnings.routes.ts';
import { yearsRoutes } from './routes/years.routes.ts';
import { monthReportsRoutes } from './routes/month-reports.routes.ts';
import { waitingRoutes } from './routes/waiting.routes.ts';
import { analysisRoutes } from './routes/analysis.routes.ts';
import { feedbackRoutes } from './routes/feedback.routes.ts';
import { accreditationRoutes } from './routes/accreditation.routes.ts';
import { workflowRoutes } from './routes/workflow.routes.ts';
import { verificationRoutes } from './routes/verification.routes.ts';
import { workbookRoutes } from './routes/workbook.routes.ts';
import { reportsRoutes } from './routes/reports.routes.ts';
import { exchangeRoutes } from './routes/exchange.routes.ts';
import { catalogRoutes } from './routes/catalog.routes.ts';
import { districtsRoutes } from './routes/districts.routes.ts';

export interface CreateAppOptions {
  /** Where the built UI lives (dist/ui); the server serves it for every non-API path. */
  uiDir?: string;
  /** Password hashing; argon2id by default. */
  hasher?: PasswordHasher;
  /** The per-address limit on failed sign-ins (20 in 10 minutes by default). */
  loginThrottle?: LoginThrottle;
  /** Session lifetime and lock-out (SESSION_POLICY by default). */
  sessionPolicy?: Partial<SessionPolicy>;
  /**
   * Behind a reverse proxy (PKP_TRUST_PROXY): the client's address and scheme come from the proxy's
   * X-Forwarded-For and X-Forwarded-Proto. Off by default: those headers are then ignored.
   */
  trustProxy?: boolean;
  /** The client's address instead of the connection's (tests name one per request). */
  clientIp?: (c: Context<AppEnv>) => string;
  /** Prometheus metrics; one registry per app by default. */
  metrics?: Metrics;
  /** PKP_METRICS_TOKEN: /metrics answers a client elsewhere that sends it as a bearer token. */
  metricsToken?: string;
}

export function createApp(deps: AppDeps, options: CreateAppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationResponse(c, result.error, undefined);
      return undefined;
    },
  });

  const metrics = options.metrics ?? createMetrics();
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    c.set('user', null);
    c.set('target', null);
    c.set('requestId', c.req.header('x-request-id') ?? randomUUID());
    c.set('operatorToken', options.metricsToken);
    const client = clientOrigin(c, options.trustProxy ?? false);
    c.set('client', options.clientIp ? { ...client, address: options.clientIp(c) } : client);
    await next();
    const ms = performance.now() - started;
    // The pattern that answered (after next(), the route index is the responder's).
    metrics.request(c.req.method, routePath(c), c.res.status, ms / 1000);
    log('info', 'request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(ms * 10) / 10,
      user: c.get('user')?.username,
    });
  });

  const accounts = storeAccounts(deps.store);
  const accountsUow = accountsUnitOfWork(deps.store);
  const hasher = options.hasher ?? argon2Hasher;
  const auth = createAuthService({
    accounts,
    accountsUow,
    hasher,
    clock: deps.clock,
    ...(options.sessionPolicy && { policy: options.sessionPolicy }),
  });
  const users = createUsersService({ accounts, accountsUow, hasher, clock: deps.clock });
  app.use('*', securityHeaders);
  // Puskesmas staff share computers: no API answer may wait in a cache for the next person.
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', apiBodyLimit);
  // A year of monthly entries is ~0.5 MB of JSON; gzip brings it to a size a Puskesmas connection carries.
  app.use('/api/*', compress());
  app.use('/api/*', sessionMiddleware(auth));

  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) =>
    c.json(
      {
        code: 'NOT_FOUND',
        message: localeOf(c) === 'en' ? 'There is no such address.' : 'Alamat ini tidak ada.',
      },
      404,
    ),
  );

  systemRoutes(app);
  operationsRoutes(app, { metrics });
  authRoutes(app, { auth, throttle: options.loginThrottle ?? new LoginThrottle(deps.store.db) });
  usersRoutes(app, { users });
  orgUnitsRoutes(app);
  profileRoutes(app);
  targetsRoutes(app);
  districtSharesRoutes(app);
  entriesRoutes(app);
  rubricRoutes(app);
  evidenceRoutes(app);
  meetingsRoutes(app);
  dashboardRoutes(app);
  warningsRoutes(app);
  yearsRoutes(app);
  monthReportsRoutes(app);
  waitingRoutes(app);
  feedbackRoutes(app);
  analysisRoutes(app);
  accreditationRoutes(app);
  workflowRoutes(app);
  verificationRoutes(app);
  workbookRoutes(app);
  reportsRoutes(app);
  exchangeRoutes(app);
  catalogRoutes(app);
  districtsRoutes(app, { hasher });

  app.doc31('/api/docs/json', API_DOCUMENT);
  // Last: the UI answers only what no API route did.
  if (options.uiDir !== undefined) serveUi(app, options.uiDir);
  return app;
}

export type PkpApp = ReturnType<typeof createApp>;

const NO_UI_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pkp</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>pkp</h1>
<p>The web interface is not built yet. Run <code>npm run build</code>, then restart the server.</p>
<p>The API answers under <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;

/**
 * The built UI: its files (a Brotli or gzip copy made at build where the browser takes one), and
 * index.html for every other GET outside /api (the UI routes in the browser). Files under /assets/
 * carry their content's hash in their name, so a browser keeps them for a year without asking again;
 * everything else (index.html above all, which names the current assets) is checked on every load,
 * so a Puskesmas sees a new version the first time it opens pkp after an upgrade. Without a build, a
 * page that says how to make one.
 */
function serveUi(app: OpenAPIHono<AppEnv>, uiDir: string): void {
  const indexFile = join(uiDir, 'index.html');
  let files: ReturnType<typeof serveStatic<AppEnv>> | undefined;
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    if (!existsSync(indexFile)) return c.html(NO_UI_PAGE);
    files ??= serveStatic<AppEnv>({ root: uiDir, precompressed: true });
    c.header('cache-control', c.req.path.startsWith('/assets/') ? HASHED_ASSET_CACHE : 'no-cache');
    const served = await files(c, async () => {});
    if (served) return served;
    if (c.finalized) return c.res;
    c.header('cache-control', 'no-cache');
    // An asset that is not there (a tab left open across an upgrade asking for an old chunk) is a 404,
    // not the UI's page: a script answered with HTML fails with a message nobody can act on.
    if (c.req.path.startsWith('/assets/')) return c.text('Not found', 404);
    return c.html(await readFile(indexFile, 'utf8'));
  });
}

const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
