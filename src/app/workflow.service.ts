// The moves of a Puskesmas-year through the assessment cycle (domain/assessment/workflow.ts): each in
// one transaction holding the year's row lock, the status re-checked under it, the change audited and
// the year's stored results re-scored before the transaction ends — so a move either happened whole
// (status, audit entry, results) or not at all, whoever else acts on the year at the same moment.
import { hasPermission } from '../domain/access/roles.ts';
import { submissionGaps } from '../domain/assessment/submission-gaps.ts';
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import {
  MOVE_REASON_MAX,
  MOVE_RULES,
  moveBlocker,
  moveRefusal,
  movesFor,
  reasonOf,
  type Move,
  type MoveBlocker,
} from '../domain/assessment/workflow.ts';
import { localDate, monthsEnded } from '../domain/periods/calendar.ts';
import type { CatalogIndicator } from '../domain/catalog/types.ts';
import type { DistrictWorkflow, MoveOption, YearWorkflow } from '../shared/api/workflow.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, OrgUnitRef, Repositories, StatusStamps, UnitOfWork } from './ports.ts';
import { iso, loadYear, type PuskesmasUnit } from './puskesmas-year.ts';
import { publicationView, withdrawDistrictPublication } from './publication.service.ts';
import type { Editor } from './year-write.ts';
import { rescoreYear } from './year-results.ts';
import { yearKeyOf } from './year-key.ts';

export interface WorkflowDeps {
  uow: UnitOfWork;
  clock: Clock;
}

export interface MoveRequest {
  unit: PuskesmasUnit;
  year: number;
  move: Move;
  /** The status the user saw; the move is refused when the year is no longer in it. */
  expectedStatus: AssessmentStatus;
  reason?: string | null;
  editor: Editor;
}

export interface MoveOutcome {
  from: AssessmentStatus;
  to: AssessmentStatus;
  /** The district's publication this move withdrew (a published year reopened), if any. */
  withdrawnPublicationId: number | null;
}

/** Whether every month of `year` has ended on Pati's clock. */
export function isYearOver(year: number, now: Date): boolean {
  return monthsEnded(year, localDate(now)) === 12;
}

/** A reason as kept (trimmed, null when empty), refused when longer than the audit trail keeps. */
export function checkedReason(raw: string | null | undefined): string | null {
  const reason = reasonOf(raw);
  if (reason !== null && reason.length > MOVE_REASON_MAX)
    throw new AppError('MOVE_REASON_TOO_LONG', { max: MOVE_REASON_MAX }, { status: 400 });
  return reason;
}

function blockerError(blocker: MoveBlocker, params: { puskesmas: string; year: number }, count: number) {
  if (blocker === 'returns-open') return new AppError('RETURNS_OPEN', { ...params, count }, { status: 409 });
  return new AppError('YEAR_NOT_OVER', { ...params, next: params.year + 1 }, { status: 409 });
}

/**
 * Makes one move of a Puskesmas-year. Refused: a role without the move's permission (403), a year no
 * longer in the status the user saw (409 MOVE_STATUS_CHANGED), a move that does not start from it
 * (409 MOVE_NOT_NOW), a missing reason (400), and what `moveBlocker` says (409).
 */
export async function moveYear(deps: WorkflowDeps, request: MoveRequest): Promise<MoveOutcome> {
  const { unit, year, move, editor } = request;
  const rule = MOVE_RULES[move];
  if (rule.scope !== 'year') throw new Error(`${move} is made for a whole district (publication.service.ts)`);
  if (!hasPermission(editor.role, rule.permission)) throw new AppError('FORBIDDEN', {}, { status: 403 });
  const reason = checkedReason(request.reason);
  const params = { puskesmas: unit.name, year };
  const districtId = unit.ancestorIds[0];
  if (districtId === undefined) throw new Error(`Puskesmas ${unit.code} has no district`);

  return deps.uow(async (repos) => {
    // Reopening a published year withdraws the district's publication and moves its other years:
    // like publishing, it takes the district's lock before any year's, so the two never cross.
    if (move === 'reopen') await repos.lockDistrict(districtId);
    // Submitting opens a year nobody has touched (an empty year can be reported; its gaps are shown first).
    const found =
      move === 'submit'
        ? await repos.openAssessment(unit.id, year)
        : await repos.findAssessment(unit.code, year);
    const assessment = found ? await repos.lockAssessment(found.id) : null;
    const status = assessment?.status ?? 'draft';
    if (status !== request.expectedStatus)
      throw new AppError('MOVE_STATUS_CHANGED', { ...params, current: status }, { status: 409 });
    const refusal = moveRefusal(editor.role, move, assessment?.status ?? null, reason);
    if (refusal === 'role') throw new AppError('FORBIDDEN', {}, { status: 403 });
    if (refusal === 'status' || !assessment) throw new AppError('MOVE_NOT_NOW', params, { status: 409 });
    if (refusal === 'reason') throw new AppError('MOVE_REASON_REQUIRED', params, { status: 400 });

    const unclosedReturns = move === 'verify' ? await repos.countOpenReturns(assessment.id) : 0;
    const blocker = moveBlocker(move, { unclosedReturns, yearOver: isYearOver(year, deps.clock()) });
    if (blocker) throw blockerError(blocker, params, unclosedReturns);

    const at = deps.clock();
    await repos.moveStatus({
      assessmentId: assessment.id,
      from: status,
      to: rule.to,
      move,
      actor: editor.username,
      reason,
      at,
    });
    const withdrawn =
      move === 'reopen' && status === 'published'
        ? await withdrawDistrictPublication(repos, {
            districtId,
            year,
            reopened: assessment.id,
            actor: editor.username,
            reason: `${unit.name} (${unit.code}): ${reason ?? ''}`,
            at,
          })
        : null;
    // Submission makes missing values count as 0 and creates the verified result; a return to draft
    // undoes the first. Every move re-scores, so that the results always match the status.
    await rescoreYear(repos, { ...yearKeyOf(assessment), status: rule.to }, deps.clock);
    return { from: status, to: rule.to, withdrawnPublicationId: withdrawn };
  });
}

const stampsView = (s: StatusStamps) => ({
  submittedAt: iso(s.submittedAt),
  verifiedAt: iso(s.verifiedAt),
  finalisedAt: iso(s.finalisedAt),
  publishedAt: iso(s.publishedAt),
});

const NO_STAMPS = { submittedAt: null, verifiedAt: null, finalisedAt: null, publishedAt: null };

const indicatorRef = (i: CatalogIndicator) => ({ code: i.code, number: i.number, name: i.name });

/**
 * A Puskesmas-year's place in the cycle as `editor` sees it: its status and when it reached each, the
 * moves `editor` may make now (with what blocks them), what the year lacks when they may submit it,
 * the history of its moves, and the district's publication in force.
 */
export async function yearWorkflow(
  repos: Repositories,
  input: { unit: PuskesmasUnit; year: number; editor: Pick<Editor, 'role'>; now: Date },
): Promise<YearWorkflow> {
  const { unit, year, editor } = input;
  const assessment = (await repos.findAssessment(unit.code, year)) ?? null;
  const districtId = unit.ancestorIds[0];
  if (!assessment && (districtId === undefined || !(await repos.findDistrictCatalog(districtId, year))))
    throw new AppError('CATALOG_NOT_FOUND', { district: unit.code, year }, { status: 404 });
  const status = assessment?.status ?? null;
  const unclosedReturns = assessment ? await repos.countOpenReturns(assessment.id) : 0;
  const yearOver = isYearOver(year, input.now);
  const moves: MoveOption[] = movesFor(editor.role, status).map((move) => {
    const blocker = moveBlocker(move, { unclosedReturns, yearOver });
    return {
      move,
      to: MOVE_RULES[move].to,
      reason: MOVE_RULES[move].reason,
      blocked:
        blocker === null
          ? null
          : { code: blocker, ...(blocker === 'returns-open' && { count: unclosedReturns }) },
    };
  });
  // The whole year is read only for someone who may submit it: its gaps are shown before they do.
  const ctx = moves.some((m) => m.move === 'submit') ? await loadYear(repos, unit, year) : null;
  const gaps = ctx && submissionGaps(ctx.catalog, ctx.py);
  const publication =
    districtId === undefined ? undefined : await repos.findActivePublication(districtId, year);
  return {
    puskesmas: { code: unit.code, name: unit.name },
    year,
    status,
    stamps: assessment ? stampsView(await repos.getStatusStamps(assessment.id)) : NO_STAMPS,
    moves,
    submission: gaps && {
      months: gaps.months,
      unscoredItems: gaps.unscoredItems.map(indicatorRef),
      withoutSasaran: gaps.withoutSasaran.map(indicatorRef),
    },
    unclosedReturns,
    history: assessment
      ? (await repos.listStatusHistory(yearKeyOf(assessment))).map((h) => ({ ...h, at: h.at.toISOString() }))
      : [],
    publication: publication ? publicationView(publication) : null,
  };
}

/** Every Puskesmas-year of a district with its status, how many are in each, and its publications. */
export async function districtWorkflow(
  repos: Repositories,
  input: { district: OrgUnitRef; year: number },
): Promise<DistrictWorkflow> {
  const { district, year } = input;
  if (!(await repos.findDistrictCatalog(district.id, year)))
    throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  const rows = await repos.listDistrictYearStatuses(district.id, year);
  const counts = { notOpened: 0, draft: 0, submitted: 0, verified: 0, final: 0, published: 0 };
  for (const row of rows) counts[row.status ?? 'notOpened'] += 1;
  const publications = await repos.listPublications(district.id, year);
  const active = publications.find((p) => p.withdrawnAt === null);
  return {
    district: { code: district.code, name: district.name },
    year,
    rows: rows.map((r) => ({
      puskesmas: { code: r.puskesmas.code, name: r.puskesmas.name },
      status: r.status,
      stamps: stampsView(r.stamps),
    })),
    counts,
    publishable: rows.length > 0 && counts.final === rows.length && !active,
    publication: active ? publicationView(active) : null,
    publications: publications.map(publicationView),
  };
}

/**
 * Finalises every verified year of a district, each in its own transaction through `moveYear` (its
 * lock, its audit entry, its re-scoring): the admin locks a district's verified years at once rather
 * than one Puskesmas at a time. `expected` is how many the admin saw verified; a year that moved
 * meanwhile is left as it is now. Returns how many were finalised.
 */
export async function finaliseVerified(
  deps: WorkflowDeps & { repos: Repositories },
  input: { district: OrgUnitRef; year: number; expected: number; editor: Editor },
): Promise<{ finalised: number }> {
  const { district, year, editor } = input;
  if (!hasPermission(editor.role, MOVE_RULES.finalise.permission))
    throw new AppError('FORBIDDEN', {}, { status: 403 });
  const verified = (await deps.repos.listDistrictYearStatuses(district.id, year)).filter(
    (r) => r.status === 'verified',
  );
  if (verified.length !== input.expected)
    throw new AppError(
      'PUBLICATION_CHANGED',
      { district: district.name, year, expected: input.expected, current: verified.length },
      { status: 409 },
    );
  let finalised = 0;
  for (const row of verified) {
    const unit = await deps.repos.findOrgUnit(row.puskesmas.code);
    if (!unit) continue;
    try {
      await moveYear(deps, { unit, year, move: 'finalise', expectedStatus: 'verified', editor });
      finalised += 1;
    } catch (error) {
      // Moved by someone else since the list was read: it stays as they left it.
      if (!(error instanceof AppError && error.code === 'MOVE_STATUS_CHANGED')) throw error;
    }
  }
  return { finalised };
}
