// The server's documents: one render worker (laying out a report takes a second of CPU, which must not
// hold up other requests) and the district batches: background jobs in the database, made by
// whichever server process is free (their zips are built in a folder of their own, then kept in
// the database).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistrictReportBatches } from '../report/district-batch.ts';
import { RenderPool } from '../report/render-pool.ts';
import type { Repositories, UnitOfWork } from '../app/ports.ts';
import type { Renderer } from '../report/report-files.ts';
import type { AppDeps } from './context.ts';
import { log } from './log.ts';

export interface ReportServices {
  render: Renderer;
  batches: DistrictReportBatches;
  close(): Promise<void>;
}

export function createReportServices(options: {
  repos: Repositories;
  uow: UnitOfWork;
  clock?: () => Date;
  dir?: string;
  /** A job whose server has not beaten for it this long is taken over (PKP_JOB_STALE_SECONDS). */
  staleSeconds?: number;
  /** Lays documents out here instead of in a render worker of these services' own (not closed with them). */
  render?: Renderer;
}): ReportServices {
  const pool = options.render ? undefined : new RenderPool();
  const render = options.render ?? pool!.render;
  const batches = new DistrictReportBatches({
    repos: options.repos,
    uow: options.uow,
    dir: options.dir ?? mkdtempSync(join(tmpdir(), 'pkp-reports-')),
    render,
    ...(options.clock ? { clock: options.clock } : {}),
    runner: {
      ...(options.staleSeconds ? { staleSeconds: options.staleSeconds } : {}),
      onError: (error, job) => log('warn', 'background job', { job: job?.id ?? null, error: String(error) }),
    },
  });
  return {
    render,
    batches,
    async close() {
      await batches.close();
      await pool?.close();
    },
  };
}

const made = new WeakMap<AppDeps, ReportServices>();

/** The app's report services: those it was given, else one set per app, made on first use. */
export function reportServicesOf(deps: AppDeps): ReportServices {
  if (deps.reports) return deps.reports;
  let services = made.get(deps);
  if (!services)
    made.set(
      deps,
      (services = createReportServices({ repos: deps.repos, uow: deps.uow, clock: deps.clock })),
    );
  return services;
}
