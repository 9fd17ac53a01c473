// Never losing an entered figure: the save queue outlives the grid. A month pasted and left at once (for
// the profile, or by signing out) is stored; a tab closed mid-save sends the rest when it comes back; a
// failed save is retried; a refusal is shown and not retried; and another account signing in on the
// same browser neither sees nor sends what the first one left waiting.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiSession } from './harness/api.ts';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { columnText, firstRows, monthColumn, notStored } from './harness/month-column.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;
const PELAKSANA = account('pelaksana', PUSKESMAS).username;
const KOORDINATOR = account('koordinator', PUSKESMAS).username;

/** The PUTs of entries a page sends, by indicator|month. */
function recordSaves(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r: Request) => {
    const m = /\/entries\/([^/]+)\/(\d{4}-\d{2})$/.exec(new URL(r.url()).pathname);
    if (r.method() === 'PUT' && m) sent.push(`${decodeURIComponent(m[1] ?? '')}|${m[2]}`);
  });
  return sent;
}

/**
 * Pastes the first 60 rows of a month column from its first line and confirms the preview; returns
 * what should be stored. Sixty saves still take seconds, so leaving at once leaves most on their way;
 * a whole column (about 200) tells no more and takes half a minute each time.
 */
async function pasteMonth(entry: EntryPage, api: ApiSession, month: string) {
  const { lines, wanted } = firstRows(monthColumn(await api.entries(PUSKESMAS, YEAR), month), 60);
  const first = lines[0];
  if (!first) throw new Error('no lines');
  await entry.cell(first.code, first.field, month).click();
  await entry.paste(columnText(lines));
  await entry.confirmPaste();
  // The demo's months are reported: a pasted month is a correction, asked why once.
  await entry.giveReason();
  return wanted;
}

describe('the save queue', () => {
  let pkp: RunningPkp;
  let session: Session;
  let api: ApiSession;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    api = await apiSession(pkp.url, KOORDINATOR);
    await signInAs(session, PELAKSANA);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  const stillMissing = async (month: string, wanted: Parameters<typeof notStored>[2]) =>
    notStored(await api.entries(PUSKESMAS, YEAR), month, wanted).length;

  it('stores every value of a month pasted just before going to the profile', async () => {
    const entry = new EntryPage(session.page);
    await entry.goto(PUSKESMAS, YEAR);
    const wanted = await pasteMonth(entry, api, '2023-02');
    await session.page.getByRole('link', { name: 'Profil', exact: true }).click();
    // The status on the profile screen counts what is still on its way.
    await expect.poll(() => entry.saveStatus().textContent()).toMatch(/Menyimpan \d+ sel|Semua perubahan/);
    await screenshot(session.page, '08-save-queue-on-profile');
    await expect.poll(() => stillMissing('2023-02', wanted), { timeout: 90_000 }).toBe(0);
    await entry.waitSaved();
  });

  it('stores every value of a month pasted just before signing out, once the user chose to save first', async () => {
    const entry = new EntryPage(session.page);
    await entry.goto(PUSKESMAS, YEAR);
    const wanted = await pasteMonth(entry, api, '2023-03');
    await session.page.getByRole('button', { name: 'Keluar', exact: true }).click();
    const ask = session.page.getByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
    expect(await ask.textContent()).toContain('sel belum tersimpan di server');
    await screenshot(session.page, '09-sign-out-with-unsaved');
    await ask.getByRole('button', { name: 'Simpan dulu, lalu keluar' }).click();
    await session.page.getByLabel('Nama pengguna').waitFor({ timeout: 90_000 });
    expect(await stillMissing('2023-03', wanted)).toBe(0);
  });

  it('sends, from a new tab, what a tab closed in the middle of saving had not sent', async () => {
    await signInAs(session, PELAKSANA);
    const entry = new EntryPage(session.page);
    await entry.goto(PUSKESMAS, YEAR);
    let stored = 0;
    session.page.on('response', (r) => {
      if (r.request().method() === 'PUT' && r.status() === 200) stored++;
    });
    const firstSaved = session.page.waitForResponse((r) => r.request().method() === 'PUT');
    const wanted = await pasteMonth(entry, api, '2023-04');
    await firstSaved;
    // A blank tab keeps the browser (and its session cookie) open, as another tab would.
    const next = await session.context.newPage();
    await session.page.close();
    expect(stored).toBeLessThan(wanted.size);
    expect(await stillMissing('2023-04', wanted)).toBeGreaterThan(0);

    session.page = next;
    const again = new EntryPage(next);
    await again.goto(PUSKESMAS, YEAR);
    await expect.poll(() => stillMissing('2023-04', wanted), { timeout: 90_000 }).toBe(0);
    await again.waitSaved();
  });

  it('retries a failed save by itself and when the network comes back, and shows a refusal without retrying it', async () => {
    const { page } = session;
    const entry = new EntryPage(page);
    await entry.goto(PUSKESMAS, YEAR);
    const sent = recordSaves(page);

    // The server cannot be reached: the save fails, is counted, and goes through once it can.
    await page.route('**/entries/SPM.05/2023-05', (route) => route.abort('connectionrefused'));
    await entry.cell('SPM.05', 'numerator', '2023-05').click();
    await page.keyboard.type('31');
    await page.keyboard.press('Enter');
    await entry.giveReason();
    await expect.poll(() => entry.saveStatus().textContent()).toContain('1 sel gagal tersimpan');
    await screenshot(page, '10-save-failed');

    // Closing the tab with it not stored asks first (the browser's own question).
    const unload = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await unload).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.unroute('**/entries/SPM.05/2023-05');
    await entry.waitSaved();
    expect(sent.filter((s) => s === 'SPM.05|2023-05').length).toBeGreaterThan(1);

    // No network at all: nothing is sent until the browser is online again.
    await session.context.setOffline(true);
    await entry.cell('SPM.05', 'numerator', '2023-06').click();
    await page.keyboard.type('32');
    await page.keyboard.press('Enter');
    await entry.giveReason();
    await expect.poll(() => entry.saveStatus().textContent()).toContain('Tidak ada jaringan: 1 sel menunggu');
    await session.context.setOffline(false);
    await entry.waitSaved();

    // A count is whole: the server refuses 2,5; the cell says why and it is not sent again.
    await entry.cell('SPM.05', 'numerator', '2023-07').click();
    await page.keyboard.type('2,5');
    await page.keyboard.press('Enter');
    await entry.giveReason();
    await expect.poll(() => entry.saveStatus().textContent()).toContain('1 sel ditolak server');
    await entry.cell('SPM.05', 'numerator', '2023-07').click();
    expect(await entry.cell('SPM.05', 'numerator', '2023-07').getAttribute('aria-invalid')).toBe('true');
    expect(await entry.cellStatus().textContent()).toMatch(/⚠/);
    // Another cell saved afterwards (and "Coba sekarang", had it shown) sends nothing of the refused one.
    await entry.cell('SPM.05', 'numerator', '2023-08').click();
    await page.keyboard.type('33');
    await page.keyboard.press('Enter');
    await entry.giveReason();
    await expect.poll(() => sent.includes('SPM.05|2023-08')).toBe(true);
    await expect.poll(() => entry.saveStatus().textContent()).not.toContain('Menyimpan');
    expect(sent.filter((s) => s === 'SPM.05|2023-07')).toHaveLength(1);
    // Escape drops the refused change: the stored value shows again, nothing waits.
    await entry.cell('SPM.05', 'numerator', '2023-07').click();
    await page.keyboard.press('Escape');
    await entry.waitSaved();
  });

  it('neither shows nor sends to another account the cells one account left waiting on this browser', async () => {
    const { page } = session;
    const entry = new EntryPage(page);
    await entry.goto(PUSKESMAS, YEAR);
    const cell = ['SPM.06', 'numerator', '2023-09'] as const;
    const before = await entry.cell(...cell).inputValue();
    // The server is unreachable for this cell: it waits, and the officer signs out keeping it for later.
    await page.route(`**/entries/SPM.06/2023-09`, (route) => route.abort('connectionrefused'));
    await entry.cell(...cell).click();
    await page.keyboard.type('4321');
    await page.keyboard.press('Enter');
    await entry.giveReason();
    await expect.poll(() => entry.saveStatus().textContent()).toContain('1 sel gagal tersimpan');
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
    expect(await ask.textContent()).toContain('dikirim saat akun ini masuk lagi');
    await ask.getByRole('button', { name: 'Keluar, kirim nanti' }).click();
    await page.getByLabel('Nama pengguna').waitFor();
    await page.unroute(`**/entries/SPM.06/2023-09`);

    // Another account of the same Puskesmas, same browser profile: its grid and status know nothing of it.
    await signInAs(session, KOORDINATOR);
    const sent = recordSaves(page);
    const other = new EntryPage(page);
    await other.goto(PUSKESMAS, YEAR);
    expect(await other.cell(...cell).inputValue()).toBe(before);
    await other.cell('SPM.06', 'numerator', '2023-10').click();
    await page.keyboard.type('77');
    await page.keyboard.press('Enter');
    await other.giveReason();
    await other.waitSaved();
    expect(sent).toEqual(['SPM.06|2023-10']);
    const stored = (await api.entries(PUSKESMAS, YEAR)).values.find(
      (v) => v.indicatorCode === 'SPM.06' && v.month === '2023-09',
    );
    expect(stored?.numerator).not.toBe(4321);
    // It is still kept for its own account.
    const kept = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('pkp');
          open.onsuccess = () => {
            const all = open.result.transaction('save-queue').objectStore('save-queue').getAll();
            all.onsuccess = () =>
              resolve(
                (all.result as { indicatorCode: string; month: string }[]).filter(
                  (c) => c.indicatorCode === 'SPM.06' && c.month === '2023-09',
                ).length,
              );
            all.onerror = () => reject(all.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(kept).toBe(1);

    // The first account comes back: its waiting cell is sent.
    await signInAs(session, PELAKSANA);
    await expect
      .poll(
        async () =>
          (await api.entries(PUSKESMAS, YEAR)).values.find(
            (v) => v.indicatorCode === 'SPM.06' && v.month === '2023-09',
          )?.numerator,
        { timeout: 60_000 },
      )
      .toBe(4321);
  });
});
