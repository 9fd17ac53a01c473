// Bab VI: the actions of the follow-up plan (RTL). Actions are never deleted (a cancelled one says
// "batal"); each change is version-checked and audited (entity 'rtl_action', keyed by its id). An
// action carried into the next year is a new row there that names the one it carries on.
import { asc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db.ts';
import { assessments, rtlActions } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';
import { writeVersioned } from './versioned-write.ts';

export type RtlAction = typeof rtlActions.$inferSelect;

export interface RtlFields {
  indicatorCode: string;
  action: string;
  target: string;
  personInCharge: string;
  startOn: string | null;
  dueOn: string | null;
  budgetSource: string | null;
  status: RtlAction['status'];
  followUp: string | null;
}

const origin = alias(rtlActions, 'origin');
const originAssessment = alias(assessments, 'origin_assessment');

export type RtlActionRow = RtlAction & { carriedFromYear: number | null };

/** Actions with the year of the action each carries on. */
async function selectActions(db: Db, where: SQL): Promise<RtlActionRow[]> {
  const rows = await db
    .select({ action: rtlActions, carriedFromYear: originAssessment.year })
    .from(rtlActions)
    .leftJoin(origin, eq(origin.id, rtlActions.carriedFromId))
    .leftJoin(originAssessment, eq(originAssessment.id, origin.assessmentId))
    .where(where)
    .orderBy(asc(rtlActions.id));
  return rows.map((r) => ({ ...r.action, carriedFromYear: r.carriedFromYear }));
}

/** The actions of an assessment in the order they were made. */
export async function listRtlActions(db: Db, assessmentId: number): Promise<RtlActionRow[]> {
  return selectActions(db, eq(rtlActions.assessmentId, assessmentId));
}

export async function getRtlAction(db: Db, id: number): Promise<RtlActionRow | undefined> {
  return (await selectActions(db, eq(rtlActions.id, id)))[0];
}

const kept = (row: RtlAction): Record<string, unknown> => ({
  indicatorCode: row.indicatorCode,
  action: row.action,
  target: row.target,
  personInCharge: row.personInCharge,
  startOn: row.startOn,
  dueOn: row.dueOn,
  budgetSource: row.budgetSource,
  status: row.status,
  followUp: row.followUp,
  carriedFromId: row.carriedFromId,
  version: row.version,
});

export async function createRtlAction(
  db: Db,
  write: {
    assessmentId: number;
    fields: RtlFields;
    carriedFromId?: number | undefined;
    actor: string;
    at: Date;
    reason?: string | undefined;
  },
): Promise<RtlAction> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rtlActions)
      .values({
        assessmentId: write.assessmentId,
        ...write.fields,
        carriedFromId: write.carriedFromId ?? null,
        updatedBy: write.actor,
        updatedAt: write.at,
      })
      .returning();
    if (!row) throw new Error('RTL action was not stored');
    await appendAudit(tx, {
      actor: write.actor,
      entity: 'rtl_action',
      assessmentId: write.assessmentId,
      entityKey: { actionId: row.id },
      oldValue: null,
      newValue: kept(row),
      reason: write.reason ?? null,
    });
    return row;
  });
}

/** Changes an action of `assessmentId` if its stored version is `expectedVersion`; STALE_VALUE otherwise. */
export async function updateRtlAction(
  db: Db,
  write: {
    id: number;
    assessmentId: number;
    fields: RtlFields;
    expectedVersion: number;
    actor: string;
    at: Date;
  },
): Promise<RtlAction> {
  const [stored] = await db
    .select({ assessmentId: rtlActions.assessmentId })
    .from(rtlActions)
    .where(eq(rtlActions.id, write.id));
  // An id of another Puskesmas-year is no action of this one: the same answer as an id that does not exist.
  if (stored?.assessmentId !== write.assessmentId)
    throw new AppError('RTL_ACTION_NOT_FOUND', { id: write.id }, { status: 404 });
  return writeVersioned(db, rtlActions, {
    where: eq(rtlActions.id, write.id),
    key: { id: write.id },
    fields: { ...write.fields, updatedBy: write.actor, updatedAt: write.at },
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'rtl_action',
      assessmentId: after.assessmentId,
      entityKey: { actionId: after.id },
      oldValue: before ? kept(before) : null,
      newValue: kept(after),
    }),
  });
}
