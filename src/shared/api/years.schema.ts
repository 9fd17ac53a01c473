// The years a unit can open (zod): the district's catalog years and the Puskesmas-years opened in them.
import { z } from 'zod';
import { ASSESSMENT_STATUSES } from '../../domain/assessment/status.ts';
import { UnitRef } from './org-units.schema.ts';

/** A draft catalog may still change (Dinkes is preparing the year); a published one is frozen. */
export const CatalogStatus = z.enum(['draft', 'published']);

export const UnitYear = z.object({
  year: z.number().int(),
  /** The status of the district's indicator catalog of the year. */
  catalog: CatalogStatus,
  publishedAt: z.string().nullable(),
  /**
   * The Puskesmas-years opened in it (a target, value or score stored), with their status, by code;
   * on a Puskesmas' list, its own only (empty until its first entry).
   */
  assessments: z.array(z.object({ puskesmas: UnitRef, status: z.enum(ASSESSMENT_STATUSES) })),
});
export type UnitYear = z.infer<typeof UnitYear>;

/** GET /api/districts/{code}/years and GET /api/puskesmas/{code}/years: newest year first. */
export const UnitYears = z.object({
  district: UnitRef,
  years: z.array(UnitYear),
});
export type UnitYears = z.infer<typeof UnitYears>;
