// Items a verifier returns to the Puskesmas: an indicator or a whole programme with a comment. While
// one is open the Puskesmas may change what it covers (year-write.ts); its answer sends it back, and
// the verifier closes it or returns it again. Each move under the year's lock, audited.
import type { Catalog } from '../domain/catalog/types.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import { isPuskesmasRole } from '../domain/assessment/status.ts';
import { overdueOf } from '../domain/verification/queue.ts';
import { programmeByIndicator, verificationProgrammes } from '../domain/verification/programmes.ts';
import {
  RETURN_MOVES,
  covers,
  reopenedIndicators,
  type ReturnMove,
  type ReturnScope,
} from '../domain/verification/returns.ts';
import type {
  AnswerBody,
  ReturnAgainBody,
  ReturnBody,
  ReturnedItemView,
  ReturnsView,
} from '../shared/api/verification.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { AssessmentRef, AuditRecord, Clock, Repositories, UnitOfWork } from './ports.ts';
import { yearHeader, loadYear, type PuskesmasUnit, type YearReader } from './puskesmas-year.ts';
import type { ReturnedItemRecord, VerificationRepository } from './verification-ports.ts';
import { yearKeyOf } from './year-key.ts';
import { writeVerification } from './verification-write.ts';
import { writeYear, type Editor } from './year-write.ts';

type Trail = (AuditRecord & { id: number })[];

/** What a return is about, by name: "C. Indikator kesehatan keluarga dan gizi", "1 Pelayanan kesehatan ibu hamil". */
function subjectOf(
  catalog: Catalog,
  scope: ReturnScope,
  code: string,
): { name: string; programme: string } | null {
  if (scope === 'programme') {
    const p = verificationProgrammes(catalog).find((x) => x.code === code);
    return p ? { name: `${p.number} ${p.name}`.trim(), programme: p.code } : null;
  }
  const placed = listIndicators(catalog).find((x) => x.indicator.code === code);
  const programme = programmeByIndicator(catalog).get(code);
  return placed && programme
    ? { name: `${placed.indicator.number} ${placed.indicator.name}`.trim(), programme }
    : null;
}

const stamp = (by: string | null, at: Date | null) => (by && at ? { by, at: at.toISOString() } : null);

function stepOf(entry: AuditRecord): ReturnedItemView['thread'][number]['step'] {
  const status = entry.newValue?.status;
  if (entry.oldValue === null) return 'returned';
  if (status === 'answered') return 'answered';
  if (status === 'closed') return 'closed';
  return 'returned-again';
}

export function returnView(
  catalog: Catalog,
  item: ReturnedItemRecord,
  trail: Trail,
  context: { status: AssessmentRef['status'] | null; now: Date },
): ReturnedItemView {
  const subject = subjectOf(catalog, item.scope, item.code);
  const programmes = programmeByIndicator(catalog);
  const indicators = [...programmes.keys()].filter((code) => covers(item, code, programmes));
  return {
    id: item.id,
    scope: item.scope,
    code: item.code,
    name: subject?.name ?? item.code,
    programme: subject?.programme ?? item.code,
    status: item.status,
    comment: item.comment,
    returned: { by: item.returnedBy, at: item.returnedAt.toISOString() },
    answer: item.answer,
    answered: stamp(item.answeredBy, item.answeredAt),
    closed: stamp(item.closedBy, item.closedAt),
    indicators,
    screen: listIndicators(catalog).some(
      (p) => p.indicator.code === indicators[0] && p.indicator.kind === 'rubric',
    )
      ? 'rubric'
      : 'entries',
    thread: trail
      .filter((t) => t.id === item.id)
      .map((t) => ({ step: stepOf(t), text: t.reason, by: t.actor, at: t.at.toISOString() })),
    overdue: serialOverdue(
      overdueOf({ status: context.status, submittedAt: null, lastLook: null, returns: [item] }, context.now),
    ),
  };
}

export function serialOverdue(o: ReturnType<typeof overdueOf>) {
  return o && { reason: o.reason, since: o.since.toISOString(), days: o.days };
}

/** GET …/returns: every item returned to the Puskesmas this year, newest first, and what they reopen now. */
export async function listReturns(
  repos: YearReader & Pick<VerificationRepository, 'listReturnedItems' | 'listReturnTrail'>,
  input: { unit: PuskesmasUnit; year: number; now: Date },
): Promise<ReturnsView> {
  const ctx = await loadYear(repos, input.unit, input.year, { monthly: false, rubrics: false });
  const header = yearHeader(ctx);
  if (!ctx.assessment) return { ...header, returns: [], reopened: [] };
  const items = await repos.listReturnedItems(ctx.assessment.id);
  const trail = await repos.listReturnTrail(yearKeyOf(ctx.assessment));
  const context = { status: ctx.assessment.status, now: input.now };
  const open =
    ctx.assessment.status === 'submitted' ? reopenedIndicators(ctx.catalog, items) : new Set<string>();
  return {
    ...header,
    returns: items.map((i) => returnView(ctx.catalog, i, trail, context)).reverse(),
    reopened: [...open],
  };
}

async function viewAfter(
  repos: Repositories,
  assessment: AssessmentRef,
  item: ReturnedItemRecord,
  now: Date,
) {
  const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
  return returnView(catalog, item, await repos.listReturnTrail(yearKeyOf(assessment)), {
    status: assessment.status,
    now,
  });
}

/** POST …/returns: the verifier returns an indicator or a programme, with a comment. */
export async function returnItem(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; body: ReturnBody; editor: Editor },
): Promise<ReturnedItemView> {
  const { unit, year, body, editor } = input;
  const comment = body.comment.trim();
  if (comment === '') throw new AppError('RETURN_COMMENT_REQUIRED', {}, { status: 400 });
  return writeVerification(deps.uow, { unit, year, editor }, async (repos, assessment) => {
    const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
    const subject = subjectOf(catalog, body.scope, body.code);
    if (!subject)
      throw body.scope === 'programme'
        ? new AppError('PROGRAMME_NOT_FOUND', { code: body.code, year }, { status: 404 })
        : new AppError('INDICATOR_NOT_FOUND', { code: body.code, year }, { status: 404 });
    const unsettled = (await repos.listReturnedItems(assessment.id)).find(
      (r) => r.scope === body.scope && r.code === body.code && r.status !== 'closed',
    );
    if (unsettled) throw new AppError('RETURN_EXISTS', { name: subject.name }, { status: 409 });
    const at = deps.clock();
    const item = await repos.createReturnedItem({
      assessmentId: assessment.id,
      scope: body.scope,
      code: body.code,
      comment,
      actor: editor.username,
      at,
    });
    await repos.saveReview({
      assessmentId: assessment.id,
      programmeCode: subject.programme,
      outcome: 'returned',
      actor: editor.username,
      at,
    });
    return viewAfter(repos, assessment, item, at);
  });
}

/** Moves item `id` (RETURN_NOT_FOUND, or RETURN_MOVED when someone moved it first). */
async function move(
  repos: Repositories,
  assessment: AssessmentRef,
  input: { id: number; move: ReturnMove; text: string | null; actor: string; at: Date },
): Promise<ReturnedItemRecord> {
  const { from, to } = RETURN_MOVES[input.move];
  const moved = await repos.moveReturnedItem({
    assessmentId: assessment.id,
    id: input.id,
    from,
    to,
    text: input.text,
    actor: input.actor,
    at: input.at,
  });
  if (moved) return moved;
  const exists = (await repos.listReturnedItems(assessment.id)).some((r) => r.id === input.id);
  if (!exists) throw new AppError('RETURN_NOT_FOUND', { id: input.id }, { status: 404 });
  throw new AppError('RETURN_MOVED', {}, { status: 409 });
}

/**
 * POST …/returns/{id}/answer: the Puskesmas answers (its changed figures are already stored), which
 * sends the item back to the verifier. Any Puskesmas role, while the year waits for it.
 */
export async function answerReturn(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; id: number; body: AnswerBody; editor: Editor },
): Promise<ReturnedItemView> {
  const { unit, year, id, body, editor } = input;
  const answer = body.answer.trim();
  if (answer === '') throw new AppError('RETURN_ANSWER_REQUIRED', {}, { status: 400 });
  const mayAnswer = (assessment: AssessmentRef) => {
    if (!isPuskesmasRole(editor.role)) throw new AppError('FORBIDDEN', {}, { status: 403 });
    // A year sent back to draft keeps its returns: the Puskesmas may answer them there too.
    if (assessment.status !== 'submitted' && assessment.status !== 'draft')
      throw new AppError('RETURN_YEAR_CLOSED', { puskesmas: unit.name, year }, { status: 409 });
  };
  return writeYear(deps.uow, { unit, year, editor, mayChange: mayAnswer }, async (repos, assessment) => {
    const at = deps.clock();
    const item = await move(repos, assessment, {
      id,
      move: 'answer',
      text: answer,
      actor: editor.username,
      at,
    });
    return viewAfter(repos, assessment, item, at);
  });
}

/** POST …/returns/{id}/close: the verifier accepts the answer (or withdraws an unanswered return). */
export async function closeReturn(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; id: number; editor: Editor },
): Promise<ReturnedItemView> {
  const { unit, year, id, editor } = input;
  return writeVerification(deps.uow, { unit, year, editor }, async (repos, assessment) => {
    const at = deps.clock();
    const item = await move(repos, assessment, { id, move: 'close', text: null, actor: editor.username, at });
    const view = await viewAfter(repos, assessment, item, at);
    await repos.saveReview({
      assessmentId: assessment.id,
      programmeCode: view.programme,
      outcome: 'accepted',
      actor: editor.username,
      at,
    });
    return view;
  });
}

/** POST …/returns/{id}/return-again: the answer does not settle it; back to the Puskesmas with a new comment. */
export async function returnAgain(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; id: number; body: ReturnAgainBody; editor: Editor },
): Promise<ReturnedItemView> {
  const { unit, year, id, body, editor } = input;
  const comment = body.comment.trim();
  if (comment === '') throw new AppError('RETURN_COMMENT_REQUIRED', {}, { status: 400 });
  return writeVerification(deps.uow, { unit, year, editor }, async (repos, assessment) => {
    const at = deps.clock();
    const item = await move(repos, assessment, {
      id,
      move: 'return-again',
      text: comment,
      actor: editor.username,
      at,
    });
    const view = await viewAfter(repos, assessment, item, at);
    await repos.saveReview({
      assessmentId: assessment.id,
      programmeCode: view.programme,
      outcome: 'returned',
      actor: editor.username,
      at,
    });
    return view;
  });
}
