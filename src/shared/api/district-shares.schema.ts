// The shapes (zod) of a district-wide target shared out among the district's Puskesmas: each row whose
// printed target is the district's (`targetScope: 'district'`), each Puskesmas' share, and a save of
// all the shares of one row at once.
import { z } from 'zod';
import { AssessmentStatus, UnitRef } from './org-units.schema.ts';

export const ShareHolderView = z.object({
  code: z.string(),
  name: z.string(),
  /** The row applies to this Puskesmas (else it carries no share). */
  applies: z.boolean(),
  /** Why it does not apply (marked not applicable, no beds); null when it applies. */
  reason: z.string().nullable(),
  /** Its share as saved; null: none yet. */
  share: z.number().nullable(),
  /** A first proposal: one each and the rest by population, summing to the total. */
  proposed: z.number().nullable(),
  /** Σ of the villages' population in the year's profile (the proposal's weight). */
  population: z.number(),
  /** The Puskesmas-year's status; null: not opened yet. */
  status: AssessmentStatus.nullable(),
  /** The version of its target row (0: none saved), for the save's check. */
  version: z.number().int(),
});
export type ShareHolderView = z.infer<typeof ShareHolderView>;

export const SharedTargetRow = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  /** The sasaran column as printed ("Kasus Komulatif kab"). */
  sasaranLabel: z.string(),
  /** The target as printed, and the number the shares must sum to. */
  printedTarget: z.string(),
  total: z.number(),
  /** The path of groups above the row (cluster first). */
  path: z.array(UnitRef.extend({ number: z.string() })),
  puskesmas: z.array(ShareHolderView),
  /** Σ of the saved shares. */
  sum: z.number(),
});
export type SharedTargetRow = z.infer<typeof SharedTargetRow>;

/** GET /api/districts/{code}/years/{year}/shared-targets. */
export const SharedTargetsView = z.object({
  district: UnitRef,
  year: z.number().int(),
  rows: z.array(SharedTargetRow),
});
export type SharedTargetsView = z.infer<typeof SharedTargetsView>;

/** PUT …/shared-targets/{indicatorCode}: every Puskesmas' share of the row, all saved or none. */
export const SharesBody = z.object({
  shares: z
    .array(
      z.object({
        puskesmas: z.string().min(1).max(40),
        /** Null: no share (a Puskesmas where the row does not apply). */
        share: z.number().nullable(),
        /** The version read (0: none saved); a row changed meanwhile is refused (STALE_VALUE). */
        expectedVersion: z.number().int().nonnegative(),
      }),
    )
    .max(5000),
  /** Why, for the audit trail. */
  reason: z.string().trim().max(500).optional(),
});
export type SharesBody = z.infer<typeof SharesBody>;
