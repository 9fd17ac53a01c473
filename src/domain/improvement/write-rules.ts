// Who may write each document of the improvement cycle, in which status of the Puskesmas-year — as
// data, beside (not inside) the figures' rule of assessment/status.ts. These documents are not the
// figures Dinkes verifies, so they follow their own calendar:
// - Bab V (the analysis of the gaps: problems, causes, USG, the programmes' analyses) is written at the
//   end of the year, usually after the figures are in: the Puskesmas team may write it while the year
//   is a draft and after submission, until Dinkes has verified the year — then it is part of the
//   verified report.
// - Bab VI (RTL) is a plan being carried out: actions are added, started and finished while the year
//   runs and after it is submitted and verified, until the year is final; from then on the open actions
//   live on as the next year's copies (carryOpenActions).
// - Dinkes' feedback letters answer any report: monthly and semester reports during the year (2.8.3 f
//   "secara periodik"), the submitted self-assessment, and the final, published result — every status.
// - The Puskesmas' follow-up of a point is work done after the feedback, often in the next year: every
//   status.
import type { Role } from '../access/roles.ts';
import { ASSESSMENT_STATUSES, statusesBefore, type AssessmentStatus } from '../assessment/status.ts';

export type ImprovementDocument = 'analysis' | 'rtl' | 'feedback' | 'follow-up';

const PUSKESMAS_TEAM = ['kepala_puskesmas', 'koordinator'] as const;
const UNTIL_VERIFIED = statusesBefore('verified');
const UNTIL_FINAL = statusesBefore('final');

function forRoles(
  roles: readonly Role[],
  statuses: readonly AssessmentStatus[],
): Partial<Record<Role, readonly AssessmentStatus[]>> {
  return Object.fromEntries(roles.map((r) => [r, statuses]));
}

/** The statuses in which each role may write each document; a role not listed never may. */
export const IMPROVEMENT_WRITERS: Record<
  ImprovementDocument,
  Partial<Record<Role, readonly AssessmentStatus[]>>
> = {
  analysis: forRoles(PUSKESMAS_TEAM, UNTIL_VERIFIED),
  rtl: forRoles(PUSKESMAS_TEAM, UNTIL_FINAL),
  feedback: forRoles(['admin_dinkes', 'verifikator'], ASSESSMENT_STATUSES),
  'follow-up': forRoles(PUSKESMAS_TEAM, ASSESSMENT_STATUSES),
};

/**
 * Why `role` may not write `document` of a Puskesmas-year in `status` (`'role'`: never; `'closed'`: not
 * any more, in this status), or null when it may. A year not opened yet (`status` null) is a draft.
 */
export function improvementRefusal(
  document: ImprovementDocument,
  role: Role,
  status: AssessmentStatus | null,
): 'role' | 'closed' | null {
  const statuses = IMPROVEMENT_WRITERS[document][role];
  if (!statuses) return 'role';
  return statuses.includes(status ?? 'draft') ? null : 'closed';
}
