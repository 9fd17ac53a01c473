// The server's documents: one render worker (laying out a report takes a second of CPU, which must not
// hold up other requests) and the district batches, whose zips wait in a folder of their own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistrictReportBatches } from '../report/district-batch.ts';
import { RenderPool } from '../report/render-pool.ts';
import type { Renderer } from '../report/report-files.ts';
import type { AppDeps } from './context.ts';

export interface ReportServices {
  render: Renderer;
  batches: DistrictReportBatches;
  close(): Promise<void>;
}

export function createReportServices(options: { clock?: () => Date; dir?: string } = {}): ReportServices {
  const pool = new RenderPool();
  const batches = new DistrictReportBatches({
    dir: options.dir ?? mkdtempSync(join(tmpdir(), 'pkp-reports-')),
    render: pool.render,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    render: pool.render,
    batches,
    async close() {
      await batches.close();
      await pool.close();
    },
  };
}

const made = new WeakMap<AppDeps, ReportServices>();

/** The app's report services: those it was given, else one set per app, made on first use. */
export function reportServicesOf(deps: AppDeps): ReportServices {
  if (deps.reports) return deps.reports;
  let services = made.get(deps);
  if (!services) made.set(deps, (services = createReportServices({ clock: deps.clock })));
  return services;
}
