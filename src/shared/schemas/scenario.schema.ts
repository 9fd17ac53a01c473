// The scenario file (docs/scenario.md): a self-contained set of trees and settings for the pure engine.
import { z } from 'zod';

const id = z.string().min(1).describe('Unique across the whole scenario.');
const name = z.string().optional();
const weight = z.number().nonnegative().optional().describe('Relative weight among siblings; 1 when absent.');
const applicable = z
  .boolean()
  .optional()
  .describe('false: the leaf does not apply and is excluded, never scored 0.');
const reason = z.string().optional().describe('Why the leaf does not apply.');
const count = z.number().nonnegative();
const achieved = count.nullable().optional().describe('The realised value; absent or null when not entered.');
const direction = z.enum(['higher', 'lower']);
const leafBase = { id, name, weight, applicable, reason };
const comparator = z
  .enum(['>=', '<=', '>', '<', '='])
  .optional()
  .describe(
    'The target as printed ("< 20": "<"). Decides whether the target is met (explanation.met), never the score; ' +
      'absent: ">=" where higher is better, "<=" where lower is.',
  );
const nothingToCount = z
  .enum(['exclude', 'missing'])
  .optional()
  .describe(
    'Extension: the denominator is counted from monthly entries, and a count of 0 is "exclude" (excluded with ' +
      'reason nothing-to-count, or 100 with zeroSasaran "full") or "missing".',
  );
const denominator = count
  .nullable()
  .optional()
  .describe('With nothingToCount: the period’s Σ denominators; 0 is a period with nothing to count.');

const coverage = z
  .object({
    ...leafBase,
    kind: z.literal('coverage'),
    sasaran: count.describe('The target population S.'),
    target: z.number().nonnegative().nullable().optional().describe('Target in % of the sasaran.'),
    targetSasaran: count.nullable().optional().describe('The absolute target; wins over target % × sasaran.'),
    comparator,
    achieved,
    nothingToCount,
  })
  .strict();
const rate = z
  .object({
    ...leafBase,
    kind: z.literal('rate'),
    per: z.number().positive().describe('N of "per N": 1000, 100000.'),
    sasaran: count,
    achieved,
    target: z.number().nonnegative().nullable(),
    comparator,
    direction,
  })
  .strict();
const value = z
  .object({
    ...leafBase,
    kind: z.literal('value'),
    target: z.number().nonnegative().nullable(),
    comparator,
    achieved,
    direction,
    denominator,
    nothingToCount,
  })
  .strict();
const range = z
  .object({
    ...leafBase,
    kind: z.literal('range'),
    min: z.number(),
    max: z.number(),
    aboveIsBetter: z.boolean().optional(),
    achieved: z.number().nullable().optional(),
    denominator,
    nothingToCount,
  })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] });
const yesno = z
  .object({ ...leafBase, kind: z.literal('yesno'), achieved: z.boolean().nullable().optional() })
  .strict();
const ontime = z
  .object({
    ...leafBase,
    kind: z.literal('ontime'),
    target: z.number().nonnegative().nullable().optional().describe('Target share in %; 100 when absent.'),
    comparator,
    onTime: count.nullable().optional(),
    due: count,
    nothingToCount,
  })
  .strict()
  .refine((o) => o.onTime == null || o.onTime <= o.due, {
    message: 'onTime must not exceed due',
    path: ['onTime'],
  });
const rubricLevel = z.union([z.literal(0), z.literal(4), z.literal(7), z.literal(10)]);
const rubric = z
  .object({
    ...leafBase,
    kind: z.literal('rubric'),
    level: rubricLevel.nullable().optional(),
    percent: z
      .number()
      .nonnegative()
      .nullable()
      .optional()
      .describe('Banded into a level: < 50 → 0, 50 → 4, 70 → 7, 80 → 10.'),
    bands: z
      .array(z.object({ from: z.number(), level: rubricLevel, exclusive: z.boolean().optional() }).strict())
      .optional()
      .describe('Extension: the item’s own bands, ascending.'),
  })
  .strict()
  .refine((r) => r.level == null || r.percent == null, {
    message: 'give a level or a percent, not both',
    path: ['percent'],
  });

export const scenarioLeafSchema = z.discriminatedUnion('kind', [
  coverage,
  rate,
  value,
  range,
  yesno,
  ontime,
  rubric,
]);
export type ScenarioLeaf = z.infer<typeof scenarioLeafSchema>;

export interface ScenarioGroup {
  id: string;
  name?: string | undefined;
  weight?: number | undefined;
  applicable?: boolean | undefined;
  reason?: string | undefined;
  children: (ScenarioGroup | ScenarioLeaf)[];
}

export const scenarioGroupSchema: z.ZodType<ScenarioGroup> = z
  .object({
    id,
    name,
    weight,
    applicable,
    reason,
    children: z.array(z.lazy(() => z.union([scenarioGroupSchema, scenarioLeafSchema]))),
  })
  .strict();

const thresholdPair = z
  .tuple([z.number(), z.number()])
  .refine(([baik, cukup]) => baik >= cukup, { message: 'Baik must start at or above Cukup' })
  .describe('[Baik from, Cukup from]');

export const scenarioSettingsSchema = z
  .object({
    convention: z.enum(['target', 'coverage']).optional(),
    cap: z.boolean().optional(),
    lowerFormula: z.enum(['permenpan', 'ratio']).optional(),
    thresholds: z
      .object({
        service: thresholdPair.optional(),
        management: thresholdPair.optional(),
        quality: thresholdPair.optional(),
      })
      .strict()
      .optional(),
    submitted: z.boolean().optional(),
    zeroSasaran: z.enum(['exclude', 'full']).optional(),
  })
  .strict();

export const scenarioSchema = z
  .object({
    settings: scenarioSettingsSchema.optional(),
    service: scenarioGroupSchema.optional(),
    management: scenarioGroupSchema.optional(),
    quality: scenarioGroupSchema.optional(),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
