// Published results of a district-year: the recap as it was published, kept whole; a withdrawal is
// recorded on the row (who, when, why), never a deletion. At most one is in force (not withdrawn).
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { resultPublications } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';

export type Publication = typeof resultPublications.$inferSelect;

/** Stores a publication with its audit entry (entity 'publication', on the district). */
export async function insertPublication(
  db: Db,
  input: { districtId: number; year: number; recap: unknown; actor: string; at: Date; puskesmas: number },
): Promise<Publication> {
  const [row] = await db
    .insert(resultPublications)
    .values({
      districtId: input.districtId,
      year: input.year,
      recap: input.recap,
      publishedBy: input.actor,
      publishedAt: input.at,
    })
    .returning();
  if (!row) throw new Error(`the publication of district ${input.districtId} ${input.year} was not stored`);
  await appendAudit(db, {
    actor: input.actor,
    entity: 'publication',
    orgUnitId: input.districtId,
    entityKey: { year: input.year, publicationId: row.id },
    oldValue: null,
    newValue: { publishedAt: input.at.toISOString(), puskesmas: input.puskesmas },
  });
  return row;
}

/** The publication of a district-year in force (not withdrawn), if any. */
export async function getActivePublication(
  db: Db,
  districtId: number,
  year: number,
): Promise<Publication | undefined> {
  const [row] = await db
    .select()
    .from(resultPublications)
    .where(
      and(
        eq(resultPublications.districtId, districtId),
        eq(resultPublications.year, year),
        isNull(resultPublications.withdrawnAt),
      ),
    )
    .orderBy(desc(resultPublications.id))
    .limit(1);
  return row;
}

/** Every publication of a district-year, newest first, withdrawn ones included. */
export async function listPublications(db: Db, districtId: number, year: number): Promise<Publication[]> {
  return db
    .select()
    .from(resultPublications)
    .where(and(eq(resultPublications.districtId, districtId), eq(resultPublications.year, year)))
    .orderBy(desc(resultPublications.id));
}

/** Marks a publication withdrawn, with its audit entry; the recap stays as it was published. */
export async function withdrawPublication(
  db: Db,
  input: { id: number; actor: string; reason: string; at: Date },
): Promise<Publication> {
  const [row] = await db
    .update(resultPublications)
    .set({ withdrawnBy: input.actor, withdrawnAt: input.at, withdrawReason: input.reason })
    .where(and(eq(resultPublications.id, input.id), isNull(resultPublications.withdrawnAt)))
    .returning();
  if (!row) throw new Error(`publication ${input.id} is not in force`);
  await appendAudit(db, {
    actor: input.actor,
    entity: 'publication',
    orgUnitId: row.districtId,
    entityKey: { year: row.year, publicationId: row.id },
    oldValue: { withdrawnAt: null },
    newValue: { withdrawnAt: input.at.toISOString() },
    reason: input.reason,
  });
  return row;
}
