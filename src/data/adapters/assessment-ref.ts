// An assessment row as the use cases see it: with its Puskesmas (as it was in that year) and district.
import type { AssessmentRef } from '../../app/ports.ts';
import type { Db } from '../db.ts';
import type { Assessment } from '../repositories/assessments.repository.ts';
import { getOrgUnitById } from '../repositories/org-units.repository.ts';

export async function assessmentRef(db: Db, assessment: Assessment): Promise<AssessmentRef> {
  const puskesmas = await getOrgUnitById(db, assessment.puskesmasId);
  const district = puskesmas?.parentId == null ? undefined : await getOrgUnitById(db, puskesmas.parentId);
  if (!puskesmas || !district) throw new Error(`assessment ${assessment.id} has no Puskesmas or district`);
  return {
    id: assessment.id,
    year: assessment.year,
    status: assessment.status,
    submittedAt: assessment.submittedAt,
    puskesmas: {
      id: puskesmas.id,
      code: puskesmas.code,
      name: puskesmas.name,
      rawatInap: assessment.rawatInap,
    },
    district: { id: district.id, code: district.code, name: district.name },
  };
}
