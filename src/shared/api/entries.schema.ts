// The monthly entry API's shapes (zod): the screen people live in.
import { z } from 'zod';
import {
  ExplanationView,
  Headline,
  MonthCompleteness,
  ProgressColor,
  SettingsView,
} from './dashboard.schema.ts';
import { MonthString, YearHeader } from './org-units.schema.ts';
import { EntryShape, IndicatorKind } from './targets.schema.ts';

export const EntryField = z.enum(['numerator', 'denominator', 'value', 'flag']);

export const EntryGroupNode = z.object({
  type: z.literal('group'),
  code: z.string(),
  number: z.string(),
  name: z.string(),
  /** The parent group's code; null for a cluster. */
  parent: z.string().nullable(),
  /** 0 for a cluster, 1 for a programme, … */
  depth: z.number().int(),
});

export const EntryIndicatorNode = EntryGroupNode.extend({
  type: z.literal('indicator'),
  unit: z.string(),
  kind: IndicatorKind,
  entry: EntryShape,
  /** The fields a month is entered in: count → numerator; ratio → numerator + denominator; … */
  fields: z.array(EntryField),
  direction: z.enum(['higher', 'lower']),
  /** Ratio entries: Σ numerators / Σ denominators × scale (100 for a percentage). */
  scale: z.number().nullable(),
  /** As printed, and the number in force (the Puskesmas' own target, else the district's). */
  target: z.object({ printed: z.string(), value: z.number().nullable() }),
  sasaran: z.number().nullable(),
  targetSasaran: z.number().nullable(),
  sasaranLabel: z.string(),
  /**
   * What a month's figures count (the catalog's `counts`): the numerator, and a ratio's monthly
   * denominator or the annual sasaran of a count or stock; null where the stored catalog has none.
   */
  counts: z.object({ numerator: z.string(), denominator: z.string().nullable() }).nullable(),
  /**
   * The row of another table whose monthly values this row uses (the catalog's `sameAs`): its cells
   * are read-only here, showing the twin's values, and a write to them is refused (ENTRY_LINKED).
   * Null (or absent) where the row is entered itself.
   */
  sameAs: z.string().nullable().optional(),
  /** Counts and amounts accumulate: their target is pro-rated to date (m/12). */
  cumulative: z.boolean(),
  applicable: z.boolean(),
  reason: z.string().nullable(),
});

/** The catalog tree in document order (a parent before its children): cluster → programme → … → indicator. */
export const EntryNode = z.discriminatedUnion('type', [EntryGroupNode, EntryIndicatorNode]);
export type EntryNode = z.infer<typeof EntryNode>;

export const MonthlyValueView = z.object({
  indicatorCode: z.string(),
  month: MonthString,
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  flag: z.boolean().nullable(),
  version: z.number().int(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});
export type MonthlyValueView = z.infer<typeof MonthlyValueView>;

/** Achievement to date against the pro-rated target (docs/scoring-decisions.md). */
export const ProgressView = z.object({
  through: MonthString,
  monthsElapsed: z.number().int(),
  /** m/12 for counts and amounts, 1 otherwise. */
  factor: z.number(),
  /** In the target's unit (coverage and on-time as %); ya/tidak as a boolean. */
  achievedToDate: z.union([z.number(), z.boolean()]).nullable(),
  proRatedTarget: z.number().nullable(),
  score: z.number().nullable(),
  /**
   * hijau from the service "Baik" threshold, kuning from "Cukup", merah below; a missed target
   * (`explanation.met` false) is at most kuning; null when not scored.
   */
  color: ProgressColor.nullable(),
  explanation: ExplanationView,
});
export type ProgressView = z.infer<typeof ProgressView>;

/** GET /api/puskesmas/{code}/years/{year}/entries. */
export const EntriesView = YearHeader.extend({
  /** The last month the progress counts (see `through` in the query). */
  through: MonthString,
  /** Today on the Puskesmas' clock (WIB), 'YYYY-MM-DD'. */
  today: z.string(),
  settings: SettingsView,
  months: z.array(MonthString),
  /** The four service clusters; Table 5 (management, quality) is GET …/rubric. */
  tree: z.array(EntryNode),
  values: z.array(MonthlyValueView),
  /** By indicator code. */
  progress: z.record(z.string(), ProgressView),
  /** One per month, in order. */
  monthStatus: z.array(MonthCompleteness),
});
export type EntriesView = z.infer<typeof EntriesView>;

export const EntriesQuery = z.object({
  /** Count the progress through this month instead of the default (the later of the last month ended and the latest month entered). */
  through: MonthString.optional(),
});

const Amount = z.number().nullable().optional();

/** PUT …/entries/{indicatorCode}/{month}: the fields of the indicator's entry shape; all null clears the month. */
export const EntryBody = z.object({
  numerator: Amount,
  denominator: Amount,
  value: Amount,
  flag: z.boolean().nullable().optional(),
  /** The version read; 0 when the month had no value. */
  expectedVersion: z.number().int().nonnegative(),
  /** Why (a correction), for the audit trail. */
  reason: z.string().trim().max(500).optional(),
});
export type EntryBody = z.infer<typeof EntryBody>;

export const EntrySaved = z.object({
  value: MonthlyValueView,
  version: z.number().int(),
  enteredAt: z.string(),
  progress: ProgressView,
  /** The month's completeness after the change. */
  month: MonthCompleteness,
  headline: Headline,
});
export type EntrySaved = z.infer<typeof EntrySaved>;

/** 409 of a stale write: the stored value, so the screen can show both and let the user choose. */
export const StaleEntry = z.object({
  code: z.literal('STALE_VALUE'),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  current: MonthlyValueView.nullable(),
});
export type StaleEntry = z.infer<typeof StaleEntry>;

export const AuditChange = z.object({
  at: z.string(),
  actor: z.string(),
  /** The stored fields before (null for the first entry) and after, each with its version. */
  old: z.record(z.string(), z.unknown()).nullable(),
  new: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string().nullable(),
});
export type AuditChange = z.infer<typeof AuditChange>;

/** GET …/entries/{indicatorCode}/{month}/history, oldest first. */
export const EntryHistory = z.object({
  changes: z.array(AuditChange),
  /**
   * When the month first became complete (its timeliness was fixed then); null while it never has.
   * A change after it is a correction: kept here, and the month's timeliness stays as it was.
   */
  completedAt: z.string().nullable(),
  /**
   * When the month was reported to Dinkes; null while it is not. A change after it is a correction of
   * a reported month, made with a reason; the month's timeliness stays as it was.
   */
  reportedAt: z.string().nullable(),
});
export type EntryHistory = z.infer<typeof EntryHistory>;
