// Every verification write (a correction, a return and its closing, a look) goes through
// `writeVerification`: the year's lock of `writeYear`, then — under it — the rule that Dinkes
// verifies a year only while it is submitted. Once the verifier has signed the year off (verified),
// nothing of it moves for verification until the workflow reopens it (docs/scoring-decisions.md,
// "Verification").
import { isPuskesmasRole } from '../domain/assessment/status.ts';
import { AppError } from '../shared/errors.ts';
import type { AssessmentRef, Repositories, UnitOfWork } from './ports.ts';
import type { PuskesmasUnit } from './puskesmas-year.ts';
import { assertMayChange, writeYear, type Editor } from './year-write.ts';

/** Throws unless `editor` is Dinkes and the year is submitted (a final year says it is locked). */
export function assertVerifying(
  editor: Pick<Editor, 'role'>,
  assessment: AssessmentRef,
  where: { unit: PuskesmasUnit; year: number },
): void {
  if (isPuskesmasRole(editor.role) || editor.role === 'viewer')
    throw new AppError('VERIFIER_ONLY', {}, { status: 403 });
  // A locked (or read-only) year answers as every change to it does.
  assertMayChange(editor, { assessment, unit: where.unit, year: where.year });
  if (assessment.status !== 'submitted')
    throw new AppError(
      'VERIFICATION_CLOSED',
      { puskesmas: where.unit.name, year: where.year },
      { status: 409 },
    );
}

export function writeVerification<T>(
  uow: UnitOfWork,
  target: { unit: PuskesmasUnit; year: number; editor: Pick<Editor, 'role'> },
  work: (repos: Repositories, assessment: AssessmentRef) => Promise<T>,
): Promise<T> {
  return writeYear(
    uow,
    { ...target, mayChange: (assessment) => assertVerifying(target.editor, assessment, target) },
    work,
  );
}
