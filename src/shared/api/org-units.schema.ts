// The org unit API's shapes (zod), and the path parameters every Puskesmas-year route shares.
import { z } from 'zod';
import { ASSESSMENT_STATUSES } from '../../domain/assessment/status.ts';

export const UnitCode = z.string().trim().min(1).max(40);

/** A PKP year: January–December of one calendar year. */
export const Year = z.coerce.number().int().min(2000).max(2100);

/** 'YYYY-MM'. */
export const MonthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const PuskesmasParams = z.object({ code: UnitCode });
export const DistrictParams = z.object({ code: UnitCode });
export const PuskesmasYearParams = PuskesmasParams.extend({ year: Year });
export const DistrictYearParams = DistrictParams.extend({ year: Year });

export const PuskesmasSummary = z.object({
  code: z.string(),
  name: z.string(),
  /** Has beds: the inpatient (rawat inap) indicators apply. */
  rawatInap: z.boolean(),
});
export type PuskesmasSummary = z.infer<typeof PuskesmasSummary>;

/** GET /api/districts/{code}/puskesmas, by code. */
export const DistrictPuskesmasList = z.array(PuskesmasSummary);
export type DistrictPuskesmasList = z.infer<typeof DistrictPuskesmasList>;

export const UnitRef = z.object({ code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof UnitRef>;

/** GET /api/puskesmas/{code}. */
export const PuskesmasDetail = PuskesmasSummary.extend({ district: UnitRef });
export type PuskesmasDetail = z.infer<typeof PuskesmasDetail>;

/** The workflow status of a Puskesmas-year; null before its first value, target or score. */
export const AssessmentStatus = z.enum(ASSESSMENT_STATUSES).nullable();

/** What every Puskesmas-year screen shows at the top. */
export const YearHeader = z.object({
  puskesmas: PuskesmasSummary,
  year: z.number().int(),
  status: AssessmentStatus,
  /** A locked assessment refuses every change (PERIOD_LOCKED). */
  locked: z.boolean(),
});
export type YearHeader = z.infer<typeof YearHeader>;
