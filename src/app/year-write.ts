// Every change to a Puskesmas-year goes through `writeYear`: one transaction that first takes the
// year's row lock, then — under that lock — checks that the editor's role may change the year in the
// status it has now, and only then writes and rescores.
//
// Why the lock: each save rescores the whole year from what is stored. Two saves of different cells
// that overlap in time would each score a snapshot missing the other's value, and the last result
// written would win, stale. Holding the assessment row (SELECT … FOR UPDATE) makes the saves of one
// year run one after the other, so the last rescoring always sees every value. Saves of different
// Puskesmas-years never wait for each other. The status is checked under the same lock so that a
// submission and a save cannot cross.
import type { Role } from '../domain/access/roles.ts';
import { changeRefusal, isPuskesmasRole } from '../domain/assessment/status.ts';
import { reopenedIndicators } from '../domain/verification/returns.ts';
import { AppError } from '../shared/errors.ts';
import { KeyedSerializer } from './keyed-serializer.ts';
import type { AssessmentRef, Repositories, UnitOfWork } from './ports.ts';
import type { PuskesmasUnit } from './puskesmas-year.ts';

/** Who makes a change: the name the audit trail keeps, and the role that decides what is allowed. */
export interface Editor {
  username: string;
  role: Role;
}

/** Throws unless `editor` may change the Puskesmas-year in its current status (a year not yet opened is a draft). */
export function assertMayChange(
  editor: Pick<Editor, 'role'>,
  year: { assessment: Pick<AssessmentRef, 'status'> | null; unit: Pick<PuskesmasUnit, 'name'>; year: number },
): void {
  const status = year.assessment?.status ?? null;
  const refusal = changeRefusal(editor.role, status);
  if (refusal === null) return;
  const params = { puskesmas: year.unit.name, year: year.year };
  if (refusal === 'final') throw new AppError('PERIOD_LOCKED', params, { status: 409 });
  if (refusal === 'submitted') throw new AppError('YEAR_SUBMITTED', params, { status: 409 });
  throw new AppError('YEAR_READ_ONLY', { ...params, status: status ?? 'draft' }, { status: 403 });
}

/**
 * Runs `work` in one transaction holding the Puskesmas-year's lock, after checking the editor may
 * change the year. The year's assessment is opened on the district's catalog if it did not exist.
 */
export async function writeYear<T>(
  uow: UnitOfWork,
  target: {
    unit: PuskesmasUnit;
    year: number;
    editor: Pick<Editor, 'role'>;
    /**
     * Instead of the figures' rule (`assertMayChange`), for records that are no figures and follow a
     * rule of their own (meetings, evidence: domain/evidence/evidence-rules.ts); checked under the lock.
     */
    mayChange?: (assessment: AssessmentRef) => void;
    /**
     * The indicator the write changes. A Puskesmas role may change it while the year is submitted
     * when a verifier has returned it (or its programme) and the return is still open.
     */
    indicatorCode?: string;
  },
  work: (repos: Repositories, assessment: AssessmentRef) => Promise<T>,
): Promise<T> {
  const { unit, year, editor } = target;
  return queueOf(uow).run(`${unit.id}:${year}`, () =>
    uow(async (repos) => {
      const assessment = await repos.openAndLockAssessment(unit.id, year);
      if (target.mayChange) target.mayChange(assessment);
      else if (!(await reopened(repos, editor, assessment, target.indicatorCode)))
        assertMayChange(editor, { assessment, unit, year });
      return work(repos, assessment);
    }),
  );
}

/**
 * `writeYear` for several Puskesmas-years at once (a file import: all of it lands, or none): one
 * transaction that takes every year's lock — in one stable order (Puskesmas id, then year), so two
 * such writes can never each hold a lock the other waits for — checks the editor may change each,
 * then runs `work` with the assessments, keyed `${unit.id}:${year}`.
 */
export async function writeYears<T>(
  uow: UnitOfWork,
  targets: { unit: PuskesmasUnit; year: number }[],
  editor: Pick<Editor, 'role'>,
  work: (repos: Repositories, assessments: ReadonlyMap<string, AssessmentRef>) => Promise<T>,
): Promise<T> {
  // Once each: the same key queued twice would wait on itself.
  const unique = new Map(targets.map((t) => [`${t.unit.id}:${t.year}`, t]));
  const ordered = [...unique.values()].sort((a, b) => a.unit.id - b.unit.id || a.year - b.year);
  const locked = () =>
    uow(async (repos) => {
      const assessments = new Map<string, AssessmentRef>();
      for (const { unit, year } of ordered) {
        const assessment = await repos.openAndLockAssessment(unit.id, year);
        assertMayChange(editor, { assessment, unit, year });
        assessments.set(`${unit.id}:${year}`, assessment);
      }
      return work(repos, assessments);
    });
  // The in-process queues of every year, taken in the same order as the row locks.
  const queued = ordered.reduceRight<() => Promise<T>>(
    (inner, { unit, year }) =>
      () =>
        queueOf(uow).run(`${unit.id}:${year}`, inner),
    locked,
  );
  return queued();
}

/**
 * Whether a returned item reopens `indicatorCode` for the editor: a Puskesmas role, a submitted year,
 * and an open return of the indicator or its programme (domain/verification/returns.ts). Read under
 * the year's lock, so a return closed meanwhile closes the indicator again before the write.
 */
export async function reopened(
  repos: Pick<Repositories, 'listReturnedItems' | 'loadAssessmentCatalog'>,
  editor: Pick<Editor, 'role'>,
  assessment: AssessmentRef,
  indicatorCode: string | undefined,
): Promise<boolean> {
  if (indicatorCode === undefined || !isPuskesmasRole(editor.role) || assessment.status !== 'submitted')
    return false;
  const returns = await repos.listReturnedItems(assessment.id);
  if (!returns.some((r) => r.status === 'open')) return false;
  const { catalog } = await repos.loadAssessmentCatalog(assessment.id);
  return reopenedIndicators(catalog, returns).has(indicatorCode);
}

/**
 * The writes of one Puskesmas-year queue here before they take a connection (see KeyedSerializer);
 * the row lock still orders them against other processes that share the database. One queue per
 * unit of work, that is per database: a Puskesmas' id is unique only inside its database, and a
 * process holding two (the tests, one database each) must not make a year of one wait on the other's.
 */
const yearQueues = new WeakMap<UnitOfWork, KeyedSerializer>();

function queueOf(uow: UnitOfWork): KeyedSerializer {
  let queue = yearQueues.get(uow);
  if (!queue) yearQueues.set(uow, (queue = new KeyedSerializer()));
  return queue;
}
