// The management and quality items' API shapes (zod): Table 5, scored once a year by its rubric.
import { z } from 'zod';
import { Category, Headline } from './dashboard.schema.ts';
import { UnitRef, YearHeader } from './org-units.schema.ts';

export const RubricLevel = z.union([z.literal(0), z.literal(4), z.literal(7), z.literal(10)]);

export const RubricItem = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  /** A nested heading between the group and the item (A5 "6) Laporan keuangan BLUD"), or null. */
  parent: UnitRef.extend({ number: z.string() }).nullable(),
  /** The target column as printed. */
  target: z.string(),
  /** The four level texts; a level whose text is blank cannot be chosen. */
  levels: z.array(z.object({ level: RubricLevel, text: z.string(), selectable: z.boolean() })),
  input: z.enum(['level', 'percent']),
  /** Percentage items: the bands that turn the percentage into a level (the item's own, else Table 5's). */
  bands: z.array(z.object({ from: z.number(), level: RubricLevel, exclusive: z.boolean() })),
  /** INM items: the printed formula. */
  definition: z.string().nullable(),
  interpretation: z.string().nullable(),
  level: RubricLevel.nullable(),
  percent: z.number().nullable(),
  /**
   * An item that must rise above last year's figure ("Peningkatan IKS"): last year's figure, and where
   * it comes from — the system's figure of last year (read-only), or the one the Puskesmas gave where
   * the system holds none. Null for every other item.
   */
  lastYear: z
    .object({
      year: z.number().int(),
      figure: z.number().nullable(),
      from: z.enum(['system', 'puskesmas']),
    })
    .nullable(),
  /** The level the item scores: the level chosen, or the percentage's band. */
  score: RubricLevel.nullable(),
  note: z.string().nullable(),
  /** 0: nothing stored yet. */
  version: z.number().int(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string().nullable(),
});
export type RubricItem = z.infer<typeof RubricItem>;

export const RubricGroup = z.object({
  code: z.string(),
  number: z.string(),
  name: z.string(),
  axis: z.enum(['management', 'quality']),
  /** The group's score (0–10), the mean of its items; null while none is scored. */
  score: z.number().nullable(),
  items: z.array(RubricItem),
});
export type RubricGroup = z.infer<typeof RubricGroup>;

const AxisFigure = z.object({ score: z.number().nullable(), category: Category.nullable() });

/** GET /api/puskesmas/{code}/years/{year}/rubric: groups A1–A6 (management), B1–B3 (quality). */
export const RubricView = YearHeader.extend({
  groups: z.array(RubricGroup),
  /** Management 0–10; quality as % (the mean × 10). */
  management: AxisFigure,
  quality: AxisFigure,
});
export type RubricView = z.infer<typeof RubricView>;

/** PUT …/rubric/{indicatorCode}: a level for level items, a percentage for percentage items; null clears. */
export const RubricBody = z.object({
  level: RubricLevel.nullable().optional(),
  percent: z.number().min(0).max(100).nullable().optional(),
  /** An item that must rise, where the system holds no figure of last year: last year's figure. */
  previous: z.number().min(0).max(100).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  expectedVersion: z.number().int().nonnegative(),
  reason: z.string().trim().max(500).optional(),
});
export type RubricBody = z.infer<typeof RubricBody>;

export const RubricSaved = z.object({ item: RubricItem, headline: Headline });
export type RubricSaved = z.infer<typeof RubricSaved>;
