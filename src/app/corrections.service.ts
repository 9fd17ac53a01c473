// Dinkes' corrections: its own figure for a month, a target row (target, sasaran, applicability) or a
// rubric item, laid over the Puskesmas' figure — only with a reason, while the year is submitted,
// under the year's lock, audited, re-scoring the verified result (the Puskesmas' own never moves).
// A correction can be withdrawn (the Puskesmas' figure shows again), with a reason too.
import type { Catalog } from '../domain/catalog/types.ts';
import { listIndicators, type PlacedIndicator } from '../domain/catalog/walk.ts';
import { programmeOf } from '../domain/verification/programmes.ts';
import type { CorrectionBody, CorrectionSaved, WithdrawalBody } from '../shared/api/verification.schema.ts';
import { AppError } from '../shared/errors.ts';
import { checkEntry } from './entries.service.ts';
import type { Clock, Repositories, UnitOfWork, YearKey } from './ports.ts';
import { headlineOf, loadYear, today, type PuskesmasUnit } from './puskesmas-year.ts';
import { refreshAfterChange } from './refresh-result.ts';
import { refreshNextYearRise } from './rising-items.ts';
import { checkRubricBody } from './rubric.service.ts';
import { proposedTarget } from './target-change.ts';
import { writeVerification } from './verification-write.ts';
import type { Editor } from './year-write.ts';
import { yearKeyOf } from './year-key.ts';

/** The reason, trimmed; refused when empty (a correction without one is what this exists to prevent). */
function reasonOf(text: string | undefined): string {
  const reason = text?.trim() ?? '';
  if (reason === '') throw new AppError('DINKES_CORRECTION_REASON_REQUIRED', {}, { status: 400 });
  return reason;
}

function placedOf(catalog: Catalog, code: string, year: number): PlacedIndicator {
  const placed = listIndicators(catalog).find((p) => p.indicator.code === code);
  if (!placed) throw new AppError('INDICATOR_NOT_FOUND', { code, year }, { status: 404 });
  return placed;
}

/** Whether two rows hold the same figures under `keys`. */
function same<K extends string>(
  a: { [key in K]: unknown },
  b: { [key in K]: unknown },
  keys: readonly K[],
): boolean {
  return keys.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

const MONTH_FIELDS = ['numerator', 'denominator', 'value', 'flag'] as const;
const NO_MONTH = { numerator: null, denominator: null, value: null, flag: null };
const TARGET_FIELDS = [
  'targetValue',
  'targetSasaran',
  'sasaran',
  'applicable',
  'notApplicableReason',
] as const;
const NO_TARGET = {
  targetValue: null,
  targetSasaran: null,
  sasaran: null,
  applicable: true,
  notApplicableReason: null,
};
const RUBRIC_FIELDS = ['level', 'percent'] as const;

const sameAsOwn = (code: string) => new AppError('CORRECTION_SAME_AS_OWN', { code }, { status: 400 });

/**
 * Stores Dinkes' figure for one month, target row or rubric item of `indicatorCode`, with its reason.
 * Refused: without a reason (DINKES_CORRECTION_REASON_REQUIRED), by a Puskesmas role (VERIFIER_ONLY),
 * outside a submitted year (VERIFICATION_CLOSED), a figure the Puskesmas' own entry would be refused
 * for, or one equal to the Puskesmas' own (CORRECTION_SAME_AS_OWN); a stale version (STALE_VALUE).
 */
export async function saveCorrection(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; indicatorCode: string; body: CorrectionBody; editor: Editor },
): Promise<CorrectionSaved> {
  const { unit, year, indicatorCode: code, body, editor } = input;
  const reason = reasonOf(body.reason);
  return writeVerification(deps.uow, { unit, year, editor }, async (repos, assessment) => {
    const at = deps.clock();
    // Checked against the verified stage: what applies there, and the figures in force there.
    const ctx = await loadYear(repos, unit, year, { stage: 'verified' });
    const own = await loadYear(repos, unit, year);
    const placed = placedOf(ctx.catalog, code, year);
    const write = { ...yearKeyOf(assessment), indicatorCode: code, reason, actor: editor.username, at };
    const { expectedVersion } = body;
    if (body.kind === 'value') {
      const figures = {
        numerator: body.numerator ?? null,
        denominator: body.denominator ?? null,
        value: body.value ?? null,
        flag: body.flag ?? null,
      };
      // The rules of the Puskesmas' own entry; every field null corrects the month to empty.
      checkEntry(ctx, code, body.month, { ...figures, expectedVersion }, today(at));
      const mine = own.monthly.find((v) => v.indicatorCode === code && v.month === body.month);
      if (same(figures, mine ?? NO_MONTH, MONTH_FIELDS)) throw sameAsOwn(code);
      await repos.saveValueCorrection({ ...write, month: body.month, ...figures, expectedVersion });
    } else if (body.kind === 'target') {
      const { kind: _kind, reason: _reason, expectedVersion: _version, ...change } = body;
      const next = await proposedTarget({
        placed,
        records: new Map(ctx.targets.map((t) => [t.indicatorCode, t])),
        body: change,
        editor,
        year,
        profile: () => repos.getProfile(unit.id, year),
        maySetTargets: true,
      });
      const mine = own.targets.find((t) => t.indicatorCode === code);
      if (same(next, mine ?? NO_TARGET, TARGET_FIELDS)) throw sameAsOwn(code);
      // The UKM Pengembangan choice is the Puskesmas' own: the correction keeps it (overlay.ts).
      await repos.saveTargetCorrection({ ...write, ...next, chosen: mine?.chosen ?? null, expectedVersion });
    } else {
      const shape = checkRubricBody(placed.indicator, body);
      const current = ctx.rubrics.find((r) => r.indicatorCode === code);
      const keep = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given);
      const figures = {
        level: shape === 'level' ? keep(body.level, current?.level ?? null) : null,
        percent: shape === 'percent' ? keep(body.percent, current?.percent ?? null) : null,
      };
      const mine = own.rubrics.find((r) => r.indicatorCode === code);
      if (same(figures, mine ?? { level: null, percent: null }, RUBRIC_FIELDS)) throw sameAsOwn(code);
      await repos.saveRubricCorrection({ ...write, ...figures, expectedVersion });
    }
    return afterCorrection(
      repos,
      { key: yearKeyOf(assessment), placed, unit, year, kind: body.kind, editor, at },
      deps.clock,
    );
  });
}

/** Withdraws a correction: the Puskesmas' figure is in force again at the verified stage. */
export async function withdrawCorrection(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { unit: PuskesmasUnit; year: number; indicatorCode: string; body: WithdrawalBody; editor: Editor },
): Promise<CorrectionSaved> {
  const { unit, year, indicatorCode: code, body, editor } = input;
  const reason = reasonOf(body.reason);
  if (body.kind === 'value' && body.month === undefined)
    throw new AppError('VALUE_INVALID', {
      field: 'month',
      code,
      month: '',
      rule: 'required',
      reason: 'bulan koreksi yang dibatalkan wajib disebut',
    });
  return writeVerification(deps.uow, { unit, year, editor }, async (repos, assessment) => {
    const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
    const placed = placedOf(catalog, code, year);
    await repos.withdrawCorrection({
      kind: body.kind,
      ...yearKeyOf(assessment),
      indicatorCode: code,
      ...(body.month === undefined ? {} : { month: body.month }),
      reason,
      expectedVersion: body.expectedVersion,
      actor: editor.username,
    });
    const at = deps.clock();
    return afterCorrection(
      repos,
      { key: yearKeyOf(assessment), placed, unit, year, kind: body.kind, editor, at },
      deps.clock,
    );
  });
}

/**
 * What a correction and its withdrawal end with: a look at the programme, the verified result
 * refreshed, and — the verified figure of an item being last year's for next year's rising item —
 * next year refreshed too (app/rising-items.ts).
 */
async function afterCorrection(
  repos: Repositories,
  input: {
    key: YearKey;
    placed: PlacedIndicator;
    unit: PuskesmasUnit;
    year: number;
    kind: CorrectionBody['kind'];
    editor: Editor;
    at: Date;
  },
  clock: Clock,
): Promise<CorrectionSaved> {
  const { key, placed, unit, year, editor, at } = input;
  const code = placed.indicator.code;
  await recordLook(repos, key.assessmentId, placed, editor, at);
  const verified = await refreshAfterChange(repos, key, 'verified', clock);
  if (input.kind === 'rubric')
    await refreshNextYearRise(repos, {
      puskesmasCode: unit.code,
      year,
      code,
      actor: editor.username,
      at,
      clock,
    });
  return { code, verified: headlineOf(verified) };
}

/** A correction is a look at its programme, with the outcome 'corrected'. */
async function recordLook(
  repos: Repositories,
  assessmentId: number,
  placed: PlacedIndicator,
  editor: Editor,
  at: Date,
): Promise<void> {
  await repos.saveReview({
    assessmentId,
    programmeCode: programmeOf(placed).code,
    outcome: 'corrected',
    actor: editor.username,
    at,
  });
}
