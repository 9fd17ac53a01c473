// Monthly reporting in the browser (criterion 2.8.3 b, e): the koordinator of Pati I lands on what waits
// for them — December, two figures short — enters the last cells and reports the month; later corrects
// a month reported on time, giving the reason the grid asks for, and the month stays on time; the
// district sees per month who reported on time, late, or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDemoDistrict } from '../src/app/demo/plan.ts';
import { BUILT_IN_CATALOGS } from '../src/domain/catalog/builtin.ts';
import { localDate } from '../src/domain/periods/calendar.ts';
import { dueDateOf } from '../src/domain/periods/months.ts';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, VIEWPORT, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { DistrictDashboardPage } from './pages/dashboard.page.ts';
import { EntryPage } from './pages/entry.page.ts';
import { HomePage } from './pages/home.page.ts';

const PUSKESMAS = 'P3318001';
const NAME = 'Puskesmas Pati I';
const YEAR = 2023;
const DECEMBER = '2023-12';

// The demo reports each month at its entry sitting: the months Pati I reported by the 5th.
const reports = planDemoDistrict(BUILT_IN_CATALOGS.get(YEAR)!).puskesmas.find(
  (p) => p.puskesmas.code === PUSKESMAS,
)!.monthReports;
const onTimeMonths = reports
  .filter((r) => r.reportedAt !== null && localDate(r.reportedAt) <= dueDateOf(r.month))
  .map((r) => r.month);
const ON_TIME = onTimeMonths[0]!;

describe('reporting a month', () => {
  let pkp: RunningPkp;
  let session: Session;
  let entry: EntryPage;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    entry = new EntryPage(session.page);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  const focused = () => session.page.evaluate(() => document.activeElement?.getAttribute('data-cell'));

  it('lands the koordinator on what waits: December, with the two figures it lacks', async () => {
    const { page } = session;
    await signInAs(session, account('koordinator', PUSKESMAS).username);
    await page.waitForURL(`**/puskesmas/${PUSKESMAS}/${YEAR}/home`);
    const home = new HomePage(page);
    await home.loaded();
    const december = home.items('month');
    expect(await december.count()).toBe(1);
    expect(await december.textContent()).toMatch(/Desember 2023: 2 indikator belum diisi/);
    expect(await december.textContent()).toContain('batas 5 Jan 2024 sudah lewat');
    await screenshot(page, '30-home-koordinator');
    expect(describeFindings(await blockingAxeFindings(page, 'home-koordinator'))).toBe('');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, '30b-home-koordinator-1024');
    await page.setViewportSize(VIEWPORT);

    // The link opens the grid on the first empty cell.
    await december.getByRole('link', { name: 'Isi di entri bulanan' }).click();
    await entry.grid().waitFor();
    await expect.poll(focused).toBe(`UKM.F2.2|numerator|${DECEMBER}`);
    expect(await entry.reportBar().textContent()).toMatch(/Desember 2023: 2 indikator belum diisi/);
  });

  it('enters the last cells of December and reports it: late, said before and after', async () => {
    const { page } = session;
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await entry.cell('UKM.F2.3', 'numerator', DECEMBER).click();
    await page.keyboard.type('41');
    await page.keyboard.press('Enter');
    await entry.waitSaved();
    const ready = entry.reportBar().locator(`[data-month="${DECEMBER}"]`);
    await expect.poll(() => ready.textContent()).toContain('Desember 2023 lengkap, belum dilaporkan');
    await screenshot(page, '31-report-bar');

    await entry.reportBar().getByRole('button', { name: 'Laporkan Desember 2023' }).click();
    const dialog = page.getByRole('dialog', { name: 'Laporkan Desember 2023 ke Dinas Kesehatan?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('tercatat terlambat');
    await screenshot(page, '32-report-dialog');
    expect(describeFindings(await blockingAxeFindings(page, 'report-dialog'))).toBe('');
    await dialog.getByRole('button', { name: 'Laporkan', exact: true }).click();
    await page.getByText(/^Desember 2023 dilaporkan .*: terlambat\.$/).waitFor();
    expect(await entry.reportBar().count()).toBe(0);
    const status = entry.monthStatus(DECEMBER);
    expect(await status.textContent()).toContain('Terlambat');
    expect(await status.locator('.ms[title]').getAttribute('title')).toMatch(
      /^Dilaporkan \d+ \w+ \d{4} oleh koordinator\.p3318001\./,
    );
  });

  it('asks why before a month reported on time is corrected, and it stays on time', async () => {
    const { page } = session;
    expect(onTimeMonths.length).toBeGreaterThan(1);
    await entry.goto(PUSKESMAS, YEAR);
    const cell = entry.cell('SPM.01', 'numerator', ON_TIME);
    const before = await cell.inputValue();
    await cell.click();
    await page.keyboard.type('77');
    await page.keyboard.press('Enter');
    const dialog = entry.reasonDialog();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('dilaporkan');
    // Nothing is sent before the reason: the save status has nothing on its way.
    expect(await entry.saveStatus().textContent()).toContain('Semua perubahan tersimpan');
    await screenshot(page, '33-correction-reason');
    expect(describeFindings(await blockingAxeFindings(page, 'correction-dialog'))).toBe('');
    await entry.giveReason('Register kohort direkap ulang atas permintaan Dinkes');
    await entry.waitSaved();
    expect(await entry.monthStatus(ON_TIME).textContent()).toContain('Tepat waktu');

    await entry.goto(PUSKESMAS, YEAR);
    expect(await entry.cell('SPM.01', 'numerator', ON_TIME).inputValue()).toBe('77');
    expect(before).not.toBe('77');
    expect(await entry.monthStatus(ON_TIME).textContent()).toContain('Tepat waktu');
    await entry.cell('SPM.01', 'numerator', ON_TIME).click();
    await page.keyboard.press('Alt+H');
    const panel = page.getByRole('complementary', { name: /Riwayat/ });
    await panel.getByText(/Koreksi sesudah bulan ini dilaporkan/).waitFor();
    expect(await panel.textContent()).toContain('Register kohort direkap ulang atas permintaan Dinkes');
    await screenshot(page, '34-correction-history');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, '34b-correction-history-1024');
    await page.setViewportSize(VIEWPORT);
  });

  it('shows the district, per month, who reported on time, late, or not, with counts', async () => {
    const { page } = session;
    await signInAs(session, account('verifikator').username);
    const district = new DistrictDashboardPage(page);
    await district.goto('3318', YEAR);
    expect(await district.timelinessCell(NAME, ON_TIME).getAttribute('title')).toMatch(
      /^Dilaporkan .*, tepat waktu \(koordinator\.p3318001\)$/,
    );
    expect(await district.timelinessCell(NAME, DECEMBER).getAttribute('title')).toMatch(
      /^Dilaporkan .*, terlambat \(koordinator\.p3318001\)$/,
    );
    // Pati II has December complete and not reported.
    expect(await district.timelinessCell('Puskesmas Pati II', DECEMBER).getAttribute('title')).toBe(
      'Lengkap, belum dilaporkan, Terlambat',
    );
    const row = district.timelinessRow(NAME);
    expect(await row.locator('td.num').first().textContent()).toBe(`${onTimeMonths.length}/12`);
    const counts = page.locator('tr.month-counts-row td.month-counts').last();
    expect(await counts.getAttribute('title')).toMatch(
      /^Desember 2023: \d+ tepat waktu, \d+ terlambat, 1 lengkap/,
    );
    await district.timelinessCell(NAME, DECEMBER).scrollIntoViewIfNeeded();
    await screenshot(page, '35-timeliness-district');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, '35b-timeliness-district-1024');
    await page.setViewportSize(VIEWPORT);
  });
});
