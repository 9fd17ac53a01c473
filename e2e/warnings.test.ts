// Plausibility warnings in the browser: a month typed 40 × too large is marked on the grid and listed
// for the Kepala Puskesmas, who marks it checked with a note; Dinkes then sees it checked. Both lists
// pass axe-core with nothing serious.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';
import { WarningsPage } from './pages/warnings.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;
const MAY = '2023-05';
const KEY = `month-outlier:SPM.01:${MAY}`;
const NOTE = 'Sweeping K1 di 12 desa bulan Mei; sesuai register kohort ibu.';

describe('plausibility warnings', () => {
  let pkp: RunningPkp;
  let kapus: Session;
  let dinkes: Session;

  beforeAll(async () => {
    pkp = await startPkp();
    kapus = await openSession(pkp.url);
    await signInAs(kapus, account('kepala_puskesmas', PUSKESMAS).username);
  });

  afterAll(async () => {
    await kapus?.close();
    await dinkes?.close();
    await pkp?.stop();
  });

  it('marks a month typed 40 × too large on the grid, with the sentence above the grid', async () => {
    const entry = new EntryPage(kapus.page);
    await entry.goto(PUSKESMAS, YEAR);
    const may = entry.cell('SPM.01', 'numerator', MAY);
    const usual = Number((await may.inputValue()).replace(/\./g, ''));
    expect(usual).toBeGreaterThan(0);
    await may.click();
    await kapus.page.keyboard.type(String(usual * 40));
    await kapus.page.keyboard.press('Enter');
    // May is reported: a change of it is a correction, with its reason.
    await entry.giveReason();
    // Saved, then the warnings read again once the saves settle: the cell is marked.
    const td = kapus.page.locator('td', { has: may });
    await expect.poll(() => td.getAttribute('data-warning'), { timeout: 15_000 }).toBe('open');
    await may.click();
    await expect
      .poll(() => entry.cellStatus().textContent())
      .toMatch(/Peringatan: Mei [\d.]+, \d+ × median bulan lain/);
    await screenshot(kapus.page, '20-warning-on-grid');
    await kapus.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(kapus.page, '20-warning-on-grid-1024');
    await kapus.page.setViewportSize({ width: 1366, height: 768 });
  });

  it('lists the warning for the Kepala Puskesmas, who marks it checked with a note', async () => {
    await kapus.page
      .getByRole('link', { name: /peringatan data/ })
      .first()
      .click();
    const warnings = new WarningsPage(kapus.page);
    const item = warnings.warning(KEY);
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Mei [\d.]+, \d+ × median bulan lain \([\d.,]+\)\./);
    expect(await item.textContent()).toContain('Belum dicek');
    // A check needs words: an empty note is refused before anything is sent.
    await item.getByRole('button', { name: 'Tandai sudah dicek' }).click();
    await item.getByRole('button', { name: 'Simpan' }).click();
    await item.getByText('Tulis dulu apa yang Anda periksa.').waitFor();
    await screenshot(kapus.page, '21-warnings-list');
    const findings = await blockingAxeFindings(kapus.page, 'warnings-list');
    expect(findings, describeFindings(findings)).toEqual([]);
    await item.getByRole('button', { name: 'Batal' }).click();
    await warnings.check(KEY, NOTE);
    expect(await item.textContent()).toContain(NOTE);
    expect(await item.textContent()).toContain('kapus.p3318001');
    await screenshot(kapus.page, '22-warning-checked');
    await kapus.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(kapus.page, '22-warning-checked-1024');
    await kapus.page.setViewportSize({ width: 1366, height: 768 });
  });

  it('shows the checked month in green on the grid', async () => {
    const entry = new EntryPage(kapus.page);
    await entry.goto(PUSKESMAS, YEAR);
    const td = kapus.page.locator('td', { has: entry.cell('SPM.01', 'numerator', MAY) });
    await expect.poll(() => td.getAttribute('data-warning'), { timeout: 15_000 }).toBe('checked');
  });

  it('shows Dinkes the warning checked, with the note, in the district list', async () => {
    dinkes = await openSession(pkp.url);
    await signInAs(dinkes, account('verifikator').username);
    const warnings = new WarningsPage(dinkes.page);
    await warnings.gotoDistrict('3318', YEAR);
    const row = warnings.districtRow(PUSKESMAS);
    expect(Number(await row.locator('td').nth(2).textContent())).toBeGreaterThanOrEqual(1);
    await warnings.show('Sudah dicek');
    const item = warnings.warning(KEY).first();
    await item.waitFor();
    expect(await item.textContent()).toContain(NOTE);
    expect(await item.textContent()).toContain('Sudah dicek oleh kapus.p3318001');
    await screenshot(dinkes.page, '23-district-warnings');
    const findings = await blockingAxeFindings(dinkes.page, 'district-warnings');
    expect(findings, describeFindings(findings)).toEqual([]);
    await dinkes.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(dinkes.page, '23-district-warnings-1024');
  });
});
