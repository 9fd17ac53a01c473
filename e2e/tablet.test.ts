// On a tablet (1024×768 landscape, 768×1024 portrait) the main screens fit the width: the page itself
// never scrolls sideways (the entry grid scrolls inside its own frame, its first column frozen).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';

const SCREENS = [
  ['entri bulanan', '/puskesmas/P3318001/2023/entries'],
  ['dasbor Puskesmas', '/puskesmas/P3318001/2023/dashboard'],
  ['manajemen dan mutu', '/puskesmas/P3318001/2023/rubric'],
] as const;

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
    for (const [name, path] of SCREENS) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width}×${height} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(
        1,
      );
    }
    await page.goto(SCREENS[0][1]);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `15-tablet-${width}x${height}-entry`);
  });
});
