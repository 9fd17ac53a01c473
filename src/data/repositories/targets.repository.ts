// Targets: per assessment × stage × indicator, the target, the sasaran, and whether the indicator
// applies. Stage 'self' is the Puskesmas' own row; a 'verified' row is a Dinkes correction over it.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { targets, type Stage } from '../schema.ts';
import type { YearKey } from '../../app/ports.ts';
import { insertInBatches } from './batches.ts';
import { deleteVersioned, writeVersioned } from './versioned-write.ts';

export type Target = typeof targets.$inferSelect;
export type NewTarget = typeof targets.$inferInsert;

export interface TargetKey extends YearKey {
  indicatorCode: string;
  /** 'self' unless given. */
  stage?: Stage;
}

export interface TargetWrite extends TargetKey {
  targetValue?: number | null;
  targetSasaran?: number | null;
  sasaran?: number | null;
  /** Defaults to true. */
  applicable?: boolean;
  notApplicableReason?: string | null;
  chosen?: boolean | null;
  /** Why Dinkes corrected it (stage 'verified'). */
  correctionReason?: string | null;
  /** The version the writer edited: 0 when it saw no target. */
  expectedVersion: number;
  actor: string;
  reason?: string | null;
  at?: Date;
}

/** The targets of an assessment at one stage, by indicator code. */
export async function listTargets(db: Db, year: YearKey, stage: Stage = 'self'): Promise<Target[]> {
  return db
    .select()
    .from(targets)
    .where(
      and(
        eq(targets.districtId, year.districtId),
        eq(targets.assessmentId, year.assessmentId),
        eq(targets.stage, stage),
      ),
    )
    .orderBy(asc(targets.indicatorCode));
}

export async function getTarget(db: Db, key: TargetKey): Promise<Target | undefined> {
  const [found] = await db.select().from(targets).where(matchKey(key));
  return found;
}

/**
 * Writes one target if its stored version is still `expectedVersion`, with an audit entry in the same
 * transaction. Otherwise throws STALE_VALUE (409) and changes nothing.
 */
export async function upsertTarget(db: Db, write: TargetWrite): Promise<Target> {
  const key = {
    districtId: write.districtId,
    assessmentId: write.assessmentId,
    indicatorCode: write.indicatorCode,
    stage: write.stage ?? 'self',
  };
  const fields = {
    targetValue: write.targetValue ?? null,
    targetSasaran: write.targetSasaran ?? null,
    sasaran: write.sasaran ?? null,
    applicable: write.applicable ?? true,
    notApplicableReason: write.notApplicableReason ?? null,
    chosen: write.chosen ?? null,
    correctionReason: write.correctionReason ?? null,
    updatedBy: write.actor,
    updatedAt: write.at ?? sql`now()`,
  };
  return writeVersioned(db, targets, {
    where: matchKey(key),
    key,
    fields,
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'target',
      districtId: key.districtId,
      assessmentId: key.assessmentId,
      entityKey: { indicatorCode: key.indicatorCode, stage: key.stage },
      oldValue: before ? auditedFields(before) : null,
      newValue: auditedFields(after),
      reason: write.reason ?? null,
    }),
  });
}

/** Removes one target row (a Dinkes correction withdrawn) if still at `expectedVersion`, audited; else STALE_VALUE. */
export async function deleteTarget(
  db: Db,
  write: TargetKey & { expectedVersion: number; actor: string; reason: string },
): Promise<Target> {
  const key = {
    districtId: write.districtId,
    assessmentId: write.assessmentId,
    indicatorCode: write.indicatorCode,
    stage: write.stage ?? 'self',
  };
  return deleteVersioned(db, targets, {
    where: matchKey(key),
    expectedVersion: write.expectedVersion,
    audit: (before) => ({
      actor: write.actor,
      entity: 'target',
      districtId: key.districtId,
      assessmentId: key.assessmentId,
      entityKey: { indicatorCode: key.indicatorCode, stage: key.stage },
      oldValue: auditedFields(before),
      newValue: null,
      reason: write.reason,
    }),
  });
}

/** Loads generated or imported targets in bulk (no version check, no audit entries). */
export async function insertTargetsBulk(db: Db, rows: readonly NewTarget[]): Promise<void> {
  await insertInBatches(db, targets, rows);
}

function matchKey(key: TargetKey): SQL {
  return and(
    eq(targets.districtId, key.districtId),
    eq(targets.assessmentId, key.assessmentId),
    eq(targets.stage, key.stage ?? 'self'),
    eq(targets.indicatorCode, key.indicatorCode),
  )!;
}

function auditedFields(row: Target): Record<string, unknown> {
  return {
    targetValue: row.targetValue,
    targetSasaran: row.targetSasaran,
    sasaran: row.sasaran,
    applicable: row.applicable,
    notApplicableReason: row.notApplicableReason,
    chosen: row.chosen,
    version: row.version,
  };
}
