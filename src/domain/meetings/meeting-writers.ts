// Who records a Puskesmas' meetings, and while the year is in which status: the coordinator and the
// head, as for the meetings' evidence (their minutes, photos and attendance scans).
import type { Role } from '../access/roles.ts';
import type { AssessmentStatus } from '../assessment/status.ts';
import { uploadRefusal, type EvidenceRefusal } from '../evidence/evidence-rules.ts';

/**
 * Why `role` may not record or change a meeting of a year in `status` (null: it may). A meeting is a
 * record, not a score: the performance review is held after the report went to Dinkes, so meetings
 * are recorded until the year is final (docs/scoring-decisions.md, "Meetings and evidence").
 */
export function meetingRefusal(role: Role, status: AssessmentStatus | null): EvidenceRefusal {
  return uploadRefusal(role, 'meeting', status);
}
