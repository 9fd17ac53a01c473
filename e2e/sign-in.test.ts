// Every role signs in with its demo account, sees who it is and where it works, and signs out; a wrong
// password is refused in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, DEMO_ACCOUNTS, DEMO_PASSWORD } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { Shell } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const ROLE_LABEL: Record<string, string> = {
  pelaksana: 'Pelaksana program',
  koordinator: 'Koordinator / PJ',
  kepala_puskesmas: 'Kepala Puskesmas',
  verifikator: 'Verifikator Dinkes',
  admin_dinkes: 'Admin Dinkes',
  viewer: 'Pemantau',
};

/** Where each kind of account lands after signing in: what waits for it, or the results for the viewer. */
function landing(unit: string, role: string): RegExp {
  if (unit.startsWith('P')) return new RegExp(`/puskesmas/${unit}/\\d{4}/home$`);
  if (role === 'viewer') return new RegExp(`/districts/${unit}/\\d{4}/dashboard$`);
  return new RegExp(`/districts/${unit}/\\d{4}/home$`);
}

describe('signing in', () => {
  let pkp: RunningPkp;
  let session: Session;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('refuses a wrong password with the reason in words', async () => {
    const signIn = new SignInPage(session.page);
    await signIn.goto();
    await screenshot(session.page, '01-sign-in');
    await signIn.signIn(account('pelaksana').username, 'salah-sekali');
    await expect.poll(() => signIn.error().textContent()).toContain('Nama pengguna atau kata sandi salah');
    await screenshot(session.page, '02-sign-in-error');
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.role, a] as const))(
    'signs in as %s and out again',
    async (_role, demo) => {
      const { page } = session;
      const signIn = new SignInPage(page);
      await signIn.goto();
      await signIn.signIn(demo.username, DEMO_PASSWORD);
      await page.waitForURL(landing(demo.orgUnitCode, demo.role));
      const who = new Shell(page).who();
      await expect.poll(() => who.textContent()).toContain(demo.name);
      expect(await who.textContent()).toContain(ROLE_LABEL[demo.role]);
      await new Shell(page).signOut();
      expect(new URL(page.url()).pathname).toBe('/login');
    },
  );

  it('keeps a signed-out visitor out of the screens', async () => {
    const { page } = session;
    await page.goto('/puskesmas/P3318001/2023/entries');
    await page.getByLabel('Nama pengguna').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
