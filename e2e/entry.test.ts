// A Puskesmas officer enters a month with the keyboard and by pasting a block copied from a worksheet;
// every cell saves itself, wrong values are refused with the reason in words, and each cell has a history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

describe('monthly entry', () => {
  let pkp: RunningPkp;
  let session: Session;
  let entry: EntryPage;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    await signInAs(session, account('pelaksana', PUSKESMAS).username);
    entry = new EntryPage(session.page);
    await entry.goto(PUSKESMAS, YEAR);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  // Polled where it is checked: the grid moves its focus in an effect, after the key's event returns.
  const focused = () => session.page.evaluate(() => document.activeElement?.getAttribute('data-cell'));

  it('shows the year as a grid with progress and month status', async () => {
    expect(await entry.cell('SPM.01', 'numerator', '2023-01').inputValue()).toMatch(/^\d/);
    expect(await entry.monthStatus('2023-01').textContent()).toMatch(/Lengkap|kosong/);
    await screenshot(session.page, '03-entry-grid');
  });

  it("shows a linked row's figures from its twin, read-only, saying where they are entered", async () => {
    // UKM Esensial D1 1) counts what SPM 11 counts (docs/catalog-notes.md): entered once, there.
    const twin = entry.cell('SPM.11', 'numerator', '2023-02');
    const linked = entry.cell('UKM.D1.1', 'numerator', '2023-02');
    expect(await twin.inputValue()).toMatch(/^\d/);
    expect(await linked.inputValue()).toBe(await twin.inputValue());
    expect(await linked.getAttribute('readonly')).not.toBeNull();
    const name = session.page.locator('tr', { has: entry.cell('UKM.D1.1', 'numerator', '2023-01') });
    expect(await name.locator('th').innerText()).toContain('diisi di baris SPM.11');
  });

  it('moves with Enter, Tab and the arrows, saves what is typed and cancels with Escape', async () => {
    const { page } = session;
    await entry.cell('SPM.01', 'numerator', '2023-01').click();
    await page.keyboard.type('1.234');
    await page.keyboard.press('Enter');
    // January is reported: the first change of it asks why, then the keyboard goes on where it was.
    await entry.giveReason();
    await expect.poll(focused).toBe('SPM.02|numerator|2023-01');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('SPM.02|numerator|2023-02');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('SPM.01|numerator|2023-02');
    const before = await entry.cell('SPM.01', 'numerator', '2023-02').inputValue();
    await page.keyboard.type('999');
    await page.keyboard.press('Escape');
    await expect.poll(() => entry.cell('SPM.01', 'numerator', '2023-02').inputValue()).toBe(before);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toBe('SPM.01|numerator|2023-01');
    await entry.waitSaved();

    await entry.goto(PUSKESMAS, YEAR);
    expect(await entry.cell('SPM.01', 'numerator', '2023-01').inputValue()).toBe('1.234');
    expect(await entry.cell('SPM.02', 'numerator', '2023-01').inputValue()).toBe('12');
    expect(await entry.cell('SPM.01', 'numerator', '2023-02').inputValue()).toBe(before);
  });

  it('refuses a negative count, text and a numerator above its denominator, saying why', async () => {
    const { page } = session;
    const negative = entry.cell('SPM.03', 'numerator', '2023-06');
    await negative.click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await negative.click();
    expect(await negative.getAttribute('aria-invalid')).toBe('true');
    expect(await entry.cellStatus().textContent()).toContain('Tidak boleh negatif.');
    await expect.poll(() => entry.saveStatus().textContent()).toContain('1 sel belum tersimpan');

    const text = entry.cell('SPM.04', 'numerator', '2023-06');
    await text.click();
    await page.keyboard.type('dua');
    await page.keyboard.press('Tab');
    await text.click();
    expect(await entry.cellStatus().textContent()).toContain('Bukan angka');

    const numerator = entry.cell('UKM.C1.A.10', 'numerator', '2023-06');
    await numerator.scrollIntoViewIfNeeded();
    await numerator.click();
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('UKM.C1.A.10|denominator|2023-06');
    await numerator.click();
    expect(await entry.cellStatus().textContent()).toContain('Pembilang melebihi penyebut.');
    await screenshot(session.page, '04-entry-invalid');

    // Escape on a refused cell puts the stored value back; nothing wrong was saved.
    for (const cell of [negative, text, numerator]) {
      await cell.click();
      await page.keyboard.press('Escape');
    }
    await entry.waitSaved();
    await entry.goto(PUSKESMAS, YEAR);
    expect(await entry.cell('SPM.03', 'numerator', '2023-06').inputValue()).not.toContain('-');
    expect(await entry.cell('UKM.C1.A.10', 'numerator', '2023-06').inputValue()).not.toBe('500');
  });

  it('pastes a block copied from Excel at the focused cell, Indonesian numbers and all', async () => {
    await entry.cell('SPM.03', 'numerator', '2023-03').click();
    await entry.paste('1.234\t7\r\n8\t9\r\n');
    await entry.confirmPaste();
    await entry.giveReason();
    await session.page.getByText('4 sel ditempel.').waitFor();
    await entry.waitSaved();
    await entry.goto(PUSKESMAS, YEAR);
    expect(await entry.cell('SPM.03', 'numerator', '2023-03').inputValue()).toBe('1.234');
    expect(await entry.cell('SPM.03', 'numerator', '2023-04').inputValue()).toBe('7');
    expect(await entry.cell('SPM.04', 'numerator', '2023-03').inputValue()).toBe('8');
    expect(await entry.cell('SPM.04', 'numerator', '2023-04').inputValue()).toBe('9');
  });

  it('pastes numerators and denominators of a ratio as two lines', async () => {
    await entry.cell('UKM.C1.A.10', 'numerator', '2023-01').click();
    await entry.paste('45\t50\n90\t100\n');
    await entry.confirmPaste();
    await entry.giveReason();
    await entry.waitSaved();
    await entry.goto(PUSKESMAS, YEAR);
    expect(await entry.cell('UKM.C1.A.10', 'numerator', '2023-02').inputValue()).toBe('50');
    expect(await entry.cell('UKM.C1.A.10', 'denominator', '2023-02').inputValue()).toBe('100');
  });

  it('shows who changed a cell, when, and from what to what', async () => {
    const { page } = session;
    await entry.cell('SPM.01', 'numerator', '2023-01').click();
    await page.keyboard.press('Alt+H');
    const panel = page.getByRole('complementary', { name: /Riwayat/ });
    await panel
      .getByText(/pelaksana\.p3318001/)
      .first()
      .waitFor();
    expect(await panel.textContent()).toContain('1.234');
    await screenshot(session.page, '05-entry-history');
  });
});
