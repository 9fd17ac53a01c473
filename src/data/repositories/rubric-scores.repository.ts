// Management and quality rubric scores: one per assessment × item × stage, each write version-checked and audited.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { RubricLevel } from '../../domain/catalog/types.ts';
import type { Db } from '../db.ts';
import { rubricScores, type Stage } from '../schema.ts';
import type { YearKey } from '../../app/ports.ts';
import { insertInBatches } from './batches.ts';
import { deleteVersioned, writeVersioned } from './versioned-write.ts';

export type RubricScore = typeof rubricScores.$inferSelect;
export type NewRubricScore = typeof rubricScores.$inferInsert;

export interface RubricScoreKey extends YearKey {
  indicatorCode: string;
  stage: Stage;
}

export interface RubricScoreWrite extends RubricScoreKey {
  /** The level chosen, for `input: 'level'` items. */
  level?: RubricLevel | null;
  /** The percentage entered, for `input: 'percent'` items (banded into a level by the engine). */
  percent?: number | null;
  /** Last year's figure of an item that must rise above it. */
  previous?: number | null;
  note?: string | null;
  /** Why Dinkes corrected it (stage 'verified'). */
  correctionReason?: string | null;
  /** The version the writer edited: 0 when it saw no score. */
  expectedVersion: number;
  actor: string;
  reason?: string | null;
  at?: Date;
}

/** The scores of an assessment (at one stage, or both), by item. */
export async function listRubricScores(db: Db, year: YearKey, stage?: Stage): Promise<RubricScore[]> {
  const conditions = [
    eq(rubricScores.districtId, year.districtId),
    eq(rubricScores.assessmentId, year.assessmentId),
  ];
  if (stage) conditions.push(eq(rubricScores.stage, stage));
  return db
    .select()
    .from(rubricScores)
    .where(and(...conditions))
    .orderBy(asc(rubricScores.indicatorCode), asc(rubricScores.stage));
}

export async function getRubricScore(db: Db, key: RubricScoreKey): Promise<RubricScore | undefined> {
  const [found] = await db.select().from(rubricScores).where(matchKey(key));
  return found;
}

/**
 * Writes one score if its stored version is still `expectedVersion`, with an audit entry in the same
 * transaction. Otherwise throws STALE_VALUE (409) and changes nothing.
 */
export async function upsertRubricScore(db: Db, write: RubricScoreWrite): Promise<RubricScore> {
  const key: RubricScoreKey = {
    districtId: write.districtId,
    assessmentId: write.assessmentId,
    indicatorCode: write.indicatorCode,
    stage: write.stage,
  };
  const fields = {
    level: write.level ?? null,
    percent: write.percent ?? null,
    previous: write.previous ?? null,
    note: write.note ?? null,
    correctionReason: write.correctionReason ?? null,
    enteredBy: write.actor,
    enteredAt: write.at ?? sql`now()`,
  };
  return writeVersioned(db, rubricScores, {
    where: matchKey(key),
    key,
    fields,
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'rubric_score',
      districtId: key.districtId,
      assessmentId: key.assessmentId,
      entityKey: { indicatorCode: key.indicatorCode, stage: key.stage },
      oldValue: before ? auditedFields(before) : null,
      newValue: auditedFields(after),
      reason: write.reason ?? null,
    }),
  });
}

/** Removes one score (a Dinkes correction withdrawn) if still at `expectedVersion`, audited; else STALE_VALUE. */
export async function deleteRubricScore(
  db: Db,
  write: RubricScoreKey & { expectedVersion: number; actor: string; reason: string },
): Promise<RubricScore> {
  const key: RubricScoreKey = {
    districtId: write.districtId,
    assessmentId: write.assessmentId,
    indicatorCode: write.indicatorCode,
    stage: write.stage,
  };
  return deleteVersioned(db, rubricScores, {
    where: matchKey(key),
    expectedVersion: write.expectedVersion,
    audit: (before) => ({
      actor: write.actor,
      entity: 'rubric_score',
      districtId: key.districtId,
      assessmentId: key.assessmentId,
      entityKey: { indicatorCode: key.indicatorCode, stage: key.stage },
      oldValue: auditedFields(before),
      newValue: null,
      reason: write.reason,
    }),
  });
}

/** Loads generated or imported scores in bulk (no version check, no audit entries). */
export async function insertRubricScoresBulk(db: Db, rows: readonly NewRubricScore[]): Promise<void> {
  await insertInBatches(db, rubricScores, rows);
}

function matchKey(key: RubricScoreKey): SQL {
  return and(
    eq(rubricScores.districtId, key.districtId),
    eq(rubricScores.assessmentId, key.assessmentId),
    eq(rubricScores.stage, key.stage),
    eq(rubricScores.indicatorCode, key.indicatorCode),
  )!;
}

function auditedFields(row: RubricScore): Record<string, unknown> {
  return {
    level: row.level,
    percent: row.percent,
    ...(row.previous === null ? {} : { previous: row.previous }),
    note: row.note,
    version: row.version,
  };
}
