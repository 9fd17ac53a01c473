// One Puskesmas-year as the screens need it: its catalog and settings, its stored rows (with versions
// and authors), and the domain's view of it. Shared by the profile, targets, entries, rubric and
// dashboard services.
import type { PuskesmasYear, Stage } from '../domain/assessment/inputs.ts';
import { puskesmasYearOf, settingsForStatus, type StageRows } from '../domain/assessment/stage-rows.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { clampMonth, localDate, monthsEnded, type CalendarDate } from '../domain/periods/calendar.ts';
import { monthNumber, type Month } from '../domain/periods/months.ts';
import type { ScoringSettings, SettingsOverrides } from '../domain/scoring/settings.ts';
import { rowsOfStage } from '../domain/verification/overlay.ts';
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
  ScoringInputs,
  StoredResult,
  TargetRecord,
} from './ports.ts';
import { yearKeyOf } from './year-key.ts';

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
  /** The catalog version's own settings, as the engine's inputs carry them (`ScoringInputs`). */
  settingsOverrides: SettingsOverrides;
  /** The stage these rows are: the Puskesmas' own, or with Dinkes' corrections laid over them. */
  stage: Stage;
  targets: TargetRecord[];
  monthly: MonthlyValueRecord[];
  rubrics: RubricScoreRecord[];
  /** Every stored row of the stage is here (no part was left out, none replaced by a subset). */
  whole: boolean;
  /** What the engine scores. */
  py: PuskesmasYear;
}

export type YearReader = PlanningReader & Pick<ResultsReader, 'findAssessment'>;

/**
 * Loads a Puskesmas-year at one stage (the Puskesmas' own unless asked). A year nobody has touched
 * yet reads as the district's catalog with nothing stored (versions 0), so targets can be set before
 * the year begins; CATALOG_NOT_FOUND when the district has no catalog for the year.
 */
export async function loadYear(
  repos: YearReader,
  unit: PuskesmasUnit,
  year: number,
  parts: {
    monthly?: boolean;
    rubrics?: boolean;
    stage?: Stage;
    /** The year's assessment as the caller already holds it (under the year's lock): not read again. */
    assessment?: AssessmentRef;
  } = {},
): Promise<YearContext> {
  const stage = parts.stage ?? 'self';
  const assessment = parts.assessment ?? (await repos.findAssessment(unit.code, year)) ?? null;
  const catalog = assessment
    ? await repos.loadCatalogVersion(assessment.catalogVersionId)
    : await districtCatalog(repos, unit, year);
  const rowsOf = async (
    of: Stage,
  ): Promise<StageRows<TargetRecord, MonthlyValueRecord, RubricScoreRecord>> =>
    assessment
      ? {
          targets: await repos.listTargetRecords(yearKeyOf(assessment), of),
          monthly:
            parts.monthly !== false ? await repos.listMonthlyValueRecords(yearKeyOf(assessment), of) : [],
          rubrics:
            parts.rubrics !== false ? await repos.listRubricScoreRecords(yearKeyOf(assessment), of) : [],
        }
      : { targets: [], monthly: [], rubrics: [] };
  const own = await rowsOf('self');
  const rows = stage === 'self' ? own : rowsOfStage(stage, own, await rowsOf(stage));
  const settings = settingsForStatus(catalog.settings, assessment?.status ?? null);
  const rawatInap = assessment?.puskesmas.rawatInap ?? unit.rawatInap;
  return {
    unit: { ...unit, rawatInap },
    year,
    assessment,
    catalog: catalog.catalog,
    settings,
    settingsOverrides: catalog.settings,
    stage,
    targets: [...rows.targets],
    monthly: [...rows.monthly],
    rubrics: [...rows.rubrics],
    whole: parts.monthly !== false && parts.rubrics !== false,
    py: puskesmasYearOf(year, rawatInap, rows),
  };
}

/**
 * The engine's inputs of the Puskesmas' own stage, from a year loaded whole at that stage (its
 * targets, values and rubric scores): null for a year not yet opened, another stage, or rows left out.
 */
export function ownScoringInputs(ctx: YearContext): ScoringInputs | null {
  if (!ctx.assessment || ctx.stage !== 'self' || !ctx.whole) return null;
  return {
    assessment: ctx.assessment,
    catalog: ctx.catalog,
    settings: ctx.settingsOverrides,
    stage: 'self',
    own: { targets: ctx.targets, monthly: ctx.monthly, rubrics: ctx.rubrics },
    corrections: { targets: [], monthly: [], rubrics: [] },
  };
}

async function districtCatalog(repos: YearReader, unit: PuskesmasUnit, year: number) {
  const districtId = unit.ancestorIds[0];
  const found = districtId === undefined ? undefined : await repos.findDistrictCatalog(districtId, year);
  if (found) return found;
  const district = districtId === undefined ? undefined : await repos.getOrgUnit(districtId);
  throw new AppError('CATALOG_NOT_FOUND', { district: district?.name ?? unit.code, year }, { status: 404 });
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
  let latest: string | null = null;
  for (const v of ctx.monthly) if (latest === null || v.month > latest) latest = v.month;
  return throughMonth(ctx.year, latest, day);
}

/** `defaultThrough` from the latest month with a value (null: none yet). */
export function throughMonth(year: number, latestMonth: string | null, day: CalendarDate): Month {
  const latest = latestMonth === null ? 0 : monthNumber(latestMonth);
  return clampMonth(year, Math.max(monthsEnded(year, day), latest));
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
