// The API shapes (zod) of the Excel workbooks: the stage a Tables 1–5 export reads, the options of a
// monthly entry workbook's upload, and the import summary it answers with (old → new per changed
// value, conflicts naming sheet, row and column).
import { z } from 'zod';

export const WorkbookStageQuery = z.object({
  /** Whose figures: the Puskesmas' own (default) or Dinkes' verified ones. */
  stage: z.enum(['self', 'verified']).default('self'),
});

export const WorkbookUploadQuery = z.object({
  /** 1 (or true): check and report what would change, write nothing. */
  dryRun: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

/** The optional form field sent before the file. */
const Words = z.object({ id: z.string(), en: z.string() });
const Scalar = z.union([z.number(), z.boolean(), z.string(), z.null()]);

export const ImportConflictView = z.object({
  /** Where in the file: "lembar 'Isian bulanan', baris 12, kolom J (Mar)". */
  source: Words,
  reason: Words,
});

export const ImportChangeView = z.object({
  source: Words,
  puskesmasCode: z.string(),
  year: z.number().int(),
  indicatorCode: z.string(),
  kind: z.enum(['monthly', 'target', 'rubric']),
  month: z.string().optional(),
  field: z.string(),
  before: Scalar,
  after: Scalar,
});
export type ImportChangeView = z.infer<typeof ImportChangeView>;

export const ImportSummaryView = z.object({
  status: z.enum(['success', 'error']),
  dryRun: z.boolean(),
  imported: z.number().int(),
  updated: z.number().int(),
  ignored: z.number().int(),
  conflicts: z.array(ImportConflictView),
  skipped: z.array(ImportConflictView).optional(),
  changes: z.array(ImportChangeView),
});
export type ImportSummaryView = z.infer<typeof ImportSummaryView>;
