import { describe, expect, it } from 'vitest';
import { districtNav, homePath, puskesmasNav } from './navigation.ts';

describe('homePath', () => {
  it('sends Puskesmas staff who enter data to the monthly entry screen', () => {
    expect(homePath('pelaksana', { code: 'P1', level: 'puskesmas' }, 2023)).toBe(
      '/puskesmas/P1/2023/entries',
    );
    expect(homePath('kepala_puskesmas', { code: 'P1', level: 'puskesmas' }, 2023)).toBe(
      '/puskesmas/P1/2023/entries',
    );
  });

  it('sends district staff to the district dashboard', () => {
    expect(homePath('verifikator', { code: '3318', level: 'district' }, 2023)).toBe(
      '/districts/3318/2023/dashboard',
    );
    expect(homePath('viewer', { code: '3318', level: 'district' }, 2023)).toBe(
      '/districts/3318/2023/dashboard',
    );
  });
});

describe('navigation', () => {
  it('offers a viewer results only', () => {
    expect(puskesmasNav('viewer', 'P1', 2023).map((i) => i.label)).toEqual(['nav.profile', 'nav.dashboard']);
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).toEqual(['nav.district']);
  });

  it('offers the users screen to the Dinkes admin only', () => {
    expect(districtNav('admin_dinkes', '3318', 2023).map((i) => i.label)).toContain('nav.users');
    expect(districtNav('verifikator', '3318', 2023).map((i) => i.label)).not.toContain('nav.users');
  });

  it('offers the data warnings to the Puskesmas staff and to Dinkes, not to the viewer', () => {
    expect(puskesmasNav('pelaksana', 'P1', 2023).at(-1)).toEqual({
      label: 'nav.warnings',
      to: '/puskesmas/P1/2023/warnings',
    });
    expect(districtNav('verifikator', '3318', 2023)).toContainEqual({
      label: 'nav.warnings',
      to: '/districts/3318/2023/warnings',
    });
    expect(districtNav('viewer', '3318', 2023).map((i) => i.label)).not.toContain('nav.warnings');
  });
});
