// What an operator's Prometheus scrapes at /metrics: request latency by route, the saves and the
// conflicts among them, failed sign-ins, and the process' own figures (CPU, memory, event-loop lag).
// One registry per app, so two apps in one process (tests, several servers) never share counters.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** One answered request: `route` is the matched pattern (`/api/puskesmas/:code/…`), never the raw path. */
  request(method: string, route: string, status: number, seconds: number): void;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGN_IN = '/api/auth/login';

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pkp_' });
  const latency = new Histogram({
    name: 'pkp_http_request_duration_seconds',
    help: 'Time to answer a request, by method, matched route and status',
    labelNames: ['method', 'route', 'status'] as const,
    // The goal is a save under 100 ms; reports take seconds.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const saves = new Counter({
    name: 'pkp_saves_total',
    help: 'State changes answered 2xx (a value, a target, a rubric item, a workflow move…), by route',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  const conflicts = new Counter({
    name: 'pkp_conflicts_total',
    help: 'Writes refused with 409: another save came first, or the year moved on',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  const failedSignIns = new Counter({
    name: 'pkp_sign_in_failures_total',
    help: 'Sign-ins refused: a wrong name or password, a locked account, too many attempts',
    registers: [registry],
  });
  return {
    registry,
    request(method, route, status, seconds) {
      latency.observe({ method, route, status: String(status) }, seconds);
      if (route === SIGN_IN && status >= 400) failedSignIns.inc();
      if (!WRITES.has(method) || !route.startsWith('/api/') || route.startsWith('/api/auth/')) return;
      if (status >= 200 && status < 300) saves.inc({ route });
      else if (status === 409) conflicts.inc({ route });
    },
  };
}
