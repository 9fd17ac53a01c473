// A district-year's published results: the snapshot kept in result_publications.recap, what viewers
// read whatever happens to the stored results afterwards (the publication's record: workflow.schema.ts).
import { z } from 'zod';
import { LeagueRow, ProgrammeScore, SettingsView } from './dashboard.schema.ts';
import { UnitRef } from './org-units.schema.ts';

export const PUBLISHED_RECAP_VERSION = 1;

/** One Puskesmas as published: the league row, and its programme scores for the heat map. */
export const PublishedRow = LeagueRow.extend({
  /** The score of each programme of `programmes`, in that order (null: not scored). */
  programmes: z.array(z.number().nullable()),
  /** When the result read was computed (ISO 8601). */
  computedAt: z.string(),
});
export type PublishedRow = z.infer<typeof PublishedRow>;

/**
 * The recap as published: every Puskesmas of the district with its figures, categories, Kelompok and
 * rank inside it, read from Dinkes' verified result of each year (all final when published), with the
 * settings and catalog version they were scored with. Versioned: a snapshot another pkp cannot read
 * is said to be unreadable, never shown wrong.
 */
export const PublishedRecap = z.object({
  version: z.literal(PUBLISHED_RECAP_VERSION),
  district: UnitRef,
  year: z.number().int(),
  stage: z.literal('verified'),
  settings: SettingsView,
  catalog: z.object({ versionId: z.number().int(), id: z.string(), source: z.string() }),
  /** The heat map's columns: the service programmes of the catalog, in catalog order. */
  programmes: z.array(ProgrammeScore.omit({ score: true })),
  /** Kelompok I, II, III, each ranked; the not assessable last. */
  rows: z.array(PublishedRow),
});
export type PublishedRecap = z.infer<typeof PublishedRecap>;
