// An assessment row as the use cases see it: with its Puskesmas (as it was in that year) and district.
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AssessmentRef } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import type { Assessment } from '../repositories/assessments.repository.ts';
import { orgUnits } from '../schema.ts';

const districts = alias(orgUnits, 'district');

export async function assessmentRef(db: Db, assessment: Assessment): Promise<AssessmentRef> {
  // The Puskesmas and its district in one round trip: every save asks this several times.
  const [found] = await db
    .select({
      puskesmas: { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name },
      district: { id: districts.id, code: districts.code, name: districts.name },
    })
    .from(orgUnits)
    .innerJoin(districts, eq(districts.id, orgUnits.parentId))
    .where(eq(orgUnits.id, assessment.puskesmasId));
  if (!found) throw new Error(`assessment ${assessment.id} has no Puskesmas or district`);
  const { puskesmas, district } = found;
  return {
    id: assessment.id,
    year: assessment.year,
    status: assessment.status,
    submittedAt: assessment.submittedAt,
    puskesmas: { ...puskesmas, rawatInap: assessment.rawatInap },
    district,
  };
}
