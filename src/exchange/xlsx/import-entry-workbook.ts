// Importing a filled monthly entry workbook into its Puskesmas-year: the file is read (a file-level
// problem throws), then every value is checked by the import use case and written all or nothing.
// The cells the parser could not read are conflicts too: then nothing is written, but every other
// value is still checked, so one upload lists every problem of the file.
import { importParsedValues, type ImportDeps } from '../../app/exchange/import-year-values.ts';
import type { ImportSummary } from '../../app/exchange/imported-values.ts';
import type { PuskesmasUnit } from '../../app/puskesmas-year.ts';
import type { Editor } from '../../app/year-write.ts';
import { parseEntryWorkbook } from './parse-entry-workbook.ts';

export async function importEntryWorkbook(
  deps: ImportDeps,
  buffer: Buffer,
  input: {
    unit: PuskesmasUnit;
    year: number;
    editor: Editor;
    dryRun: boolean;
    /**
     * Kept in the audit trail of every value written. Required (non-empty) when the workbook changes
     * a month already reported to Dinkes (rule 20): without it those values are conflicts.
     */
    reason?: string;
  },
): Promise<ImportSummary> {
  const parsed = await parseEntryWorkbook(buffer, { puskesmasCode: input.unit.code, year: input.year });
  return importParsedValues(
    deps,
    { values: parsed.values, conflicts: parsed.conflicts, skipped: [] },
    { dryRun: input.dryRun, editor: input.editor, reason: input.reason?.trim() ?? '' },
  );
}
