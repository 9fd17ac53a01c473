// The API shapes (zod) of Bab V — the indicators below target with their gap, the problem behind each
// with its causes and USG priority, the programmes' analyses — and of Bab VI, the RTL actions.
import { z } from 'zod';
import { CAUSE_HEADINGS } from '../../domain/improvement/causes.ts';
import { RTL_STATUSES } from '../../domain/improvement/rtl.ts';
import { USG_MAX, USG_MIN } from '../../domain/improvement/usg.ts';
import { CalendarDateString } from './date.schema.ts';
import { YearHeader } from './org-units.schema.ts';

const Axis = z.enum(['service', 'management', 'quality']);

export const IndicatorRef = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  /** The unit column as printed ("%", "Per 100.000 kelahiran hidup"). */
  unit: z.string(),
});
export type IndicatorRef = z.infer<typeof IndicatorRef>;

export const ProgrammeRefView = z.object({ code: z.string(), number: z.string(), name: z.string() });

export const Causes = z.object(
  Object.fromEntries(CAUSE_HEADINGS.map((h) => [h, z.array(z.string())])) as Record<
    (typeof CAUSE_HEADINGS)[number],
    z.ZodArray<z.ZodString>
  >,
);

/** A problem as the team wrote it, with its place in the order of priority. */
export const ProblemView = z.object({
  indicator: IndicatorRef,
  programme: ProgrammeRefView,
  /** False once the indicator no longer falls below its target (figures corrected since). */
  belowTarget: z.boolean(),
  problem: z.string(),
  causes: Causes,
  urgency: z.number().int(),
  seriousness: z.number().int(),
  growth: z.number().int(),
  /** U + S + G. */
  total: z.number().int(),
  /** 1 for the most pressing; equal problems share a rank. */
  rank: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProblemView = z.infer<typeof ProblemView>;

/** One indicator below target, with what was realised, its target and the gap, in the unit compared. */
export const GapView = z.object({
  indicator: IndicatorRef,
  axis: Axis,
  programme: ProgrammeRefView,
  /** On the leaf's own scale: 0–100, or 0–10 for a Table 5 item. */
  score: z.number(),
  met: z.boolean().nullable(),
  kind: z.enum(['compared', 'range', 'yesno', 'missing', 'rubric']),
  realised: z.number().nullable(),
  target: z.number().nullable(),
  comparator: z.enum(['>=', '<=', '>', '<', '=']).nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Compared as a count against the absolute target Dinkes set, not as a %. */
  inCount: z.boolean(),
  gap: z.number().nullable(),
  /** The result's "why" for this indicator. */
  sentence: z.object({ id: z.string(), en: z.string() }),
  /** The team's problem for it, if written. */
  problem: ProblemView.nullable(),
});
export type GapView = z.infer<typeof GapView>;

export const ProgrammeAnalysisView = z.object({
  text: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProgrammeAnalysisView = z.infer<typeof ProgrammeAnalysisView>;

export const ProgrammeView = ProgrammeRefView.extend({
  axis: Axis,
  /** On the axis' scale as stored (service %, management and quality 0–10); null when not scored. */
  score: z.number().nullable(),
  /** How many of its indicators are below target. */
  gaps: z.number().int(),
  analysis: ProgrammeAnalysisView.nullable(),
});
export type ProgrammeView = z.infer<typeof ProgrammeView>;

export const RtlActionView = z.object({
  id: z.number().int(),
  indicator: IndicatorRef,
  action: z.string(),
  target: z.string(),
  personInCharge: z.string(),
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  budgetSource: z.string().nullable(),
  status: z.enum(RTL_STATUSES),
  followUp: z.string().nullable(),
  /** The earlier year's action it carries on. */
  carriedFrom: z.object({ id: z.number().int(), year: z.number().int() }).nullable(),
  /** Past its due date and still open, on `today`. */
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type RtlActionView = z.infer<typeof RtlActionView>;

/** GET /api/puskesmas/{code}/years/{year}/analysis: Bab V and Bab VI of a Puskesmas-year. */
export const AnalysisView = YearHeader.extend({
  /** Whose figures the gaps are read from: Dinkes' verified result once there is one, else the Puskesmas' own. */
  stage: z.enum(['self', 'verified']),
  /** When that result was computed; null before the year has one. */
  computedAt: z.string().nullable(),
  /** The Puskesmas' date (WIB) the overdue marks are read on. */
  today: z.string(),
  /** In catalog order. */
  gaps: z.array(GapView),
  /** Every problem written, most pressing first (USG). */
  problems: z.array(ProblemView),
  programmes: z.array(ProgrammeView),
  /** In the order they were made. */
  actions: z.array(RtlActionView),
});
export type AnalysisView = z.infer<typeof AnalysisView>;

const Line = (max: number) => z.string().trim().min(1).max(max);
const Usg = z.number().int().min(USG_MIN).max(USG_MAX);

export const ProblemBody = z.object({
  problem: Line(2000),
  /** Up to 20 causes under each heading, each a line of its own. */
  causes: z.object(
    Object.fromEntries(CAUSE_HEADINGS.map((h) => [h, z.array(Line(500)).max(20)])) as Record<
      (typeof CAUSE_HEADINGS)[number],
      z.ZodArray<ReturnType<typeof Line>>
    >,
  ),
  urgency: Usg,
  seriousness: Usg,
  growth: Usg,
  expectedVersion: z.number().int().nonnegative(),
});
export type ProblemBody = z.infer<typeof ProblemBody>;

export const ProgrammeAnalysisBody = z.object({
  text: z.string().trim().max(4000),
  expectedVersion: z.number().int().nonnegative(),
});
export type ProgrammeAnalysisBody = z.infer<typeof ProgrammeAnalysisBody>;

export const RtlActionBody = z.object({
  indicatorCode: z.string().trim().min(1).max(80),
  action: Line(1000),
  /** What the action aims at ("K4 ≥ 95 % pada Desember"). */
  target: Line(500),
  personInCharge: Line(200),
  startOn: CalendarDateString.nullable(),
  /** Required: an action without a due date cannot be followed. */
  dueOn: CalendarDateString,
  /** BOK, APBD, JKN kapitasi, BLUD, Dana Desa, Tanpa anggaran, or another source in words. */
  budgetSource: z.string().trim().min(1).max(100).nullable(),
  status: z.enum(RTL_STATUSES),
  /** What was done, as it happened. */
  followUp: z.string().trim().max(4000).nullable(),
});
export type RtlActionBody = z.infer<typeof RtlActionBody>;

export const RtlActionUpdateBody = RtlActionBody.extend({
  expectedVersion: z.number().int().nonnegative(),
});
export type RtlActionUpdateBody = z.infer<typeof RtlActionUpdateBody>;
