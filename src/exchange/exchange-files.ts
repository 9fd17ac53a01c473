// A district-year as a file in each exchange format, and an import file told apart by its content:
// what `pkp export` / `pkp import` and the district's export and import routes share.
import { readDistrictYear } from '../app/exchange/year-data.ts';
import type { ParsedImport } from '../app/exchange/import-year-values.ts';
import type { Stage } from '../domain/assessment/inputs.ts';
import type { Repositories } from '../app/ports.ts';
import { adxOf, looksLikeAdx, parseAdx } from './adx/adx.ts';
import { dataValueSetOf, looksLikeDataValueSet, parseDataValueSet } from './dhis2/data-value-set.ts';
import { fhirBundleOf } from './fhir/measure-bundle.ts';

export const EXPORT_FORMATS = ['dhis2-json', 'adx', 'fhir', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ImportFormat = 'dhis2-json' | 'adx' | 'xlsx';

export const EXPORT_FILES: Record<ExportFormat, { mime: string; extension: string }> = {
  'dhis2-json': { mime: 'application/json', extension: 'json' },
  adx: { mime: 'application/adx+xml', extension: 'adx.xml' },
  fhir: { mime: 'application/fhir+json', extension: 'fhir.json' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

export interface ExportedFile {
  bytes: Buffer;
  /** How many Puskesmas-years it holds. */
  puskesmas: number;
}

/** The district-year (or one of its Puskesmas) in `format`, its Puskesmas counted as they are read. */
export async function exportDistrictFile(
  repos: Repositories,
  input: {
    districtCode: string;
    year: number;
    stage: Stage;
    format: ExportFormat;
    puskesmasCode?: string;
    now: Date;
    progress?: (done: number, total: number) => void;
  },
): Promise<ExportedFile> {
  const { format, now, progress } = input;
  if (format === 'xlsx') {
    // Loaded on use: exceljs is large, and only Excel needs it.
    const { exportDistrictWorkbook } = await import('./xlsx/district-workbook.ts');
    const bytes = await exportDistrictWorkbook(repos, input.districtCode, input.year, input.stage, progress);
    const district = await repos.findDistrict(input.districtCode);
    const puskesmas = district
      ? (await repos.listDistrictResults(district.id, input.year, input.stage)).length
      : 0;
    return { bytes, puskesmas };
  }
  const data = await readDistrictYear(repos, {
    districtCode: input.districtCode,
    year: input.year,
    stage: input.stage,
    ...(input.puskesmasCode !== undefined && { puskesmasCode: input.puskesmasCode }),
    ...(progress && { progress }),
  });
  const text =
    format === 'dhis2-json'
      ? `${JSON.stringify(dataValueSetOf(data), null, 2)}\n`
      : format === 'adx'
        ? adxOf(data, { exported: now })
        : `${JSON.stringify(fhirBundleOf(data, { exported: now }), null, 2)}\n`;
  return { bytes: Buffer.from(text, 'utf8'), puskesmas: data.puskesmas.length };
}

function textOf(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The format of a file by its content: an xlsx is a zip, a data value set a JSON object with dataValues, ADX XML with root adx. */
export function detectFormat(bytes: Buffer): ImportFormat | 'fhir' | undefined {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  const text = textOf(bytes);
  if (looksLikeDataValueSet(text)) return 'dhis2-json';
  if (looksLikeAdx(text)) return 'adx';
  if (/^\s*\{[\s\S]*"resourceType"\s*:\s*"Bundle"/.test(text.slice(0, 2000))) return 'fhir';
  return undefined;
}

/** The values a file holds, with what its parser could not read. */
export async function parseImportFile(format: ImportFormat, bytes: Buffer): Promise<ParsedImport> {
  switch (format) {
    case 'dhis2-json':
      return parseDataValueSet(textOf(bytes));
    case 'adx':
      return parseAdx(textOf(bytes));
    case 'xlsx': {
      const { parseEntryWorkbook } = await import('./xlsx/parse-entry-workbook.ts');
      const parsed = await parseEntryWorkbook(bytes);
      return { values: parsed.values, conflicts: parsed.conflicts, skipped: [] };
    }
  }
}
