// Dinkes' feedback to a Puskesmas-year (criterion 2.8.3 f, 2.8.4 d) and the Puskesmas' follow-up of
// each point (2.8.3 g, 2.8.4 e). A verifier or the admin drafts a letter — overall, per programme, per
// indicator — and the admin sends it, dated and signed; from then on it is read-only, and the
// Puskesmas (Kepala Puskesmas, koordinator) records a follow-up per point with a status. Both sides
// read both. Writes take the year's lock (writeYear) under the improvement rule, are version-checked
// and audited.
import { hasPermission, type Role } from '../domain/access/roles.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { isPointOpen, letterGaps, type FeedbackScope } from '../domain/improvement/feedback.ts';
import { programmesOf } from '../domain/improvement/programmes.ts';
import { improvementRefusal, type ImprovementDocument } from '../domain/improvement/write-rules.ts';
import type {
  DistrictFeedbackView,
  FeedbackLetterBody,
  FeedbackLetterUpdateBody,
  FeedbackLetterView,
  FeedbackPointView,
  FeedbackVersionBody,
  FeedbackView,
  FollowUpBody,
  TopicChoice,
} from '../shared/api/feedback.schema.ts';
import { AppError } from '../shared/errors.ts';
import {
  analysedResult,
  indicatorPlaces,
  type AnalysedResult,
  type ResultExplainer,
} from './analysis-result.ts';
import type {
  AssessmentRef,
  Clock,
  FeedbackLetterFields,
  FeedbackLetterRecord,
  FeedbackRepository,
  OrgUnitRef,
  Repositories,
  UnitOfWork,
} from './ports.ts';
import { iso, loadYear, yearHeader, type PuskesmasUnit, type YearReader } from './puskesmas-year.ts';
import { writeYear, type Editor } from './year-write.ts';

export type FeedbackReader = YearReader &
  ResultExplainer &
  Pick<FeedbackRepository, 'listFeedbackLetters' | 'findLastSigner'>;

/** The words of what a point is about: a programme's or an indicator's number and name. */
function topicsOf(catalog: Catalog) {
  const out = new Map<string, { code: string; number: string; name: string }>();
  for (const p of programmesOf(catalog))
    out.set(`programme:${p.code}`, { code: p.code, number: p.number, name: p.name });
  for (const [code, { indicator }] of indicatorPlaces(catalog))
    out.set(`indicator:${code}`, { code, number: indicator.number, name: indicator.name });
  return out;
}

function letterView(letter: FeedbackLetterRecord, catalog: Catalog): FeedbackLetterView {
  const topics = topicsOf(catalog);
  return {
    id: letter.id,
    number: letter.number,
    datedOn: letter.datedOn,
    signerName: letter.signerName,
    signerTitle: letter.signerTitle,
    summary: letter.summary,
    status: letter.status,
    createdBy: letter.createdBy,
    createdAt: iso(letter.createdAt) ?? '',
    sentAt: iso(letter.sentAt),
    version: letter.version,
    points: letter.points.map((p): FeedbackPointView => ({
      id: p.id,
      scope: p.scope,
      topic:
        p.code === null
          ? null
          : (topics.get(`${p.scope}:${p.code}`) ?? { code: p.code, number: '', name: p.code }),
      text: p.text,
      followUp: p.followUp && {
        text: p.followUp.text,
        status: p.followUp.status,
        updatedBy: p.followUp.updatedBy,
        updatedAt: iso(p.followUp.updatedAt) ?? '',
        version: p.followUp.version,
      },
    })),
  };
}

/** What a writer can point at: the programmes and indicators, with their stored scores and gaps. */
function topicChoices(catalog: Catalog, result: AnalysedResult): NonNullable<FeedbackView['writing']> {
  const below = new Set(result.gaps.map((g) => g.code));
  const programmeBelow = new Set(result.gaps.map((g) => g.programmeCode));
  const programmes = programmesOf(catalog).map((p): TopicChoice => ({
    code: p.code,
    number: p.number,
    name: p.name,
    programmeCode: null,
    score: result.nodes[p.code]?.score ?? null,
    belowTarget: programmeBelow.has(p.code),
  }));
  const indicators = [...indicatorPlaces(catalog)].map(([code, { indicator, programme }]): TopicChoice => ({
    code,
    number: indicator.number,
    name: indicator.name,
    programmeCode: programme.code,
    score: result.nodes[code]?.score ?? null,
    belowTarget: below.has(code),
  }));
  return { programmes, indicators, lastSigner: null };
}

/** Dinkes drafts: a reader who may write letters sees drafts, the Puskesmas only what was sent. */
const seesDrafts = (role: Role) => hasPermission(role, 'feedback:write');

/** GET …/feedback: the letters of a Puskesmas-year, oldest first, each point with its follow-up. */
export async function getFeedback(
  repos: FeedbackReader,
  input: { unit: PuskesmasUnit; year: number; role: Role },
): Promise<FeedbackView> {
  const ctx = await loadYear(repos, input.unit, input.year, { monthly: false, rubrics: false });
  const { catalog, assessment } = ctx;
  const letters = assessment
    ? await repos.listFeedbackLetters(assessment.id, { drafts: seesDrafts(input.role) })
    : [];
  const views = letters.map((l) => letterView(l, catalog));
  const openPoints = views
    .filter((l) => l.status === 'sent')
    .flatMap((l) => l.points)
    .filter((p) => isPointOpen(p.followUp)).length;
  // A Puskesmas' district is the first unit above it.
  const districtId = input.unit.ancestorIds[0];
  let writing: FeedbackView['writing'] = null;
  if (seesDrafts(input.role)) {
    writing = {
      ...topicChoices(catalog, await analysedResult(repos, assessment, catalog)),
      lastSigner: (districtId === undefined ? undefined : await repos.findLastSigner(districtId)) ?? null,
    };
  }
  const district = districtId === undefined ? undefined : await repos.getOrgUnit(districtId);
  return {
    ...yearHeader(ctx),
    district: { code: district?.code ?? '', name: district?.name ?? '' },
    letters: views,
    openPoints,
    writing,
  };
}

type WriteDeps = { uow: UnitOfWork; repos: Repositories; clock: Clock };

export type FeedbackWriteOutcome<T> =
  | { status: 'saved'; saved: T }
  /** The letter or follow-up changed since it was read (`current`: as stored now; null when gone). */
  | { status: 'stale'; error: AppError; current: FeedbackLetterView | null };

/**
 * Runs a feedback write under the year's lock, after the improvement rule. A letter answers a report,
 * so the year must exist (a Puskesmas-year nobody opened has nothing to answer: 404).
 */
async function writeFeedback<T>(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; editor: Editor; document: ImprovementDocument },
  work: (repos: Repositories, assessment: AssessmentRef, catalog: Catalog) => Promise<T>,
): Promise<T> {
  const { unit, year, editor, document } = input;
  const opened = await deps.repos.findAssessment(unit.code, year);
  if (!opened) throw new AppError('ASSESSMENT_NOT_FOUND', { puskesmas: unit.name, year }, { status: 404 });
  const mayChange = (assessment: AssessmentRef) => {
    const refusal = improvementRefusal(document, editor.role, assessment.status);
    if (refusal === 'role') throw new AppError('FORBIDDEN', {}, { status: 403 });
    if (refusal === 'closed')
      throw new AppError(
        'FEEDBACK_YEAR_CLOSED',
        { puskesmas: unit.name, year, status: assessment.status },
        { status: 409 },
      );
  };
  return writeYear(deps.uow, { unit, year, editor, mayChange }, async (repos, assessment) =>
    work(repos, assessment, (await repos.loadAssessmentCatalog(assessment.id)).catalog),
  );
}

/** A letter's fields from a body: each point's topic checked against the year's catalog. */
function letterFields(body: FeedbackLetterBody, catalog: Catalog, year: number): FeedbackLetterFields {
  const topics = topicsOf(catalog);
  const points = body.points.map((p) => {
    const code = p.scope === 'overall' ? null : p.code;
    if (p.scope !== 'overall' && (code === null || !topics.has(`${p.scope}:${code}`)))
      throw new AppError('FEEDBACK_TOPIC_INVALID', { code: code ?? '–', scope: scopeWord(p.scope), year });
    return { ...(p.id === undefined ? {} : { id: p.id }), scope: p.scope, code, text: p.text };
  });
  return {
    number: body.number,
    datedOn: body.datedOn,
    signerName: body.signerName,
    signerTitle: body.signerTitle,
    summary: body.summary,
    points,
  };
}

function scopeWord(scope: FeedbackScope): string {
  return scope === 'programme' ? 'program' : 'indikator';
}

/** The letter, if it is one of this assessment's; FEEDBACK_NOT_FOUND otherwise (or when a reader may not see it). */
async function letterOf(
  repos: Pick<FeedbackRepository, 'getFeedbackLetter'>,
  assessment: AssessmentRef,
  letterId: number,
  options: { drafts: boolean },
): Promise<FeedbackLetterRecord> {
  const letter = await repos.getFeedbackLetter(letterId);
  if (!letter || letter.assessmentId !== assessment.id || (letter.status === 'draft' && !options.drafts))
    throw new AppError('FEEDBACK_NOT_FOUND', { id: letterId }, { status: 404 });
  return letter;
}

/** A stale write's answer: the letter as it is stored now (null when it is gone). */
async function staleOutcome<T>(
  deps: WriteDeps,
  error: unknown,
  assessmentId: number | undefined,
  letterId: number,
): Promise<FeedbackWriteOutcome<T>> {
  if (!(error instanceof AppError) || error.code !== 'STALE_VALUE') throw error;
  const letter = await deps.repos.getFeedbackLetter(letterId);
  if (!letter || letter.assessmentId !== assessmentId) return { status: 'stale', error, current: null };
  const { catalog } = await deps.repos.loadAssessmentCatalog(letter.assessmentId);
  return { status: 'stale', error, current: letterView(letter, catalog) };
}

/**
 * A write to one letter (update, send, delete) as an outcome: saved, or — when someone changed the
 * letter since it was read — stale, with the letter as it is stored now.
 */
async function writeLetter<T>(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; letterId: number; editor: Editor },
  work: (repos: Repositories, assessment: AssessmentRef, catalog: Catalog) => Promise<T>,
): Promise<FeedbackWriteOutcome<T>> {
  const assessmentId = (await deps.repos.findAssessment(input.unit.code, input.year))?.id;
  try {
    return { status: 'saved', saved: await writeFeedback(deps, { ...input, document: 'feedback' }, work) };
  } catch (error) {
    return staleOutcome(deps, error, assessmentId, input.letterId);
  }
}

/** POST …/feedback: a new draft letter. */
export async function createLetter(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; body: FeedbackLetterBody; editor: Editor },
): Promise<FeedbackLetterView> {
  return writeFeedback(deps, { ...input, document: 'feedback' }, async (repos, assessment, catalog) => {
    const letter = await repos.createFeedbackLetter({
      assessmentId: assessment.id,
      fields: letterFields(input.body, catalog, input.year),
      actor: input.editor.username,
      at: deps.clock(),
    });
    return letterView(letter, catalog);
  });
}

/** PUT …/feedback/{letterId}: a draft's fields and points (a sent letter answers FEEDBACK_SENT). */
export async function updateLetter(
  deps: WriteDeps,
  input: {
    unit: PuskesmasUnit;
    year: number;
    letterId: number;
    body: FeedbackLetterUpdateBody;
    editor: Editor;
  },
): Promise<FeedbackWriteOutcome<FeedbackLetterView>> {
  return writeLetter(deps, input, async (repos, assessment, catalog) => {
    await letterOf(repos, assessment, input.letterId, { drafts: true });
    const letter = await repos.updateFeedbackLetter({
      letterId: input.letterId,
      fields: letterFields(input.body, catalog, input.year),
      expectedVersion: input.body.expectedVersion,
      actor: input.editor.username,
      at: deps.clock(),
    });
    return letterView(letter, catalog);
  });
}

/**
 * POST …/feedback/{letterId}/send: the draft becomes the letter the Puskesmas receives — dated,
 * numbered and signed — and is never changed again. Refused while anything of it is missing.
 */
export async function sendLetter(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; letterId: number; body: FeedbackVersionBody; editor: Editor },
): Promise<FeedbackWriteOutcome<FeedbackLetterView>> {
  if (!hasPermission(input.editor.role, 'feedback:send'))
    throw new AppError('FORBIDDEN', {}, { status: 403 });
  return writeLetter(deps, input, async (repos, assessment, catalog) => {
    const letter = await letterOf(repos, assessment, input.letterId, { drafts: true });
    if (
      letter.status === 'draft' &&
      letter.version === input.body.expectedVersion &&
      letterGaps(letter).length > 0
    )
      throw new AppError('FEEDBACK_INCOMPLETE', {}, { status: 400 });
    const sent = await repos.sendFeedbackLetter({
      letterId: input.letterId,
      expectedVersion: input.body.expectedVersion,
      actor: input.editor.username,
      at: deps.clock(),
    });
    return letterView(sent, catalog);
  });
}

/** DELETE …/feedback/{letterId}: removes a draft (a sent letter stays: FEEDBACK_SENT). */
export async function deleteLetter(
  deps: WriteDeps,
  input: { unit: PuskesmasUnit; year: number; letterId: number; body: FeedbackVersionBody; editor: Editor },
): Promise<FeedbackWriteOutcome<null>> {
  return writeLetter(deps, input, async (repos, assessment) => {
    await letterOf(repos, assessment, input.letterId, { drafts: true });
    await repos.deleteFeedbackLetter({
      letterId: input.letterId,
      expectedVersion: input.body.expectedVersion,
      actor: input.editor.username,
    });
    return null;
  });
}

/** PUT …/feedback/{letterId}/points/{pointId}/follow-up: the Puskesmas' follow-up of one point. */
export async function saveFollowUp(
  deps: WriteDeps,
  input: {
    unit: PuskesmasUnit;
    year: number;
    letterId: number;
    pointId: number;
    body: FollowUpBody;
    editor: Editor;
  },
): Promise<FeedbackWriteOutcome<FeedbackPointView>> {
  const assessmentId = (await deps.repos.findAssessment(input.unit.code, input.year))?.id;
  try {
    const saved = await writeFeedback(
      deps,
      { ...input, document: 'follow-up' },
      async (repos, assessment, catalog) => {
        // A follow-up answers a letter the Puskesmas received: never a draft.
        const letter = await letterOf(repos, assessment, input.letterId, { drafts: false });
        if (!letter.points.some((p) => p.id === input.pointId))
          throw new AppError('FEEDBACK_POINT_NOT_FOUND', { id: input.pointId }, { status: 404 });
        await repos.saveFollowUp({
          assessmentId: assessment.id,
          letterId: letter.id,
          pointId: input.pointId,
          text: input.body.text,
          status: input.body.status,
          expectedVersion: input.body.expectedVersion,
          actor: input.editor.username,
          at: deps.clock(),
        });
        const after = await letterOf(repos, assessment, letter.id, { drafts: false });
        const point = letterView(after, catalog).points.find((p) => p.id === input.pointId);
        if (!point) throw new Error(`point ${input.pointId} vanished while it was followed up`);
        return point;
      },
    );
    return { status: 'saved', saved };
  } catch (error) {
    return staleOutcome(deps, error, assessmentId, input.letterId);
  }
}

/**
 * GET /api/districts/{code}/years/{year}/feedback: per Puskesmas of the district, its letters (drafts
 * and sent) and how far the points of the sent ones are followed up — who still needs feedback, and
 * whose follow-up is behind.
 */
export async function getDistrictFeedback(
  repos: Pick<Repositories, 'listPuskesmas' | 'listDistrictAssessments' | 'listDistrictFeedback'>,
  input: { district: OrgUnitRef; year: number },
): Promise<DistrictFeedbackView> {
  const { district, year } = input;
  const puskesmas = await repos.listPuskesmas(district.id);
  const statuses = new Map(
    (await repos.listDistrictAssessments(district.id, year)).map((a) => [a.puskesmas.code, a.status]),
  );
  const letters = await repos.listDistrictFeedback(district.id, year);
  return {
    district: { code: district.code, name: district.name },
    year,
    puskesmas: puskesmas.map((p) => {
      const own = letters.filter((l) => l.puskesmasCode === p.code);
      const sent = own.filter((l) => l.status === 'sent');
      const points = sent.flatMap((l) => l.points);
      return {
        code: p.code,
        name: p.name,
        status: statuses.get(p.code) ?? null,
        drafts: own.length - sent.length,
        sent: sent.length,
        lastSentOn:
          sent
            .map((l) => l.datedOn)
            .sort()
            .at(-1) ?? null,
        points: points.length,
        done: points.filter((pt) => pt.followUp?.status === 'selesai').length,
        underWay: points.filter((pt) => pt.followUp !== null && pt.followUp.status !== 'selesai').length,
      };
    }),
  };
}
