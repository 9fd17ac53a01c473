// Where each role starts and what its navigation offers, from the permissions of src/domain/access.
import { ROLE_PERMISSIONS, type Permission, type Role } from '../../domain/access/roles.ts';
import { changeRefusal, type AssessmentStatus } from '../../domain/assessment/status.ts';
import type { MessageKey } from '../i18n/id.ts';

export const paths = {
  login: '/login',
  password: '/password',
  entries: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/entries`,
  rubric: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/rubric`,
  targets: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/targets`,
  profile: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/profile`,
  dashboard: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/dashboard`,
  warnings: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/warnings`,
  district: (code: string, year: number) => `/districts/${enc(code)}/${year}/dashboard`,
  districtWarnings: (code: string, year: number) => `/districts/${enc(code)}/${year}/warnings`,
  users: (code: string) => `/districts/${enc(code)}/users`,
};

function enc(s: string): string {
  return encodeURIComponent(s);
}

export interface UnitRef {
  code: string;
  level: 'province' | 'district' | 'puskesmas';
}

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Why the user may not change a screen of a Puskesmas-year, as the words to show (`screenNote`: the
 * screen's own "you can only view" text), or null when they may. The server applies the same rule.
 */
export function readOnlyNote(
  role: Role,
  permission: Permission,
  status: AssessmentStatus | null,
  screenNote: MessageKey,
): MessageKey | null {
  if (!can(role, permission)) return screenNote;
  const refusal = changeRefusal(role, status);
  if (refusal === 'submitted') return 'year.submitted';
  if (refusal === 'final') return 'year.locked';
  return refusal === null ? null : screenNote;
}

/** The first screen after sign-in: the work of the role. */
export function homePath(role: Role, unit: UnitRef, year: number): string {
  if (unit.level === 'puskesmas') {
    return can(role, 'entries:write') ? paths.entries(unit.code, year) : paths.dashboard(unit.code, year);
  }
  if (unit.level === 'district') return paths.district(unit.code, year);
  return paths.password;
}

export interface NavItem {
  label: MessageKey;
  to: string;
}

/** The screens of one Puskesmas-year that the role may open (read-only ones included). */
export function puskesmasNav(role: Role, code: string, year: number): NavItem[] {
  const items: NavItem[] = [];
  if (can(role, 'entries:read')) items.push({ label: 'nav.entries', to: paths.entries(code, year) });
  if (can(role, 'entries:read')) items.push({ label: 'nav.rubric', to: paths.rubric(code, year) });
  if (can(role, 'targets:read')) items.push({ label: 'nav.targets', to: paths.targets(code, year) });
  if (can(role, 'profile:read')) items.push({ label: 'nav.profile', to: paths.profile(code, year) });
  if (can(role, 'results:read')) items.push({ label: 'nav.dashboard', to: paths.dashboard(code, year) });
  if (can(role, 'entries:read')) items.push({ label: 'nav.warnings', to: paths.warnings(code, year) });
  return items;
}

/** The district screens of a district account. */
export function districtNav(role: Role, code: string, year: number): NavItem[] {
  const items: NavItem[] = [];
  if (can(role, 'district:read')) items.push({ label: 'nav.district', to: paths.district(code, year) });
  // The warnings of the district's Puskesmas are Dinkes' to verify (the viewer reads results only).
  if (can(role, 'district:read') && can(role, 'entries:read'))
    items.push({ label: 'nav.warnings', to: paths.districtWarnings(code, year) });
  if (can(role, 'users:manage')) items.push({ label: 'nav.users', to: paths.users(code) });
  return items;
}
