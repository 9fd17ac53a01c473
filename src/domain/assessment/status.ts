// The workflow status of a Puskesmas-year, declared once, and who may change its figures in each.
//
// The decree makes the Puskesmas assess itself and Dinkes verify: once the Kepala Puskesmas has
// submitted (the report to Dinkes), the figures are Dinkes' to verify, so no Puskesmas role may move
// them any more — otherwise a Puskesmas could re-score itself after seeing the district's league table.
import type { Role } from '../access/roles.ts';

/**
 * Draf → Diajukan (the Kepala Puskesmas submits: the report to Dinkes) → Diverifikasi → Final (the
 * Dinkes admin finalises: everything locked) → Dipublikasikan (the district's results are published).
 */
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'verified', 'final', 'published'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The statuses before `status`, in order: `statusesBefore('final')` is every status still open to Dinkes. */
export function statusesBefore(status: AssessmentStatus): readonly AssessmentStatus[] {
  return ASSESSMENT_STATUSES.slice(0, ASSESSMENT_STATUSES.indexOf(status));
}

const PUSKESMAS_ROLES: readonly Role[] = ['pelaksana', 'koordinator', 'kepala_puskesmas'];

/** The statuses in which each role may change a Puskesmas-year's figures (within its permissions). */
export const WRITABLE_STATUSES: Record<Role, readonly AssessmentStatus[]> = {
  pelaksana: ['draft'],
  koordinator: ['draft'],
  kepala_puskesmas: ['draft'],
  // Dinkes sets targets before and during the year, and corrects while it verifies; a final year is locked.
  admin_dinkes: statusesBefore('final'),
  verifikator: statusesBefore('final'),
  viewer: [],
  admin_provinsi: [],
};

export function isPuskesmasRole(role: Role): boolean {
  return PUSKESMAS_ROLES.includes(role);
}

/** Final and published years are locked: nobody changes their figures (reopening is a move, with a reason). */
export function isLocked(status: AssessmentStatus | null): boolean {
  return status === 'final' || status === 'published';
}

/**
 * Whether the Puskesmas has reported the year to Dinkes (submitted, or any status after it): from
 * then on a value still missing counts as 0 (docs/scoring.md#missing), and the year has a 'verified'
 * result beside its own.
 */
export function isSubmitted(status: AssessmentStatus | null): boolean {
  return status !== null && status !== 'draft';
}

/**
 * Why `role` may not change a Puskesmas-year in `status`, or null when it may. A year nobody has
 * opened yet (`status` null) is a draft.
 */
export function changeRefusal(
  role: Role,
  status: AssessmentStatus | null,
): 'final' | 'submitted' | 'read-only' | null {
  const current = status ?? 'draft';
  if (WRITABLE_STATUSES[role].includes(current)) return null;
  if (current === 'final' || current === 'published') return 'final';
  if (isPuskesmasRole(role)) return 'submitted';
  return 'read-only';
}
