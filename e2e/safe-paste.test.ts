// Safe paste: a block from a worksheet is shown first (old → new, how many cells, what cannot be placed),
// applied only on confirmation, and undone as a whole; its empty cells and "-" never erase a stored
// value unless asked; a block with the workbook's headings and names is matched by indicator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiSession } from './harness/api.ts';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

describe('safe paste', () => {
  let pkp: RunningPkp;
  let session: Session;
  let entry: EntryPage;
  let api: ApiSession;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    api = await apiSession(pkp.url, account('koordinator', PUSKESMAS).username);
    await signInAs(session, account('pelaksana', PUSKESMAS).username);
    entry = new EntryPage(session.page);
    await entry.goto(PUSKESMAS, YEAR);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  const storedNumerator = async (code: string, month: string) =>
    (await api.entries(PUSKESMAS, YEAR)).values.find((v) => v.indicatorCode === code && v.month === month)
      ?.numerator ?? null;

  it('shows what a block changes, applies it on confirmation, and undoes it as a whole', async () => {
    const before = await Promise.all(['SPM.01', 'SPM.02'].map((c) => storedNumerator(c, '2023-10')));
    const keptNov = await storedNumerator('SPM.01', '2023-11');
    await entry.cell('SPM.01', 'numerator', '2023-10').click();
    // Two figures, an empty cell and a "-": neither of the last two erases what is stored.
    await entry.paste('901\t-\r\n902\t\r\n');
    const preview = entry.pastePreview();
    await preview.waitFor();
    expect(await preview.textContent()).toContain('2 sel akan berubah.');
    expect(await preview.textContent()).toContain(
      `${new Intl.NumberFormat('id-ID').format(before[0] ?? 0)} → 901`,
    );
    expect(await preview.getByRole('checkbox', { name: /Kosongkan juga 2 sel/ }).isChecked()).toBe(false);
    await screenshot(session.page, '11-paste-preview');
    // Nothing is sent before the confirmation.
    expect(await storedNumerator('SPM.01', '2023-10')).toBe(before[0]);

    await entry.confirmPaste();
    // October is reported: the paste is a correction, asked why once.
    await entry.giveReason();
    await entry.pasteNote().getByText('2 sel ditempel.').waitFor();
    await entry.waitSaved();
    expect(await storedNumerator('SPM.01', '2023-10')).toBe(901);
    expect(await storedNumerator('SPM.02', '2023-10')).toBe(902);
    expect(await storedNumerator('SPM.01', '2023-11')).toBe(keptNov);

    await entry.pasteNote().getByRole('button', { name: 'Urungkan tempel' }).click();
    await entry.pasteNote().getByText('Tempel diurungkan: 2 sel dikembalikan.').waitFor();
    await entry.waitSaved();
    expect(await storedNumerator('SPM.01', '2023-10')).toBe(before[0]);
    expect(await storedNumerator('SPM.02', '2023-10')).toBe(before[1]);
    expect(await entry.cell('SPM.01', 'numerator', '2023-10').inputValue()).toBe(
      new Intl.NumberFormat('id-ID').format(before[0] ?? 0),
    );
  });

  it('clears the cells that are empty in the block only when asked', async () => {
    // December is not reported yet (a reported month is corrected, never cleared).
    await entry.cell('SPM.03', 'numerator', '2023-12').click();
    await entry.paste('-\r\n-\r\n');
    await entry
      .pastePreview()
      .getByRole('checkbox', { name: /Kosongkan juga 2 sel/ })
      .check();
    await entry.confirmPaste();
    await entry.waitSaved();
    expect(await storedNumerator('SPM.03', '2023-12')).toBeNull();
    expect(await storedNumerator('SPM.04', '2023-12')).toBeNull();
  });

  it('matches a block with the workbook headings by indicator, and lists what it cannot place', async () => {
    const sheet = [
      'No\tIndikator\tOkt\tNov',
      'A.\tStandar Pelayanan Minimal',
      '5\tPelayanan kesehatan pada usia pendidikan dasar\t611\t612',
      '4\tPELAYANAN KESEHATAN BALITA\t511\t-',
      '99\tIndikator yang tidak ada\t1\t2',
      '',
    ].join('\r\n');
    // The focused cell is anywhere: the names and the month headings place the figures.
    await entry.cell('SPM.01', 'numerator', '2023-01').click();
    await entry.paste(sheet);
    const preview = entry.pastePreview();
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('dicocokkan per indikator');
    expect(text).toContain('3 sel akan berubah.');
    expect(text).toContain('Baris 5 · 99 Indikator yang tidak ada — indikator tidak dikenal (2 sel)');
    await screenshot(session.page, '12-paste-by-indicator');
    await entry.confirmPaste();
    // November is reported and not corrected yet in this visit (October was, above).
    await entry.giveReason();
    await entry.waitSaved();
    expect(await storedNumerator('SPM.05', '2023-10')).toBe(611);
    expect(await storedNumerator('SPM.05', '2023-11')).toBe(612);
    expect(await storedNumerator('SPM.04', '2023-10')).toBe(511);
  });
});
