// The district's next year in the browser (criterion 2.8.3 a): the Dinkes admin prepares the 2024
// catalog from 2023's, changes three targets, sees exactly those in the diff, publishes it and opens
// the year for every Puskesmas; then a programme officer enters January 2024.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';

const DISTRICT = '3318';
const PUSKESMAS = 'P3318001';
const CHANGED = [
  { code: 'SPM.01', typed: '95', printed: '95' },
  { code: 'SPM.02', typed: '97,5', printed: '97,5' },
  { code: 'SPM.04', typed: '90', printed: '90' },
];

describe('authoring the next year’s catalog', () => {
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

  it('copies 2023 to 2024, changes three targets and sees them in the diff', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes', DISTRICT).username);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Katalog', exact: true })
      .click();
    await page.getByRole('heading', { name: /^Katalog indikator \d{4}$/ }).waitFor();
    if (!page.url().includes('/2023/')) await page.goto(`/districts/${DISTRICT}/2023/catalog`);
    await page.getByRole('heading', { name: 'Katalog indikator 2023' }).waitFor();
    await page.getByText(/^Terbit .*: tidak dapat diubah lagi\.$/).waitFor();
    // A published year is read only.
    await page.getByText(/^Tabel 1\./).click();
    expect(await page.getByLabel('Nilai target SPM.01').getAttribute('readonly')).not.toBeNull();

    await page.getByRole('button', { name: 'Siapkan katalog 2024 dari katalog 2023' }).click();
    await page.waitForURL(`**/districts/${DISTRICT}/2024/catalog`);
    await page.getByRole('heading', { name: 'Katalog indikator 2024' }).waitFor();
    await page.getByText('Draf: belum terbit, dapat diubah.').waitFor();
    await page.getByText('Sama dengan katalog 2023.').waitFor();
    // The copy averages by the decree's tables, and offers the ILP clusters it carries.
    const averages = page.getByLabel('Rata-rata menurut');
    expect(await averages.inputValue()).toBe('tabel');
    expect(await averages.locator('option').allTextContents()).toEqual([
      'Tabel keputusan',
      'Klaster Integrasi Layanan Primer (ILP)',
    ]);

    await page.getByText(/^Tabel 1\./).click();
    for (const { code, typed } of CHANGED) {
      const field = page.getByLabel(`Nilai target ${code}`);
      await field.fill(typed);
      await field.press('Tab');
    }
    // The printed target follows the number it printed.
    expect(await page.getByLabel('Target tertulis SPM.02').inputValue()).toBe('97,5');
    await page.getByText('Ada perubahan yang belum disimpan.').waitFor();
    await screenshot(page, '60-catalog-draft');
    expect(describeFindings(await blockingAxeFindings(page, 'catalog-draft'))).toBe('');

    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Draf tersimpan. 3 perubahan terhadap tahun lalu.').waitFor();
    const changes = page.getByRole('region', { name: 'Target berubah' });
    await changes.waitFor();
    expect(await changes.getByRole('listitem').count()).toBe(3);
    for (const { code, printed } of CHANGED) {
      expect(await changes.locator(`li[data-code="${code}"]`).textContent()).toMatch(
        new RegExp(`^${code} .*: 100 → ${printed}$`),
      );
    }
    await screenshot(page, '61-catalog-diff');
  });

  it('refuses a draft with a problem, naming its row, and keeps the stored draft', async () => {
    const { page } = session;
    const name = page.getByLabel('Nama indikator SPM.03');
    await name.fill('');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    const problems = page.getByRole('list', { name: 'Masalah per baris' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('SPM.03');
    await page.getByRole('button', { name: 'Batalkan perubahan' }).click();
    expect(await name.inputValue()).not.toBe('');
  });

  it('publishes 2024 and opens it for every Puskesmas', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Terbitkan katalog 2024' }).click();
    const dialog = page.getByRole('dialog', { name: 'Terbitkan katalog 2024?' });
    await dialog.waitFor();
    expect(describeFindings(await blockingAxeFindings(page, 'catalog-publish'))).toBe('');
    await dialog.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Katalog 2024 terbit.').waitFor();
    await page.getByText(/^Terbit .*: tidak dapat diubah lagi\.$/).waitFor();

    await page.getByRole('button', { name: 'Buka tahun 2024 untuk semua Puskesmas' }).click();
    const opened = page.getByRole('table', { name: /Puskesmas dibuka$/ });
    await opened.waitFor();
    expect(
      await opened
        .getByRole('row', { name: /Puskesmas Pati I\b/ })
        .first()
        .textContent(),
    ).toContain('Dibuka');
    await screenshot(page, '62-catalog-opened');
  });

  it('lets a programme officer enter January 2024 on the new catalog', async () => {
    const { page } = session;
    await signInAs(session, account('pelaksana', PUSKESMAS).username);
    const entry = new EntryPage(page);
    await entry.goto(PUSKESMAS, 2024);
    const cell = entry.cell('SPM.01', 'numerator', '2024-01');
    await cell.click();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await entry.waitSaved();
    await entry.goto(PUSKESMAS, 2024);
    expect(await entry.cell('SPM.01', 'numerator', '2024-01').inputValue()).toBe('12');
  });
});
