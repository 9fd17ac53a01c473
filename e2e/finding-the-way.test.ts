// Finding one's way in the monthly grid of 264 lines: names shown whole with what to enter, a search
// that knows the programmes, the month being entered marked, the keyboard reaching a group just opened,
// and a title of its own for every screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, VIEWPORT, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;
/** The longest name of the grid (128 characters). */
const LONGEST = 'UKM.F1.6';
const LONGEST_NAME =
  'Cakupan Deteksi Dini Kanker Leher Rahim dengan Metode IVA dan Kanker Payudara dengan Pemeriksaan Klinis (SADANIS)';
/** The row whose detail panel has the most words (name, groups above it, definitions). */
const MOST_WORDS = 'UKM.F1.7.8';
const TB_ROWS = [
  'UKM.D1.1',
  'UKM.D1.2',
  'UKM.D1.3',
  'UKM.D1.4',
  'UKM.D1.5',
  'UKM.D1.6',
  'UKM.D1.7',
  'UKM.D1.8',
];

const focused = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement?.getAttribute('data-cell') ?? document.activeElement?.getAttribute('data-group'),
  );

/** Whether the element shows all its text: nothing cut off sideways or below. */
const shownWhole = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('finding one’s way in the entry grid', () => {
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

  it.each([
    [1366, 768],
    [1024, 768],
    [768, 1024],
  ])(
    'shows a long name whole, in the grid and above it with what to enter, at %i×%i',
    async (width, height) => {
      const { page } = session;
      await page.setViewportSize({ width, height });
      const name = `tr:has([data-cell="${LONGEST}|numerator|${YEAR}-01"]) .indicator-name`;
      await page.locator(name).scrollIntoViewIfNeeded();
      expect(await page.locator(name).innerText()).toContain(LONGEST_NAME);
      expect(await shownWhole(page, name), 'the name in the grid is cut').toBe(true);
      const cutHeadings = await page
        .locator('.group-toggle')
        .evaluateAll((els) =>
          els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.getAttribute('data-group')),
        );
      expect(cutHeadings, 'group headings cut').toEqual([]);

      await entry.cell(LONGEST, 'numerator', `${YEAR}-03`).click();
      const detail = entry.rowDetail();
      expect(await detail.innerText()).toContain(LONGEST_NAME);
      expect(await shownWhole(page, '[data-testid="row-detail"] .row-detail-name')).toBe(true);
      expect(await detail.getByTestId('row-detail-numerator').innerText()).toMatch(/IVA/);
      expect(await detail.getByTestId('row-detail-denominator').innerText()).toBe(
        'Wanita usia subur di wilayah kerja',
      );
      expect(await detail.getByTestId('row-detail-target').innerText()).toBe('30%');
      expect(await detail.getByTestId('row-detail-sasaran').innerText()).toMatch(/^\d{1,3}(\.\d{3})*$/);
      expect(await shownWhole(page, '[data-testid="row-detail"]'), 'the detail panel cuts its text').toBe(
        true,
      );
      expect(await sidewaysScroll(page), `${width}×${height} scrolls sideways`).toBeLessThanOrEqual(1);
      await screenshot(page, `17-entry-row-detail-${width}x${height}`);

      if (width === 1366) {
        const blocking = await blockingAxeFindings(page, 'entry-row-detail');
        expect(blocking, describeFindings(blocking)).toEqual([]);
      }

      // The most to say: a screening row, three groups deep, with long definitions.
      await entry.cell(MOST_WORDS, 'numerator', `${YEAR}-03`).click();
      expect(await entry.rowDetail().innerText()).toContain('skrining PTM prioritas');
      expect(await shownWhole(page, '[data-testid="row-detail"]'), 'the detail panel cuts its text').toBe(
        true,
      );
    },
  );

  it('says what a ratio row’s numerator and denominator count', async () => {
    const { page } = session;
    await page.setViewportSize(VIEWPORT);
    await entry.cell('UKM.D1.5', 'denominator', `${YEAR}-02`).click();
    const detail = entry.rowDetail();
    expect(await detail.getByTestId('row-detail-numerator').innerText()).toBe(
      'Pasien TB terkonfirmasi bakteriologis yang sembuh',
    );
    expect(await detail.getByTestId('row-detail-denominator').innerText()).toMatch(/yang diobati/);
    expect(await detail.innerText()).toContain('Penyebut · Februari');
  });

  it('finds the TB rows by their programme, "P2 TB", and says how many', async () => {
    const { page } = session;
    await entry.search('P2 TB');
    await expect.poll(() => entry.shownIndicators()).toEqual(TB_ROWS);
    expect(await page.getByText('8 indikator ditemukan').isVisible()).toBe(true);
    await screenshot(page, '18-entry-search-p2-tb');
    const blocking = await blockingAxeFindings(page, 'entry-search');
    expect(blocking, describeFindings(blocking)).toEqual([]);
    await entry.search('');
    await expect.poll(async () => (await entry.shownIndicators()).length).toBe(193);
  });

  it('marks the month being entered: December of a finished year, in its header and its column', async () => {
    await entry.goto(PUSKESMAS, YEAR);
    const head = entry.currentMonthHead();
    expect(await head.count()).toBe(1);
    expect(await head.innerText()).toContain('Des');
    expect(await head.getAttribute('title')).toBe('bulan yang sedang diisi');
    expect(await session.page.locator('table.entry-grid col.current-month').count()).toBe(1);
    expect(await session.page.locator('td.month-status-cell.current-month').getAttribute('data-testid')).toBe(
      `month-status-${YEAR}-12`,
    );
    // The keyboard enters the grid in that month.
    expect(await session.page.locator('[data-row][tabindex="0"]').getAttribute('data-cell')).toBe(
      `SPM.01|numerator|${YEAR}-12`,
    );
  });

  it('lets Tab reach the first cell of a group just expanded by keyboard', async () => {
    const { page } = session;
    // The column last used is where the keyboard goes on: July here.
    await entry.cell('SPM.01', 'numerator', `${YEAR}-07`).click();
    await page.getByRole('button', { name: 'Tutup semua' }).click();
    await entry.groupToggle('UKM.D').focus();
    await page.keyboard.press('Enter');
    expect(await entry.groupToggle('UKM.D').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('UKM.D1');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`UKM.D1.1|numerator|${YEAR}-07`);
  });

  it('lets the arrows reach the first cell of a group just expanded by keyboard, and back up the headings', async () => {
    const { page } = session;
    await entry.groupToggle('UKM.E').focus();
    await page.keyboard.press('ArrowRight');
    expect(await entry.groupToggle('UKM.E').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('UKM.E1');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(`UKM.E1.1|numerator|${YEAR}-07`);
    // From a cell the arrows move as in a worksheet, cell to cell over the headings.
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(`UKM.D6.1|numerator|${YEAR}-07`);
    await entry.groupToggle('UKM.E1').focus();
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('UKM.E');
    await page.keyboard.press('ArrowLeft');
    expect(await entry.groupToggle('UKM.E').getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Buka semua' }).click();
  });
});

describe('page titles', () => {
  let pkp: RunningPkp;
  let session: Session;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  const titleOf = async (path: string, title: string) => {
    await session.page.goto(path);
    await expect.poll(() => session.page.title(), { timeout: 15_000 }).toBe(title);
    return title;
  };

  it('gives each screen its own title: what it is, whose, which year', async () => {
    const titles: string[] = [];
    await session.page.goto('/login');
    await expect.poll(() => session.page.title()).toBe('Masuk — PKP');

    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    const unit = `/puskesmas/${PUSKESMAS}/${YEAR}`;
    for (const [path, screen] of [
      ['entries', 'Entri bulanan'],
      ['rubric', 'Manajemen & Mutu'],
      ['targets', 'Target & sasaran'],
      ['profile', 'Profil'],
      ['dashboard', 'Dasbor Puskesmas'],
    ] as const) {
      titles.push(await titleOf(`${unit}/${path}`, `${screen} · Puskesmas Pati I · ${YEAR} — PKP`));
    }
    titles.push(await titleOf('/password', 'Ganti kata sandi — PKP'));
    titles.push(await titleOf('/nowhere', 'Halaman tidak ditemukan — PKP'));

    await signInAs(session, account('admin_dinkes').username);
    titles.push(
      await titleOf(`/districts/3318/${YEAR}/dashboard`, `Dasbor Kabupaten · Kabupaten Pati · ${YEAR} — PKP`),
    );
    titles.push(await titleOf('/districts/3318/users', 'Pengguna · Kabupaten Pati — PKP'));
    titles.push(
      await titleOf(
        `/puskesmas/P3318002/${YEAR}/entries`,
        `Entri bulanan · Puskesmas Pati II · ${YEAR} — PKP`,
      ),
    );
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('follows the language of the screen', async () => {
    await session.page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/entries`);
    await session.page.getByLabel('Bahasa').selectOption('en');
    await expect.poll(() => session.page.title()).toBe(`Monthly entry · Puskesmas Pati I · ${YEAR} — PKP`);
    await session.page.getByLabel('Language').selectOption('id');
  });
});
