// The code scheme DHIS2 JSON and ADX share (docs/exchange.md): one data value per field of an
// indicator, named by CODE — the indicator's catalog code, a dot, and the field's suffix — for an
// org unit (the Puskesmas code) and a period (a month, or the year). This module turns a district-year
// into such values and such values back into ImportedValue[]; the two formats only spell them.
import type { ImportConflict, ImportedValue, ValueSource } from '../app/exchange/imported-values.ts';
import type { ParsedImport } from '../app/exchange/import-year-values.ts';
import type { DistrictYearData, PuskesmasYearData } from '../app/exchange/year-data.ts';
import { monthNumber } from '../domain/periods/months.ts';
import { AppError } from '../shared/errors.ts';
import type { MessageCode } from '../shared/messages/index.ts';

/** The data set every value belongs to. */
export const DATA_SET = 'PKP';

/** A month ('2023-01') or a whole year. */
export type Period = { kind: 'month'; month: string } | { kind: 'year'; year: number };

export const MONTHLY_SUFFIXES = { numerator: 'NUM', denominator: 'DEN', value: 'VAL', flag: 'FLAG' } as const;
export const TARGET_SUFFIXES = {
  targetValue: 'TARGET',
  targetSasaran: 'TARGET_SASARAN',
  sasaran: 'SASARAN',
  applicable: 'APPLICABLE',
  chosen: 'CHOSEN',
} as const;
/** `PREVIOUS`: last year's figure of an item that must rise (rule 111), where the Puskesmas gave it. */
export const RUBRIC_SUFFIXES = { level: 'LEVEL', percent: 'PERCENT', previous: 'PREVIOUS' } as const;
/** A stored score: exported, never imported (pkp scores from the values). */
export const SCORE_SUFFIX = 'SCORE';

type Element =
  | { kind: 'monthly'; field: keyof typeof MONTHLY_SUFFIXES }
  | { kind: 'target'; field: keyof typeof TARGET_SUFFIXES }
  | { kind: 'rubric'; field: keyof typeof RUBRIC_SUFFIXES }
  | { kind: 'score' };

const ELEMENTS = new Map<string, Element>([
  ...Object.entries(MONTHLY_SUFFIXES).map(
    ([field, suffix]) => [suffix, { kind: 'monthly', field }] as [string, Element],
  ),
  ...Object.entries(TARGET_SUFFIXES).map(
    ([field, suffix]) => [suffix, { kind: 'target', field }] as [string, Element],
  ),
  ...Object.entries(RUBRIC_SUFFIXES).map(
    ([field, suffix]) => [suffix, { kind: 'rubric', field }] as [string, Element],
  ),
  [SCORE_SUFFIX, { kind: 'score' }],
]);

/** `SPM.01.NUM` → the indicator `SPM.01` and what its value is; undefined for an unknown suffix. */
export function parseDataElement(dataElement: string): ({ code: string } & Element) | undefined {
  const dot = dataElement.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const element = ELEMENTS.get(dataElement.slice(dot + 1));
  return element && { code: dataElement.slice(0, dot), ...element };
}

/** One data value as both formats carry it; `value` is text ('12', '8.5', 'true', '' for none). */
export interface DataValueRow {
  dataElement: string;
  orgUnit: string;
  period: Period;
  value: string;
  /** The reason an indicator does not apply (on its `.APPLICABLE` value). */
  comment?: string;
}

function num(n: number | null | undefined): string | undefined {
  return n === null || n === undefined ? undefined : String(n);
}

/** The values of one Puskesmas-year: its yearly rows, then its months in order, then its stored scores. */
export function puskesmasYearRows(data: PuskesmasYearData, options: { scores: boolean }): DataValueRow[] {
  const orgUnit = data.puskesmas.code;
  const yearly: Period = { kind: 'year', year: data.year };
  const rows: DataValueRow[] = [];
  const push = (
    code: string,
    suffix: string,
    period: Period,
    value: string | undefined,
    comment?: string,
  ) => {
    if (value === undefined) return;
    rows.push({ dataElement: `${code}.${suffix}`, orgUnit, period, value, ...(comment && { comment }) });
  };
  for (const t of data.targets) {
    push(t.indicatorCode, TARGET_SUFFIXES.targetValue, yearly, num(t.targetValue));
    push(t.indicatorCode, TARGET_SUFFIXES.targetSasaran, yearly, num(t.targetSasaran));
    push(t.indicatorCode, TARGET_SUFFIXES.sasaran, yearly, num(t.sasaran));
    push(
      t.indicatorCode,
      TARGET_SUFFIXES.applicable,
      yearly,
      String(t.applicable),
      t.applicable ? undefined : (t.notApplicableReason ?? undefined),
    );
    if (t.chosen !== null) push(t.indicatorCode, TARGET_SUFFIXES.chosen, yearly, String(t.chosen));
  }
  for (const r of data.rubrics) {
    push(r.indicatorCode, RUBRIC_SUFFIXES.level, yearly, num(r.level));
    push(r.indicatorCode, RUBRIC_SUFFIXES.percent, yearly, num(r.percent));
    push(r.indicatorCode, RUBRIC_SUFFIXES.previous, yearly, num(r.previous));
  }
  const months = [...data.monthly].sort(
    (a, b) => a.month.localeCompare(b.month) || a.indicatorCode.localeCompare(b.indicatorCode),
  );
  for (const m of months) {
    const period: Period = { kind: 'month', month: m.month };
    push(m.indicatorCode, MONTHLY_SUFFIXES.numerator, period, num(m.numerator));
    push(m.indicatorCode, MONTHLY_SUFFIXES.denominator, period, num(m.denominator));
    push(m.indicatorCode, MONTHLY_SUFFIXES.value, period, num(m.value));
    if (m.flag !== null) push(m.indicatorCode, MONTHLY_SUFFIXES.flag, period, String(m.flag));
  }
  if (options.scores)
    for (const [code, score] of Object.entries(data.scores)) push(code, SCORE_SUFFIX, yearly, num(score));
  return rows;
}

export function districtYearRows(data: DistrictYearData, options: { scores: boolean }): DataValueRow[] {
  return data.puskesmas.flatMap((p) => puskesmasYearRows(p, options));
}

/** A row as the parser read it, with where it is in the file. */
export interface SourcedRow extends Omit<DataValueRow, 'period'> {
  period: Period | { kind: 'invalid'; text: string; expected: Words };
  source: ValueSource;
}

/** A text in both languages. */
export interface Words {
  id: string;
  en: string;
}

/** A refusal whose `expected` parameter is said in each language. */
function refusal(
  source: ValueSource,
  code: MessageCode,
  params: Record<string, string | number>,
  expected?: Words,
): ImportConflict {
  const say = (locale: 'id' | 'en') =>
    new AppError(code, expected ? { ...params, expected: expected[locale] } : params).localized(locale);
  return { source, reason: { id: say('id'), en: say('en') } };
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

type Read<T> = { ok: true; value: T } | { ok: false; expected: Words };

function readNumber(text: string): Read<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (NUMBER.test(trimmed)) return { ok: true, value: Number(trimmed) };
  return {
    ok: false,
    expected: {
      id: 'harus berupa angka dengan titik desimal (misalnya 12 atau 8.5), atau kosong',
      en: 'it must be a number with a decimal point (such as 12 or 8.5), or empty',
    },
  };
}

function readBoolean(text: string): Read<boolean | null> {
  const t = text.trim().toLowerCase();
  if (t === '') return { ok: true, value: null };
  if (t === 'true' || t === '1') return { ok: true, value: true };
  if (t === 'false' || t === '0') return { ok: true, value: false };
  return {
    ok: false,
    expected: {
      id: 'harus true/false (atau 1/0), atau kosong',
      en: 'it must be true/false (or 1/0), or empty',
    },
  };
}

/**
 * The rows as ImportedValue[]: each row one value (the fields of a month given in separate rows are
 * put together by the import). A score is left out with its reason; an unknown code, a period that
 * does not fit the field, or unreadable text is a conflict.
 */
export function importedValuesOf(rows: readonly SourcedRow[]): ParsedImport {
  const parsed: ParsedImport = { values: [], conflicts: [], skipped: [] };
  for (const row of rows) {
    const { source, dataElement } = row;
    const element = parseDataElement(dataElement);
    if (!element) {
      parsed.conflicts.push(refusal(source, 'IMPORT_ELEMENT_UNKNOWN', { dataElement }));
      continue;
    }
    if (element.kind === 'score') {
      parsed.skipped.push(refusal(source, 'IMPORT_SCORE_COMPUTED', { dataElement }));
      continue;
    }
    const wantMonth = element.kind === 'monthly';
    const period = row.period;
    if (period.kind === 'invalid' || (period.kind === 'month') !== wantMonth) {
      const expected: Words =
        period.kind === 'invalid'
          ? period.expected
          : wantMonth
            ? {
                id: 'isian bulanan memakai periode satu bulan',
                en: 'a monthly value takes a one-month period',
              }
            : {
                id: 'isian tahunan memakai periode satu tahun',
                en: 'a yearly value takes a one-year period',
              };
      parsed.conflicts.push(
        refusal(
          source,
          'IMPORT_PERIOD_INVALID',
          { period: period.kind === 'invalid' ? period.text : periodWords(period), dataElement },
          expected,
        ),
      );
      continue;
    }
    const year = period.kind === 'month' ? Number(period.month.slice(0, 4)) : period.year;
    const base = { puskesmasCode: row.orgUnit, year, indicatorCode: element.code, source };
    const boolean = ['flag', 'applicable', 'chosen'].includes(element.field);
    const read: Read<number | boolean | null> = boolean ? readBoolean(row.value) : readNumber(row.value);
    if (!read.ok) {
      parsed.conflicts.push(
        refusal(source, 'IMPORT_VALUE_NOT_READABLE', { value: row.value, dataElement }, read.expected),
      );
      continue;
    }
    const value = read.value;
    if (element.kind === 'monthly') {
      const month = (period as { month: string }).month;
      parsed.values.push({ ...base, kind: 'monthly', month, [element.field]: value } as ImportedValue);
    } else if (element.kind === 'target') {
      if (element.field === 'applicable') {
        if (value === null) {
          parsed.conflicts.push(
            refusal(
              source,
              'IMPORT_VALUE_NOT_READABLE',
              { value: row.value, dataElement },
              { id: 'harus true atau false', en: 'it must be true or false' },
            ),
          );
          continue;
        }
        parsed.values.push({
          ...base,
          kind: 'target',
          applicable: value as boolean,
          notApplicableReason: value === false ? row.comment?.trim() || null : null,
        });
      } else parsed.values.push({ ...base, kind: 'target', [element.field]: value } as ImportedValue);
    } else {
      parsed.values.push({ ...base, kind: 'rubric', [element.field]: value } as ImportedValue);
    }
  }
  return parsed;
}

/** A period in the words of the DHIS2 convention, for messages. */
function periodWords(period: Period): string {
  return period.kind === 'month'
    ? `${period.month.slice(0, 4)}${String(monthNumber(period.month)).padStart(2, '0')}`
    : String(period.year);
}
