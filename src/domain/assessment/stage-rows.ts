// The one path from stored rows to the engine's input: the rows of one stage (a Puskesmas' own, or
// those with Dinkes' corrections laid over them) become a PuskesmasYear, and the assessment's status
// decides whether a value still missing counts as 0. Every scoring of a stored year goes through here.
import type { RubricLevel } from '../catalog/types.ts';
import { resolveSettings, type ScoringSettings, type SettingsOverrides } from '../scoring/settings.ts';
import type { IndicatorInputs, IndicatorTarget, MonthlyEntry, PuskesmasYear } from './inputs.ts';
import { isSubmitted, type AssessmentStatus } from './status.ts';

/** What the engine reads of a stored target row. */
export interface TargetRow {
  indicatorCode: string;
  targetValue: number | null;
  targetSasaran: number | null;
  sasaran: number | null;
  applicable: boolean;
  notApplicableReason: string | null;
  chosen: boolean | null;
}

/** What the engine reads of a stored monthly value. */
export interface MonthlyRow {
  indicatorCode: string;
  month: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flag: boolean | null;
}

/** What the engine reads of a stored rubric score. */
export interface RubricRow {
  indicatorCode: string;
  level: RubricLevel | null;
  percent: number | null;
  /** Last year's figure, for an item that must rise above it; absent elsewhere. */
  previous?: number | null;
}

/** The rows of one Puskesmas-year at one stage. Generic so that stored records keep their bookkeeping. */
export interface StageRows<
  T extends TargetRow = TargetRow,
  M extends MonthlyRow = MonthlyRow,
  R extends RubricRow = RubricRow,
> {
  targets: readonly T[];
  monthly: readonly M[];
  rubrics: readonly R[];
}

/** The engine's input from the rows of one stage. */
export function puskesmasYearOf(year: number, rawatInap: boolean, rows: StageRows): PuskesmasYear {
  const inputs = new Map<
    string,
    { target?: IndicatorTarget; months?: MonthlyEntry[]; rubric?: IndicatorInputs['rubric'] }
  >();
  const of = (code: string) => {
    let input = inputs.get(code);
    if (!input) inputs.set(code, (input = {}));
    return input;
  };
  for (const t of rows.targets) {
    of(t.indicatorCode).target = {
      value: t.targetValue,
      targetSasaran: t.targetSasaran,
      sasaran: t.sasaran,
      applicable: t.applicable,
      reason: t.notApplicableReason,
      ...(t.chosen === null ? {} : { chosen: t.chosen }),
    };
  }
  for (const v of rows.monthly) {
    const entry = {
      month: v.month,
      numerator: v.numerator,
      denominator: v.denominator,
      value: v.value,
      flag: v.flag,
    };
    (of(v.indicatorCode).months ??= []).push(entry);
  }
  for (const r of rows.rubrics)
    of(r.indicatorCode).rubric = {
      level: r.level,
      percent: r.percent,
      ...(r.previous != null && { previous: r.previous }),
    };
  return { year, rawatInap, inputs };
}

/**
 * The district's settings of the year, resolved for an assessment in `status`: the one place that
 * decides whether a value still missing scores 0 — once the Kepala Puskesmas has submitted, the year
 * is over and the gap is the Puskesmas' (docs/scoring.md#missing). A year not yet opened is a draft.
 */
export function settingsForStatus(
  overrides: SettingsOverrides,
  status: AssessmentStatus | null,
): ScoringSettings {
  return resolveSettings({ ...overrides, submitted: isSubmitted(status) });
}
