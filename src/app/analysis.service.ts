// Bab V and Bab VI of a Puskesmas-year: the indicators below target with their gap (read from the
// stored result), the problem the team writes for each with its causes and USG priority, a short
// analysis per programme, and the RTL actions with their overdue marks. Every write goes through the
// year's lock (writeYear) under the improvement rule (domain/improvement/write-rules.ts), is
// version-checked (STALE_VALUE) and audited; open actions are carried into the next year.
import { hasPermission } from '../domain/access/roles.ts';
import type { Catalog, CatalogIndicator } from '../domain/catalog/types.ts';
import type { IndicatorGap } from '../domain/improvement/gap-list.ts';
import { programmesOf } from '../domain/improvement/programmes.ts';
import { actionsToCarry, daysOverdue, isOverdue } from '../domain/improvement/rtl.ts';
import { rankByUsg } from '../domain/improvement/usg.ts';
import { improvementRefusal, type ImprovementDocument } from '../domain/improvement/write-rules.ts';
import type {
  AnalysisView,
  GapView,
  IndicatorRef,
  ProblemBody,
  ProblemView,
  ProgrammeAnalysisBody,
  ProgrammeView,
  RtlActionBody,
  RtlActionUpdateBody,
  RtlActionView,
} from '../shared/api/analysis.schema.ts';
import { AppError } from '../shared/errors.ts';
import { explanationSentence } from '../shared/explanation-sentence.ts';
import { analysedResult, indicatorPlaces, type ResultExplainer } from './analysis-result.ts';
import { sasaranNoun } from './node-words.ts';
import type {
  AnalysisRepository,
  AssessmentRef,
  Clock,
  GapAnalysisRecord,
  Repositories,
  RtlActionFields,
  RtlActionRecord,
  UnitOfWork,
} from './ports.ts';
import { iso, loadYear, today, yearHeader, type PuskesmasUnit, type YearReader } from './puskesmas-year.ts';
import { writeYear, type Editor } from './year-write.ts';

export type AnalysisReader = YearReader &
  ResultExplainer &
  Pick<AnalysisRepository, 'listGapAnalyses' | 'listProgrammeAnalyses' | 'listRtlActions'>;

type Places = ReturnType<typeof indicatorPlaces>;

function indicatorRef(places: Places, code: string): IndicatorRef {
  const found = places.get(code)?.indicator;
  return found
    ? { code, number: found.number, name: found.name, unit: found.unit }
    : { code, number: '', name: code, unit: '' };
}

function programmeRef(places: Places, code: string) {
  const p = places.get(code)?.programme;
  return p ? { code: p.code, number: p.number, name: p.name } : { code: '', number: '', name: '' };
}

function sentences(gap: IndicatorGap, indicator: CatalogIndicator | undefined): GapView['sentence'] {
  const node = { score: gap.score, explanation: gap.explanation };
  const place = {
    axis: gap.axis,
    depth: 3,
    words: indicator && { unit: indicator.unit, sasaran: sasaranNoun(indicator) },
  };
  return { id: explanationSentence(node, place, 'id'), en: explanationSentence(node, place, 'en') };
}

function problemViews(
  places: Places,
  analyses: readonly GapAnalysisRecord[],
  below: ReadonlySet<string>,
): ProblemView[] {
  // Catalog order first, so that equal priorities keep the catalog's order (rankByUsg is stable).
  const order = new Map([...places.keys()].map((code, i) => [code, i]));
  const sorted = [...analyses].sort(
    (a, b) => (order.get(a.indicatorCode) ?? Infinity) - (order.get(b.indicatorCode) ?? Infinity),
  );
  return rankByUsg(sorted).map(({ item, total, rank }) => ({
    indicator: indicatorRef(places, item.indicatorCode),
    programme: programmeRef(places, item.indicatorCode),
    belowTarget: below.has(item.indicatorCode),
    problem: item.problem,
    causes: item.causes,
    urgency: item.urgency,
    seriousness: item.seriousness,
    growth: item.growth,
    total,
    rank,
    updatedBy: item.updatedBy,
    updatedAt: iso(item.updatedAt) ?? '',
    version: item.version,
  }));
}

function actionView(places: Places, action: RtlActionRecord, day: string): RtlActionView {
  return {
    id: action.id,
    indicator: indicatorRef(places, action.indicatorCode),
    action: action.action,
    target: action.target,
    personInCharge: action.personInCharge,
    startOn: action.startOn,
    dueOn: action.dueOn,
    budgetSource: action.budgetSource,
    status: action.status,
    followUp: action.followUp,
    carriedFrom: action.carriedFrom,
    overdue: isOverdue(action, day),
    daysOverdue: daysOverdue(action, day),
    updatedBy: action.updatedBy,
    updatedAt: iso(action.updatedAt) ?? '',
    version: action.version,
  };
}

/** GET …/analysis: Bab V and Bab VI as stored now; overdue marks read on the Puskesmas' date of `now`. */
export async function getAnalysis(
  repos: AnalysisReader,
  input: { unit: PuskesmasUnit; year: number; now: Date },
): Promise<AnalysisView> {
  const ctx = await loadYear(repos, input.unit, input.year, { monthly: false, rubrics: false });
  const { catalog, assessment } = ctx;
  const result = await analysedResult(repos, assessment, catalog);
  const places = indicatorPlaces(catalog);
  const analyses = assessment ? await repos.listGapAnalyses(assessment.id) : [];
  const programmeTexts = assessment ? await repos.listProgrammeAnalyses(assessment.id) : [];
  const actions = assessment ? await repos.listRtlActions(assessment.id) : [];
  const below = new Set(result.gaps.map((g) => g.code));
  const problems = problemViews(places, analyses, below);
  const problemOf = new Map(problems.map((p) => [p.indicator.code, p]));
  const textOf = new Map(programmeTexts.map((p) => [p.programmeCode, p]));
  const gapsPerProgramme = new Map<string, number>();
  for (const g of result.gaps)
    gapsPerProgramme.set(g.programmeCode, (gapsPerProgramme.get(g.programmeCode) ?? 0) + 1);
  const day = today(input.now);
  return {
    ...yearHeader(ctx),
    stage: result.stage,
    computedAt: iso(result.stored?.computedAt),
    today: day,
    gaps: result.gaps.map((g) => ({
      indicator: indicatorRef(places, g.code),
      axis: g.axis,
      programme: programmeRef(places, g.code),
      score: g.score,
      met: g.met,
      kind: g.kind,
      realised: g.realised,
      target: g.target,
      comparator: g.comparator,
      min: g.min,
      max: g.max,
      inCount: g.inCount,
      gap: g.gap,
      sentence: sentences(g, places.get(g.code)?.indicator),
      problem: problemOf.get(g.code) ?? null,
    })),
    problems,
    programmes: programmesOf(catalog).map((p): ProgrammeView => {
      const text = textOf.get(p.code);
      return {
        code: p.code,
        number: p.number,
        name: p.name,
        axis: p.axis,
        score: result.nodes[p.code]?.score ?? null,
        gaps: gapsPerProgramme.get(p.code) ?? 0,
        analysis: text
          ? {
              text: text.text,
              updatedBy: text.updatedBy,
              updatedAt: iso(text.updatedAt) ?? '',
              version: text.version,
            }
          : null,
      };
    }),
    actions: actions.map((a) => actionView(places, a, day)),
  };
}

export type AnalysisWriteOutcome =
  | { status: 'saved'; view: AnalysisView }
  /** The record changed since the writer read it: the view as stored now, to show beside their text. */
  | { status: 'stale'; error: AppError; current: AnalysisView };

type WriteDeps = { uow: UnitOfWork; repos: Repositories; clock: Clock };

/** The improvement rule, checked under the year's lock: who may write this document in this status. */
function assertMayWrite(document: ImprovementDocument, editor: Editor, unit: PuskesmasUnit, year: number) {
  return (assessment: AssessmentRef) => {
    const refusal = improvementRefusal(document, editor.role, assessment.status);
    if (refusal === 'role') throw new AppError('FORBIDDEN', {}, { status: 403 });
    if (refusal === 'closed') {
      const params = { puskesmas: unit.name, year, status: assessment.status };
      throw new AppError(document === 'rtl' ? 'RTL_CLOSED' : 'ANALYSIS_CLOSED', params, { status: 409 });
    }
  };
}

/**
 * Runs one write of Bab V or VI under the year's lock and answers with the whole view as stored
 * after it (the priorities and overdue marks move with it); a stale version answers the view as it
 * is now instead.
 */
async function writeAnalysis(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; editor: Editor; document: ImprovementDocument },
  work: (repos: Repositories, assessment: AssessmentRef, catalog: Catalog) => Promise<void>,
): Promise<AnalysisWriteOutcome> {
  const { unit, year, editor, document } = input;
  // Refused before the year is opened when the role never writes this document.
  if (!hasPermission(editor.role, 'analysis:write')) throw new AppError('FORBIDDEN', {}, { status: 403 });
  const view = () => getAnalysis(deps.repos, { unit, year, now: deps.clock() });
  try {
    await writeYear(
      deps.uow,
      { unit, year, editor, mayChange: assertMayWrite(document, editor, unit, year) },
      async (repos, assessment) =>
        work(repos, assessment, (await repos.loadAssessmentCatalog(assessment.id)).catalog),
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'STALE_VALUE')
      return { status: 'stale', error, current: await view() };
    throw error;
  }
  return { status: 'saved', view: await view() };
}

function requireIndicator(catalog: Catalog, code: string, year: number): void {
  if (!indicatorPlaces(catalog).has(code))
    throw new AppError('INDICATOR_NOT_FOUND', { code, year }, { status: 404 });
}

/** PUT …/analysis/problems/{indicatorCode}: the problem behind an indicator, its causes and USG. */
export async function saveProblem(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; indicatorCode: string; body: ProblemBody; editor: Editor },
): Promise<AnalysisWriteOutcome> {
  const { indicatorCode: code, body, editor } = input;
  return writeAnalysis(deps, { ...input, document: 'analysis' }, async (repos, assessment, catalog) => {
    requireIndicator(catalog, code, input.year);
    await repos.saveGapAnalysis({
      assessmentId: assessment.id,
      indicatorCode: code,
      problem: body.problem,
      causes: body.causes,
      urgency: body.urgency,
      seriousness: body.seriousness,
      growth: body.growth,
      expectedVersion: body.expectedVersion,
      actor: editor.username,
      at: deps.clock(),
    });
  });
}

/** PUT …/analysis/programmes/{programmeCode}: the team's short analysis of one programme. */
export async function saveProgrammeAnalysis(
  deps: WriteDeps,
  input: {
    unit: PuskesmasUnit;
    year: number;
    programmeCode: string;
    body: ProgrammeAnalysisBody;
    editor: Editor;
  },
): Promise<AnalysisWriteOutcome> {
  const { programmeCode: code, body, editor, year } = input;
  return writeAnalysis(deps, { ...input, document: 'analysis' }, async (repos, assessment, catalog) => {
    if (!programmesOf(catalog).some((p) => p.code === code))
      throw new AppError('PROGRAMME_NOT_FOUND', { code, year }, { status: 404 });
    await repos.saveProgrammeAnalysis({
      assessmentId: assessment.id,
      programmeCode: code,
      text: body.text,
      expectedVersion: body.expectedVersion,
      actor: editor.username,
      at: deps.clock(),
    });
  });
}

/** An action's fields from a body, refused when its dates are the wrong way round. */
function actionFields(body: RtlActionBody): RtlActionFields {
  if (body.startOn !== null && body.startOn > body.dueOn)
    throw new AppError('RTL_DATES_INVALID', { start: body.startOn, due: body.dueOn });
  return {
    indicatorCode: body.indicatorCode,
    action: body.action,
    target: body.target,
    personInCharge: body.personInCharge,
    startOn: body.startOn,
    dueOn: body.dueOn,
    budgetSource: body.budgetSource,
    status: body.status,
    followUp: body.followUp === '' ? null : body.followUp,
  };
}

/** An RTL action answers a problem of Bab V: the indicator's problem must be written first. */
async function requireProblem(repos: Repositories, assessmentId: number, code: string): Promise<void> {
  const problems = await repos.listGapAnalyses(assessmentId);
  if (!problems.some((p) => p.indicatorCode === code))
    throw new AppError('RTL_NEEDS_PROBLEM', { code }, { status: 409 });
}

/** POST …/rtl: a new action for an indicator whose problem is written. */
export async function createAction(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; body: RtlActionBody; editor: Editor },
): Promise<AnalysisWriteOutcome> {
  const fields = actionFields(input.body);
  return writeAnalysis(deps, { ...input, document: 'rtl' }, async (repos, assessment, catalog) => {
    requireIndicator(catalog, fields.indicatorCode, input.year);
    await requireProblem(repos, assessment.id, fields.indicatorCode);
    await repos.createRtlAction({
      assessmentId: assessment.id,
      fields,
      actor: input.editor.username,
      at: deps.clock(),
    });
  });
}

/** PUT …/rtl/{actionId}: an action's plan, its status and its follow-up. */
export async function updateAction(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; actionId: number; body: RtlActionUpdateBody; editor: Editor },
): Promise<AnalysisWriteOutcome> {
  const fields = actionFields(input.body);
  return writeAnalysis(deps, { ...input, document: 'rtl' }, async (repos, assessment, catalog) => {
    const current = (await repos.listRtlActions(assessment.id)).find((a) => a.id === input.actionId);
    if (!current) throw new AppError('RTL_ACTION_NOT_FOUND', { id: input.actionId }, { status: 404 });
    // An action carried from last year may answer an indicator without a problem this year; moving it
    // to another indicator is a new choice, which needs that indicator's problem.
    if (fields.indicatorCode !== current.indicatorCode) {
      requireIndicator(catalog, fields.indicatorCode, input.year);
      await requireProblem(repos, assessment.id, fields.indicatorCode);
    }
    await repos.updateRtlAction({
      id: input.actionId,
      assessmentId: assessment.id,
      fields,
      expectedVersion: input.body.expectedVersion,
      actor: input.editor.username,
      at: deps.clock(),
    });
  });
}

/**
 * Carries the open actions (direncanakan, berjalan) of a Puskesmas' `fromYear` into its `toYear`:
 * each becomes a new action of `toYear` naming the one it carries on (`carried_from_id`), with its
 * plan, status and follow-up as they were, audited. Runs under `toYear`'s lock, while that year is
 * still a draft (a year is opened as one); actions already carried are not carried again, so calling
 * it twice — or again after last year's plan grew — copies each action once. Issue 11 calls it when
 * a Puskesmas-year is opened.
 */
export async function carryOpenActions(
  deps: { uow: UnitOfWork; repos: Pick<Repositories, 'findAssessment'>; clock: Clock },
  input: { unit: PuskesmasUnit; fromYear: number; toYear: number; editor: Editor },
): Promise<RtlActionRecord[]> {
  const { unit, fromYear, toYear, editor } = input;
  if (toYear <= fromYear)
    throw new AppError('FIELD_INVALID', { field: 'toYear', reason: `${toYear} ≤ ${fromYear}` });
  const from = await deps.repos.findAssessment(unit.code, fromYear);
  if (!from) return [];
  const mayChange = (to: AssessmentRef) => {
    if (to.status !== 'draft')
      throw new AppError(
        'RTL_CARRY_CLOSED',
        { from: fromYear, to: toYear, puskesmas: unit.name, status: to.status },
        { status: 409 },
      );
  };
  return writeYear(deps.uow, { unit, year: toYear, editor, mayChange }, async (repos, to) => {
    const carried = new Set(
      (await repos.listRtlActions(to.id)).flatMap((a) => (a.carriedFrom ? [a.carriedFrom.id] : [])),
    );
    const out: RtlActionRecord[] = [];
    for (const action of actionsToCarry(await repos.listRtlActions(from.id), carried)) {
      out.push(
        await repos.createRtlAction({
          assessmentId: to.id,
          fields: {
            indicatorCode: action.indicatorCode,
            action: action.action,
            target: action.target,
            personInCharge: action.personInCharge,
            startOn: action.startOn,
            dueOn: action.dueOn,
            budgetSource: action.budgetSource,
            status: action.status,
            followUp: action.followUp,
          },
          carriedFromId: action.id,
          actor: editor.username,
          at: deps.clock(),
          reason: `Dilanjutkan dari RTL ${fromYear} (#${action.id})`,
        }),
      );
    }
    return out;
  });
}
