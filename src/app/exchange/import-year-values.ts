// Importing a file's values into Puskesmas-years: everything is checked first, and then either all
// of it is written — every touched year under its lock, in one transaction, each year rescored once —
// or nothing is (any conflict, or a dry run). The rules are the screens' own: the entry shape and
// bounds of a monthly value (checkEntry), a target row's rules (proposedTarget), a rubric item's
// (checkRubricBody), who may change a year in its status (assertMayChange), a reported month's
// correction (rule 20). Whatever the format, a parser turns the file into ImportedValue[] first.
import { puskesmasYearOf } from '../../domain/assessment/stage-rows.ts';
import type { RubricLevel } from '../../domain/catalog/types.ts';
import { listIndicators, type PlacedIndicator } from '../../domain/catalog/walk.ts';
import { localDate } from '../../domain/periods/calendar.ts';
import { AppError } from '../../shared/errors.ts';
import type { MessageCode } from '../../shared/messages/index.ts';
import { checkEntry } from '../entries.service.ts';
import { recordCompletedMonths } from '../month-completion.ts';
import type {
  AssessmentRef,
  Clock,
  MonthlyValueRecord,
  Repositories,
  RubricScoreRecord,
  TargetRecord,
  UnitOfWork,
} from '../ports.ts';
import { loadYear, today, type PuskesmasUnit, type YearContext } from '../puskesmas-year.ts';
import { refreshAfterChange } from '../refresh-result.ts';
import { lastYearFigure, refreshNextYearRise } from '../rising-items.ts';
import { checkRubricBody } from '../rubric.service.ts';
import { proposedTarget, type ProposedTarget } from '../target-change.ts';
import { assertMayChange, writeYears, type Editor } from '../year-write.ts';
import type {
  ImportChange,
  ImportConflict,
  ImportedValue,
  ImportSummary,
  ValueSource,
} from './imported-values.ts';
import { yearKeyOf } from '../year-key.ts';

export interface ImportDeps {
  uow: UnitOfWork;
  repos: Repositories;
  clock: Clock;
}

export interface ImportOptions {
  dryRun: boolean;
  editor: Editor;
  /** Kept in the audit trail of every value written; also the reason a reported month is corrected with. */
  reason: string;
  /**
   * The district-year the file is imported into (over HTTP: the one in the address, whose access was
   * checked): a value of a Puskesmas outside it, or of another year, is a conflict, never written.
   */
  within?: { districtId: number; districtName: string; year: number };
}

/** What a parser made of a file: the values it read, and what it could not read or left out on purpose. */
export interface ParsedImport {
  values: ImportedValue[];
  /** Values the parser could not read (unknown code, bad period, not a number): they stop the import. */
  conflicts: ImportConflict[];
  /** Values left out on purpose (computed scores), counted as ignored. */
  skipped: ImportConflict[];
}

type Scalar = number | boolean | string | null;

const MONTHLY_FIELDS = ['numerator', 'denominator', 'value', 'flag'] as const;
const TARGET_FIELDS = [
  'targetValue',
  'targetSasaran',
  'sasaran',
  'applicable',
  'notApplicableReason',
  'chosen',
] as const;
const RUBRIC_FIELDS = ['level', 'percent', 'previous'] as const;

type MonthlyField = (typeof MONTHLY_FIELDS)[number];
type TargetField = (typeof TARGET_FIELDS)[number];
type RubricField = (typeof RUBRIC_FIELDS)[number];

/** The reason of a refusal in both languages. */
function reasonOf(error: AppError): ImportConflict['reason'] {
  return { id: error.localized('id'), en: error.localized('en') };
}

function conflict(source: ValueSource, code: MessageCode, params: Record<string, string | number>) {
  return { source, reason: reasonOf(new AppError(code, params)) };
}

/** One cell of the year (a month of an indicator, its target row, its rubric score) as the file gives it. */
interface Cell<F extends string> {
  code: string;
  placed: PlacedIndicator;
  /** The values that make it, in file order. */
  values: ImportedValue[];
  /** Each field given, and where. */
  given: Map<F, { value: Scalar; source: ValueSource }>;
}

/** What importing one Puskesmas-year's values would do, or why it cannot. */
interface YearPlan {
  unit: PuskesmasUnit | null;
  year: number;
  conflicts: ImportConflict[];
  changes: ImportChange[];
  imported: number;
  updated: number;
  ignored: number;
  /** The writes, when there is no conflict. */
  targets: { code: string; next: ProposedTarget; expectedVersion: number }[];
  monthly: { code: string; month: string; fields: Record<MonthlyField, Scalar>; expectedVersion: number }[];
  rubrics: {
    code: string;
    level: RubricLevel | null;
    percent: number | null;
    previous: number | null;
    record?: RubricScoreRecord;
  }[];
  /** A target change moved what applies: every month may have become complete. */
  applicabilityChanged: boolean;
  /** Where the values are that differ from what is stored, valid or not: what the year's status is checked for. */
  touched: ValueSource[];
  ctx: YearContext | null;
  py: YearContext['py'] | null;
}

function emptyPlan(year: number): YearPlan {
  return {
    unit: null,
    year,
    conflicts: [],
    changes: [],
    imported: 0,
    updated: 0,
    ignored: 0,
    targets: [],
    monthly: [],
    rubrics: [],
    applicabilityChanged: false,
    touched: [],
    ctx: null,
    py: null,
  };
}

function fieldsOf(value: ImportedValue): readonly string[] {
  const fields =
    value.kind === 'monthly' ? MONTHLY_FIELDS : value.kind === 'target' ? TARGET_FIELDS : RUBRIC_FIELDS;
  return fields.filter((f) => (value as unknown as Record<string, unknown>)[f] !== undefined);
}

function givenValue(value: ImportedValue, field: string): Scalar {
  return (value as unknown as Record<string, Scalar>)[field] ?? null;
}

/**
 * Counts a value and lists its changes: imported where nothing was stored for the fields it gives,
 * updated where a stored field differs, ignored where all equal what is stored.
 */
function countValue(
  plan: YearPlan,
  value: ImportedValue,
  stored: (field: string) => Scalar,
  after: (field: string) => Scalar,
  where: { month?: string; fresh?: boolean } = {},
): void {
  const { month } = where;
  const fields = fieldsOf(value);
  const moved = fields.filter((f) => !Object.is(stored(f), after(f)));
  if (moved.length === 0) {
    plan.ignored += 1;
    return;
  }
  if (where.fresh ?? fields.every((f) => stored(f) === null)) plan.imported += 1;
  else plan.updated += 1;
  for (const field of moved)
    plan.changes.push({
      source: value.source,
      puskesmasCode: value.puskesmasCode,
      year: value.year,
      indicatorCode: value.indicatorCode,
      kind: value.kind,
      ...(month === undefined ? {} : { month }),
      field,
      before: stored(field),
      after: after(field),
    });
}

/** Where the file gave `field` of the cell, else where the cell starts. */
function sourceOf<F extends string>(cell: Cell<F>, field: unknown): ValueSource {
  const given = typeof field === 'string' ? cell.given.get(field as F) : undefined;
  return given?.source ?? (cell.values[0] as ImportedValue).source;
}

/** Notes the values of a cell that differ from what is stored (before any other check). */
function touch<F extends string>(plan: YearPlan, cell: Cell<F>, stored: (field: string) => Scalar): number {
  let touched = 0;
  for (const value of cell.values)
    if (fieldsOf(value).some((f) => !Object.is(givenValue(value, f), stored(f)))) {
      plan.touched.push(value.source);
      touched += 1;
    }
  return touched;
}

function refusalOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  throw error;
}

/**
 * Plans the values of one Puskesmas-year against what is stored now (read through `repos`: under the
 * year's lock when it runs inside the write).
 */
async function planYear(
  repos: Repositories,
  puskesmasCode: string,
  year: number,
  values: readonly ImportedValue[],
  options: ImportOptions,
  at: Date,
): Promise<YearPlan> {
  const plan = emptyPlan(year);
  const refuseAll = (error: AppError) => {
    for (const v of values) plan.conflicts.push({ source: v.source, reason: reasonOf(error) });
    return plan;
  };
  const found = await repos.findOrgUnit(puskesmasCode);
  if (found?.level !== 'puskesmas')
    return refuseAll(new AppError('PUSKESMAS_NOT_FOUND', { code: puskesmasCode }, { status: 404 }));
  const within = options.within;
  if (within && found.ancestorIds[0] !== within.districtId)
    return refuseAll(
      new AppError(
        'IMPORT_OUTSIDE_DISTRICT',
        { code: puskesmasCode, district: within.districtName },
        { status: 403 },
      ),
    );
  if (within && year !== within.year)
    return refuseAll(new AppError('IMPORT_OTHER_YEAR', { year, expected: within.year }, { status: 409 }));
  const unit: PuskesmasUnit = found;
  plan.unit = unit;
  let ctx: YearContext;
  try {
    ctx = await loadYear(repos, unit, year);
  } catch (error) {
    return refuseAll(refusalOf(error));
  }
  plan.ctx = ctx;
  const placedByCode = new Map(listIndicators(ctx.catalog).map((p) => [p.indicator.code, p]));

  // Cells, each field given once: a second value for the same field is a conflict, not a last-wins.
  const monthlyCells = new Map<string, Cell<MonthlyField> & { month: string }>();
  const targetCells = new Map<string, Cell<TargetField>>();
  const rubricCells = new Map<string, Cell<RubricField>>();
  for (const value of values) {
    const placed = placedByCode.get(value.indicatorCode);
    if (!placed) {
      plan.conflicts.push({
        source: value.source,
        reason: reasonOf(new AppError('INDICATOR_NOT_FOUND', { code: value.indicatorCode, year })),
      });
      continue;
    }
    const key = value.kind === 'monthly' ? `${value.indicatorCode}@${value.month}` : value.indicatorCode;
    const cells: Map<string, Cell<string>> = value.kind === 'monthly'
      ? monthlyCells
      : value.kind === 'target'
        ? targetCells
        : rubricCells;
    let cell = cells.get(key);
    if (!cell) {
      cell = { code: value.indicatorCode, placed, values: [], given: new Map() };
      if (value.kind === 'monthly') (cell as Cell<string> & { month: string }).month = value.month;
      cells.set(key, cell);
    }
    let duplicate = false;
    for (const field of fieldsOf(value)) {
      const earlier = cell.given.get(field);
      if (earlier) {
        duplicate = true;
        plan.conflicts.push(
          conflict(value.source, 'IMPORT_DUPLICATE_VALUE', {
            field,
            code: value.indicatorCode,
            period: value.kind === 'monthly' ? ` (${value.month})` : '',
            puskesmas: puskesmasCode,
            year,
            other: earlier.source.id,
          }),
        );
      }
    }
    if (duplicate) continue;
    for (const field of fieldsOf(value))
      cell.given.set(field, { value: givenValue(value, field), source: value.source });
    cell.values.push(value);
  }

  // Targets first: the applicability they set decides which monthly values may be given.
  const stored = new Map(ctx.targets.map((t) => [t.indicatorCode, t]));
  const working = new Map<string, TargetRecord>(stored);
  // Drops before choices, so that a file moving a service's key indicator does not find both chosen.
  const targetOrder = [...targetCells.values()].sort(
    (a, b) => Number(a.given.get('chosen')?.value === true) - Number(b.given.get('chosen')?.value === true),
  );
  for (const cell of targetOrder) {
    const g = (f: TargetField) => (cell.given.has(f) ? cell.given.get(f)!.value : undefined);
    const body = {
      ...(cell.given.has('targetValue') && { target: g('targetValue') as number | null }),
      ...(cell.given.has('targetSasaran') && { targetSasaran: g('targetSasaran') as number | null }),
      ...(cell.given.has('sasaran') && { sasaran: g('sasaran') as number | null }),
      ...(cell.given.has('applicable') && { applicable: g('applicable') as boolean }),
      ...(cell.given.has('notApplicableReason') && {
        notApplicableReason: g('notApplicableReason') as string | null,
      }),
      ...(cell.given.has('chosen') && g('chosen') !== null && { chosen: g('chosen') as boolean }),
    };
    const current = stored.get(cell.code);
    const before = (f: string): Scalar =>
      current ? (current[f as TargetField] ?? null) : f === 'applicable' ? true : null;
    // A row the file leaves as it is stays as it is, whatever rule it breaks (a choice bulk-loaded before
    // the one-key-indicator rule, an odd number stored earlier): re-importing an export changes nothing.
    if (touch(plan, cell, before) === 0) {
      plan.ignored += cell.values.length;
      continue;
    }
    let next: ProposedTarget;
    try {
      next = await proposedTarget({
        placed: cell.placed,
        records: working,
        body,
        editor: options.editor,
        year,
        profile: () => repos.getProfile(unit.id, year),
        // A file of exported values carries each Puskesmas' share as it was stored (docs/exchange.md).
        shareMayMove: true,
      });
    } catch (error) {
      const refusal = refusalOf(error);
      const field = refusal.params.field === 'target' ? 'targetValue' : refusal.params.field;
      plan.conflicts.push({ source: sourceOf(cell, field), reason: reasonOf(refusal) });
      continue;
    }
    const after = (f: string): Scalar => next[f as TargetField] ?? null;
    for (const value of cell.values) countValue(plan, value, before, after, { fresh: current === undefined });
    if (TARGET_FIELDS.some((f) => !Object.is(before(f), after(f)))) {
      plan.targets.push({ code: cell.code, next, expectedVersion: current?.version ?? 0 });
      if (before('applicable') !== after('applicable') || before('chosen') !== after('chosen'))
        plan.applicabilityChanged = true;
      working.set(cell.code, {
        indicatorCode: cell.code,
        ...next,
        version: current?.version ?? 0,
        updatedBy: options.editor.username,
        updatedAt: at,
      });
    }
  }
  const py = puskesmasYearOf(year, ctx.unit.rawatInap, {
    targets: [...working.values()],
    monthly: ctx.monthly,
    rubrics: ctx.rubrics,
  });
  plan.py = py;
  const checked: YearContext = { ...ctx, py };

  // Monthly values: the fields left out keep their stored value; the whole month is checked.
  const storedMonthly = new Map(ctx.monthly.map((v) => [`${v.indicatorCode}@${v.month}`, v]));
  const reports = ctx.assessment ? await repos.listMonthReports(ctx.assessment.id) : [];
  const reportedOn = new Map(reports.flatMap((r) => (r.reportedAt ? [[r.month, r.reportedAt]] : [])));
  const day = today(at);
  for (const cell of monthlyCells.values()) {
    const current: MonthlyValueRecord | undefined = storedMonthly.get(`${cell.code}@${cell.month}`);
    const before = (f: string): Scalar => current?.[f as MonthlyField] ?? null;
    const merged = Object.fromEntries(
      MONTHLY_FIELDS.map((f) => [f, cell.given.has(f) ? cell.given.get(f)!.value : before(f)]),
    ) as Record<MonthlyField, Scalar>;
    const after = (f: string): Scalar => merged[f as MonthlyField];
    if (MONTHLY_FIELDS.every((f) => Object.is(before(f), after(f)))) {
      plan.ignored += cell.values.length;
      continue;
    }
    touch(plan, cell, before);
    try {
      checkEntry(
        checked,
        cell.code,
        cell.month,
        {
          numerator: merged.numerator as number | null,
          denominator: merged.denominator as number | null,
          value: merged.value as number | null,
          flag: merged.flag as boolean | null,
          expectedVersion: current?.version ?? 0,
        },
        day,
      );
      // A reported month is corrected only with a reason, and never cleared (rule 20).
      const reported = reportedOn.get(cell.month);
      if (reported) {
        const params = { month: cell.month, code: cell.code, reportedOn: localDate(reported) };
        if (MONTHLY_FIELDS.every((f) => merged[f] === null))
          throw new AppError('REPORTED_MONTH_CLEAR', params, { status: 409 });
        if (!options.reason.trim()) throw new AppError('CORRECTION_REASON_REQUIRED', params, { status: 409 });
      }
    } catch (error) {
      const refusal = refusalOf(error);
      plan.conflicts.push({ source: sourceOf(cell, refusal.params.field), reason: reasonOf(refusal) });
      continue;
    }
    for (const value of cell.values) countValue(plan, value, before, after, { month: cell.month });
    plan.monthly.push({
      code: cell.code,
      month: cell.month,
      fields: merged,
      expectedVersion: current?.version ?? 0,
    });
  }

  // Rubric scores: a level where the rubric prints it, or a percentage — never the other.
  const storedRubrics = new Map(ctx.rubrics.map((r) => [r.indicatorCode, r]));
  for (const cell of rubricCells.values()) {
    const current = storedRubrics.get(cell.code);
    const before = (f: string): Scalar => current?.[f as RubricField] ?? null;
    touch(plan, cell, before);
    const level = cell.given.has('level')
      ? (cell.given.get('level')!.value as RubricLevel | null)
      : undefined;
    const percent = cell.given.has('percent')
      ? (cell.given.get('percent')!.value as number | null)
      : undefined;
    const previous = cell.given.has('previous')
      ? (cell.given.get('previous')!.value as number | null)
      : undefined;
    let shape: 'level' | 'percent';
    try {
      shape = checkRubricBody(cell.placed.indicator, {
        ...(level !== undefined && { level }),
        ...(percent !== undefined && { percent }),
        ...(previous !== undefined && { previous }),
      });
    } catch (error) {
      const refusal = refusalOf(error);
      plan.conflicts.push({ source: sourceOf(cell, refusal.params.field), reason: reasonOf(refusal) });
      continue;
    }
    const next = {
      level: shape === 'level' ? (level === undefined ? (current?.level ?? null) : level) : null,
      percent: shape === 'percent' ? (percent === undefined ? (current?.percent ?? null) : percent) : null,
      previous: previous === undefined ? (current?.previous ?? null) : previous,
    };
    const after = (f: string): Scalar => next[f as RubricField];
    for (const value of cell.values) countValue(plan, value, before, after);
    if (RUBRIC_FIELDS.some((f) => !Object.is(before(f), after(f))))
      plan.rubrics.push({ code: cell.code, ...next, ...(current && { record: current }) });
  }

  // The year's status decides whether this editor may change it at all; a file that changes nothing
  // of a locked year (a re-import of its own export) is no conflict.
  if (plan.touched.length > 0) {
    try {
      assertMayChange(options.editor, ctx);
    } catch (error) {
      const refusal = refusalOf(error);
      const sources = new Map(plan.touched.map((source) => [source.id, source]));
      for (const source of sources.values()) plan.conflicts.push({ source, reason: reasonOf(refusal) });
    }
  }
  return plan;
}

/** The values by Puskesmas-year, in the order the years first occur in the file. */
function byYear(values: readonly ImportedValue[]): Map<string, ImportedValue[]> {
  const out = new Map<string, ImportedValue[]>();
  for (const v of values) {
    const key = `${v.puskesmasCode}\u0000${v.year}`;
    const list = out.get(key);
    if (list) list.push(v);
    else out.set(key, [v]);
  }
  return out;
}

async function planAll(
  repos: Repositories,
  groups: ReadonlyMap<string, ImportedValue[]>,
  options: ImportOptions,
  at: Date,
): Promise<Map<string, YearPlan>> {
  const plans = new Map<string, YearPlan>();
  for (const [key, values] of groups) {
    const first = values[0] as ImportedValue;
    plans.set(key, await planYear(repos, first.puskesmasCode, first.year, values, options, at));
  }
  return plans;
}

function summaryOf(plans: Iterable<YearPlan>, dryRun: boolean): ImportSummary {
  const summary: ImportSummary = {
    status: 'success',
    dryRun,
    imported: 0,
    updated: 0,
    ignored: 0,
    conflicts: [],
    changes: [],
  };
  for (const plan of plans) {
    summary.conflicts.push(...plan.conflicts);
    if (plan.conflicts.length > 0) continue;
    summary.imported += plan.imported;
    summary.updated += plan.updated;
    summary.ignored += plan.ignored;
    summary.changes.push(...plan.changes);
  }
  if (summary.conflicts.length > 0) {
    summary.status = 'error';
  }
  return summary;
}

function hasWrites(plan: YearPlan): boolean {
  return plan.targets.length + plan.monthly.length + plan.rubrics.length > 0;
}

/** The year's writes, under its lock, then its month completions and one rescoring. */
async function writePlan(
  tx: Repositories,
  plan: YearPlan,
  assessment: AssessmentRef,
  options: ImportOptions,
  at: Date,
  clock: Clock,
): Promise<void> {
  const actor = options.editor.username;
  const reason = options.reason.trim() || null;
  const key = yearKeyOf(assessment);
  for (const t of plan.targets)
    await tx.saveTarget({
      ...key,
      indicatorCode: t.code,
      ...t.next,
      expectedVersion: t.expectedVersion,
      actor,
      reason,
      at,
    });
  for (const m of plan.monthly)
    await tx.saveMonthlyValue({
      ...key,
      indicatorCode: m.code,
      month: m.month,
      stage: 'self',
      numerator: m.fields.numerator as number | null,
      denominator: m.fields.denominator as number | null,
      value: m.fields.value as number | null,
      flag: m.fields.flag as boolean | null,
      expectedVersion: m.expectedVersion,
      actor,
      reason,
      at,
    });
  const ctx = plan.ctx as YearContext;
  const puskesmasCode = ctx.unit.code;
  for (const r of plan.rubrics) {
    const indicator = listIndicators(ctx.catalog).find((p) => p.indicator.code === r.code)?.indicator;
    // An item that must rise keeps last year's figure: the system's, else the one the Puskesmas gave.
    const system =
      indicator?.rubric?.mustRise === true
        ? await lastYearFigure(tx, puskesmasCode, assessment.year, indicator)
        : null;
    await tx.saveRubricScore({
      ...key,
      indicatorCode: r.code,
      stage: 'self',
      level: r.level,
      percent: r.percent,
      previous: system ?? r.previous,
      note: r.record?.note ?? null,
      expectedVersion: r.record?.version ?? 0,
      actor,
      reason,
      at,
    });
  }
  // The import that fills a month's last value (or makes the missing one not apply) fixes its timeliness.
  if (plan.monthly.length > 0 || plan.applicabilityChanged)
    await recordCompletedMonths(tx, {
      ...key,
      catalog: ctx.catalog,
      py: plan.py as YearContext['py'],
      ...(!plan.applicabilityChanged && { months: [...new Set(plan.monthly.map((m) => m.month))] }),
      actor,
      at,
      cause: { import: reason ?? 'file' },
    });
  await refreshAfterChange(tx, key, 'self', clock);
  for (const r of plan.rubrics)
    await refreshNextYearRise(tx, { puskesmasCode, year: assessment.year, code: r.code, actor, at, clock });
}

/** Thrown inside the import's transaction to roll it back with the summary that says why. */
class ImportRefused extends Error {
  constructor(readonly summary: ImportSummary) {
    super('import refused');
  }
}

/**
 * Checks every value, then — unless there is a conflict or it is a dry run — writes them all in one
 * transaction: every touched Puskesmas-year locked (in a stable order), checked again under its lock,
 * written with the stored versions, its completed months recorded, and rescored once.
 */
export async function importYearValues(
  deps: ImportDeps,
  values: ImportedValue[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const at = deps.clock();
  const groups = byYear(values);
  const first = await planAll(deps.repos, groups, options, at);
  const summary = summaryOf(first.values(), options.dryRun);
  if (summary.status === 'error' || options.dryRun) return summary;
  const touched = [...first.entries()].filter(([, plan]) => hasWrites(plan));
  if (touched.length === 0) return summary;
  try {
    return await writeYears(
      deps.uow,
      touched.map(([, plan]) => ({ unit: plan.unit as PuskesmasUnit, year: plan.year })),
      options.editor,
      async (tx, assessments) => {
        // Planned again under the locks: what is stored now decides the versions and the changes.
        const again = await planAll(
          tx,
          new Map(touched.map(([key]) => [key, groups.get(key)!])),
          options,
          at,
        );
        const plans = new Map([...first, ...again]);
        const locked = summaryOf(plans.values(), false);
        if (locked.status === 'error') throw new ImportRefused(locked);
        for (const plan of again.values()) {
          const unit = plan.unit as PuskesmasUnit;
          const assessment = assessments.get(`${unit.id}:${plan.year}`);
          if (!assessment) throw new Error(`no lock taken for ${unit.code} ${plan.year}`);
          if (hasWrites(plan)) await writePlan(tx, plan, assessment, options, at, deps.clock);
        }
        return locked;
      },
    );
  } catch (error) {
    if (error instanceof ImportRefused) return error.summary;
    throw error;
  }
}

/**
 * A parsed file's import: its values checked and written as `importYearValues` does, with what the
 * parser could not read added to the conflicts (then nothing is written, but every value is still
 * checked, so that one run lists every problem) and what it left out on purpose counted as ignored.
 */
export async function importParsedValues(
  deps: ImportDeps,
  parsed: ParsedImport,
  options: ImportOptions,
): Promise<ImportSummary> {
  const unreadable = parsed.conflicts.length > 0;
  const summary = await importYearValues(deps, parsed.values, {
    ...options,
    dryRun: options.dryRun || unreadable,
  });
  const conflicts = [...parsed.conflicts, ...summary.conflicts];
  return {
    ...summary,
    status: conflicts.length > 0 ? 'error' : summary.status,
    dryRun: options.dryRun,
    ignored: summary.ignored + parsed.skipped.length,
    conflicts,
    skipped: parsed.skipped,
  };
}
