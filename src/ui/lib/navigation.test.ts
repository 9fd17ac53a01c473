import { describe, expect, it } from 'vitest';
import { districtNav, homePath, nationalNav, navRows, provinceNav, puskesmasNav } from './navigation.ts';

describe('homePath', () => {
  it('sends Puskesmas staff to what waits for them in their Puskesmas-year', () => {
    expect(homePath('pelaksana', { code: 'P1', level: 'puskesmas' }, 2023)).toBe('/puskesmas/P1/2023/home');
    expect(homePath('kepala_puskesmas', { code: 'P1', level: 'puskesmas' }, 2023)).toBe(
      '/puskesmas/P1/2023/home',
    );
  });

  it('sends Dinkes staff to what waits for them, and the viewer to the district dashboard', () => {
    expect(homePath('verifikator', { code: '3318', level: 'district' }, 2023)).toBe(
      '/districts/3318/2023/home',
    );
    expect(homePath('admin_dinkes', { code: '3318', level: 'district' }, 2023)).toBe(
      '/districts/3318/2023/home',
    );
    expect(homePath('viewer', { code: '3318', level: 'district' }, 2023)).toBe(
      '/districts/3318/2023/dashboard',
    );
  });

  it('sends a province account to its districts, where only its admin may add one', () => {
    expect(homePath('admin_provinsi', { code: '33', level: 'province' }, 2023)).toBe(
      '/provinces/33/districts',
    );
    expect(homePath('viewer', { code: '33', level: 'province' }, 2023)).toBe('/provinces/33/districts');
    expect(provinceNav('viewer', '33')).toEqual([{ label: 'nav.districts', to: '/provinces/33/districts' }]);
    // The ministry's viewer starts at the country's provinces.
    expect(homePath('viewer', { code: 'ID', level: 'national' }, 2023)).toBe('/national/ID');
    expect(nationalNav('viewer', 'ID')).toEqual([{ label: 'nav.provinces', to: '/national/ID' }]);
  });

  it('offers the catalog to the district admin only', () => {
    expect(districtNav('admin_dinkes', '3318', 2023).map((i) => i.label)).toContain('nav.catalog');
    expect(districtNav('verifikator', '3318', 2023).map((i) => i.label)).not.toContain('nav.catalog');
  });
});

describe('the home in the navigation', () => {
  it('comes first for the Puskesmas staff and Dinkes, on their own unit only', () => {
    expect(puskesmasNav('koordinator', 'P1', 2023)[0]).toEqual({
      label: 'nav.home',
      to: '/puskesmas/P1/2023/home',
    });
    expect(districtNav('verifikator', '3318', 2023)[0]).toEqual({
      label: 'nav.home',
      to: '/districts/3318/2023/home',
    });
    // Dinkes visiting a Puskesmas: its tabs, not a home of its own there.
    expect(puskesmasNav('verifikator', 'P1', 2023).map((i) => i.label)).not.toContain('nav.home');
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).not.toContain('nav.home');
  });
});

describe('navigation', () => {
  it('offers a viewer results only', () => {
    expect(puskesmasNav('viewer', 'P1', 2023).map((i) => i.label)).toEqual(['nav.profile', 'nav.dashboard']);
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).toEqual(['nav.district']);
  });

  it('offers the statuses and the publication to Dinkes, not to the viewer', () => {
    for (const role of ['admin_dinkes', 'verifikator'] as const)
      expect(districtNav(role, '3318', 2023)).toContainEqual({
        label: 'nav.status',
        to: '/districts/3318/2023/status',
      });
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).not.toContain('nav.status');
  });

  it('offers the users screen to the Dinkes admin only', () => {
    expect(districtNav('admin_dinkes', '3318', 2023).map((i) => i.label)).toContain('nav.users');
    expect(districtNav('verifikator', '3318', 2023).map((i) => i.label)).not.toContain('nav.users');
  });

  it('offers the data warnings to the Puskesmas staff and to Dinkes, not to the viewer', () => {
    expect(puskesmasNav('pelaksana', 'P1', 2023)).toContainEqual({
      label: 'nav.warnings',
      to: '/puskesmas/P1/2023/warnings',
    });
    expect(districtNav('verifikator', '3318', 2023)).toContainEqual({
      label: 'nav.warnings',
      to: '/districts/3318/2023/warnings',
    });
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).not.toContain('nav.warnings');
  });

  it('offers accreditation readiness to the Puskesmas staff and to Dinkes, not to the viewer', () => {
    expect(puskesmasNav('koordinator', 'P1', 2023)).toContainEqual({
      label: 'nav.accreditation',
      to: '/puskesmas/P1/2023/accreditation',
      group: 'cycle',
    });
    expect(districtNav('admin_dinkes', '3318', 2023)).toContainEqual({
      label: 'nav.accreditation',
      to: '/districts/3318/2023/accreditation',
    });
    expect(puskesmasNav('viewer', 'P1', 2023).map((i) => i.label)).not.toContain('nav.accreditation');
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).not.toContain('nav.accreditation');
  });

  it('offers Bab V–VI and the feedback to the Puskesmas staff and to Dinkes, the district overview to Dinkes', () => {
    expect(puskesmasNav('pelaksana', 'P1', 2023)).toContainEqual({
      label: 'nav.analysis',
      to: '/puskesmas/P1/2023/analysis',
      group: 'cycle',
    });
    expect(puskesmasNav('verifikator', 'P1', 2023)).toContainEqual({
      label: 'nav.feedback',
      to: '/puskesmas/P1/2023/feedback',
      group: 'cycle',
    });
    expect(districtNav('admin_dinkes', '3318', 2023)).toContainEqual({
      label: 'nav.feedback',
      to: '/districts/3318/2023/feedback',
    });
    for (const labels of [puskesmasNav('viewer', 'P1', 2023), districtNav('viewer', '3318', 2023)].map((n) =>
      n.map((i) => i.label),
    )) {
      expect(labels).not.toContain('nav.analysis');
      expect(labels).not.toContain('nav.feedback');
    }
  });
});

describe('the meetings tab', () => {
  it('is offered to the Puskesmas staff and Dinkes, not to a viewer', () => {
    for (const role of [
      'pelaksana',
      'koordinator',
      'kepala_puskesmas',
      'verifikator',
      'admin_dinkes',
    ] as const) {
      expect(puskesmasNav(role, 'P1', 2023)).toContainEqual({
        label: 'nav.meetings',
        to: '/puskesmas/P1/2023/meetings',
        group: 'cycle',
      });
    }
    expect(puskesmasNav('viewer', 'P1', 2023).map((i) => i.label)).not.toContain('nav.meetings');
  });
});

describe('navRows', () => {
  it('puts the cycle’s screens on a second row, and leaves no empty row', () => {
    const rows = navRows(puskesmasNav('kepala_puskesmas', 'P1', 2023));
    expect(rows).toHaveLength(2);
    expect(rows[1]!.map((i) => i.label)).toEqual([
      'nav.verification',
      'nav.meetings',
      'nav.analysis',
      'nav.feedback',
      'nav.accreditation',
      'nav.report',
    ]);
    expect(navRows(puskesmasNav('viewer', 'P1', 2023))).toHaveLength(1);
  });
});

describe('the report tabs', () => {
  it("offer the annual report to whoever reads the Puskesmas' inputs, and the district's documents to Dinkes", () => {
    for (const role of [
      'pelaksana',
      'koordinator',
      'kepala_puskesmas',
      'verifikator',
      'admin_dinkes',
    ] as const)
      expect(puskesmasNav(role, 'P1', 2023)).toContainEqual({
        label: 'nav.report',
        to: '/puskesmas/P1/2023/report',
        group: 'cycle',
      });
    expect(puskesmasNav('viewer', 'P1', 2023).map((i) => i.label)).not.toContain('nav.report');
    for (const role of ['verifikator', 'admin_dinkes'] as const)
      expect(districtNav(role, '3318', 2023)).toContainEqual({
        label: 'nav.reports',
        to: '/districts/3318/2023/reports',
      });
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).not.toContain('nav.reports');
  });
});
