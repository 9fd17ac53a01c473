// The head of a Puskesmas scores management items, sets a sasaran and keeps the profile; the Dinkes admin
// sees the accounts and sets a target; everyone can read the screens in English and change their password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { RubricPage } from './pages/rubric.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

describe('forms of the head of a Puskesmas and of the Dinkes admin', () => {
  let pkp: RunningPkp;
  let session: Session;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('scores a management item by its rubric and a percentage item by its bands', async () => {
    const { page } = session;
    const rubric = new RubricPage(page);
    await rubric.goto(PUSKESMAS, YEAR);
    await rubric.choose('MAN.A1.1', 10);
    await rubric.item('MAN.A1.1').getByText('Tingkat 10', { exact: true }).last().waitFor();
    await expect
      .poll(() => rubric.item('MAN.A1.1').locator('.rubric-score').textContent())
      .toBe('Tingkat 10');

    const percent = rubric.item('MAN.A3.1').getByRole('textbox', { name: /Persentase/ });
    await percent.fill('45,5');
    await percent.press('Enter');
    await expect.poll(() => rubric.item('MAN.A3.1').locator('.rubric-score').textContent()).toBe('Tingkat 4');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '07-rubric');

    await rubric.goto(PUSKESMAS, YEAR);
    expect(
      await rubric
        .item('MAN.A1.1')
        .getByRole('radio', { name: /^Tingkat 10/ })
        .isChecked(),
    ).toBe(true);
    expect(await percent.inputValue()).toBe('45,5');
  });

  it('sets a sasaran in Indonesian numbers, and leaves the target to Dinkes', async () => {
    const { page } = session;
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/targets`);
    const row = page.getByTestId('target-SPM.01');
    expect(await row.getByRole('textbox', { name: /^Target Puskesmas/ }).isEditable()).toBe(false);
    const sasaran = row.getByRole('textbox', { name: /^Sasaran/ });
    await sasaran.fill('1.240');
    await sasaran.press('Enter');
    // A sasaran half as large again moves SPM 1's score by more than a few points: the screen asks first.
    await page
      .getByRole('dialog', { name: 'Nilai SPM 1 akan berubah' })
      .getByRole('button', { name: 'Simpan' })
      .click();
    await row.getByText('Menyimpan…').waitFor({ state: 'detached' });
    await screenshot(page, '08-targets');
    await page.reload();
    expect(
      await page
        .getByTestId('target-SPM.01')
        .getByRole('textbox', { name: /^Sasaran/ })
        .inputValue(),
    ).toBe('1.240');
  });

  it('keeps the profile of the year', async () => {
    const { page } = session;
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/profile`);
    await page.getByLabel('Alamat').fill('Jl. Kolonel Sunandar 1, Pati');
    await page.getByLabel('Ibu hamil').fill('1.240');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Profil tersimpan.').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '09-profile');
    await page.reload();
    expect(await page.getByLabel('Ibu hamil').inputValue()).toBe('1.240');
  });

  it('asks for the current password and a long enough new one', async () => {
    const { page } = session;
    await page.goto('/password');
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
    await page.getByText('Kata sandi baru minimal 10 karakter.').waitFor();
    await screenshot(page, '14-password');
  });

  it('reads in English, the server’s messages too, once the language is switched', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    const signIn = new SignInPage(page);
    await page.getByLabel('Username').fill('kapus.p3318001');
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => signIn.error().textContent()).toContain('Wrong username or password.');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
  });

  it('shows the Dinkes admin the accounts of the district', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes').username);
    await page.goto('/districts/3318/users');
    await page
      .getByRole('rowheader', { name: /Pelaksana Pati I/ })
      .first()
      .waitFor();
    await screenshot(page, '13-users');
  });

  it('lets the Dinkes admin set a Puskesmas target in Indonesian numbers', async () => {
    const { page } = session;
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/targets`);
    const target = page.getByTestId('target-SPM.01').getByRole('textbox', { name: /^Target Puskesmas/ });
    await target.fill('97,5');
    await target.press('Enter');
    await page.getByTestId('target-SPM.01').getByText('Menyimpan…').waitFor({ state: 'detached' });
    await page.reload();
    expect(
      await page
        .getByTestId('target-SPM.01')
        .getByRole('textbox', { name: /^Target Puskesmas/ })
        .inputValue(),
    ).toBe('97,5');
  });
});
