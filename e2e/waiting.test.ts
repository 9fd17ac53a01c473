// What waits for me, role by role: each person lands on their own list after signing in and follows an
// item to the place where it is done. The Kepala Puskesmas sees the year to submit and what stands
// before it; the pelaksana the month the koordinator must report; the verifier the queue of submitted
// years; the admin who has not submitted and whether the year can be published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, VIEWPORT, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';
import { HomePage } from './pages/home.page.ts';

const YEAR = 2023;

describe('what waits for me', () => {
  let pkp: RunningPkp;
  let session: Session;
  let home: HomePage;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    home = new HomePage(session.page);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  const path = () => new URL(session.page.url()).pathname;

  it('shows the Kepala Puskesmas the year to submit and what stands before it, and leads to the warnings', async () => {
    const { page } = session;
    await signInAs(session, account('kepala_puskesmas', 'P3318001').username);
    await page.waitForURL(`**/puskesmas/P3318001/${YEAR}/home`);
    await home.loaded();
    const submission = home.items('submission');
    expect(await submission.textContent()).toContain('Tahun 2023 belum diajukan ke Dinas Kesehatan.');
    expect(await submission.textContent()).toContain('1 bulan belum dilaporkan');
    expect(await submission.textContent()).toMatch(/\d+ peringatan data belum diperiksa/);
    expect(await home.items('month').count()).toBe(1);
    await screenshot(page, '36-home-kapus');
    expect(describeFindings(await blockingAxeFindings(page, 'home-kapus'))).toBe('');
    await submission.getByRole('link', { name: 'Periksa peringatan data' }).click();
    await page.waitForURL(`**/puskesmas/P3318001/${YEAR}/warnings`);
  });

  it('shows the pelaksana of Pati II its December, complete and waiting for the koordinator, and opens the grid', async () => {
    const { page } = session;
    await signInAs(session, account('pelaksana', 'P3318002').username);
    await page.waitForURL(`**/puskesmas/P3318002/${YEAR}/home`);
    await home.loaded();
    const december = home.items('month');
    expect(await december.textContent()).toContain(
      'Desember 2023: lengkap, menunggu dilaporkan koordinator atau Kepala Puskesmas',
    );
    await december.getByRole('link', { name: 'Entri bulanan' }).click();
    const entry = new EntryPage(page);
    await entry.grid().waitFor();
    const bar = entry.reportBar();
    expect(await bar.textContent()).toContain('Koordinator atau Kepala Puskesmas yang melaporkannya.');
    expect(await bar.getByRole('button', { name: /^Laporkan/ }).count()).toBe(0);
  });

  it('shows the verifier the queue of submitted years, what is overdue, and opens one', async () => {
    const { page } = session;
    await signInAs(session, account('verifikator').username);
    await page.waitForURL(`**/districts/3318/${YEAR}/home`);
    await home.loaded();
    const queue = home.items('verify');
    expect(await queue.count()).toBe(27);
    const first = queue.first();
    expect(await first.textContent()).toMatch(/\d+ dari \d+ program belum diperiksa/);
    // Submitted in January 2024 and nobody has looked since: overdue.
    expect(await first.textContent()).toMatch(/program lewat batas waktu/);
    await screenshot(page, '37-home-verifikator');
    expect(describeFindings(await blockingAxeFindings(page, 'home-verifikator'))).toBe('');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, '37b-home-verifikator-1024');
    await page.setViewportSize(VIEWPORT);
    const name = (await first.locator('.waiting-head').textContent())?.split(' (')[0] ?? '';
    await first.getByRole('link', { name: 'Buka penilaian' }).click();
    await page.waitForURL(/\/puskesmas\/P\d+\/2023\/verification$/);
    await page.getByText(name, { exact: true }).first().waitFor();
  });

  it('shows the admin who has not submitted and that publishing waits, and opens a Puskesmas', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes').username);
    await page.waitForURL(`**/districts/3318/${YEAR}/home`);
    await home.loaded();
    const drafts = home.items('not-submitted');
    expect(await drafts.allTextContents()).toEqual([
      expect.stringContaining('Puskesmas Pati I (11 dari 12 bulan dilaporkan)'),
      expect.stringContaining('Puskesmas Pati II (11 dari 12 bulan dilaporkan)'),
    ]);
    expect(await home.items('publish').textContent()).toContain('0 dari 29 Puskesmas final');
    await screenshot(page, '38-home-admin');
    expect(describeFindings(await blockingAxeFindings(page, 'home-admin'))).toBe('');
    await drafts.first().getByRole('link', { name: 'Buka Puskesmas' }).click();
    await page.waitForURL(`**/puskesmas/P3318001/${YEAR}/dashboard`);
  });

  it('sends the viewer, for whom nothing waits, to the district dashboard', async () => {
    await signInAs(session, account('viewer').username);
    await session.page.waitForURL(`**/districts/3318/${YEAR}/dashboard`);
    expect(path()).toBe(`/districts/3318/${YEAR}/dashboard`);
  });
});
