// A whole indicator catalog as a document (docs/catalog-format.md): what a district's decree sets for
// a year — its tables, programmes and rows, each row with everything pkp scores it by — in a
// versioned JSON format with a JSON Schema (docs/catalog.schema.json). `pkp catalog export` writes
// it, `pkp catalog import` reads it back into a draft; export → import → export is the identity.
import { z } from 'zod';

export const CATALOG_FORMAT = 'pkp-catalog';
export const CATALOG_FORMAT_VERSION = 1;

const code = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .describe('Stable code, unique in the catalog, e.g. "UKM.C1.A.3".');
const printed = z.string().max(40).describe('The number as the decree prints it: "3)", "a.", "A1".');
const text = (max: number) => z.string().max(max);

const comparator = z.enum(['>=', '<=', '>', '<', '=']);
const rubricLevel = z.union([z.literal(0), z.literal(4), z.literal(7), z.literal(10)]);

export const CatalogTargetDocument = z.object({
  printed: text(200).describe('Exactly as printed: "≤ 2 %", "< 24 Jam", "Maks tgl 5"; empty when none.'),
  value: z.number().nullable().describe('The number scored against; null when the decree gives none.'),
  comparator: comparator.describe('">" and "<" are strict: a value at the target does not meet it.'),
  min: z.number().optional().describe('A range row: the lower end of the band.'),
  max: z.number().optional().describe('A range row: the upper end of the band.'),
});

export const CatalogRubricDocument = z.object({
  target: text(200).describe('The target column of Table 5 as printed.'),
  levels: z
    .object({ '0': text(1000), '4': text(1000), '7': text(1000), '10': text(1000) })
    .describe('The level texts for 0, 4, 7 and 10; an empty string where the decree leaves a cell blank.'),
  input: z
    .enum(['level', 'percent'])
    .describe('A level chosen by its text, or a percentage banded into a level.'),
  bands: z
    .array(z.object({ from: z.number(), level: rubricLevel, exclusive: z.boolean().optional() }))
    .optional()
    .describe('A percentage item: from which percentage each level starts.'),
  mustRise: z
    .boolean()
    .optional()
    .describe(
      "The figure must rise above last year's figure of the item to score: not above it → level 0, above it → its band (a percentage item only).",
    ),
  definition: text(1000).optional().describe('The printed formula (numerator ÷ denominator × 100 %).'),
});

export const CatalogIndicatorDocument = z.object({
  type: z.literal('indicator'),
  code,
  number: printed,
  name: text(500).min(1),
  unit: text(100),
  kind: z.enum(['coverage', 'rate', 'value', 'range', 'yesno', 'ontime', 'rubric']),
  direction: z.enum(['higher', 'lower']),
  per: z.number().positive().optional().describe('A rate: the N of "per N".'),
  target: CatalogTargetDocument,
  sasaran: text(300).describe('The sasaran column as printed.'),
  entry: z.enum(['count', 'ratio', 'amount', 'level', 'yesno', 'ontime', 'annual']),
  scale: z.number().positive().optional().describe('A ratio: Σnum/Σden × scale.'),
  nothingToCount: z.enum(['exclude', 'missing']).optional(),
  targetScope: z
    .literal('district')
    .optional()
    .describe(
      "The target is the whole district's: Dinkes shares it out among its Puskesmas, each scored against its share (absent: each Puskesmas' own).",
    ),
  cadence: z
    .literal('weekly')
    .optional()
    .describe(
      'A weekly report: entered per month as the weeks reported on time, scored against the weeks ending in the months due (absent: monthly).',
    ),
  requires: z
    .array(text(100).min(1))
    .max(10)
    .optional()
    .describe(
      'What a Puskesmas must have for the row to apply ("laboratorium"): where its profile says it lacks one, the row is marked not applicable.',
    ),
  appliesTo: z.enum(['all', 'rawat-inap']),
  optional: z.boolean().describe('UKM Pengembangan: scored only where the Puskesmas chose it.'),
  previousCode: code
    .optional()
    .describe(
      "The crosswalk to last year's catalog: this row's code there, where it changed (absent: the same code). Last year's figures of that row are this row's last year.",
    ),
  sameAs: code
    .optional()
    .describe(
      "The code of the row in another table that counts the same thing: this row's monthly values are that row's, entered once there; its own target and sasaran still apply.",
    ),
  rubric: CatalogRubricDocument.optional(),
  counts: z.object({ numerator: text(500), denominator: text(500).optional() }).optional(),
  interpretation: text(2000).optional().describe('How pkp reads the decree where it is unclear.'),
});
export type CatalogIndicatorDocument = z.infer<typeof CatalogIndicatorDocument>;

export interface CatalogGroupDocument {
  type: 'group';
  code: string;
  number: string;
  name: string;
  weight?: number | undefined;
  printed?: { unit: string; target: string; sasaran: string } | undefined;
  children: (CatalogGroupDocument | CatalogIndicatorDocument)[];
}

const GroupPrintedDocument = z
  .object({ unit: text(200), target: text(200), sasaran: text(500) })
  .describe(
    "The Satuan, Target and Sasaran the decree prints on the group's own row (empty where blank); its rows keep their own targets.",
  );

export const CatalogGroupDocument: z.ZodType<CatalogGroupDocument> = z.object({
  type: z.literal('group'),
  code,
  number: printed,
  name: text(500).min(1),
  weight: z.number().nonnegative().optional().describe('Relative weight among its siblings; 1 when absent.'),
  printed: GroupPrintedDocument.optional(),
  get children() {
    return z.array(z.union([CatalogGroupDocument, CatalogIndicatorDocument]));
  },
});

export const CatalogClusterDocument = z.object({
  type: z.literal('group'),
  code,
  number: printed,
  name: text(500).min(1),
  weight: z.number().nonnegative().optional(),
  cluster: z.enum(['spm', 'ukm-esensial', 'ukm-pengembangan', 'ukp', 'manajemen', 'mutu']),
  table: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  children: z.array(z.union([CatalogGroupDocument, CatalogIndicatorDocument])),
});

export interface GroupingGroupDocument {
  type: 'group';
  code: string;
  number: string;
  name: string;
  weight?: number | undefined;
  children: (GroupingGroupDocument | { type: 'row'; code: string })[];
}

const GroupingRowDocument = z
  .object({ type: z.literal('row'), code })
  .describe("A row of the catalog, by its code, placed in the grouping's group.");

export const GroupingGroupDocument: z.ZodType<GroupingGroupDocument> = z.object({
  type: z.literal('group'),
  code,
  number: printed,
  name: text(500).min(1),
  weight: z.number().nonnegative().optional().describe('Relative weight among its siblings; 1 when absent.'),
  get children() {
    return z.array(z.union([GroupingGroupDocument, GroupingRowDocument]));
  },
});

export const CatalogGroupingDocument = z
  .object({
    id: z.string().trim().min(1).max(40).describe('e.g. "ilp"; "tabel" is the decree\'s own tables.'),
    name: text(200).min(1),
    groups: z.array(GroupingGroupDocument),
  })
  .describe(
    "Another grouping of the same rows (the ILP clusters beside the decree's tables): every row exactly once.",
  );

const thresholdPair = z.tuple([z.number(), z.number()]).describe('[Baik from, Cukup from].');

export const CatalogSettingsDocument = z.object({
  convention: z.enum(['target', 'coverage']).optional(),
  cap: z.boolean().optional(),
  lowerFormula: z.enum(['permenpan', 'ratio']).optional(),
  zeroSasaran: z.enum(['exclude', 'full']).optional(),
  thresholds: z
    .object({
      service: thresholdPair.optional(),
      management: thresholdPair.optional(),
      quality: thresholdPair.optional(),
    })
    .optional(),
});

export const CatalogDocument = z.object({
  format: z.literal(CATALOG_FORMAT),
  formatVersion: z.literal(CATALOG_FORMAT_VERSION),
  id: z.string().trim().min(1).max(80).describe('e.g. "pati-2023".'),
  year: z.number().int().min(2000).max(2100),
  source: text(500).describe('The decree: "SK Kepala Dinas Kesehatan Kabupaten Pati Nomor 800/0022".'),
  settings: CatalogSettingsDocument.optional().describe("The district's scoring settings for the year."),
  averagesBy: z
    .string()
    .optional()
    .describe(
      "The grouping whose groups the averages above the rows follow (the id of one of `groupings`); absent: the decree's tables.",
    ),
  clusters: z.array(CatalogClusterDocument).min(1),
  groupings: z.array(CatalogGroupingDocument).optional(),
});
export type CatalogDocument = z.infer<typeof CatalogDocument>;
