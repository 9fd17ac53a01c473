// Dashboards: one Puskesmas-year (headline with its "why", service month by month, the indicators
// furthest behind, a radar of programmes) and one district-year (league table, heat map, timeliness).
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import { hasFields, isEnteredMonthly } from '../domain/assessment/entry-fields.ts';
import { isLinked } from '../domain/assessment/linked-rows.ts';
import { progressTrees, yearProgress } from '../domain/assessment/progress.ts';
import { isSubmitted } from '../domain/assessment/status.ts';
import { CLUSTER_AXIS } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { WIB_OFFSET_MINUTES } from '../domain/periods/calendar.ts';
import { monthStatuses } from '../domain/periods/completeness.ts';
import { dueDateOf, monthNumber, monthsOfYear } from '../domain/periods/months.ts';
import { scoreAssessment } from '../domain/scoring/assessment.ts';
import { resolveSettings } from '../domain/scoring/settings.ts';
import type {
  DistrictDashboard,
  LaggingIndicator,
  PuskesmasDashboard,
} from '../shared/api/dashboard.schema.ts';
import { AppError } from '../shared/errors.ts';
import { completionDates } from './month-completion.ts';
import { monthCompleteness, reportDates } from './month-reports.ts';
import { reportStanding } from '../domain/periods/reporting.ts';
import type {
  DistrictDashboardReader,
  MonthReportsRepository,
  OrgUnitRef,
  PlanningReader,
  ResultsReader,
  ScoringRepository,
  WorkflowRepository,
} from './ports.ts';
import {
  defaultThrough,
  headlineOf,
  loadYear,
  ownScoringInputs,
  today,
  yearHeader,
  type PuskesmasUnit,
} from './puskesmas-year.ts';
import { groupingFigures } from './grouping-figures.ts';
import { nodeWordsOf } from './node-words.ts';
import { explainResult } from './explained-result.ts';
import { leagueRowOf, publicationView } from './publication.service.ts';
import { districtRecap } from './recap.ts';
import { serviceProgrammes } from './service-programmes.ts';
import { yearKeyOf } from './year-key.ts';

/** How many lagging indicators the dashboard lists. */
const LAGGING = 10;

/** The programmes of the service axis: the children of each service cluster, in catalog order. */
const programmes = serviceProgrammes;

export async function puskesmasDashboard(
  repos: PlanningReader &
    Pick<ResultsReader, 'findAssessment' | 'getResult'> &
    Pick<ScoringRepository, 'loadScoringInputs'>,
  input: {
    unit: PuskesmasUnit;
    year: number;
    now: Date;
    /** The stored result the headline and "why" read; a viewer reads the verified one, as published. */
    stage?: 'self' | 'verified';
  },
): Promise<PuskesmasDashboard> {
  const ctx = await loadYear(repos, input.unit, input.year);
  const stored = ctx.assessment
    ? await repos.getResult(yearKeyOf(ctx.assessment), input.stage ?? 'self')
    : undefined;
  const explained = stored && (await explainResult(repos, stored, ownScoringInputs(ctx)));
  const through = defaultThrough(ctx, today(input.now));
  const m = monthNumber(through);

  // Service % as it stood at the end of each month: months 1..k against targets pro-rated to k/12.
  const monthly = monthsOfYear(ctx.year).map((month, i) => {
    if (i + 1 > m) return { month, service: null, category: null };
    const service = scoreAssessment(progressTrees(ctx.catalog, ctx.py, month), ctx.settings).service;
    return { month, service: service?.score ?? null, category: service?.category ?? null };
  });

  const progress = yearProgress(ctx.catalog, ctx.py, through, ctx.settings);
  const lagging: LaggingIndicator[] = [];
  for (const { indicator, cluster, path } of listIndicators(ctx.catalog)) {
    if (CLUSTER_AXIS[cluster.cluster] !== 'service') continue;
    const p = progress.indicators.get(indicator.code);
    // Behind: below its pro-rated target's full score, or at 100 and still short of a strict target.
    if (!p || p.score === null || (p.score >= 100 && p.explanation.met !== false)) continue;
    const programme = path[1] ?? indicator;
    lagging.push({
      code: indicator.code,
      number: indicator.number,
      name: indicator.name,
      unit: indicator.unit,
      programme: { code: programme.code, name: programme.name },
      score: p.score,
      color: p.color,
      achievedToDate: p.achievedToDate,
      proRatedTarget: p.proRatedTarget,
    });
  }
  // Stable: equal scores keep catalog order.
  lagging.sort((a, b) => a.score - b.score);

  return {
    ...yearHeader(ctx),
    headline: stored ? headlineOf(stored) : null,
    settings: stored?.detail.settings ?? ctx.settings,
    why: explained
      ? {
          service: explained.trees.service,
          management: explained.trees.management,
          quality: explained.trees.quality,
        }
      : null,
    nodeWords: nodeWordsOf(ctx.catalog),
    through,
    monthly,
    lagging: lagging.slice(0, LAGGING),
    radar: programmes(ctx.catalog).map((p) => ({
      ...p,
      score: progress.result.nodes[p.code]?.score ?? null,
    })),
    groupings: groupingFigures(ctx.catalog, explained?.nodes ?? {}),
  };
}

export async function districtDashboard(
  repos: PlanningReader &
    DistrictDashboardReader &
    ResultsReader &
    Pick<MonthReportsRepository, 'listDistrictMonthReports'> &
    Pick<WorkflowRepository, 'findActivePublication'>,
  input: { district: OrgUnitRef; year: number; now: Date },
): Promise<DistrictDashboard> {
  const { district, year } = input;
  const found = await repos.findDistrictCatalog(district.id, year);
  if (!found) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  const { catalog } = found;
  // Each Puskesmas-year at the stage its status reached: its own while a draft, verified once submitted.
  const recap = await districtRecap(repos, district.code, year, 'current');
  const assessments = await repos.listDistrictAssessments(district.id, year);
  const columns = programmes(catalog);

  const scoresOf = async (stage: 'self' | 'verified') =>
    new Map(
      (await repos.listDistrictNodeScores(district.id, year, stage)).map((t) => [t.assessmentId, t.nodes]),
    );
  const ownScores = await scoresOf('self');
  const verifiedScores = await scoresOf('verified');
  const heatRows = assessments.map(({ assessmentId, status, puskesmas }) => {
    const nodes =
      (isSubmitted(status) ? verifiedScores.get(assessmentId) : undefined) ?? ownScores.get(assessmentId);
    return {
      puskesmas: { code: puskesmas.code, name: puskesmas.name },
      scores: columns.map((c) => nodes?.[c.code] ?? null),
    };
  });

  const day = today(input.now);
  // As month-completion's `monthlyIndicators`: a linked row is filled when its twin is.
  const monthlyIndicators = listIndicators(catalog)
    .filter(
      (p) =>
        CLUSTER_AXIS[p.cluster.cluster] === 'service' &&
        isEnteredMonthly(p.indicator) &&
        !isLinked(p.indicator),
    )
    .map((p) => p.indicator);
  const byCode = new Map(monthlyIndicators.map((i) => [i.code, i]));
  const targets = groupByAssessment(await repos.listDistrictApplicability(district.id, year));
  const stamps = groupByAssessment(
    await repos.listDistrictEntryStamps(district.id, year, 'self', WIB_OFFSET_MINUTES),
  );
  // Timeliness is fixed when a month is reported (rule 20): later corrections do not move it.
  const reports = groupByAssessment(await repos.listDistrictMonthReports(district.id, year));
  const timelinessRows = assessments.map(({ assessmentId, puskesmas }) => {
    // Applicability needs only the status, the marks and the choices: not the targets' numbers.
    const inputs = new Map(
      (targets.get(assessmentId) ?? []).map((t) => [
        t.indicatorCode,
        {
          target: {
            applicable: t.applicable,
            reason: t.notApplicableReason,
            ...(t.chosen === null ? {} : { chosen: t.chosen }),
          },
        },
      ]),
    );
    const py = { year, rawatInap: puskesmas.rawatInap, inputs };
    const required = new Set(
      monthlyIndicators.filter((i) => notApplicableReason(i, py) === null).map((i) => i.code),
    );
    const months = monthStatuses(
      year,
      required,
      (stamps.get(assessmentId) ?? []).flatMap((v) => {
        const indicator = byCode.get(v.indicatorCode);
        return indicator
          ? [
              {
                indicatorCode: v.indicatorCode,
                month: v.month,
                filled: hasFields(indicator, v.present),
                enteredOn: v.enteredOn,
              },
            ]
          : [];
      }),
      day,
      completionDates(reports.get(assessmentId) ?? []),
      reportDates(reports.get(assessmentId) ?? []),
    ).map((status) => monthCompleteness(status, reports.get(assessmentId) ?? []));
    // Decided: reported (on time or late), or past its due date without a report.
    const due = months.filter((s) => s.onTime !== null);
    const standing = due.map(reportStanding);
    return {
      puskesmas: { code: puskesmas.code, name: puskesmas.name },
      months,
      dueMonths: due.length,
      completeMonths: due.filter((s) => s.complete).length,
      onTimeMonths: standing.filter((s) => s === 'on-time').length,
      lateMonths: standing.filter((s) => s === 'late').length,
      unreportedMonths: standing.filter((s) => s === 'unreported').length,
      incompleteMonths: standing.filter((s) => s === 'incomplete').length,
    };
  });
  const timelinessMonths = monthsOfYear(year).map((month, i) => {
    const cells = timelinessRows.flatMap((r) => r.months[i] ?? []);
    const count = (which: ReturnType<typeof reportStanding>) =>
      cells.filter((m) => reportStanding(m) === which).length;
    return {
      month,
      due: day > dueDateOf(month),
      onTime: count('on-time'),
      late: count('late'),
      unreported: count('unreported'),
      incomplete: count('incomplete'),
    };
  });

  const publication = await repos.findActivePublication(district.id, year);
  return {
    district: { code: district.code, name: district.name },
    year,
    settings: resolveSettings(found.settings),
    source: 'working',
    publication: publication ? publicationView(publication) : null,
    league: recap.rows.map((row) => ({ ...leagueRowOf(row), status: row.status, stage: row.stage })),
    heatmap: { columns, rows: heatRows },
    timeliness: { today: day, rows: timelinessRows, months: timelinessMonths },
  };
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
