// The documents in the browser: the Kepala Puskesmas downloads the annual report (a real PDF) and
// adapts Bab VII's advice; the Dinkes admin starts every report of the district, watches the progress
// bar move, and cancels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

describe('the annual report and the district documents', () => {
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

  it('lets the Kepala Puskesmas download the report as PDF and adapt the advice of Bab VII', async () => {
    const { page } = session;
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/home`);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Laporan tahunan' })
      .click();
    await page.getByRole('heading', { name: `Laporan tahunan Puskesmas Pati I ${YEAR}` }).waitFor();
    expect(await page.title()).toContain('Laporan tahunan');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh PDF' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Membuat laporan PDF' })
      .or(page.getByText('Laporan dibuat'))
      .first()
      .waitFor();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^PKP_2023_P3318001_Puskesmas-Pati-I_mandiri\.pdf$/);
    // The browser is the run's shared one, reached over a connection: the file comes over it as a stream.
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByText(/Laporan dibuat: PKP_2023_P3318001/).waitFor();

    const advice = page.getByLabel('Bab VII Penutup: saran');
    await advice.fill('Saran Puskesmas Pati I: perkuat kunjungan rumah pada ibu hamil risiko tinggi.');
    const text = page.locator('[data-section="penutup"]');
    await text.getByRole('button', { name: 'Simpan' }).click();
    await text.getByText('Teks Puskesmas sendiri dipakai.').waitFor();
    await text.getByRole('button', { name: 'Pakai teks standar' }).waitFor();
    await screenshot(page, '30-report');

    // The preview lays out the same document model the files print.
    await page.getByText('Pratinjau laporan').click();
    const preview = page.getByRole('article');
    await preview.getByRole('heading', { name: 'BAB IV Hasil Kinerja Tahunan' }).waitFor();
    const spm = preview.getByRole('table', { name: 'Tabel 4.1 Hasil Standar Pelayanan Minimal (SPM)' });
    expect(await spm.getByRole('row').count()).toBe(1 + 12 + 1);
    await preview
      .getByText('Saran Puskesmas Pati I: perkuat kunjungan rumah pada ibu hamil risiko tinggi.')
      .waitFor();
    await preview.getByRole('heading', { name: 'BAB IV Hasil Kinerja Tahunan' }).scrollIntoViewIfNeeded();
    await screenshot(page, '30b-report-preview');
    const findings = await blockingAxeFindings(page, 'report');
    expect(findings, describeFindings(findings)).toEqual([]);
  });

  it('lets the Dinkes admin start every report of the district, follow its progress and cancel it', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes').username);
    await page.goto(`/districts/3318/${YEAR}/home`);
    await page.getByRole('link', { name: 'Dokumen' }).click();
    await page.getByRole('heading', { name: `Dokumen kabupaten ${YEAR}` }).waitFor();
    await page.getByRole('button', { name: 'Buat semua laporan' }).click();
    const progress = page.locator('.batch-progress progress');
    await page.getByText(/\d+ dari 29 laporan selesai/).waitFor();
    // The bar moves as reports are made.
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await screenshot(page, '31-district-reports');
    const findings = await blockingAxeFindings(page, 'district reports');
    expect(findings, describeFindings(findings)).toEqual([]);
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await page.getByText(/Dibatalkan setelah \d+ dari 29 laporan/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /Unduh zip/ }).count()).toBe(0);
  });
});
