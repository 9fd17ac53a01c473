// Who may do what (docs/scoring.md#roles): roles, their permissions, and the org units they reach.

export const ROLES = [
  /** Pelaksana: a Puskesmas programme officer; enters monthly results. */
  'pelaksana',
  /** Koordinator / PJ UKM / PJ UKP: checks a cluster's data, writes the analysis and the RTL. */
  'koordinator',
  /** Kepala Puskesmas: sets targets, scores management items, approves and submits. */
  'kepala_puskesmas',
  /** Verifikator Dinkes: verifies the Puskesmas of the district, may correct with a reason. */
  'verifikator',
  /** Admin Dinkes: the district's catalog, targets, thresholds, periods and users. */
  'admin_dinkes',
  /** Viewer (province, ministry, public): read-only results. */
  'viewer',
  /** Admin of the province's health office: adds a district (its Puskesmas, its first admin). */
  'admin_provinsi',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'profile:read',
  'profile:write',
  'targets:read',
  /** Sasaran, not-applicable with a reason, the UKM Pengembangan choice. */
  'targets:write',
  /** The target values themselves: the decree sets them and the district owns them. */
  'targets:set',
  'entries:read',
  'entries:write',
  /**
   * Reporting a complete month to Dinkes ("Laporkan bulan ini", criterion 2.8.3 b, e): the koordinator
   * who checked the cluster's data, or the Kepala Puskesmas; the pelaksana enters the figures.
   */
  'months:report',
  'rubric:write',
  /**
   * Attaching evidence files (PDF, photos, scans) to a Puskesmas-year's records; which record and in
   * which status is decided per kind of record (domain/evidence/evidence-rules.ts). Reading them
   * needs `entries:read`: whoever reads the Puskesmas' inputs, never a viewer.
   */
  'evidence:write',
  /** Recording the Puskesmas' meetings (lokakarya mini, review kinerja, lintas program): coordinator and head. */
  'meetings:write',
  /** Reading Dinkes' feedback letters and the Puskesmas' follow-ups: the Puskesmas' staff and Dinkes (drafts: Dinkes only). */
  'feedback:read',
  /** Drafting a feedback letter to a Puskesmas (criterion 2.8.3 f, 2.8.4 d): a verifier or the admin. */
  'feedback:write',
  /** Sending a drafted letter, signed: from then on it is read-only. The admin, who speaks for Dinkes. */
  'feedback:send',
  /** Recording the Puskesmas' follow-up of each point (2.8.3 g, 2.8.4 e): the coordinator or the head. */
  'feedback:follow-up',
  /** Reading Bab V (the gaps, problems, causes, priorities) and Bab VI (the RTL): the Puskesmas' staff and Dinkes. */
  'analysis:read',
  /** Writing Bab V and the RTL actions (domain/improvement/write-rules.ts says in which status): coordinator and head. */
  'analysis:write',
  /**
   * Marking a plausibility warning checked, with a note: the Kepala Puskesmas answers for the
   * Puskesmas' figures, Dinkes for what it verifies (the year's status decides when: year-write.ts).
   */
  'warnings:check',
  /**
   * Verifying a submitted Puskesmas-year: correcting a figure with a reason, returning an indicator or
   * a programme with a comment, closing a return, recording a look; and the district's queue. Dinkes.
   */
  'verification:write',
  /** Answering what a verifier returned (and changing the returned figures meanwhile): the Puskesmas' staff. */
  'returns:answer',
  'results:read',
  'district:read',
  'users:manage',
  /** The workflow's moves (domain/assessment/workflow.ts): the Kepala Puskesmas submits the year to Dinkes. */
  'workflow:submit',
  /** A verifier signs the year off as verified. */
  'workflow:verify',
  /** Sending a year back a step, with a reason: the whole year to the Puskesmas, or out of "verified". */
  'workflow:return',
  /** Finalising a verified year (everything locked), and reopening a final one with a reason. */
  'workflow:finalise',
  /** Publishing a district's Kelompok and ranks once every Puskesmas-year is final. */
  'results:publish',
  /** Making the district's documents (recap, every Puskesmas' report, the letters) as one batch: Dinkes. */
  'reports:district',
  /** The district's standard texts of the annual report (foreword, Bab I, Bab VII): the admin. */
  'reports:texts',
  /** The district's catalog of a year (its draft, its publication) and opening the year: the admin. */
  'catalog:author',
  /** Adding a district under the province, with its Puskesmas and its first admin: the province's admin. */
  'districts:add',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const PUSKESMAS_READ: Permission[] = ['profile:read', 'targets:read', 'entries:read', 'results:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  pelaksana: [
    ...PUSKESMAS_READ,
    'entries:write',
    'evidence:write',
    'feedback:read',
    'analysis:read',
    'returns:answer',
  ],
  koordinator: [
    ...PUSKESMAS_READ,
    'entries:write',
    'months:report',
    'evidence:write',
    'meetings:write',
    'feedback:read',
    'feedback:follow-up',
    'analysis:read',
    'analysis:write',
    'returns:answer',
  ],
  kepala_puskesmas: [
    ...PUSKESMAS_READ,
    'entries:write',
    'months:report',
    'profile:write',
    'targets:write',
    'rubric:write',
    'warnings:check',
    'workflow:submit',
    'evidence:write',
    'meetings:write',
    'feedback:read',
    'feedback:follow-up',
    'analysis:read',
    'analysis:write',
    'returns:answer',
  ],
  verifikator: [
    ...PUSKESMAS_READ,
    'district:read',
    'warnings:check',
    'verification:write',
    'workflow:verify',
    'workflow:return',
    'evidence:write',
    'feedback:read',
    'feedback:write',
    'analysis:read',
    'reports:district',
  ],
  // The admin finalises and publishes, and does not verify: the one who signs figures off is not the
  // one who locks them (docs/scoring-decisions.md, the assessment cycle).
  admin_dinkes: [
    ...PUSKESMAS_READ,
    'district:read',
    'targets:write',
    'targets:set',
    'users:manage',
    'warnings:check',
    // The admin corrects and returns as a verifier does (the issue: "a district verifier, and admin").
    'verification:write',
    'workflow:return',
    'workflow:finalise',
    'results:publish',
    'evidence:write',
    'feedback:read',
    'feedback:write',
    'feedback:send',
    'analysis:read',
    'reports:district',
    'reports:texts',
    'catalog:author',
  ],
  viewer: ['results:read', 'district:read', 'profile:read'],
  // Reads what a province viewer reads; the districts' own work (catalog, targets, accounts) stays
  // with each district's admin, whom the province admin only creates.
  admin_provinsi: ['results:read', 'district:read', 'profile:read', 'districts:add'],
};

/** Whether the role grants the permission at all (the org unit is `isAllowed`'s other half). */
export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * The administrative tree, top down: the country (one unit, the ministry's), province, district
 * (Dinkes), Puskesmas. Every province lies under the country, so a ministry account reaches all.
 */
export const ORG_UNIT_LEVELS = ['national', 'province', 'district', 'puskesmas'] as const;
export type OrgUnitLevel = (typeof ORG_UNIT_LEVELS)[number];

/** The country's unit: created by the migrations, the parent of every province. */
export const NATIONAL_UNIT_CODE = 'ID';

/** The org unit levels each role is bound to. */
export const ROLE_UNIT_LEVELS: Record<Role, readonly OrgUnitLevel[]> = {
  pelaksana: ['puskesmas'],
  koordinator: ['puskesmas'],
  kepala_puskesmas: ['puskesmas'],
  verifikator: ['district'],
  admin_dinkes: ['district'],
  viewer: ['national', 'province', 'district'],
  admin_provinsi: ['province'],
};

export interface Actor {
  role: Role;
  /** The org unit the account is bound to. */
  orgUnitId: number;
}

/** What a request touches: an org unit and the chain of units above it (district, province). */
export interface AccessTarget {
  orgUnitId: number;
  ancestorIds: readonly number[];
}

/**
 * May `actor` use `permission` on `target`? The role must grant the permission, and the target must
 * be the actor's own unit or lie under it: an officer of Puskesmas A never reaches Puskesmas B, and a
 * district's staff reach only their district's Puskesmas.
 */
export function isAllowed(actor: Actor, permission: Permission, target: AccessTarget | null): boolean {
  if (!hasPermission(actor.role, permission)) return false;
  if (target === null) return true;
  return target.orgUnitId === actor.orgUnitId || target.ancestorIds.includes(actor.orgUnitId);
}
