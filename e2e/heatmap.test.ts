// The district heat map is read without colour and without a mouse: every cell shows its score in
// figures and its category by pattern too; the table is one tab stop, the arrows move between cells,
// and the cell in focus has its Puskesmas, programme and score as its name and in a tooltip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { DistrictDashboardPage } from './pages/dashboard.page.ts';

const YEAR = 2023;
/** "Pati I, SPM 1 Pelayanan kesehatan ibu hamil: 67,9 (Kurang)", or "…: tidak dinilai". */
const CELL_NAME = /^(.+), (\S+ \S+) (.+): (\d+,\d \((Baik|Cukup|Kurang)\)|tidak dinilai)$/;

describe('the district heat map, by keyboard and without colour', () => {
  let pkp: RunningPkp;
  let session: Session;
  let district: DistrictDashboardPage;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    await signInAs(session, account('verifikator').username);
    district = new DistrictDashboardPage(session.page);
    await district.goto('3318', YEAR);
    await district.heatmap().waitFor();
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  const focused = () =>
    session.page.evaluate(() => ({
      cell: document.activeElement?.getAttribute('data-cell') ?? null,
      name: document.activeElement?.getAttribute('aria-label') ?? '',
      text: document.activeElement?.textContent ?? '',
    }));

  it('shows every score as a figure, and its category as a pattern as well as a colour', async () => {
    const cells = district.heatmap().getByRole('gridcell');
    const all = await cells.evaluateAll((tds) =>
      tds.map((td) => ({
        text: td.textContent ?? '',
        category: /heat-(Baik|Cukup|Kurang|none)/.exec(td.className)?.[1] ?? '',
        pattern: getComputedStyle(td).backgroundImage,
      })),
    );
    expect(all.length).toBeGreaterThan(29 * 10);
    for (const cell of all) expect(cell.text).toMatch(/^(\d+,\d|–)$/);
    const patterns = (category: string) =>
      new Set(all.filter((c) => c.category === category).map((c) => c.pattern));
    expect(patterns('Baik')).toEqual(new Set(['none']));
    expect([...patterns('Cukup')][0]).toMatch(/radial-gradient/);
    expect([...patterns('Kurang')][0]).toMatch(/repeating-linear-gradient/);
  });

  it('is one tab stop, whose cells the arrow keys walk, each named with its Puskesmas, programme and score', async () => {
    const { page } = session;
    // From the last link before it (the league table's), Tab enters the table at its first cell.
    await district.league().getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.cell).toBe('0:0');
    const [, puskesmas, programme, , score] = CELL_NAME.exec(first.name) ?? [];
    expect(programme).toBe('SPM 1');
    expect(score?.startsWith(first.text === '–' ? 'tidak dinilai' : first.text)).toBe(true);
    const tooltip = page.getByTestId('heatmap-tooltip');
    expect(await tooltip.textContent()).toContain(puskesmas!);
    expect(await tooltip.textContent()).toContain('SPM 1 ');
    await screenshot(page, '12c-heatmap-keyboard');
    const blocking = await blockingAxeFindings(page, 'heatmap-tooltip');
    expect(blocking, describeFindings(blocking)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const moved = await focused();
    expect(moved.cell).toBe('1:1');
    expect(CELL_NAME.exec(moved.name)?.[2]).toBe('SPM 2');
    expect(await tooltip.textContent()).toContain('SPM 2 ');

    await page.keyboard.press('End');
    expect((await focused()).cell).toMatch(/^\d+:1$/);
    await page.keyboard.press('Home');
    expect((await focused()).cell).toBe('0:1');

    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });

    // Tab leaves the table at once: the cells are not 300 tab stops.
    await page.keyboard.press('Tab');
    expect((await focused()).cell).toBeNull();
    expect(await district.heatmap().locator('[tabindex="0"]').count()).toBe(1);
  });

  it('shows the tooltip of the cell under the pointer too', async () => {
    const cell = district.heatmap().locator('[data-cell="2:3"]');
    await cell.hover();
    const name = (await cell.getAttribute('aria-label')) ?? '';
    const [, puskesmas] = CELL_NAME.exec(name) ?? [];
    expect(await session.page.getByTestId('heatmap-tooltip').textContent()).toContain(puskesmas!);
  });

  it('fits a 1024 px wide screen by scrolling the table, not the page', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1024, height: 768 });
    await district.heatmap().scrollIntoViewIfNeeded();
    await screenshot(page, '12d-heatmap-1024');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(1024);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
