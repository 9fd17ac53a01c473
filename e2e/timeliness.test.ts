// A correction made long after the deadline leaves a month that was complete on time on time: in the
// Puskesmas's grid, in the cell's history (marked as a correction), and on the district dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDemoDistrict } from '../src/app/demo/plan.ts';
import { BUILT_IN_CATALOGS } from '../src/domain/catalog/builtin.ts';
import { localDate } from '../src/domain/periods/calendar.ts';
import { dueDateOf } from '../src/domain/periods/months.ts';
import { account } from './harness/accounts.ts';
import { openSession, VIEWPORT, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { DistrictDashboardPage } from './pages/dashboard.page.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const NAME = 'Puskesmas Pati I';
const YEAR = 2023;

// The demo dates each month's completion at its entry: the months Pati I completed by the 5th.
const reports = planDemoDistrict(BUILT_IN_CATALOGS.get(YEAR)!).puskesmas.find(
  (p) => p.puskesmas.code === PUSKESMAS,
)!.monthReports;
const onTimeMonths = reports
  .filter((r) => localDate(r.completedAt) <= dueDateOf(r.month))
  .map((r) => r.month);
const MONTH = onTimeMonths[0]!;

describe('a correction after the deadline', () => {
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

  it('leaves a month completed on time on time in the grid, and the history shows the correction', async () => {
    expect(onTimeMonths.length).toBeGreaterThan(1);
    expect(onTimeMonths.length).toBeLessThan(12);
    const { page } = session;
    await signInAs(session, account('pelaksana', PUSKESMAS).username);
    await entry.goto(PUSKESMAS, YEAR);
    const status = entry.monthStatus(MONTH);
    expect(await status.textContent()).toContain('Tepat waktu');

    // Years after the 5th of the next month, the officer corrects a figure of that month.
    const cell = entry.cell('SPM.01', 'numerator', MONTH);
    const before = await cell.inputValue();
    await cell.click();
    await page.keyboard.type('77');
    await page.keyboard.press('Enter');
    await entry.waitSaved();
    await expect.poll(() => status.textContent()).toContain('Tepat waktu');

    await entry.goto(PUSKESMAS, YEAR);
    expect(await entry.cell('SPM.01', 'numerator', MONTH).inputValue()).toBe('77');
    expect(before).not.toBe('77');
    expect(await status.textContent()).toContain('Tepat waktu');
    expect(await status.locator('.ms[title]').getAttribute('title')).toMatch(/^Lengkap sejak \d+ \w+ 2023\./);

    await entry.cell('SPM.01', 'numerator', MONTH).click();
    await page.keyboard.press('Alt+H');
    const panel = page.getByRole('complementary', { name: /Riwayat/ });
    await panel.getByText(/Koreksi sesudah bulan ini lengkap/).waitFor();
    expect(await panel.textContent()).toContain('pelaksana.p3318001');
    await screenshot(page, '30-timeliness-correction-1366');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, '31-timeliness-correction-1024');
    await page.setViewportSize(VIEWPORT);
  });

  it('leaves it on time on the district dashboard, with the count of months on time unchanged', async () => {
    await signInAs(session, account('verifikator').username);
    const district = new DistrictDashboardPage(session.page);
    await district.goto('3318', YEAR);
    const cell = district.timelinessCell(NAME, MONTH);
    expect(await cell.getAttribute('title')).toMatch(/^Lengkap sejak .*, Tepat waktu$/);
    expect(await district.timelinessRow(NAME).textContent()).toContain(`${onTimeMonths.length}/12`);
    await cell.scrollIntoViewIfNeeded();
    await screenshot(session.page, '32-timeliness-district');
  });
});
