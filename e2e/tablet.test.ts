// On a tablet (1024×768 landscape, 768×1024 portrait) the main screens fit the width: the page itself
// never scrolls sideways (the entry grid scrolls inside its own frame, its first column frozen).
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { PuskesmasDashboardPage } from './pages/dashboard.page.ts';
import { EntryPage } from './pages/entry.page.ts';
import { RubricPage } from './pages/rubric.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

/** Opens the monthly entry screen and returns its grid, once shown. */
async function openEntryGrid(page: Page): Promise<Locator> {
  const entry = new EntryPage(page);
  await entry.goto(PUSKESMAS, YEAR);
  return entry.grid();
}

/**
 * Each screen with how to open it and what shows it is that screen: an error page fits any tablet, so
 * the width check means something only once the screen itself is there.
 */
const SCREENS: readonly (readonly [name: string, open: (page: Page) => Promise<Locator>])[] = [
  ['entri bulanan', openEntryGrid],
  [
    'dasbor Puskesmas',
    async (page) => {
      const dashboard = new PuskesmasDashboardPage(page);
      await dashboard.goto(PUSKESMAS, YEAR);
      return dashboard.figure('overall');
    },
  ],
  [
    'manajemen dan mutu',
    async (page) => {
      const rubric = new RubricPage(page);
      await rubric.goto(PUSKESMAS, YEAR);
      return rubric.item('MAN.A1.1');
    },
  ],
];

describe('on a tablet', () => {
  let pkp: RunningPkp;
  let session: Session;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    await signInAs(session, account('kepala_puskesmas').username);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it.each([
    [1024, 768],
    [768, 1024],
  ])('fits the main screens in %i×%i without sideways page scrolling', async (width, height) => {
    const { page } = session;
    await page.setViewportSize({ width, height });
    for (const [name, open] of SCREENS) {
      const shown = await open(page);
      await page.waitForLoadState('networkidle');
      expect(await shown.isVisible(), `${name} at ${width}×${height} shows its own content`).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width}×${height} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(
        1,
      );
    }
    await openEntryGrid(page);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `15-tablet-${width}x${height}-entry`);
  });
});
