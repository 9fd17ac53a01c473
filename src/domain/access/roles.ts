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
  'rubric:write',
  /**
   * Marking a plausibility warning checked, with a note: the Kepala Puskesmas answers for the
   * Puskesmas' figures, Dinkes for what it verifies (the year's status decides when: year-write.ts).
   */
  'warnings:check',
  'results:read',
  'district:read',
  'users:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const PUSKESMAS_READ: Permission[] = ['profile:read', 'targets:read', 'entries:read', 'results:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  pelaksana: [...PUSKESMAS_READ, 'entries:write'],
  koordinator: [...PUSKESMAS_READ, 'entries:write'],
  kepala_puskesmas: [
    ...PUSKESMAS_READ,
    'entries:write',
    'profile:write',
    'targets:write',
    'rubric:write',
    'warnings:check',
  ],
  verifikator: [...PUSKESMAS_READ, 'district:read', 'warnings:check'],
  admin_dinkes: [
    ...PUSKESMAS_READ,
    'district:read',
    'targets:write',
    'targets:set',
    'users:manage',
    'warnings:check',
  ],
  viewer: ['results:read', 'district:read', 'profile:read'],
};

/** Whether the role grants the permission at all (the org unit is `isAllowed`'s other half). */
export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The org unit levels each role is bound to. */
export const ROLE_UNIT_LEVELS: Record<Role, readonly ('province' | 'district' | 'puskesmas')[]> = {
  pelaksana: ['puskesmas'],
  koordinator: ['puskesmas'],
  kepala_puskesmas: ['puskesmas'],
  verifikator: ['district'],
  admin_dinkes: ['district'],
  viewer: ['province', 'district'],
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
