// A sasaran that moves an indicator's score by more than a few points is not saved silently: the
// screen says what the score would become ("Nilai SPM 6 akan berubah dari 96,0 menjadi 3,4. Simpan?")
// and "Batal" keeps the stored value. A small correction saves at once. A target the decree prints for
// the whole district (UKM.D1.6: 45 cases) is shared out by the Dinkes admin on a screen of its own,
// refused until the shares make 45; the Puskesmas sees its share read-only.
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

let pkp: RunningPkp;

beforeAll(async () => {
  pkp = await startPkp();
});

afterAll(async () => {
  await pkp?.stop();
});

describe('the effect of a sasaran on the score, before it is saved', () => {
  let session: Session;
  let targets: TargetsPage;
  let saves: string[];
  let stored: string;

  beforeAll(async () => {
    session = await openSession(pkp.url);
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    targets = new TargetsPage(session.page);
    saves = watchTargetSaves(session.page);
    await targets.goto(PUSKESMAS, YEAR);
    stored = await targets.sasaran('SPM.06').inputValue();
  });

  afterAll(async () => {
    await session?.close();
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

describe('a district-wide target shared out by Dinkes', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession(pkp.url);
    await signInAs(session, account('admin_dinkes', '3318').username);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is refused until the shares make the decree’s 45, then saved for every Puskesmas at once', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Target kabupaten' }).click();
    await page.getByRole('heading', { name: /^Target kabupaten Kabupaten Pati 2023$/ }).waitFor();
    const row = page.locator('[data-shared="UKM.D1.6"]');
    await row
      .getByText('Target SK untuk seluruh kabupaten: 45 kasus · sasaran: Kasus Komulatif kab')
      .waitFor();
    const sum = row.getByRole('status').first();
    expect(await sum.textContent()).toBe('Jumlah bagian: 45 dari 45 · sama dengan target SK');

    const first = row.getByRole('textbox', { name: 'Bagian Puskesmas Pati I', exact: true });
    const before = Number(await first.inputValue());
    await first.fill(String(before + 3));
    expect(await sum.textContent()).toBe('Jumlah bagian: 48 dari 45 · lebih 3');
    await row.getByRole('button', { name: 'Simpan pembagian' }).click();
    const problems = row.getByRole('list', { name: 'Masalah per Puskesmas' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('jumlah bagian 48 kasus, padahal target kabupaten 45');
    expect(describeFindings(await blockingAxeFindings(page, 'shared-targets'))).toBe('');
    await screenshot(page, '08c-shared-target-refused');

    await first.fill(String(before + 1));
    await row.getByRole('textbox', { name: 'Bagian Puskesmas Pati II', exact: true }).fill('x');
    expect(await row.getByRole('button', { name: 'Simpan pembagian' }).isDisabled()).toBe(true);
    await row.getByRole('button', { name: 'Isi dengan usulan (menurut jumlah penduduk)' }).click();
    expect(await sum.textContent()).toBe('Jumlah bagian: 45 dari 45 · sama dengan target SK');
    await first.fill(String(Number(await first.inputValue()) + 1));
    const second = row.getByRole('textbox', { name: 'Bagian Puskesmas Pati II', exact: true });
    await second.fill(String(Number(await second.inputValue()) - 1));
    const share = await first.inputValue();
    await row.getByLabel('Alasan perubahan (untuk jejak audit)').fill('rapat lintas program TB');
    await row.getByRole('button', { name: 'Simpan pembagian' }).click();
    await row.getByText(/^Pembagian UKM\.D1\.6 disimpan: 45 kasus untuk \d+ Puskesmas\.$/).waitFor();
    await screenshot(page, '08d-shared-target-saved');

    // The Puskesmas' own Targets screen shows its share, which only this screen changes.
    const targets = new TargetsPage(page);
    await targets.goto(PUSKESMAS, YEAR);
    const target = targets.row('UKM.D1.6').getByRole('textbox', { name: /^Target/ });
    expect(await target.inputValue()).toBe(share);
    expect(await target.getAttribute('readonly')).not.toBeNull();
    await targets
      .row('UKM.D1.6')
      .getByText(
        'Bagian Puskesmas ini dari target kabupaten 45, dibagi Dinkes untuk semua Puskesmas sekaligus.',
      )
      .waitFor();
  });
});
