// What an import file says about Puskesmas-years, whatever its format (Excel workbook, DHIS2
// dataValueSets JSON, ADX XML): the parsers turn a file into these, `importYearValues`
// (import-year-values.ts) checks them all and writes them all or nothing.
import type { RubricLevel } from '../../domain/catalog/types.ts';
import type { Month } from '../../domain/periods/months.ts';

/** Where in the file a value came from, in words a user can find it by (both languages). */
export interface ValueSource {
  /** "lembar 'Januari', baris 12, kolom E (Pembilang)" / "dataValues[17]" / "group 3, dataValue 5". */
  id: string;
  en: string;
}

interface ValueOf {
  puskesmasCode: string;
  year: number;
  indicatorCode: string;
  source: ValueSource;
}

/** A month's figures of an indicator; a field left out is left as stored, null clears it. */
export interface ImportedMonthlyValue extends ValueOf {
  kind: 'monthly';
  month: Month;
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  flag?: boolean | null;
}

/** Dinkes' target and the sasaran of an indicator for the year; a field left out is left as stored. */
export interface ImportedTarget extends ValueOf {
  kind: 'target';
  targetValue?: number | null;
  targetSasaran?: number | null;
  sasaran?: number | null;
  applicable?: boolean;
  notApplicableReason?: string | null;
  chosen?: boolean | null;
}

/** A management or quality item's yearly score. */
export interface ImportedRubric extends ValueOf {
  kind: 'rubric';
  level?: RubricLevel | null;
  percent?: number | null;
  /** Last year's figure of an item that must rise. */
  previous?: number | null;
}

export type ImportedValue = ImportedMonthlyValue | ImportedTarget | ImportedRubric;

/** Why a value cannot be imported, tied to where it is in the file. */
export interface ImportConflict {
  source: ValueSource;
  /** The reason in both languages, naming the field. */
  reason: { id: string; en: string };
}

/** What an import did (or, in a dry run, would do); nothing is written when there is any conflict. */
export interface ImportSummary {
  status: 'success' | 'error';
  dryRun: boolean;
  /** Values stored where none was. */
  imported: number;
  /** Values that replaced a different stored value. */
  updated: number;
  /** Values equal to what is stored, left alone. */
  ignored: number;
  conflicts: ImportConflict[];
  /**
   * Values of the file left out on purpose, each with why (a computed score: pkp scores from the
   * values); they count among `ignored` and do not stop the import.
   */
  skipped?: ImportConflict[];
  /** Each changed value, old → new, for the preview. */
  changes: ImportChange[];
}

export interface ImportChange {
  source: ValueSource;
  puskesmasCode: string;
  year: number;
  indicatorCode: string;
  kind: ImportedValue['kind'];
  month?: Month;
  field: string;
  before: number | boolean | string | null;
  after: number | boolean | string | null;
}
