// Which roles a district's admin gives, and where each one works: the rule the server applies
// (ROLE_UNIT_LEVELS), so the forms offer only placements it accepts.
import { ROLES, ROLE_UNIT_LEVELS, type Role } from '../../domain/access/roles.ts';

/** Every role that can sit at the district or one of its Puskesmas (a province-only role cannot). */
export const ASSIGNABLE_ROLES: readonly Role[] = ROLES.filter(
  (r) => !ROLE_UNIT_LEVELS[r].every((level) => level === 'province'),
);

/** A Puskesmas role works at one Puskesmas; the others at the district itself. */
export function worksAtPuskesmas(role: Role): boolean {
  return ROLE_UNIT_LEVELS[role].includes('puskesmas');
}
