// The stored result's `detail` (assessment_results.detail): what the league tables, the heat map and
// the accreditation readiness read of a result beside its headline — every node's score by id, and
// for each row of the service tree whether its target was met — and the settings it was scored with.
// The explanation of each node (the "why") is not stored: it is scored again from the stored rows
// when a screen or report asks for it (app/explained-result.ts), so that a cell save rewrites a few
// kilobytes, not the whole explained tree (rule 114, docs/scoring-decisions.md). It carries a version
// and is parsed whenever it is read back, so a result written by another pkp (or edited by hand) is
// never taken on trust.
import { z } from 'zod';
import { SettingsView } from '../api/dashboard.schema.ts';

export const RESULT_DETAIL_VERSION = 2;

export const ResultDetail = z.object({
  version: z.literal(RESULT_DETAIL_VERSION),
  /**
   * Every node's score at full precision (null where excluded), by id: the catalog's codes, the
   * axis roots (service, management, quality) and the groups of the groupings not in force.
   */
  nodes: z.record(z.string(), z.number().nullable()),
  /** Each row of the service tree: its target met, or null where no target was compared. */
  met: z.record(z.string(), z.boolean().nullable()),
  settings: SettingsView,
});
export type ResultDetail = z.infer<typeof ResultDetail>;
