// One Puskesmas-year as the verifier works through it, programme by programme: the Puskesmas' own
// figures and Dinkes' corrections side by side (who, when, why), what changed since the last look,
// what is returned, and the year scored at both stages. The Puskesmas reads the same view.
import { notApplicableReason } from '../domain/assessment/build-trees.ts';
import { buildAssessmentTrees } from '../domain/assessment/build-trees.ts';
import { entryFields, isEnteredMonthly } from '../domain/assessment/entry-fields.ts';
import { puskesmasYearOf } from '../domain/assessment/stage-rows.ts';
import type { Catalog, CatalogIndicator } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { monthsOfYear } from '../domain/periods/months.ts';
import { scoreAssessment, type AssessmentResult } from '../domain/scoring/assessment.ts';
import { overlayCorrections } from '../domain/verification/overlay.ts';
import { programmeByIndicator, verificationProgrammes } from '../domain/verification/programmes.ts';
import { overdueOf, programmeState, type ReviewOutcome } from '../domain/verification/queue.ts';
import { covers } from '../domain/verification/returns.ts';
import type { Headline } from '../shared/api/dashboard.schema.ts';
import type {
  ProgrammeSummary,
  ReviewSaved,
  VerificationIndicator,
  VerificationView,
} from '../shared/api/verification.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, MonthlyValueRecord, RubricScoreRecord, TargetRecord, UnitOfWork } from './ports.ts';
import { loadYear, yearHeader, type PuskesmasUnit, type YearReader } from './puskesmas-year.ts';
import { returnView, serialOverdue } from './returns.service.ts';
import { selectableLevels } from './rubric.service.ts';
import type {
  CorrectionRows,
  ReturnedItemRecord,
  ReviewRecord,
  VerificationRepository,
} from './verification-ports.ts';
import { writeVerification } from './verification-write.ts';
import type { Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

const NO_CORRECTIONS: CorrectionRows = { targets: [], monthly: [], rubrics: [] };

/** The year's figures as a headline, scored now (not stored). */
function headlineOf(result: AssessmentResult, now: Date): Headline {
  return {
    service: result.service?.score ?? null,
    management: result.management?.score ?? null,
    quality: result.quality?.score ?? null,
    categories: {
      service: result.service?.category ?? null,
      management: result.management?.category ?? null,
      quality: result.quality?.category ?? null,
      overall: result.overall?.category ?? null,
    },
    kelompok: result.overall?.kelompok ?? null,
    computedAt: now.toISOString(),
  };
}

const iso = (d: Date) => d.toISOString();

/** When the Puskesmas' own rows of each indicator last changed. */
function latestChanges(rows: {
  targets: readonly TargetRecord[];
  monthly: readonly MonthlyValueRecord[];
  rubrics: readonly RubricScoreRecord[];
}): Map<string, Date> {
  const out = new Map<string, Date>();
  const note = (code: string, at: Date) => {
    const seen = out.get(code);
    if (!seen || at > seen) out.set(code, at);
  };
  for (const t of rows.targets) note(t.indicatorCode, t.updatedAt);
  for (const v of rows.monthly) note(v.indicatorCode, v.enteredAt);
  for (const r of rows.rubrics) note(r.indicatorCode, r.enteredAt);
  return out;
}

/** Where each programme of one Puskesmas-year stands (the queue's rows for it). */
export function programmeSummaries(input: {
  catalog: Catalog;
  status: VerificationView['status'];
  submittedAt: Date | null;
  reviews: readonly ReviewRecord[];
  returns: readonly ReturnedItemRecord[];
  changes: ReadonlyMap<string, Date>;
  corrections: ReadonlyMap<string, number>;
  now: Date;
}): ProgrammeSummary[] {
  const byIndicator = programmeByIndicator(input.catalog);
  return verificationProgrammes(input.catalog).map((p) => {
    const review = input.reviews.find((r) => r.programmeCode === p.code);
    const lastLook = review ? { outcome: review.outcome, at: review.reviewedAt } : null;
    const returns = input.returns.filter((r) =>
      r.scope === 'programme' ? r.code === p.code : byIndicator.get(r.code) === p.code,
    );
    const facts = { status: input.status, submittedAt: input.submittedAt, lastLook, returns };
    const changed = review
      ? p.indicatorCodes.filter((code) => (input.changes.get(code) ?? 0) > review.reviewedAt).length
      : null;
    return {
      code: p.code,
      number: p.number,
      name: p.name,
      state: programmeState(facts),
      lastLook: review
        ? { outcome: review.outcome, by: review.reviewedBy, at: iso(review.reviewedAt) }
        : null,
      changedSinceLook: changed,
      corrections: p.indicatorCodes.reduce((n, code) => n + (input.corrections.get(code) ?? 0), 0),
      openReturns: returns.filter((r) => r.status === 'open').length,
      answeredReturns: returns.filter((r) => r.status === 'answered').length,
      overdue: serialOverdue(overdueOf(facts, input.now)),
    };
  });
}

function correctionCounts(corrections: CorrectionRows): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of [...corrections.targets, ...corrections.monthly, ...corrections.rubrics])
    out.set(row.indicatorCode, (out.get(row.indicatorCode) ?? 0) + 1);
  return out;
}

const own = <T>(figures: T, row: { version: number }, by: string, at: Date) => ({
  ...figures,
  version: row.version,
  by,
  at: iso(at),
});

const targetFigures = (t: TargetRecord) => ({
  target: t.targetValue,
  targetSasaran: t.targetSasaran,
  sasaran: t.sasaran,
  applicable: t.applicable,
  notApplicableReason: t.notApplicableReason,
});
const monthFigures = (v: MonthlyValueRecord) => ({
  numerator: v.numerator,
  denominator: v.denominator,
  value: v.value,
  flag: v.flag,
});

export type VerificationReader = YearReader &
  Pick<VerificationRepository, 'listCorrections' | 'listReturnedItems' | 'listReturnTrail' | 'listReviews'>;

/**
 * GET …/verification?programme=: one programme (the first unless named) of a Puskesmas-year, its
 * indicators with both figures side by side, and where every programme of the year stands.
 */
export async function getVerification(
  repos: VerificationReader,
  input: { unit: PuskesmasUnit; year: number; programme?: string; now: Date },
): Promise<VerificationView> {
  const { unit, year, now } = input;
  const ctx = await loadYear(repos, unit, year);
  const assessment = ctx.assessment;
  const corrections = assessment ? await repos.listCorrections(yearKeyOf(assessment)) : NO_CORRECTIONS;
  const returns = assessment ? await repos.listReturnedItems(assessment.id) : [];
  const trail = assessment ? await repos.listReturnTrail(yearKeyOf(assessment)) : [];
  const reviews = assessment ? await repos.listReviews(assessment.id) : [];
  const verifiedRows = overlayCorrections(ctx, corrections);
  const verifiedPy = puskesmasYearOf(year, ctx.unit.rawatInap, verifiedRows);
  const ownResult = scoreAssessment(buildAssessmentTrees(ctx.catalog, ctx.py), ctx.settings);
  const verifiedResult = scoreAssessment(buildAssessmentTrees(ctx.catalog, verifiedPy), ctx.settings);
  const changes = latestChanges(ctx);

  const programmes = programmeSummaries({
    catalog: ctx.catalog,
    status: assessment?.status ?? null,
    submittedAt: assessment?.submittedAt ?? null,
    reviews,
    returns,
    changes,
    corrections: correctionCounts(corrections),
    now,
  });
  const programme = input.programme ? programmes.find((p) => p.code === input.programme) : programmes[0];
  if (!programme)
    throw new AppError('PROGRAMME_NOT_FOUND', { code: input.programme ?? '', year }, { status: 404 });
  const codes = new Set(
    verificationProgrammes(ctx.catalog).find((p) => p.code === programme.code)?.indicatorCodes,
  );
  const lookAt = reviews.find((r) => r.programmeCode === programme.code)?.reviewedAt ?? null;
  const byIndicator = programmeByIndicator(ctx.catalog);
  const context = { status: assessment?.status ?? null, now };

  const indicators: VerificationIndicator[] = listIndicators(ctx.catalog)
    .filter((p) => codes.has(p.indicator.code))
    .map(({ indicator }) => {
      const code = indicator.code;
      const changedAfterLook = (at: Date) => lookAt !== null && at > lookAt;
      const mine = ctx.targets.find((t) => t.indicatorCode === code);
      const fix = corrections.targets.find((t) => t.indicatorCode === code);
      const score = (result: AssessmentResult) => {
        const node = result.nodes[code];
        return { score: node?.score ?? null, excluded: node?.explanation.excluded ?? null };
      };
      return {
        code,
        number: indicator.number,
        name: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
        entry: indicator.entry,
        fields: entryFields(indicator),
        scale: indicator.scale ?? null,
        printedTarget: indicator.target.printed,
        defaultTarget: indicator.target.value,
        sasaranLabel: indicator.sasaran,
        notApplicable: {
          own: notApplicableReason(indicator, ctx.py),
          verified: notApplicableReason(indicator, verifiedPy),
        },
        target: {
          own: mine ? own(targetFigures(mine), mine, mine.updatedBy, mine.updatedAt) : null,
          correction: fix
            ? { ...own(targetFigures(fix), fix, fix.updatedBy, fix.updatedAt), reason: fix.correctionReason }
            : null,
        },
        sameAs: indicator.sameAs ?? null,
        months: isEnteredMonthly(indicator)
          ? monthRows(ctx, corrections, indicator.sameAs ?? code, year, changedAfterLook)
          : [],
        rubric: rubricRows(indicator, ctx.rubrics, corrections.rubrics),
        score: { own: score(ownResult), verified: score(verifiedResult) },
        changedSinceLook: changedAfterLook(changes.get(code) ?? new Date(0)),
        returns: returns
          .filter((r) => r.status !== 'closed' && covers(r, code, byIndicator))
          .map((r) => r.id),
      };
    });

  return {
    ...yearHeader(ctx),
    open: assessment?.status === 'submitted',
    programmes,
    programme,
    indicators,
    returns: returns
      .filter((r) => (r.scope === 'programme' ? r.code : byIndicator.get(r.code)) === programme.code)
      .map((r) => returnView(ctx.catalog, r, trail, context))
      .reverse(),
    result: { own: headlineOf(ownResult, now), verified: headlineOf(verifiedResult, now) },
  };
}

function monthRows(
  ctx: { monthly: readonly MonthlyValueRecord[] },
  corrections: CorrectionRows,
  code: string,
  year: number,
  changedAfterLook: (at: Date) => boolean,
): VerificationIndicator['months'] {
  return monthsOfYear(year).map((month) => {
    const mine = ctx.monthly.find((v) => v.indicatorCode === code && v.month === month);
    const fix = corrections.monthly.find((v) => v.indicatorCode === code && v.month === month);
    return {
      month,
      own: mine ? own(monthFigures(mine), mine, mine.enteredBy, mine.enteredAt) : null,
      correction: fix
        ? { ...own(monthFigures(fix), fix, fix.enteredBy, fix.enteredAt), reason: fix.correctionReason }
        : null,
      changedSinceLook: mine ? changedAfterLook(mine.enteredAt) : false,
    };
  });
}

function rubricRows(
  indicator: CatalogIndicator,
  mine: readonly RubricScoreRecord[],
  fixes: CorrectionRows['rubrics'],
): VerificationIndicator['rubric'] {
  if (indicator.kind !== 'rubric') return null;
  const rubric = indicator.rubric;
  const selectable = selectableLevels(indicator);
  const o = mine.find((r) => r.indicatorCode === indicator.code);
  const f = fixes.find((r) => r.indicatorCode === indicator.code);
  return {
    input: rubric?.input ?? 'level',
    levels: ([0, 4, 7, 10] as const).map((level) => ({
      level,
      text: rubric?.levels[level] ?? '',
      selectable: selectable.includes(level),
    })),
    own: o ? own({ level: o.level, percent: o.percent }, o, o.enteredBy, o.enteredAt) : null,
    correction: f
      ? {
          ...own({ level: f.level, percent: f.percent }, f, f.enteredBy, f.enteredAt),
          reason: f.correctionReason,
        }
      : null,
    mustRise: rubric?.mustRise ?? false,
    lastYear: rubric?.mustRise ? (o?.previous ?? null) : null,
  };
}

/** POST …/reviews/{programmeCode}: the verifier has looked at the programme and accepts it. */
export async function acceptProgramme(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; programmeCode: string; editor: Editor },
): Promise<ReviewSaved> {
  const { unit, year, programmeCode, editor } = input;
  return writeVerification(deps.uow, { unit, year, editor }, async (repos, assessment) => {
    const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
    if (!verificationProgrammes(catalog).some((p) => p.code === programmeCode))
      throw new AppError('PROGRAMME_NOT_FOUND', { code: programmeCode, year }, { status: 404 });
    const outcome: ReviewOutcome = 'accepted';
    const review = await repos.saveReview({
      assessmentId: assessment.id,
      programmeCode,
      outcome,
      actor: editor.username,
      at: deps.clock(),
    });
    return {
      programme: programmeCode,
      lastLook: { outcome: review.outcome, by: review.reviewedBy, at: iso(review.reviewedAt) },
    };
  });
}
