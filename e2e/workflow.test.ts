// The assessment cycle in Chromium: the Kepala Puskesmas submits (after a confirmation that says what
// the year lacks), a verifier verifies, the admin finalises and publishes the district, and the viewer
// sees the published league table — and nothing before it. The other 28 Puskesmas-years of the demo
// are taken to final beforehand, as their staff would have.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings } from './harness/axe.ts';
import { openSession, VIEWPORT, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { demoDataDir, ROOT, startPkp, type RunningPkp } from './harness/server.ts';
import { DistrictDashboardPage } from './pages/dashboard.page.ts';
import { DistrictStatusPage, StatusBar } from './pages/workflow.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

/** `finalise-years.ts` over the data directory, before the server opens it. */
function finaliseOthers(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'e2e/harness/finalise-years.ts'), dataDir, String(YEAR), PUSKESMAS],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`finalise-years: ${code}\n${stderr}`)),
    );
  });
}

describe('the assessment cycle', () => {
  let pkp: RunningPkp;
  let session: Session;
  let bar: StatusBar;

  beforeAll(async () => {
    const dataDir = await demoDataDir();
    await finaliseOthers(dataDir);
    pkp = await startPkp({ dataDir });
    session = await openSession(pkp.url);
    bar = new StatusBar(session.page);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('shows the viewer no results before they are published', async () => {
    const { page } = session;
    await signInAs(session, account('viewer').username);
    await page.goto(`/districts/3318/${YEAR}/dashboard`);
    await expect
      .poll(() => page.getByTestId('publication-note').textContent())
      .toBe('Hasil tahun 2023 belum dipublikasikan oleh Dinas Kesehatan.');
    expect(await page.getByTestId('league').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Status & publikasi' }).count()).toBe(0);
    await screenshot(page, '60-viewer-not-published');
    // Nor a Puskesmas' own dashboard.
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/dashboard`);
    await page.getByText('Hasil penilaian tahun 2023 belum dipublikasikan oleh Dinas Kesehatan.').waitFor();
  });

  it('lets the Kepala Puskesmas submit after a confirmation that says what the year lacks', async () => {
    const { page } = session;
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/entries`);
    await bar.current().filter({ hasText: 'Draf' }).waitFor();
    expect(await bar.says().textContent()).toContain('Kepala Puskesmas mengajukannya ke Dinas Kesehatan');

    await bar.move('Ajukan ke Dinkes').click();
    await bar.dialog().waitFor();
    expect(await bar.dialog().getByRole('heading').first().textContent()).toBe(
      'Ajukan penilaian 2023 Puskesmas Pati I ke Dinas Kesehatan?',
    );
    // Enter right away must not submit: "Batal" has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Batal');
    await bar.dialog().getByRole('heading', { name: 'Yang masih kurang' }).waitFor();
    expect(await blockingAxeFindings(page, 'workflow-submit-dialog')).toEqual([]);
    await screenshot(page, '61-submit-dialog');
    await page.keyboard.press('Escape');
    await bar.dialog().waitFor({ state: 'detached' });
    expect(await bar.current().textContent()).toBe('Draf');

    await bar.make('Ajukan ke Dinkes', 'Diajukan', 'Laporan PKP tahun 2023');
    // The grid is read-only from now on, and says why.
    await page
      .getByText('Penilaian tahun ini sudah dikirim ke Dinas Kesehatan: Puskesmas hanya dapat melihatnya.', {
        exact: false,
      })
      .first()
      .waitFor();
    expect(await bar.move('Ajukan ke Dinkes').count()).toBe(0);
    await screenshot(page, '62-submitted');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, '62b-submitted-1024');
    await page.setViewportSize(VIEWPORT);
  });

  it('lets a verifier verify it; the history shows who moved it, when and why', async () => {
    const { page } = session;
    await signInAs(session, account('verifikator').username);
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/dashboard`);
    await bar.current().filter({ hasText: 'Diajukan' }).waitFor();
    // Returning the whole year asks for a reason, and sends nothing without one.
    await bar.move('Kembalikan ke Puskesmas').click();
    await bar.confirm().click();
    await bar.dialog().getByText('Tuliskan alasannya dulu.').waitFor();
    expect(await bar.reason().getAttribute('aria-invalid')).toBe('true');
    await bar.dialog().getByRole('button', { name: 'Batal' }).click();
    await bar.dialog().waitFor({ state: 'detached' });
    expect(await bar.current().textContent()).toBe('Diajukan');
    await bar.make('Verifikasi', 'Diverifikasi');
    const history = await bar.openHistory();
    const entries = await history.getByRole('listitem').allTextContents();
    expect(entries[0]).toContain('verifikator.3318');
    expect(entries[0]).toContain('Diajukan → Diverifikasi');
    expect(entries[1]).toContain('kapus.p3318001');
    expect(entries[1]).toContain('Laporan PKP tahun 2023');
    await screenshot(page, '63-verified-history');
    // The district's league table is Dinkes' working one until the district is published.
    const district = new DistrictDashboardPage(page);
    await district.goto('3318', YEAR);
    expect(await page.getByTestId('publication-note').textContent()).toContain(
      'Hasil kerja, belum dipublikasikan',
    );
    expect(await district.row('Puskesmas Pati I').textContent()).toContain('Diverifikasi');
    await screenshot(page, '63b-district-working');
  });

  it('lets the admin finalise it, then publish the district once every year is final', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes').username);
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/dashboard`);
    await bar.make('Finalkan', 'Final');
    expect(await bar.move('Buka kembali').isVisible()).toBe(true);

    const status = new DistrictStatusPage(page);
    await status.goto('3318', YEAR);
    expect(await page.getByTestId('status-counts').textContent()).toBe('Final: 29');
    await status.publish().click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe(
      'Publikasikan Kelompok dan peringkat 29 Puskesmas tahun 2023?',
    );
    expect(await blockingAxeFindings(page, 'workflow-publish-dialog')).toEqual([]);
    await screenshot(page, '64-publish-dialog');
    await dialog.getByRole('button', { name: 'Publikasikan hasil' }).click();
    await dialog.waitFor({ state: 'detached' });
    await status.publication().getByText('Hasil dipublikasikan pada').waitFor();
    expect(await page.getByTestId('status-counts').textContent()).toBe('Dipublikasikan: 29');
    expect(await blockingAxeFindings(page, 'district-status')).toEqual([]);
    await screenshot(page, '65-district-status-published');
  });

  it('shows the viewer the published league table with the Kelompok and ranks', async () => {
    const { page } = session;
    await signInAs(session, account('viewer').username);
    const district = new DistrictDashboardPage(page);
    await district.goto('3318', YEAR);
    expect(await page.getByTestId('publication-note').textContent()).toContain(
      'Hasil yang dipublikasikan Dinas Kesehatan pada',
    );
    expect(await district.league().locator('tbody tr').count()).toBe(29);
    const row = await district.row('Puskesmas Pati I').textContent();
    expect(row).toMatch(/^(I|II|III)\d+/);
    // Published results carry no working status, and no monthly reporting.
    expect(await district.league().getByRole('columnheader', { name: 'Status' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Kelengkapan dan ketepatan waktu' }).count()).toBe(0);
    expect(await blockingAxeFindings(page, 'district-published')).toEqual([]);
    await screenshot(page, '66-viewer-published');
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/dashboard`);
    await page.getByTestId('figure-overall').waitFor();
  });
});
