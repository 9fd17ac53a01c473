// Monthly entry: the year's grid of values with achievement to date, colours and completeness; one
// value saved at a time (validated against the indicator's entry shape), and each cell's history.
import { weeksInMonth } from '../domain/periods/weeks.ts';
import { targetInForce } from '../domain/assessment/measure-indicator.ts';
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import {
  entryFields,
  entryProblem,
  hasValue,
  isEnteredMonthly,
  type EntryField,
  type EntryProblem,
} from '../domain/assessment/entry-fields.ts';
import { isLinked } from '../domain/assessment/linked-rows.ts';
import { indicatorProgress, isCumulative, yearProgress } from '../domain/assessment/progress.ts';
import { rowsMovedBy } from '../domain/assessment/rescore-rows.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import {
  CLUSTER_AXIS,
  type Catalog,
  type CatalogIndicator,
  type CatalogNode,
} from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { hasBegun, localDate, type CalendarDate } from '../domain/periods/calendar.ts';
import { monthStatuses } from '../domain/periods/completeness.ts';
import { isMonth, monthNumber, monthsOfYear, type Month } from '../domain/periods/months.ts';
import type {
  EntriesView,
  EntryBody,
  EntryHistory,
  EntryNode,
  EntrySaved,
  MonthlyValueView,
} from '../shared/api/entries.schema.ts';
import type { MonthCompleteness } from '../shared/api/dashboard.schema.ts';
import { AppError } from '../shared/errors.ts';
import {
  completionDates,
  monthlyIndicators,
  recordCompletedMonths,
  requiredCodes,
} from './month-completion.ts';
import { monthCompleteness, reportDates } from './month-reports.ts';
import { storeMonthlyValue } from './monthly-entry.ts';
import { refreshAfterRowChange } from './refresh-result.ts';
import { assertReportedMonthChange } from './reported-month-correction.ts';
import { numberWords } from './number-words.ts';
import { writeYear, type Editor } from './year-write.ts';
import type {
  Clock,
  MonthlyValueRecord,
  MonthReportRecord,
  MonthReportsRepository,
  Repositories,
  StoredResult,
  UnitOfWork,
} from './ports.ts';
import {
  defaultThrough,
  headlineOf,
  iso,
  loadYear,
  throughMonth,
  today,
  yearHeader,
  type PuskesmasUnit,
  type YearContext,
  type YearReader,
} from './puskesmas-year.ts';
import { yearKeyOf } from './year-key.ts';

/** The service clusters in catalog order: Table 5 items are entered once a year on the rubric screen. */
function serviceClusters(catalog: Catalog) {
  return catalog.clusters.filter((c) => CLUSTER_AXIS[c.cluster] === 'service');
}

function serviceIndicators(catalog: Catalog): CatalogIndicator[] {
  return listIndicators({ ...catalog, clusters: serviceClusters(catalog) }).map((p) => p.indicator);
}

function entryTree(ctx: YearContext): EntryNode[] {
  const out: EntryNode[] = [];
  const targets = new Map(ctx.targets.map((t) => [t.indicatorCode, t]));
  const visit = (node: CatalogNode, parent: string | null, depth: number): void => {
    const base = { code: node.code, number: node.number, name: node.name, parent, depth };
    if (node.type === 'group') {
      out.push({ type: 'group', ...base });
      for (const child of node.children) visit(child, node.code, depth + 1);
      return;
    }
    const target = targets.get(node.code);
    const reason = notApplicableReason(node, ctx.py);
    out.push({
      type: 'indicator',
      ...base,
      unit: node.unit,
      kind: node.kind,
      entry: node.entry,
      fields: entryFields(node),
      direction: node.direction,
      scale: node.scale ?? null,
      target: {
        printed: node.target.printed,
        value: targetInForce(node, { target: target ? { value: target.targetValue } : undefined }),
      },
      sasaran: target?.sasaran ?? null,
      targetSasaran: target?.targetSasaran ?? null,
      sasaranLabel: node.sasaran,
      counts: node.counts
        ? { numerator: node.counts.numerator, denominator: node.counts.denominator ?? null }
        : null,
      sameAs: node.sameAs ?? null,
      cumulative: isCumulative(node),
      applicable: reason === null,
      reason,
    });
  };
  for (const cluster of serviceClusters(ctx.catalog)) visit(cluster, null, 0);
  return out;
}

export function valueView(v: MonthlyValueRecord): MonthlyValueView {
  return {
    indicatorCode: v.indicatorCode,
    month: v.month,
    numerator: v.numerator,
    denominator: v.denominator,
    value: v.value,
    flag: v.flag,
    version: v.version,
    enteredBy: v.enteredBy,
    enteredAt: v.enteredAt.toISOString(),
  };
}

/**
 * Month by month: complete when every applicable monthly indicator has a value; on time when it was
 * reported by the 5th (from the month reports; rule 20).
 */
export function monthStatusOf(
  ctx: YearContext,
  day: CalendarDate,
  reports: readonly MonthReportRecord[],
): MonthCompleteness[] {
  const indicators = monthlyIndicators(ctx.catalog);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const required = requiredCodes(indicators, ctx.py);
  const stamps = ctx.monthly.flatMap((v) => {
    const indicator = byCode.get(v.indicatorCode);
    return indicator
      ? [
          {
            indicatorCode: v.indicatorCode,
            month: v.month,
            filled: hasValue(indicator, v),
            enteredOn: localDate(v.enteredAt),
          },
        ]
      : [];
  });
  return monthStatuses(ctx.year, required, stamps, day, completionDates(reports), reportDates(reports)).map(
    (status) => monthCompleteness(status, reports),
  );
}

/** The month reports of the year: when each first became complete, and was reported (none before it is opened). */
export async function reportsOf(
  repos: Pick<MonthReportsRepository, 'listMonthReports'>,
  ctx: YearContext,
): Promise<MonthReportRecord[]> {
  return ctx.assessment ? repos.listMonthReports(ctx.assessment.id) : [];
}

export async function getEntries(
  repos: YearReader & Pick<MonthReportsRepository, 'listMonthReports'>,
  input: { unit: PuskesmasUnit; year: number; through?: Month; now: Date },
): Promise<EntriesView> {
  const ctx = await loadYear(repos, input.unit, input.year, { rubrics: false });
  const day = today(input.now);
  if (input.through !== undefined && !input.through.startsWith(`${input.year}-`))
    throw new AppError('FIELD_INVALID', { field: 'through', reason: `bulan di luar tahun ${input.year}` });
  const through = input.through ?? defaultThrough(ctx, day);
  const progress = yearProgress(ctx.catalog, ctx.py, through, ctx.settings);
  const services = new Set(serviceIndicators(ctx.catalog).map((i) => i.code));
  return {
    ...yearHeader(ctx),
    through,
    today: day,
    settings: ctx.settings,
    months: monthsOfYear(ctx.year),
    tree: entryTree(ctx),
    values: ctx.monthly.map(valueView),
    progress: Object.fromEntries(
      [...progress.indicators].filter(([code]) => services.has(code)).map(([code, p]) => [code, p]),
    ),
    monthStatus: monthStatusOf(ctx, day, await reportsOf(repos, ctx)),
  };
}

const FIELD_WORDS: Record<EntryField, string> = {
  numerator: 'pembilang',
  denominator: 'penyebut',
  value: 'nilai',
  flag: 'ya/tidak',
};

/** The reason of a refused value, in words (Indonesian, as the messages are), and its rule for the UI. */
function problemWords(problem: EntryProblem): string {
  switch (problem.rule) {
    case 'not-a-number':
      return 'bukan angka';
    case 'negative':
      return 'tidak boleh negatif';
    case 'wrong-field':
      return `tidak dipakai untuk indikator ini; isiannya: ${(problem.expected ?? []).map((f) => FIELD_WORDS[f]).join(' dan ')}`;
    case 'required':
      return `${FIELD_WORDS[problem.field]} wajib diisi (atau kosongkan semua isian bulan ini)`;
    case 'above-denominator':
      return 'pembilang tidak boleh lebih besar dari penyebut';
    case 'above-maximum':
    case 'not-whole':
    case 'too-many-decimals':
      return numberWords(problem.rule, problem.bound);
  }
}

/** A write to a row whose monthly values are its twin's (`sameAs`), naming the row to enter them in. */
export function entryLinked(indicator: CatalogIndicator & { sameAs: string }): AppError {
  return new AppError('ENTRY_LINKED', { code: indicator.code, twin: indicator.sameAs });
}

export function valueInvalid(
  field: string,
  code: string,
  month: string,
  rule: string,
  reason: string,
): AppError {
  return new AppError('VALUE_INVALID', { field, code, month, rule, reason });
}

/**
 * Everything that makes a value unstorable before anything is written (a Puskesmas' value, or a Dinkes
 * correction of one against the verified stage's applicability); returns the indicator.
 */
export function checkEntry(
  ctx: YearContext,
  code: string,
  month: string,
  body: EntryBody,
  day: CalendarDate,
): CatalogIndicator {
  const refuse = (field: string, rule: string, reason: string) =>
    valueInvalid(field, code, month, rule, reason);
  if (!isMonth(month) || !month.startsWith(`${ctx.year}-`))
    throw refuse('month', 'outside-year', `bulan di luar tahun ${ctx.year}`);
  if (!hasBegun(month, day)) throw refuse('month', 'future', 'bulan ini belum dimulai');
  const indicator = listIndicators(ctx.catalog).find((p) => p.indicator.code === code)?.indicator;
  if (!indicator) throw new AppError('INDICATOR_NOT_FOUND', { code, year: ctx.year }, { status: 404 });
  // Its months are the twin's: a value typed here would be a second copy of one count.
  if (isLinked(indicator)) throw entryLinked(indicator);
  if (!isEnteredMonthly(indicator))
    throw refuse(
      'indicatorCode',
      'annual',
      'butir manajemen/mutu dinilai sekali setahun di tabel manajemen dan mutu',
    );
  const reason = notApplicableReason(indicator, ctx.py);
  if (reason !== null)
    throw refuse('indicatorCode', 'not-applicable', `indikator tidak berlaku di sini (${reason})`);
  const problem = entryProblem(indicator, body);
  if (problem) throw refuse(problem.field, problem.rule, problemWords(problem));
  // A weekly report counts the weeks of the month reported on time: no more than the month has.
  const weeks = indicator.cadence === 'weekly' ? weeksInMonth(ctx.year, monthNumber(month)) : null;
  if (weeks !== null && (body.numerator ?? 0) > weeks)
    throw refuse('numerator', 'weeks', `paling banyak ${weeks} minggu (Senin–Minggu) berakhir di bulan ini`);
  return indicator;
}

export type SaveEntryOutcome =
  | { status: 'saved'; saved: EntrySaved }
  /** Someone saved the cell since it was read: the stored row, so the screen can show both values. */
  | { status: 'stale'; error: AppError; current: MonthlyValueView | null };

/**
 * Saves one month of one indicator: checked against the entry shape, then value, audit entry and
 * refreshed result in one transaction (saveMonthlyValue). A stale `expectedVersion` comes back as
 * `stale` with the stored row, the stored row left as it was.
 */
export async function saveEntry(
  deps: { uow: UnitOfWork; repos: Repositories; clock: Clock },
  input: {
    unit: PuskesmasUnit;
    year: number;
    indicatorCode: string;
    month: string;
    body: EntryBody;
    editor: Editor;
  },
): Promise<SaveEntryOutcome> {
  const { uow, repos, clock } = deps;
  const { unit, year, indicatorCode, month, body, editor } = input;
  const key = { indicatorCode, month, stage: 'self' as const };
  try {
    const saved = await writeYear(uow, { unit, year, editor, indicatorCode }, async (tx, assessment) => {
      // Checked under the year's lock: applicability and the catalog are as the write will find them.
      const before = await loadYear(tx, unit, year, { monthly: false, rubrics: false, assessment });
      const at = clock();
      const day = today(at);
      checkEntry(before, indicatorCode, month, body, day);
      let reports = await tx.listMonthReports(assessment.id);
      // A reported month is corrected only with a reason, and never cleared (rule 20).
      await assertReportedMonthChange(tx, {
        ...yearKeyOf(assessment),
        indicatorCode,
        month,
        values: body,
        expectedVersion: body.expectedVersion,
        reason: body.reason,
        reports,
      });
      const { version } = await storeMonthlyValue(tx, {
        ...key,
        ...yearKeyOf(assessment),
        numerator: body.numerator ?? null,
        denominator: body.denominator ?? null,
        value: body.value ?? null,
        flag: body.flag ?? null,
        expectedVersion: body.expectedVersion,
        actor: editor.username,
        reason: body.reason ?? null,
        at,
      });
      // What the save moves, read back once: the saved row's months and the saved month's rows. The
      // result is rescored from them (the other rows' stored scores stand) and the answer made of them.
      const { rows, latestMonth } = await tx.listRowAndMonthValues({ ...key, ...yearKeyOf(assessment) });
      const after = withRows(before, { monthly: rows, rubrics: [] });
      const result = await refreshAfterRowChange(
        tx,
        { assessment, catalog: after.catalog, settings: after.settings, py: after.py },
        rowsMovedBy(after.catalog, indicatorCode),
        clock,
      );
      // The save that fills a month's last value fixes its timeliness, in this same transaction.
      const completed = await recordCompletedMonths(tx, {
        ...yearKeyOf(assessment),
        catalog: after.catalog,
        py: after.py,
        months: [month],
        actor: editor.username,
        at,
        cause: { indicatorCode },
        reports,
      });
      if (completed.length > 0) reports = await tx.listMonthReports(assessment.id);
      return { version, result, after, latestMonth, reports, day };
    });
    return { status: 'saved', saved: savedAnswer(saved, indicatorCode, month) };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'STALE_VALUE') throw error;
    const assessment = await repos.findAssessment(unit.code, year);
    const current = assessment && (await repos.getMonthlyValueRecord({ ...key, ...yearKeyOf(assessment) }));
    return { status: 'stale', error, current: current ? valueView(current) : null };
  }
}

/** The year's context with some of its stored rows, read again after a write under the lock. */
function withRows(ctx: YearContext, rows: Pick<YearContext, 'monthly' | 'rubrics'>): YearContext {
  const own = { targets: ctx.targets, ...rows };
  return { ...ctx, ...rows, whole: false, py: puskesmasYearOf(ctx.year, ctx.unit.rawatInap, own) };
}

/** What the entry screen shows after a save: the cell as stored, the indicator's progress, the month. */
function savedAnswer(
  saved: {
    version: number;
    result: StoredResult;
    /** The year with the saved row's months and the saved month's rows. */
    after: YearContext;
    latestMonth: string | null;
    reports: MonthReportRecord[];
    day: CalendarDate;
  },
  indicatorCode: string,
  month: string,
): EntrySaved {
  const { after, day } = saved;
  const through = throughMonth(after.year, saved.latestMonth, day);
  const progress = indicatorProgress(after.catalog, after.py, through, after.settings, indicatorCode);
  const stored = after.monthly.find((v) => v.indicatorCode === indicatorCode && v.month === month);
  // A month's completeness counts that month's values only.
  const ofMonth = { ...after, monthly: after.monthly.filter((v) => v.month === month) };
  const status = monthStatusOf(ofMonth, day, saved.reports).find((s) => s.month === month);
  if (!progress || !stored || !status)
    throw new Error(`saved ${indicatorCode} ${month} but cannot read it back`);
  return {
    value: valueView(stored),
    version: saved.version,
    enteredAt: stored.enteredAt.toISOString(),
    progress,
    month: status,
    headline: headlineOf(saved.result),
  };
}

/** The audit trail of one cell (the Puskesmas' own value), oldest first. */
export async function entryHistory(
  repos: YearReader & Pick<MonthReportsRepository, 'listMonthReports'>,
  input: { unit: PuskesmasUnit; year: number; indicatorCode: string; month: string },
): Promise<EntryHistory> {
  const { unit, year, indicatorCode, month } = input;
  const ctx = await loadYear(repos, unit, year, { monthly: false, rubrics: false });
  if (!month.startsWith(`${year}-`))
    throw valueInvalid('month', indicatorCode, month, 'outside-year', `bulan di luar tahun ${year}`);
  if (!listIndicators(ctx.catalog).some((p) => p.indicator.code === indicatorCode))
    throw new AppError('INDICATOR_NOT_FOUND', { code: indicatorCode, year }, { status: 404 });
  if (!ctx.assessment) return { changes: [], completedAt: null, reportedAt: null };
  const trail = await repos.listAuditTrail({
    districtId: ctx.assessment.district.id,
    entity: 'monthly_value',
    assessmentId: ctx.assessment.id,
    entityKey: { indicatorCode, month, stage: 'self' },
  });
  const report = (await repos.listMonthReports(ctx.assessment.id)).find((r) => r.month === month);
  return {
    completedAt: iso(report?.completedAt),
    reportedAt: iso(report?.reportedAt),
    changes: trail.map((t) => ({
      at: t.at.toISOString(),
      actor: t.actor,
      old: t.oldValue,
      new: t.newValue,
      reason: t.reason,
    })),
  };
}
