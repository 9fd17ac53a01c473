// The targets API's shapes (zod): per Puskesmas-year, each indicator's target, sasaran and applicability.
import { z } from 'zod';
import { Category, ExplanationView, Headline } from './dashboard.schema.ts';
import { UnitRef, YearHeader } from './org-units.schema.ts';
import { SASARAN_KEYS } from './profile.schema.ts';

export const IndicatorKind = z.enum(['coverage', 'rate', 'value', 'range', 'yesno', 'ontime', 'rubric']);
export const EntryShape = z.enum(['count', 'ratio', 'amount', 'level', 'yesno', 'ontime', 'annual']);
export const ClusterId = z.enum(['spm', 'ukm-esensial', 'ukm-pengembangan', 'ukp', 'manajemen', 'mutu']);

/** The target as the catalog (the district's decree) prints it. */
export const CatalogTarget = z.object({
  printed: z.string(),
  value: z.number().nullable(),
  comparator: z.enum(['>=', '<=', '>', '<', '=']),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const TargetRow = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: IndicatorKind,
  entry: EntryShape,
  direction: z.enum(['higher', 'lower']),
  cluster: ClusterId,
  /** The groups above the indicator, from its cluster down. */
  path: z.array(UnitRef.extend({ number: z.string() })),
  appliesTo: z.enum(['all', 'rawat-inap']),
  /** A UKM Pengembangan indicator: it counts only where the Puskesmas chose it. */
  optional: z.boolean(),
  /** The sasaran column as printed ("Ibu hamil"). */
  sasaranLabel: z.string(),
  /** The profile's target population that fits this sasaran, when one evidently does. */
  profileKey: z.enum(SASARAN_KEYS).nullable(),
  /** The district default (catalog). */
  defaultTarget: CatalogTarget,
  /** The Puskesmas' own target T; null: the default applies. */
  target: z.number().nullable(),
  /**
   * The target the engine uses: `target` ?? `defaultTarget.value` — but a share of a district-wide
   * target (`districtWide`) is `target` alone (null: Dinkes has not shared it out yet).
   */
  effectiveTarget: z.number().nullable(),
  /** The printed target is the whole district's; `target` is this Puskesmas' share, set by Dinkes for all at once. */
  districtWide: z.boolean(),
  /** The absolute target TS; wins over T% × S. */
  targetSasaran: z.number().nullable(),
  sasaran: z.number().nullable(),
  /** Whether it is scored here, and why not (no beds, service not chosen, marked not applicable). */
  applicable: z.boolean(),
  reason: z.string().nullable(),
  /** Marked not applicable by the Puskesmas (with `notApplicableReason`). */
  markedNotApplicable: z.boolean(),
  notApplicableReason: z.string().nullable(),
  /** UKM Pengembangan only: chosen as the service's key indicator. */
  chosen: z.boolean().nullable(),
  /** 0: nothing stored yet. */
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type TargetRow = z.infer<typeof TargetRow>;

/** A UKM Pengembangan service and the key indicator chosen for it (criterion 2.7.1: one each). */
export const DevelopmentService = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  indicators: z.array(z.string()),
  /** The chosen key indicator's code; null: the service is not offered. */
  chosen: z.string().nullable(),
});

/** GET /api/puskesmas/{code}/years/{year}/targets: every indicator of the year's catalog, in its order. */
export const TargetsView = YearHeader.extend({
  rows: z.array(TargetRow),
  services: z.array(DevelopmentService),
});
export type TargetsView = z.infer<typeof TargetsView>;

const Amount = z.number().nonnegative();

/**
 * PUT …/targets/{indicatorCode}. Only the fields given change; null clears a number (the default
 * target applies again). `fromProfile` takes the sasaran from the year's profile (its target
 * populations) instead of a number; give one or the other.
 */
export const TargetBody = z.object({
  expectedVersion: z.number().int().nonnegative(),
  target: Amount.nullable().optional(),
  targetSasaran: Amount.nullable().optional(),
  sasaran: Amount.nullable().optional(),
  fromProfile: z.enum(SASARAN_KEYS).optional(),
  /** False marks the indicator not applicable; `notApplicableReason` is then required. */
  applicable: z.boolean().optional(),
  notApplicableReason: z.string().trim().max(500).nullable().optional(),
  /** UKM Pengembangan: choose (or drop) this indicator as its service's key indicator. */
  chosen: z.boolean().optional(),
  /** Why, for the audit trail. */
  reason: z.string().trim().max(500).optional(),
});
export type TargetBody = z.infer<typeof TargetBody>;

export const TargetSaved = z.object({ row: TargetRow, headline: Headline });
export type TargetSaved = z.infer<typeof TargetSaved>;

/**
 * POST …/targets/{indicatorCode}/preview: the change a PUT would make (without `expectedVersion`),
 * scored and not stored, so that the screen can show its effect before it is saved.
 */
export const TargetPreviewBody = TargetBody.omit({ expectedVersion: true, reason: true });
export type TargetPreviewBody = z.infer<typeof TargetPreviewBody>;

/** One figure before and after: the score (null: not scored) and, when not scored, why. */
const ScoreFigure = z.object({
  score: z.number().nullable(),
  excluded: ExplanationView.shape.excluded,
});

export const TargetPreview = z.object({
  code: z.string(),
  /** The indicator's score as the stored result reads it: the year's inputs against the annual targets. */
  indicator: z.object({ before: ScoreFigure, after: ScoreFigure }),
  /** The service axis (%) and its category, before and after. */
  service: z.object({
    before: z.number().nullable(),
    after: z.number().nullable(),
    categoryBefore: Category.nullable(),
    categoryAfter: Category.nullable(),
  }),
});
export type TargetPreview = z.infer<typeof TargetPreview>;
