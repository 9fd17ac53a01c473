// An assessment row as the use cases see it: with its Puskesmas (as it was in that year) and district,
// read in the same round trip as the row itself. Every save asks for it (the year's lock is this
// query with FOR UPDATE), so it is one statement, not a row and then its units.
import { and, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AssessmentRef } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import { assessments, orgUnits } from '../schema.ts';

const puskesmas = alias(orgUnits, 'puskesmas');
const districts = alias(orgUnits, 'district');

/** Which assessment: by its id, or by its Puskesmas (id or code) and year. */
export type AssessmentKey =
  { assessmentId: number } | { puskesmasId: number; year: number } | { puskesmasCode: string; year: number };

function whereOf(key: AssessmentKey): SQL | undefined {
  if ('assessmentId' in key) return eq(assessments.id, key.assessmentId);
  if ('puskesmasId' in key)
    return and(eq(assessments.puskesmasId, key.puskesmasId), eq(assessments.year, key.year));
  return and(
    eq(puskesmas.code, key.puskesmasCode),
    eq(puskesmas.level, 'puskesmas'),
    eq(assessments.year, key.year),
  );
}

/**
 * The assessment `key` names, with its units, or undefined. `lock` takes the row's lock for the rest
 * of the transaction (FOR UPDATE OF the assessment alone: the units are only read) and returns the
 * row as it is once the lock is held.
 */
export async function findAssessmentRef(
  db: Db,
  key: AssessmentKey,
  options: { lock?: boolean } = {},
): Promise<AssessmentRef | undefined> {
  const query = db
    .select({
      id: assessments.id,
      year: assessments.year,
      status: assessments.status,
      submittedAt: assessments.submittedAt,
      catalogVersionId: assessments.catalogVersionId,
      rawatInap: assessments.rawatInap,
      puskesmas: { id: puskesmas.id, code: puskesmas.code, name: puskesmas.name },
      district: { id: districts.id, code: districts.code, name: districts.name },
    })
    .from(assessments)
    .innerJoin(puskesmas, eq(puskesmas.id, assessments.puskesmasId))
    .innerJoin(districts, eq(districts.id, assessments.districtId))
    .where(whereOf(key));
  const [found] = options.lock ? await query.for('update', { of: assessments }) : await query;
  if (!found) return undefined;
  const { rawatInap, ...ref } = found;
  return { ...ref, puskesmas: { ...ref.puskesmas, rawatInap } };
}
