// The plausibility warnings API's shapes (zod): the open and checked warnings of a Puskesmas-year, of
// a whole district-year, and the check with its note.
import { z } from 'zod';
import { AssessmentStatus, UnitRef, YearHeader } from './org-units.schema.ts';

export const WARNING_KINDS = [
  'month-outlier',
  'month-doubled',
  'above-sasaran',
  'sasaran-profile',
  'not-counted',
] as const;

export const WarningCheckView = z.object({
  note: z.string(),
  checkedBy: z.string(),
  checkedAt: z.string(),
});
export type WarningCheckView = z.infer<typeof WarningCheckView>;

export const WarningView = z.object({
  /** Stable per warning: kind, indicator and, for a month's figure, the month. */
  key: z.string(),
  /** The figures the warning states; a check holds while they are unchanged. Send it back to check. */
  fingerprint: z.string(),
  kind: z.enum(WARNING_KINDS),
  indicator: z.object({
    code: z.string(),
    number: z.string(),
    name: z.string(),
    /** The programme (or cluster) the indicator sits in, for a list across the catalog. */
    programme: z.string(),
  }),
  /** The month of the figure; null for the year's total or the sasaran. */
  month: z.string().nullable(),
  /** The grid lines the warning is about ('numerator', 'denominator', 'value'); empty for the sasaran. */
  fields: z.array(z.enum(['numerator', 'denominator', 'value'])),
  /** The warning's figures as data (per kind: value and median, total and sasaran …). */
  figures: z.record(z.string(), z.unknown()),
  sentence: z.object({ id: z.string(), en: z.string() }),
  /** Null while open. */
  check: WarningCheckView.nullable(),
});
export type WarningView = z.infer<typeof WarningView>;

/** GET /api/puskesmas/{code}/years/{year}/warnings, in catalog order. */
export const YearWarningsView = YearHeader.extend({
  warnings: z.array(WarningView),
  open: z.number().int(),
  checked: z.number().int(),
});
export type YearWarningsView = z.infer<typeof YearWarningsView>;

/** GET /api/districts/{code}/years/{year}/warnings: every Puskesmas of the district-year, by code. */
export const DistrictWarningsView = z.object({
  district: UnitRef,
  year: z.number().int(),
  puskesmas: z.array(
    UnitRef.extend({
      status: AssessmentStatus,
      open: z.number().int(),
      checked: z.number().int(),
      warnings: z.array(WarningView),
    }),
  ),
});
export type DistrictWarningsView = z.infer<typeof DistrictWarningsView>;

/** POST …/warnings/checks: the warning as it was read (key and figures) and what the checker found. */
export const WarningCheckBody = z.object({
  key: z.string().min(1).max(200),
  fingerprint: z.string().max(2000),
  note: z.string().trim().min(1).max(1000),
});
export type WarningCheckBody = z.infer<typeof WarningCheckBody>;

/** 409: the warning's figures changed since it was read (`current`), or it is gone (`current` null). */
export const WarningChangedBody = z.object({
  code: z.enum(['WARNING_CHANGED', 'WARNING_CLOSED']),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  current: WarningView.nullable(),
});
export type WarningChangedBody = z.infer<typeof WarningChangedBody>;
