// One Puskesmas-year as the screens need it: its catalog and settings, its stored rows (with versions
// and authors), and the domain's view of it. Shared by the profile, targets, entries, rubric and
// dashboard services.
import type {
  IndicatorTarget,
  MonthlyEntry,
  PuskesmasYear,
  RubricEntry,
} from '../domain/assessment/inputs.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { clampMonth, localDate, monthsEnded, type CalendarDate } from '../domain/periods/calendar.ts';
import { monthNumber, type Month } from '../domain/periods/months.ts';
import { resolveSettings, type ScoringSettings } from '../domain/scoring/settings.ts';
import type { Headline } from '../shared/api/dashboard.schema.ts';
import type { YearHeader } from '../shared/api/org-units.schema.ts';
import { AppError } from '../shared/errors.ts';
import type {
  AssessmentRef,
  Clock,
  MonthlyValueRecord,
  PlanningReader,
  ResultsReader,
  RubricScoreRecord,
  ScoringRepository,
  StoredResult,
  TargetRecord,
} from './ports.ts';
import { refreshResult } from './refresh-result.ts';

/** The Puskesmas a request is about, as the access check resolved it (its district is the first ancestor). */
export interface PuskesmasUnit {
  id: number;
  code: string;
  name: string;
  rawatInap: boolean;
  ancestorIds: readonly number[];
}

export interface YearContext {
  unit: PuskesmasUnit;
  year: number;
  /** Null until the year's first target, value or score opens it. */
  assessment: AssessmentRef | null;
  catalog: Catalog;
  /** Resolved, with `submitted` following the assessment's status. */
  settings: ScoringSettings;
  targets: TargetRecord[];
  /** Stage 'self': the Puskesmas' own values. */
  monthly: MonthlyValueRecord[];
  rubrics: RubricScoreRecord[];
  /** What the engine scores. */
  py: PuskesmasYear;
}

export type YearReader = PlanningReader & Pick<ResultsReader, 'findAssessment'>;

/**
 * Loads a Puskesmas-year. A year nobody has touched yet reads as the district's catalog with nothing
 * stored (versions 0), so targets can be set before the year begins; CATALOG_NOT_FOUND when the
 * district has no catalog for the year.
 */
export async function loadYear(
  repos: YearReader,
  unit: PuskesmasUnit,
  year: number,
  parts: { monthly?: boolean; rubrics?: boolean } = {},
): Promise<YearContext> {
  const assessment = (await repos.findAssessment(unit.code, year)) ?? null;
  const catalog = assessment
    ? await repos.loadAssessmentCatalog(assessment.id)
    : await districtCatalog(repos, unit, year);
  const targets = assessment ? await repos.listTargetRecords(assessment.id) : [];
  const monthly =
    assessment && parts.monthly !== false ? await repos.listMonthlyValueRecords(assessment.id, 'self') : [];
  const rubrics =
    assessment && parts.rubrics !== false ? await repos.listRubricScoreRecords(assessment.id, 'self') : [];
  // Once the Puskesmas has submitted, what is still missing counts as 0 (as refresh-result.ts scores it).
  const submitted = assessment !== null && assessment.status !== 'draft';
  const settings = resolveSettings({ ...catalog.settings, submitted });
  const rawatInap = assessment?.puskesmas.rawatInap ?? unit.rawatInap;
  return {
    unit: { ...unit, rawatInap },
    year,
    assessment,
    catalog: catalog.catalog,
    settings,
    targets,
    monthly,
    rubrics,
    py: puskesmasYearOf(year, rawatInap, targets, monthly, rubrics),
  };
}

async function districtCatalog(repos: YearReader, unit: PuskesmasUnit, year: number) {
  const districtId = unit.ancestorIds[0];
  const found = districtId === undefined ? undefined : await repos.findDistrictCatalog(districtId, year);
  if (found) return found;
  const district = districtId === undefined ? undefined : await repos.getOrgUnit(districtId);
  throw new AppError('CATALOG_NOT_FOUND', { district: district?.name ?? unit.code, year }, { status: 404 });
}

/** The engine's input from stored rows. */
export function puskesmasYearOf(
  year: number,
  rawatInap: boolean,
  targets: readonly TargetRecord[],
  monthly: readonly MonthlyValueRecord[],
  rubrics: readonly RubricScoreRecord[],
): PuskesmasYear {
  const inputs = new Map<
    string,
    { target?: IndicatorTarget; months?: MonthlyEntry[]; rubric?: RubricEntry }
  >();
  const of = (code: string) => {
    let input = inputs.get(code);
    if (!input) inputs.set(code, (input = {}));
    return input;
  };
  for (const t of targets) {
    of(t.indicatorCode).target = {
      value: t.targetValue,
      targetSasaran: t.targetSasaran,
      sasaran: t.sasaran,
      applicable: t.applicable,
      reason: t.notApplicableReason,
      ...(t.chosen === null ? {} : { chosen: t.chosen }),
    };
  }
  for (const v of monthly) {
    const entry = {
      month: v.month,
      numerator: v.numerator,
      denominator: v.denominator,
      value: v.value,
      flag: v.flag,
    };
    (of(v.indicatorCode).months ??= []).push(entry);
  }
  for (const r of rubrics) of(r.indicatorCode).rubric = { level: r.level, percent: r.percent };
  return { year, rawatInap, inputs };
}

export function yearHeader(ctx: YearContext): YearHeader {
  return {
    puskesmas: { code: ctx.unit.code, name: ctx.unit.name, rawatInap: ctx.unit.rawatInap },
    year: ctx.year,
    status: ctx.assessment?.status ?? null,
    locked: ctx.assessment?.status === 'final' || ctx.assessment?.status === 'published',
  };
}

/** Today on the Puskesmas' clock. */
export function today(clock: Clock | Date): CalendarDate {
  return localDate(clock instanceof Date ? clock : clock());
}

/**
 * The last month the "to date" figures count: the later of the last month that has ended and the
 * latest month with a value (results come in during the first days of the next month, and a value
 * typed for the running month should show at once), within the year.
 */
export function defaultThrough(ctx: Pick<YearContext, 'year' | 'monthly'>, day: CalendarDate): Month {
  let latest = 0;
  for (const v of ctx.monthly) latest = Math.max(latest, monthNumber(v.month));
  return clampMonth(ctx.year, Math.max(monthsEnded(ctx.year, day), latest));
}

/**
 * Refreshes the stored results an input change moves: the Puskesmas' own ('self') always, and the
 * verified one where Dinkes has made it (targets and applicability are shared by both stages).
 */
export async function refreshStages(
  repos: ScoringRepository & Pick<ResultsReader, 'getResult'>,
  assessmentId: number,
  clock: Clock,
): Promise<StoredResult> {
  const self = await refreshResult(repos, assessmentId, 'self', clock);
  if (await repos.getResult(assessmentId, 'verified'))
    await refreshResult(repos, assessmentId, 'verified', clock);
  return self;
}

export function headlineOf(result: StoredResult): Headline {
  return {
    service: result.service,
    management: result.management,
    quality: result.quality,
    categories: {
      service: result.serviceCategory,
      management: result.managementCategory,
      quality: result.qualityCategory,
      overall: result.overallCategory,
    },
    kelompok: result.kelompok,
    computedAt: result.computedAt.toISOString(),
  };
}

/** A timestamp as the API sends it. */
export function iso(at: Date | null | undefined): string | null {
  return at ? at.toISOString() : null;
}
