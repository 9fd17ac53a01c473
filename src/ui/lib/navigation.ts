// Where each role starts and what its navigation offers, from the permissions of src/domain/access.
import {
  ROLE_PERMISSIONS,
  type OrgUnitLevel,
  type Permission,
  type Role,
} from '../../domain/access/roles.ts';
import { changeRefusal, isPuskesmasRole, type AssessmentStatus } from '../../domain/assessment/status.ts';
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
  accreditation: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/accreditation`,
  districtAccreditation: (code: string, year: number) => `/districts/${enc(code)}/${year}/accreditation`,
  analysis: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/analysis`,
  feedback: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/feedback`,
  feedbackPrint: (code: string, year: number, letterId: number) =>
    `/puskesmas/${enc(code)}/${year}/feedback/${letterId}/print`,
  districtFeedback: (code: string, year: number) => `/districts/${enc(code)}/${year}/feedback`,
  meetings: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/meetings`,
  users: (code: string) => `/districts/${enc(code)}/users`,
  /** Verification: a programme of a Puskesmas-year, both figures side by side; the district's queue. */
  verification: (code: string, year: number, programme?: string) =>
    `/puskesmas/${enc(code)}/${year}/verification${programme ? `?programme=${enc(programme)}` : ''}`,
  verificationQueue: (code: string, year: number) => `/districts/${enc(code)}/${year}/verification`,
  /** What waits for the signed-in person (their home): on their Puskesmas-year or district-year. */
  home: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/home`,
  districtHome: (code: string, year: number) => `/districts/${enc(code)}/${year}/home`,
  districtStatus: (code: string, year: number) => `/districts/${enc(code)}/${year}/status`,
  report: (code: string, year: number) => `/puskesmas/${enc(code)}/${year}/report`,
  districtReports: (code: string, year: number) => `/districts/${enc(code)}/${year}/reports`,
  catalog: (code: string, year: number) => `/districts/${enc(code)}/${year}/catalog`,
  sharedTargets: (code: string, year: number) => `/districts/${enc(code)}/${year}/shared-targets`,
  provinceDistricts: (code: string) => `/provinces/${enc(code)}/districts`,
  national: (code: string) => `/national/${enc(code)}`,
};

function enc(s: string): string {
  return encodeURIComponent(s);
}

export interface UnitRef {
  code: string;
  level: OrgUnitLevel;
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

/** Whether anything can wait for the role (the home lists it): not for the viewer, who reads results. */
export function hasHome(role: Role): boolean {
  return can(role, 'entries:read');
}

/** Whether the role enters or corrects figures: only then has it cells to save (and a save status to read). */
export function savesFigures(role: Role): boolean {
  return can(role, 'entries:write') || can(role, 'verification:write');
}

/** The first screen after sign-in: what waits for the person, or the results for the viewer. */
export function homePath(role: Role, unit: UnitRef, year: number): string {
  if (unit.level === 'puskesmas') {
    if (hasHome(role)) return paths.home(unit.code, year);
    return can(role, 'entries:write') ? paths.entries(unit.code, year) : paths.dashboard(unit.code, year);
  }
  if (unit.level === 'district') {
    return hasHome(role) ? paths.districtHome(unit.code, year) : paths.district(unit.code, year);
  }
  if (unit.level === 'national') return paths.national(unit.code);
  return paths.provinceDistricts(unit.code);
}

export interface NavItem {
  label: MessageKey;
  to: string;
  /**
   * 'cycle': a screen of the assessment cycle (verification, meetings, Bab V–VI, feedback,
   * accreditation), shown on a second row under the figures' screens so that twelve tabs stay
   * readable on a 1024-pixel tablet.
   */
  group?: 'cycle';
}

/** The items of the figures' row, then those of the cycle's row (empty rows left out). */
export function navRows(items: readonly NavItem[]): NavItem[][] {
  const rows = [items.filter((i) => i.group !== 'cycle'), items.filter((i) => i.group === 'cycle')];
  return rows.filter((row) => row.length > 0);
}

/** The screens of one Puskesmas-year that the role may open (read-only ones included). */
export function puskesmasNav(role: Role, code: string, year: number): NavItem[] {
  const items: NavItem[] = [];
  // The home is the person's own: a Puskesmas account's, not Dinkes' visiting the Puskesmas.
  if (hasHome(role) && isPuskesmasRole(role)) items.push({ label: 'nav.home', to: paths.home(code, year) });
  if (can(role, 'entries:read')) items.push({ label: 'nav.entries', to: paths.entries(code, year) });
  if (can(role, 'entries:read')) items.push({ label: 'nav.rubric', to: paths.rubric(code, year) });
  if (can(role, 'targets:read')) items.push({ label: 'nav.targets', to: paths.targets(code, year) });
  if (can(role, 'profile:read')) items.push({ label: 'nav.profile', to: paths.profile(code, year) });
  if (can(role, 'results:read')) items.push({ label: 'nav.dashboard', to: paths.dashboard(code, year) });
  if (can(role, 'entries:read')) items.push({ label: 'nav.warnings', to: paths.warnings(code, year) });
  // Dinkes' corrections and returns beside the Puskesmas' figures: both sides read them.
  if (can(role, 'entries:read'))
    items.push({ label: 'nav.verification', to: paths.verification(code, year), group: 'cycle' });
  // Meetings and their evidence: the Puskesmas' own records, read by its staff and Dinkes.
  if (can(role, 'entries:read'))
    items.push({ label: 'nav.meetings', to: paths.meetings(code, year), group: 'cycle' });
  // Bab V–VI and Dinkes' feedback: the Puskesmas' staff and Dinkes (not the viewer: working documents).
  if (can(role, 'analysis:read'))
    items.push({ label: 'nav.analysis', to: paths.analysis(code, year), group: 'cycle' });
  if (can(role, 'feedback:read'))
    items.push({ label: 'nav.feedback', to: paths.feedback(code, year), group: 'cycle' });
  // Accreditation readiness reads the Puskesmas' working records, as the warnings do (not the viewer's).
  if (can(role, 'entries:read'))
    items.push({ label: 'nav.accreditation', to: paths.accreditation(code, year), group: 'cycle' });
  // The annual report prints the Puskesmas' inputs as well as its results: whoever reads them.
  if (can(role, 'entries:read'))
    items.push({ label: 'nav.report', to: paths.report(code, year), group: 'cycle' });
  return items;
}

/** The screens of a province account: its districts (and, for its admin, adding one). */
export function provinceNav(role: Role, code: string): NavItem[] {
  return can(role, 'district:read') ? [{ label: 'nav.districts', to: paths.provinceDistricts(code) }] : [];
}

/** The screens of the ministry's account: the country's provinces. */
export function nationalNav(role: Role, code: string): NavItem[] {
  return can(role, 'district:read') ? [{ label: 'nav.provinces', to: paths.national(code) }] : [];
}

/** The district screens of a district account. */
export function districtNav(role: Role, code: string, year: number): NavItem[] {
  const items: NavItem[] = [];
  if (hasHome(role)) items.push({ label: 'nav.home', to: paths.districtHome(code, year) });
  if (can(role, 'district:read')) items.push({ label: 'nav.district', to: paths.district(code, year) });
  // Where each Puskesmas-year stands in the cycle, and the publication: Dinkes' (the viewer reads results).
  if (can(role, 'district:read') && can(role, 'entries:read'))
    items.push({ label: 'nav.status', to: paths.districtStatus(code, year) });
  if (can(role, 'verification:write'))
    items.push({ label: 'nav.verificationQueue', to: paths.verificationQueue(code, year) });
  // The warnings of the district's Puskesmas are Dinkes' to verify (the viewer reads results only).
  if (can(role, 'district:read') && can(role, 'entries:read'))
    items.push({ label: 'nav.warnings', to: paths.districtWarnings(code, year) });
  if (can(role, 'district:read') && can(role, 'entries:read'))
    items.push({ label: 'nav.accreditation', to: paths.districtAccreditation(code, year) });
  if (can(role, 'district:read') && can(role, 'feedback:read'))
    items.push({ label: 'nav.feedback', to: paths.districtFeedback(code, year) });
  if (can(role, 'reports:district'))
    items.push({ label: 'nav.reports', to: paths.districtReports(code, year) });
  // The decree's rows and targets of the year: the admin authors them, publishes, opens the year.
  if (can(role, 'catalog:author')) items.push({ label: 'nav.catalog', to: paths.catalog(code, year) });
  // A target the decree prints for the whole district, shared out among the Puskesmas by the admin.
  if (can(role, 'targets:set'))
    items.push({ label: 'nav.sharedTargets', to: paths.sharedTargets(code, year) });
  if (can(role, 'users:manage')) items.push({ label: 'nav.users', to: paths.users(code) });
  return items;
}
