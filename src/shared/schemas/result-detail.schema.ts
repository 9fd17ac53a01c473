// The stored result's `detail` (assessment_results.detail): the three scored trees with every node's
// explanation and the settings they were scored with. It carries a version and is parsed whenever it
// is read back, so a result written by another pkp (or edited by hand) is never taken on trust.
import { z } from 'zod';
import type { NodeResult } from '../../domain/scoring/tree.ts';
import { ExplanationView, SettingsView } from '../api/dashboard.schema.ts';

export const RESULT_DETAIL_VERSION = 1;

/** A node and every node below it, checked down to the leaves (not part of the API description, so it may recurse). */
export const StoredNode: z.ZodType<NodeResult> = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string().optional(),
    score: z.number().nullable(),
    explanation: ExplanationView,
    children: z.array(StoredNode).optional(),
  }),
);

export const ResultDetail = z.object({
  // Results stored before the detail had a version have the shape of version 1.
  version: z.literal(RESULT_DETAIL_VERSION).default(RESULT_DETAIL_VERSION),
  service: StoredNode.nullable(),
  management: StoredNode.nullable(),
  quality: StoredNode.nullable(),
  settings: SettingsView,
});
export type ResultDetail = z.infer<typeof ResultDetail>;
