// ADX (IHE QRPH Aggregate Data Exchange) XML: a district-year as <group>s of <dataValue>s — one group
// per Puskesmas and period ('2023-01-01/P1M' a month, '2023-01-01/P1Y' the year) — with the same codes
// as DHIS2 JSON (docs/exchange.md), and an ADX message read back into ImportedValue[]. ADX values are
// decimals: ya/tidak and applicability are 1/0, a not-applicable reason is the value's annotation.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { ParsedImport } from '../../app/exchange/import-year-values.ts';
import type { DistrictYearData } from '../../app/exchange/year-data.ts';
import { AppError } from '../../shared/errors.ts';
import {
  DATA_SET,
  districtYearRows,
  importedValuesOf,
  type DataValueRow,
  type Period,
  type SourcedRow,
} from '../data-values.ts';
import { zodProblem } from '../zod-problem.ts';

export const ADX_NAMESPACE = 'urn:ihe:qrph:adx:2015';

export function adxPeriod(period: Period): string {
  return period.kind === 'month' ? `${period.month}-01/P1M` : `${period.year}-01-01/P1Y`;
}

/** '2023-01-01/P1M' → a month, '2023-01-01/P1Y' → a year; other periods are not ours. */
export function periodOfAdx(text: string): SourcedRow['period'] {
  const month = /^(\d{4})-(0[1-9]|1[0-2])-01\/P1M$/.exec(text);
  if (month) return { kind: 'month', month: `${month[1]}-${month[2]}` };
  const year = /^(\d{4})-01-01\/P1Y$/.exec(text);
  if (year) return { kind: 'year', year: Number(year[1]) };
  return {
    kind: 'invalid',
    text,
    expected: {
      id: 'periode ADX berupa awal bulan dengan P1M (2023-01-01/P1M) atau awal tahun dengan P1Y (2023-01-01/P1Y)',
      en: 'an ADX period is a month start with P1M (2023-01-01/P1M) or a year start with P1Y (2023-01-01/P1Y)',
    },
  };
}

/** A value as xs:decimal: booleans as 1/0, never an exponent. */
function decimal(value: string): string {
  if (value === 'true') return '1';
  if (value === 'false') return '0';
  if (!/e/i.test(value)) return value;
  const n = Number(value);
  return n.toFixed(20).replace(/\.?0+$/, '');
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** The district-year as an ADX message; `exported` is when (an xs:dateTime). */
export function adxOf(data: DistrictYearData, options: { exported: Date; scores?: boolean }): string {
  const rows = districtYearRows(data, { scores: options.scores ?? true });
  const groups = new Map<string, { orgUnit: string; period: string; rows: DataValueRow[] }>();
  for (const row of rows) {
    const period = adxPeriod(row.period);
    const key = `${row.orgUnit} ${period}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { orgUnit: row.orgUnit, period, rows: [] }));
    group.rows.push(row);
  }
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    adx: {
      '@_xmlns': ADX_NAMESPACE,
      '@_exported': options.exported.toISOString(),
      group: [...groups.values()].map((g) => ({
        '@_orgUnit': g.orgUnit,
        '@_period': g.period,
        '@_dataSet': DATA_SET,
        dataValue: g.rows.map((r) => ({
          '@_dataElement': r.dataElement,
          '@_value': decimal(r.value),
          ...(r.comment !== undefined && { annotation: r.comment }),
        })),
      })),
    },
  };
  return builder.build(document) as string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'group' || name === 'dataValue',
});

const Attribute = z.string();

const AdxShape = z.object({
  adx: z.object({
    '@_exported': Attribute.optional(),
    group: z
      .array(
        z.object({
          '@_orgUnit': Attribute,
          '@_period': Attribute,
          '@_dataSet': Attribute,
          dataValue: z
            .array(
              z.object({
                '@_dataElement': Attribute,
                '@_value': Attribute,
                annotation: z.union([z.string(), z.number()]).optional(),
              }),
            )
            .optional(),
        }),
      )
      .optional(),
  }),
});

/** Whether a text is XML whose root is <adx>, for format detection. */
export function looksLikeAdx(text: string): boolean {
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?adx[\s>]/.test(text);
}

/**
 * Reads an ADX message; XML that is not well formed, or a shape that is not ADX, throws
 * IMPORT_FILE_INVALID naming where. A value's place is "group 3, dataValue 5" (counted from 1).
 */
export function parseAdx(text: string): ParsedImport {
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true)
    throw new AppError('IMPORT_FILE_INVALID', {
      format: 'ADX',
      path: `line ${wellFormed.err.line}, column ${wellFormed.err.col}`,
      reason: wellFormed.err.msg,
    });
  const parsed = AdxShape.safeParse(parser.parse(text));
  if (!parsed.success)
    throw new AppError('IMPORT_FILE_INVALID', { format: 'ADX', ...zodProblem(parsed.error) });
  const rows: SourcedRow[] = [];
  for (const [g, group] of (parsed.data.adx.group ?? []).entries()) {
    if (group['@_dataSet'] !== DATA_SET)
      throw new AppError('IMPORT_DATASET_UNKNOWN', { dataSet: group['@_dataSet'] });
    const period = periodOfAdx(group['@_period']);
    for (const [v, value] of (group.dataValue ?? []).entries()) {
      const annotation = value.annotation === undefined ? undefined : String(value.annotation);
      rows.push({
        dataElement: value['@_dataElement'],
        orgUnit: group['@_orgUnit'],
        period,
        value: value['@_value'],
        ...(annotation !== undefined && { comment: annotation }),
        source: { id: `grup ${g + 1}, dataValue ${v + 1}`, en: `group ${g + 1}, dataValue ${v + 1}` },
      });
    }
  }
  return importedValuesOf(rows);
}
