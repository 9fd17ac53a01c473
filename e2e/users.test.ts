// The Dinkes admin's accounts screen: find an account by name, username or unit; move it to another
// role and Puskesmas; deactivate it (it can no longer sign in) and bring it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, DEMO_PASSWORD } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { UsersPage } from './pages/users.page.ts';

describe('the accounts of a district', () => {
  let pkp: RunningPkp;
  let admin: Session;
  let other: Session;
  let users: UsersPage;

  beforeAll(async () => {
    pkp = await startPkp();
    [admin, other] = await Promise.all([openSession(pkp.url), openSession(pkp.url)]);
    await signInAs(admin, account('admin_dinkes').username);
    users = new UsersPage(admin.page);
    await users.goto('3318');
  });

  afterAll(async () => {
    await admin?.close();
    await other?.close();
    await pkp?.stop();
  });

  it('finds accounts by name, username, unit and role', async () => {
    await users.search('pati ii');
    await expect.poll(() => users.shownUsernames()).toEqual(['pelaksana.p3318002']);

    await users.search('kapus.p33');
    await expect.poll(() => users.shownUsernames()).toEqual(['kapus.p3318001']);

    await users.search('verifikator');
    await expect.poll(() => users.shownUsernames()).toEqual(['verifikator.3318']);

    await users.search('puskesmas pati i');
    await expect
      .poll(async () => (await users.shownUsernames()).sort())
      .toEqual(['kapus.p3318001', 'koordinator.p3318001', 'pelaksana.p3318001', 'pelaksana.p3318002']);

    await users.search('tidak ada orang ini');
    await admin.page.getByText('Tidak ada pengguna yang cocok dengan "tidak ada orang ini".').waitFor();
    expect(await users.shownUsernames()).toEqual([]);
    await users.search('');
  });

  it('moves an account to another role and Puskesmas, which its owner sees at the next sign-in', async () => {
    const username = account('pelaksana', 'P3318002').username;
    const row = users.row(username);
    await row.getByRole('button', { name: `Ubah peran/unit: ${username}` }).click();
    await row.getByRole('combobox', { name: `Peran: ${username}` }).selectOption('koordinator');
    await row.getByRole('combobox', { name: `Unit: ${username}` }).selectOption('P3318001');
    await screenshot(admin.page, '13b-users-edit-access');
    const blocking = await blockingAxeFindings(admin.page, 'users-edit-access');
    expect(blocking, describeFindings(blocking)).toEqual([]);
    await row.getByRole('button', { name: 'Simpan' }).click();
    await admin.page.getByText(`${username} kini Koordinator / PJ di Puskesmas Pati I.`).waitFor();
    expect(await row.getByRole('cell').nth(0).textContent()).toBe('Koordinator / PJ');
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Puskesmas Pati I');

    await admin.page.reload();
    expect(await users.row(username).getByRole('cell').nth(1).textContent()).toBe('Puskesmas Pati I');

    await signInAs(other, username);
    const who = await other.page.getByTestId('who').textContent();
    expect(who).toContain('Koordinator / PJ');
    expect(who).toContain('Puskesmas Pati I');
  });

  it('offers the district itself, not a Puskesmas, for a district role', async () => {
    const username = account('pelaksana', 'P3318002').username;
    const row = users.row(username);
    await row.getByRole('button', { name: `Ubah peran/unit: ${username}` }).click();
    await row.getByRole('combobox', { name: `Peran: ${username}` }).selectOption('verifikator');
    expect(await row.getByRole('combobox', { name: `Unit: ${username}` }).count()).toBe(0);
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Kabupaten Pati');
    await row.getByRole('button', { name: 'Batal' }).click();
    expect(await row.getByRole('cell').nth(0).textContent()).toBe('Koordinator / PJ');
  });

  it('deactivates an account, which can then no longer sign in, and reactivates it', async () => {
    const username = account('viewer').username;
    await users.search(username);
    const row = users.row(username);
    await row.getByRole('button', { name: `Nonaktifkan: ${username}` }).click();
    await admin.page.getByText(`Akun ${username} dinonaktifkan`).waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toContain('Nonaktif');
    await screenshot(admin.page, '13c-users-deactivated');

    const signIn = new SignInPage(other.page);
    await other.page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await signIn.goto();
    await signIn.signIn(username, DEMO_PASSWORD);
    await expect.poll(() => signIn.error().textContent()).toContain('Nama pengguna atau kata sandi salah.');

    await row.getByRole('button', { name: `Aktifkan: ${username}` }).click();
    await admin.page.getByText(`Akun ${username} aktif kembali.`).waitFor();
    await signIn.signIn(username, DEMO_PASSWORD);
    await other.page.getByTestId('who').waitFor();
  });
});
