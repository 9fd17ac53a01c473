import { describe, expect, it } from 'vitest';
import {
  hasPermission,
  isAllowed,
  ORG_UNIT_LEVELS,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLE_UNIT_LEVELS,
  ROLES,
} from './roles.ts';

const province = 33;
const district = 3318;
const otherDistrict = 3319;
const puskesmasA = 1;
const puskesmasB = 2;
const inDistrict = (id: number) => ({ orgUnitId: id, ancestorIds: [district, province] });

describe('isAllowed', () => {
  it('lets an officer reach their own Puskesmas, never another', () => {
    const officer = { role: 'pelaksana' as const, orgUnitId: puskesmasA };
    expect(isAllowed(officer, 'entries:write', inDistrict(puskesmasA))).toBe(true);
    expect(isAllowed(officer, 'entries:write', inDistrict(puskesmasB))).toBe(false);
    expect(isAllowed(officer, 'entries:read', inDistrict(puskesmasB))).toBe(false);
  });

  it('lets district staff reach every Puskesmas of their district and nothing outside it', () => {
    const verifier = { role: 'verifikator' as const, orgUnitId: district };
    expect(isAllowed(verifier, 'entries:read', inDistrict(puskesmasB))).toBe(true);
    expect(
      isAllowed(verifier, 'entries:read', { orgUnitId: 9, ancestorIds: [otherDistrict, province] }),
    ).toBe(false);
  });

  it('never grants a permission the role lacks, even on its own unit', () => {
    expect(
      isAllowed({ role: 'pelaksana', orgUnitId: puskesmasA }, 'targets:write', inDistrict(puskesmasA)),
    ).toBe(false);
    expect(isAllowed({ role: 'viewer', orgUnitId: province }, 'entries:write', inDistrict(puskesmasA))).toBe(
      false,
    );
  });

  it('leaves the target values to Dinkes: no Puskesmas role may set them', () => {
    const setters = ROLES.filter((role) => hasPermission(role, 'targets:set'));
    expect(setters).toEqual(['admin_dinkes']);
    // The Kepala Puskesmas still sets sasaran, applicability and the UKM Pengembangan choice.
    expect(hasPermission('kepala_puskesmas', 'targets:write')).toBe(true);
  });

  it('lets the Kepala Puskesmas and Dinkes mark a plausibility warning checked, not the officers or the viewer', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'warnings:check'))).toEqual([
      'kepala_puskesmas',
      'verifikator',
      'admin_dinkes',
    ]);
  });

  it('lets the Kepala Puskesmas submit, the verifier verify, and the admin finalise and publish', () => {
    const holders = (p: Parameters<typeof hasPermission>[1]) =>
      ROLES.filter((role) => hasPermission(role, p));
    expect(holders('workflow:submit')).toEqual(['kepala_puskesmas']);
    expect(holders('workflow:verify')).toEqual(['verifikator']);
    expect(holders('workflow:return')).toEqual(['verifikator', 'admin_dinkes']);
    expect(holders('workflow:finalise')).toEqual(['admin_dinkes']);
    expect(holders('results:publish')).toEqual(['admin_dinkes']);
  });

  it('lets Dinkes write feedback, the admin send it, and the Puskesmas team follow it up and write Bab V–VI', () => {
    const holders = (p: Parameters<typeof hasPermission>[1]) =>
      ROLES.filter((role) => hasPermission(role, p));
    const staffAndDinkes = ['pelaksana', 'koordinator', 'kepala_puskesmas', 'verifikator', 'admin_dinkes'];
    expect(holders('feedback:read')).toEqual(staffAndDinkes);
    expect(holders('feedback:write')).toEqual(['verifikator', 'admin_dinkes']);
    expect(holders('feedback:send')).toEqual(['admin_dinkes']);
    expect(holders('feedback:follow-up')).toEqual(['koordinator', 'kepala_puskesmas']);
    expect(holders('analysis:read')).toEqual(staffAndDinkes);
    expect(holders('analysis:write')).toEqual(['koordinator', 'kepala_puskesmas']);
  });

  it("lets the province's admin add a district, alone, and reach every district of its province but no other", () => {
    expect(ROLES.filter((role) => hasPermission(role, 'districts:add'))).toEqual(['admin_provinsi']);
    const admin = { role: 'admin_provinsi' as const, orgUnitId: province };
    expect(isAllowed(admin, 'districts:add', { orgUnitId: province, ancestorIds: [] })).toBe(true);
    expect(isAllowed(admin, 'district:read', { orgUnitId: otherDistrict, ancestorIds: [province] })).toBe(
      true,
    );
    expect(isAllowed(admin, 'districts:add', { orgUnitId: 34, ancestorIds: [] })).toBe(false);
    // It reads; the districts' own work stays with each district's admin.
    for (const p of ['catalog:author', 'users:manage', 'entries:read', 'targets:set'] as const)
      expect(hasPermission('admin_provinsi', p)).toBe(false);
  });

  it("lets the ministry's viewer read every province under the country, and a province's viewer not the country", () => {
    const country = 100;
    const ministry = { role: 'viewer' as const, orgUnitId: country };
    const puskesmasOf = { orgUnitId: 9, ancestorIds: [district, province, country] };
    expect(isAllowed(ministry, 'results:read', puskesmasOf)).toBe(true);
    expect(isAllowed(ministry, 'district:read', { orgUnitId: province, ancestorIds: [country] })).toBe(true);
    expect(isAllowed(ministry, 'entries:read', puskesmasOf)).toBe(false);
    const provinceViewer = { role: 'viewer' as const, orgUnitId: province };
    expect(isAllowed(provinceViewer, 'district:read', { orgUnitId: country, ancestorIds: [] })).toBe(false);
    expect(ROLE_UNIT_LEVELS.viewer).toContain('national');
    expect(ORG_UNIT_LEVELS[0]).toBe('national');
  });

  it('gives every role at least one permission, and only known ones', () => {
    for (const role of ROLES) {
      expect(ROLE_PERMISSIONS[role].length).toBeGreaterThan(0);
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    }
  });
});
