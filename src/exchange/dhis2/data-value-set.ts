// DHIS2 dataValueSets JSON: a district-year as one data value set (every value named by code, see
// docs/exchange.md), and a data value set read back into ImportedValue[]. Periods are DHIS2's:
// '202301' for a month, '2023' for a year. The answer to an import mirrors DHIS2's import summary.
import { z } from 'zod';
import type { ImportSummary } from '../../app/exchange/imported-values.ts';
import type { ParsedImport } from '../../app/exchange/import-year-values.ts';
import type { DistrictYearData } from '../../app/exchange/year-data.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/messages/index.ts';
import {
  DATA_SET,
  districtYearRows,
  importedValuesOf,
  type DataValueRow,
  type Period,
  type SourcedRow,
} from '../data-values.ts';
import { zodProblem } from '../zod-problem.ts';

export interface Dhis2DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  value: string;
  comment?: string;
}

export interface Dhis2DataValueSet {
  dataSet: string;
  /** Set when every value has the same period. */
  period?: string;
  /** Set when every value is of one Puskesmas. */
  orgUnit?: string;
  dataValues: Dhis2DataValue[];
}

export function dhis2Period(period: Period): string {
  return period.kind === 'month' ? period.month.replace('-', '') : String(period.year);
}

/** '202301' → a month, '2023' → a year; anything else is not a period of ours. */
export function periodOfDhis2(text: string): SourcedRow['period'] {
  const month = /^(\d{4})(0[1-9]|1[0-2])$/.exec(text);
  if (month) return { kind: 'month', month: `${month[1]}-${month[2]}` };
  if (/^\d{4}$/.test(text)) return { kind: 'year', year: Number(text) };
  return {
    kind: 'invalid',
    text,
    expected: {
      id: 'periode DHIS2 berupa bulan YYYYMM (202301) atau tahun YYYY (2023)',
      en: 'a DHIS2 period is a month YYYYMM (202301) or a year YYYY (2023)',
    },
  };
}

function dataValueOf(row: DataValueRow): Dhis2DataValue {
  return {
    dataElement: row.dataElement,
    period: dhis2Period(row.period),
    orgUnit: row.orgUnit,
    value: row.value,
    ...(row.comment !== undefined && { comment: row.comment }),
  };
}

/** The district-year (its Puskesmas' values at the data's stage, and their stored scores) as a data value set. */
export function dataValueSetOf(
  data: DistrictYearData,
  options: { scores?: boolean } = {},
): Dhis2DataValueSet {
  const dataValues = districtYearRows(data, { scores: options.scores ?? true }).map(dataValueOf);
  const only = <K extends 'period' | 'orgUnit'>(key: K) => {
    const values = new Set(dataValues.map((v) => v[key]));
    return values.size === 1 ? { [key]: [...values][0] } : {};
  };
  return { dataSet: DATA_SET, ...only('period'), ...only('orgUnit'), dataValues };
}

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

const DataValueShape = z.object({
  dataElement: z.string().min(1),
  period: z.string().min(1).optional(),
  orgUnit: z.string().min(1).optional(),
  categoryOptionCombo: z.string().optional(),
  attributeOptionCombo: z.string().optional(),
  value: Scalar.nullable().optional(),
  comment: z.string().nullable().optional(),
});

const DataValueSetShape = z.object({
  dataSet: z.string().optional(),
  period: z.string().optional(),
  orgUnit: z.string().optional(),
  completeDate: z.string().optional(),
  dataValues: z.array(DataValueShape),
});

/** Whether a text looks like a data value set (a JSON object with `dataValues`), for format detection. */
export function looksLikeDataValueSet(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith('{') && /"dataValues"\s*:/.test(start);
}

/**
 * Reads a data value set; bad JSON or a wrong shape throws IMPORT_FILE_INVALID naming the path
 * (`dataValues[3].dataElement`). A value's place is its index: `dataValues[17]`.
 */
export function parseDataValueSet(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('IMPORT_FILE_INVALID', {
      format: 'DHIS2 JSON',
      path: '(JSON)',
      reason: (error as Error).message,
    });
  }
  const parsed = DataValueSetShape.safeParse(json);
  if (!parsed.success)
    throw new AppError('IMPORT_FILE_INVALID', { format: 'DHIS2 JSON', ...zodProblem(parsed.error) });
  const set = parsed.data;
  if (set.dataSet !== undefined && set.dataSet !== DATA_SET)
    throw new AppError('IMPORT_DATASET_UNKNOWN', { dataSet: set.dataSet });
  const rows = set.dataValues.map((v, i): SourcedRow => {
    const orgUnit = v.orgUnit ?? set.orgUnit;
    const period = v.period ?? set.period;
    const path = `dataValues[${i}]`;
    if (orgUnit === undefined || period === undefined)
      throw new AppError('IMPORT_FILE_INVALID', {
        format: 'DHIS2 JSON',
        path: `${path}.${orgUnit === undefined ? 'orgUnit' : 'period'}`,
        reason: 'wajib diisi (pada nilai ini atau pada data value set) / required',
      });
    return {
      dataElement: v.dataElement,
      orgUnit,
      period: periodOfDhis2(period),
      value: v.value === null || v.value === undefined ? '' : String(v.value),
      ...(v.comment != null && { comment: v.comment }),
      source: { id: path, en: path },
    };
  });
  return importedValuesOf(rows);
}

/** DHIS2's import summary, as its API answers a dataValueSets POST (conflicts in `locale`). */
export interface Dhis2ImportSummary {
  responseType: 'ImportSummary';
  status: 'SUCCESS' | 'ERROR';
  description: string;
  importOptions: { dryRun: boolean; idSchemes: { dataElementIdScheme: 'CODE'; orgUnitIdScheme: 'CODE' } };
  importCount: { imported: number; updated: number; ignored: number; deleted: 0 };
  conflicts: { object: string; value: string }[];
}

export function dhis2ImportSummary(summary: ImportSummary, locale: Locale): Dhis2ImportSummary {
  const id = locale === 'id';
  const description =
    summary.status === 'error'
      ? id
        ? 'Impor dibatalkan: ada konflik, tidak ada yang disimpan.'
        : 'Import refused: there are conflicts, nothing was stored.'
      : summary.dryRun
        ? id
          ? 'Uji coba impor: tidak ada yang disimpan.'
          : 'Import dry run: nothing was stored.'
        : id
          ? 'Impor selesai.'
          : 'Import done.';
  return {
    responseType: 'ImportSummary',
    status: summary.status === 'error' ? 'ERROR' : 'SUCCESS',
    description,
    importOptions: {
      dryRun: summary.dryRun,
      idSchemes: { dataElementIdScheme: 'CODE', orgUnitIdScheme: 'CODE' },
    },
    importCount: {
      imported: summary.imported,
      updated: summary.updated,
      ignored: summary.ignored,
      deleted: 0,
    },
    conflicts: summary.conflicts.map((c) => ({ object: c.source[locale], value: c.reason[locale] })),
  };
}
