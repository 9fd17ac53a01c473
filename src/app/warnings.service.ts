// Plausibility warnings as the Kepala Puskesmas and Dinkes see them: every warning of a Puskesmas-year
// (open, or checked with its note), of every Puskesmas of a district-year, and the check itself —
// written under the year's lock like any change, so it respects the year's status, and audited.
// A check is kept by the warning's key and the figures it stated: change a figure and the warning is
// open again (docs/scoring-decisions.md, rules 44–45).
import type { MonthlyEntry, PuskesmasYear } from '../domain/assessment/inputs.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import {
  checkKeyOf,
  plausibilityWarnings,
  type PlausibilityWarning,
  type ProfilePopulation,
} from '../domain/assessment/plausibility.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import type {
  DistrictWarningsView,
  WarningCheckBody,
  WarningView,
  YearWarningsView,
} from '../shared/api/warnings.schema.ts';
import { SASARAN_LABELS } from '../shared/api/profile.schema.ts';
import { AppError } from '../shared/errors.ts';
import { monthName, warningSentences } from '../shared/plausibility-words.ts';
import type {
  Clock,
  OrgUnitRef,
  PlanningReader,
  Repositories,
  UnitOfWork,
  WarningCheckRecord,
  WarningChecksRepository,
} from './ports.ts';
import { readProfile } from './profile.service.ts';
import { iso, loadYear, yearHeader, type PuskesmasUnit, type YearReader } from './puskesmas-year.ts';
import { suggestedSasaran } from './sasaran-suggestion.ts';
import { writeYear, type Editor } from './year-write.ts';

/** What the profile records for each indicator's sasaran, where the catalog reads it as a profile population. */
export function profilePopulations(catalog: Catalog, data: unknown): Map<string, ProfilePopulation> {
  const populations = readProfile(data).targetPopulations;
  const out = new Map<string, ProfilePopulation>();
  for (const { indicator } of listIndicators(catalog)) {
    const key = suggestedSasaran(indicator);
    const count = key === null ? null : populations[key];
    if (key !== null && count !== null && count !== undefined)
      out.set(indicator.code, { label: SASARAN_LABELS[key], count });
  }
  return out;
}

/** The grid lines a warning marks. */
function fieldsOf(warning: PlausibilityWarning): WarningView['fields'] {
  switch (warning.kind) {
    case 'month-outlier':
    case 'month-doubled':
      return warning.parts.map((p) => p.field);
    case 'not-counted':
      return warning.parts.flatMap((p) =>
        p.field === 'numerator' || p.field === 'denominator' || p.field === 'value' ? [p.field] : [],
      );
    default:
      return [];
  }
}

/** The figures of a warning without what the view states elsewhere. */
function figuresOf(warning: PlausibilityWarning): Record<string, unknown> {
  const { key: _k, fingerprint: _f, indicatorCode: _i, month: _m, kind: _kind, ...figures } = warning;
  return figures;
}

function checkView(check: WarningCheckRecord | undefined): WarningView['check'] {
  return check
    ? { note: check.note, checkedBy: check.checkedBy, checkedAt: iso(check.checkedAt) ?? '' }
    : null;
}

/** Names and programmes of the catalog's indicators, for the views. */
function indicatorPlaces(catalog: Catalog): Map<string, WarningView['indicator']> {
  return new Map(
    listIndicators(catalog).map(({ indicator, path }) => [
      indicator.code,
      {
        code: indicator.code,
        number: indicator.number,
        name: indicator.name,
        programme: (path[1] ?? path[0])?.name ?? '',
      },
    ]),
  );
}

function warningViews(
  catalog: Catalog,
  warnings: readonly PlausibilityWarning[],
  checks: readonly WarningCheckRecord[],
): WarningView[] {
  const places = indicatorPlaces(catalog);
  const byKey = new Map(checks.map((c) => [c.warningKey, c]));
  return warnings.map((w) => ({
    key: w.key,
    fingerprint: w.fingerprint,
    kind: w.kind,
    indicator: places.get(w.indicatorCode) ?? {
      code: w.indicatorCode,
      number: '',
      name: w.indicatorCode,
      programme: '',
    },
    month: w.month,
    fields: fieldsOf(w),
    figures: figuresOf(w),
    sentence: warningSentences(w),
    check: checkView(byKey.get(checkKeyOf(w))),
  }));
}

const counts = (views: readonly WarningView[]) => {
  const checked = views.filter((v) => v.check !== null).length;
  return { open: views.length - checked, checked };
};

/** The warnings of a Puskesmas-year as stored now, with the checks that still hold. */
async function currentWarnings(
  repos: YearReader & Pick<PlanningReader, 'getProfile'>,
  unit: PuskesmasUnit,
  year: number,
) {
  const ctx = await loadYear(repos, unit, year, { rubrics: false });
  const profile = await repos.getProfile(unit.id, year);
  const warnings = plausibilityWarnings(ctx.catalog, ctx.py, profilePopulations(ctx.catalog, profile?.data));
  return { ctx, warnings };
}

/** GET …/warnings: every warning of the Puskesmas-year in catalog order, open or checked. */
export async function getYearWarnings(
  repos: YearReader & Pick<PlanningReader, 'getProfile'> & Pick<WarningChecksRepository, 'listWarningChecks'>,
  input: { unit: PuskesmasUnit; year: number },
): Promise<YearWarningsView> {
  const { ctx, warnings } = await currentWarnings(repos, input.unit, input.year);
  const checks = ctx.assessment ? await repos.listWarningChecks(ctx.assessment.id) : [];
  const views = warningViews(ctx.catalog, warnings, checks);
  return { ...yearHeader(ctx), warnings: views, ...counts(views) };
}

export type CheckWarningOutcome =
  | { status: 'checked'; warning: WarningView }
  /** The figures changed since the warning was read (`current`), or the warning is gone (null). */
  | { status: 'changed'; error: AppError; current: WarningView | null };

/**
 * Marks one warning checked, with a note. The warning is computed again under the year's lock: a
 * check is only recorded for the figures the checker saw (`fingerprint`), so nobody checks a figure
 * that changed while they were reading it. Who may: the Kepala Puskesmas while the year is a draft,
 * Dinkes (admin, verifikator) until it is locked — `writeYear` applies the status rule, the route
 * the role (permission `warnings:check`).
 */
export async function checkWarning(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; body: WarningCheckBody; editor: Editor },
): Promise<CheckWarningOutcome> {
  const { unit, year, body, editor } = input;
  return writeYear(deps.uow, { unit, year, editor }, async (tx, assessment) => {
    const { ctx, warnings } = await currentWarnings(tx, unit, year);
    const found = warnings.find((w) => w.key === body.key);
    const checks = await tx.listWarningChecks(assessment.id);
    const where = { puskesmas: unit.name, year, ...whereWords(ctx.catalog, body.key) };
    if (!found)
      return {
        status: 'changed',
        error: new AppError('WARNING_CLOSED', where, { status: 409 }),
        current: null,
      };
    if (found.fingerprint !== body.fingerprint)
      return {
        status: 'changed',
        error: new AppError('WARNING_CHANGED', where, { status: 409 }),
        current: warningViews(ctx.catalog, [found], checks)[0] ?? null,
      };
    const check = await tx.saveWarningCheck({
      assessmentId: assessment.id,
      warningKey: checkKeyOf(found),
      note: body.note,
      actor: editor.username,
      at: deps.clock(),
      about: { key: found.key, fingerprint: found.fingerprint, figures: figuresOf(found) },
    });
    const [view] = warningViews(ctx.catalog, [found], [check]);
    if (!view) throw new Error(`checked ${found.key} but cannot show it`);
    return { status: 'checked', warning: view };
  });
}

/** The indicator (and month) a warning key names, in words, for a message: "SPM.01 Pelayanan …, Maret". */
function whereWords(catalog: Catalog, key: string): { about: string } {
  const [, code = '', month = ''] = key.split(':');
  const indicator = listIndicators(catalog).find((p) => p.indicator.code === code)?.indicator;
  const what = indicator ? `${indicator.code} ${indicator.name}` : code;
  return { about: /^\d{4}-\d{2}$/.test(month) ? `${what}, ${monthName(month, 'id')}` : what };
}

/**
 * GET /api/districts/{code}/years/{year}/warnings: the warnings of every Puskesmas of the district
 * that has opened the year. The district's values, targets, checks and profiles are read once each,
 * whatever the number of Puskesmas.
 */
export async function getDistrictWarnings(
  repos: Pick<
    Repositories,
    'listDistrictAssessments' | 'loadAssessmentCatalog' | 'loadDistrictWarningInputs'
  >,
  input: { district: OrgUnitRef; year: number },
): Promise<DistrictWarningsView> {
  const { district, year } = input;
  const assessments = await repos.listDistrictAssessments(district.id, year);
  const inputs = await repos.loadDistrictWarningInputs(
    district.id,
    year,
    assessments.map((a) => a.puskesmas.id),
  );
  const targets = groupByAssessment(inputs.targets);
  const monthly = groupByAssessment(inputs.monthly);
  const checks = groupByAssessment(inputs.checks);
  const puskesmas: DistrictWarningsView['puskesmas'] = [];
  for (const a of assessments) {
    const { catalog } = await repos.loadAssessmentCatalog(a.assessmentId);
    const py = puskesmasYear(
      year,
      a.puskesmas.rawatInap,
      targets.get(a.assessmentId),
      monthly.get(a.assessmentId),
    );
    const profile = profilePopulations(catalog, inputs.profiles.get(a.puskesmas.id));
    const views = warningViews(
      catalog,
      plausibilityWarnings(catalog, py, profile),
      checks.get(a.assessmentId) ?? [],
    );
    puskesmas.push({
      code: a.puskesmas.code,
      name: a.puskesmas.name,
      status: a.status,
      ...counts(views),
      warnings: views,
    });
  }
  return { district: { code: district.code, name: district.name }, year, puskesmas };
}

function groupByAssessment<T extends { assessmentId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.assessmentId);
    if (list) list.push(row);
    else out.set(row.assessmentId, [row]);
  }
  return out;
}

/** The engine's input from a district read's rows, by the one path stored rows take (no flags, no rubrics: no warning reads them). */
function puskesmasYear(
  year: number,
  rawatInap: boolean,
  targets: Awaited<ReturnType<Repositories['loadDistrictWarningInputs']>>['targets'] = [],
  monthly: (MonthlyEntry & { indicatorCode: string })[] = [],
): PuskesmasYear {
  const rows = monthly.map(({ indicatorCode, month, numerator, denominator, value, flag }) => ({
    indicatorCode,
    month,
    numerator: numerator ?? null,
    denominator: denominator ?? null,
    value: value ?? null,
    flag: flag ?? null,
  }));
  return puskesmasYearOf(year, rawatInap, { targets, monthly: rows, rubrics: [] });
}
