// Puskesmas profiles (Bab II): one JSON document per Puskesmas-year, each write version-checked and audited.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { puskesmasProfiles } from '../schema.ts';
import { writeVersioned } from './versioned-write.ts';

export type PuskesmasProfile = typeof puskesmasProfiles.$inferSelect;

export interface ProfileKey {
  orgUnitId: number;
  year: number;
}

export interface ProfileWrite extends ProfileKey {
  data: Record<string, unknown>;
  /** Recorded with the document in the audit entry (the status lives on the org unit). */
  rawatInap: { before: boolean; after: boolean };
  assessmentId: number | null;
  /** The version the writer edited: 0 when it saw no profile. */
  expectedVersion: number;
  actor: string;
  reason?: string | null;
  at?: Date;
}

export async function getProfile(db: Db, key: ProfileKey): Promise<PuskesmasProfile | undefined> {
  const [found] = await db.select().from(puskesmasProfiles).where(matchKey(key));
  return found;
}

/**
 * Writes the document if its stored version is still `expectedVersion`, with an audit entry (entity
 * 'profile') in the same transaction. Otherwise throws STALE_VALUE (409) and changes nothing.
 */
export async function upsertProfile(db: Db, write: ProfileWrite): Promise<PuskesmasProfile> {
  const key: ProfileKey = { orgUnitId: write.orgUnitId, year: write.year };
  return writeVersioned(db, puskesmasProfiles, {
    where: matchKey(key),
    key,
    fields: { data: write.data, updatedBy: write.actor, updatedAt: write.at ?? sql`now()` },
    expectedVersion: write.expectedVersion,
    audit: (before, after) => ({
      actor: write.actor,
      entity: 'profile',
      orgUnitId: key.orgUnitId,
      assessmentId: write.assessmentId,
      entityKey: { year: key.year },
      oldValue: before
        ? { ...before.data, rawatInap: write.rawatInap.before, version: before.version }
        : { rawatInap: write.rawatInap.before },
      newValue: { ...after.data, rawatInap: write.rawatInap.after, version: after.version },
      reason: write.reason ?? null,
    }),
  });
}

function matchKey(key: ProfileKey): SQL {
  return and(eq(puskesmasProfiles.orgUnitId, key.orgUnitId), eq(puskesmasProfiles.year, key.year))!;
}
