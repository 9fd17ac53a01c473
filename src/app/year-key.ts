// A Puskesmas-year's key in the large tables (`YearKey`, ports.ts): its district and its id.
import type { YearKey } from './ports.ts';

export function yearKeyOf(assessment: { id: number; district: { id: number } }): YearKey {
  return { districtId: assessment.district.id, assessmentId: assessment.id };
}
