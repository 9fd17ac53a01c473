// A sasaran that moves an indicator's score by more than a few points is not saved silently: the
// screen says what the score would become ("Nilai SPM 6 akan berubah dari 96,0 menjadi 3,4. Simpan?")
// and "Batal" keeps the stored value. A small correction saves at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { TargetsPage } from './pages/targets.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

/** The target saves (PUT) the page sends. */
function watchTargetSaves(page: Page): string[] {
  const saves: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && /\/targets\/[^/]+$/.test(new URL(request.url()).pathname))
      saves.push(request.postData() ?? '');
  });
  return saves;
}

function parseIndonesian(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

describe('the effect of a sasaran on the score, before it is saved', () => {
  let pkp: RunningPkp;
  let session: Session;
  let targets: TargetsPage;
  let saves: string[];
  let stored: string;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    targets = new TargetsPage(session.page);
    saves = watchTargetSaves(session.page);
    await targets.goto(PUSKESMAS, YEAR);
    stored = await targets.sasaran('SPM.06').inputValue();
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('shows the score a much larger sasaran would give, and keeps the stored one on "Batal"', async () => {
    const { page } = session;
    const larger = new Intl.NumberFormat('id-ID').format(parseIndonesian(stored) * 1000);
    await targets.setSasaran('SPM.06', larger);
    const dialog = targets.scoreChangeDialog();
    await dialog.waitFor();
    const text = (await dialog.getByTestId('score-change-text').textContent()) ?? '';
    const match = /^Nilai SPM 6 akan berubah dari (\d+,\d) menjadi (\d+,\d)\. Simpan\?$/.exec(text);
    expect(match, text).not.toBeNull();
    expect(parseIndonesian(match![2]!)).toBeLessThan(parseIndonesian(match![1]!) - 5);
    expect(await dialog.getByTestId('score-change-service').textContent()).toMatch(
      /^Nilai Pelayanan Puskesmas: \d+,\d\d% menjadi \d+,\d\d%\.$/,
    );
    await screenshot(page, '08b-targets-score-change');
    // Enter right after typing does not save: the focus is on "Batal".
    expect(
      await dialog.getByRole('button', { name: 'Batal' }).evaluate((b) => b === document.activeElement),
    ).toBe(true);
    const blocking = await blockingAxeFindings(page, 'targets-score-change');
    expect(blocking, describeFindings(blocking)).toEqual([]);

    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Back in the field the change was typed in.
    expect(await targets.sasaran('SPM.06').evaluate((input) => input === document.activeElement)).toBe(true);
    await targets.waitSaved('SPM.06');
    expect(saves).toEqual([]);
    expect(await targets.sasaran('SPM.06').inputValue()).toBe(stored);
    await page.reload();
    expect(await targets.sasaran('SPM.06').inputValue()).toBe(stored);
  });

  it('saves the change once it is confirmed', async () => {
    const larger = new Intl.NumberFormat('id-ID').format(parseIndonesian(stored) * 1000);
    await targets.setSasaran('SPM.06', larger);
    const dialog = targets.scoreChangeDialog();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await targets.waitSaved('SPM.06');
    expect(saves).toHaveLength(1);
    await session.page.reload();
    expect(await targets.sasaran('SPM.06').inputValue()).toBe(larger);
  });

  it('saves a small correction without asking', async () => {
    const current = parseIndonesian(await targets.sasaran('SPM.01').inputValue());
    const corrected = new Intl.NumberFormat('id-ID').format(current + 3);
    await targets.setSasaran('SPM.01', corrected);
    await expect.poll(() => saves.length).toBe(2);
    await targets.waitSaved('SPM.01');
    expect(await targets.scoreChangeDialog().count()).toBe(0);
    await session.page.reload();
    expect(await targets.sasaran('SPM.01').inputValue()).toBe(corrected);
  });
});
