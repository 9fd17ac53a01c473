// What a server under load says of itself at /metrics (loopback needs no token): scraped before and
// after a run, the difference tells where a slow request's time went — the handler (the server's own
// latency histogram), a blocked event loop (its lag, reset by every scrape), or garbage collection.
export type Scrape = Map<string, number>;

export async function scrapeMetrics(base: string): Promise<Scrape> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const out: Scrape = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    out.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return out;
}

export interface ServerFigures {
  /** Event-loop delay over the run (ms): monitorEventLoopDelay's p99 and max since the first scrape. */
  loopLagP99: number;
  loopLagMax: number;
  /** Time spent collecting garbage over the run (ms), and in major (mark-compact) collections. */
  gcMs: number;
  majorGcMs: number;
  majorGcs: number;
  /** The server's own latency of those requests, from its histogram: the bucket bound p50/p99 fall under (ms). */
  routeP50: number;
  routeP99: number;
}

/** The figures of the run between `before` and `after`, of the requests whose labels `requests` picks. */
export function serverFigures(
  before: Scrape,
  after: Scrape,
  requests: (labels: string) => boolean,
): ServerFigures {
  const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
  const gc = (kind: string) => delta(`pkp_nodejs_gc_duration_seconds_sum{kind="${kind}"}`) * 1000;
  const kinds = ['minor', 'major', 'incremental', 'weakcb'];
  // Buckets of every status of the route, summed: le → count.
  const buckets = new Map<number, number>();
  for (const key of after.keys()) {
    const match = /^pkp_http_request_duration_seconds_bucket\{(.*)\}$/.exec(key);
    if (!match || !requests(match[1]!)) continue;
    const le = /le="([^"]+)"/.exec(match[1]!)![1]!;
    const bound = le === '+Inf' ? Infinity : Number(le) * 1000;
    buckets.set(bound, (buckets.get(bound) ?? 0) + delta(key));
  }
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  const total = sorted.at(-1)?.[1] ?? 0;
  const under = (share: number) => sorted.find(([, count]) => count >= share * total)?.[0] ?? NaN;
  return {
    loopLagP99: (after.get('pkp_nodejs_eventloop_lag_p99_seconds') ?? NaN) * 1000,
    loopLagMax: (after.get('pkp_nodejs_eventloop_lag_max_seconds') ?? NaN) * 1000,
    gcMs: kinds.reduce((sum, kind) => sum + gc(kind), 0),
    majorGcMs: gc('major'),
    majorGcs: delta('pkp_nodejs_gc_duration_seconds_count{kind="major"}'),
    routeP50: under(0.5),
    routeP99: under(0.99),
  };
}
