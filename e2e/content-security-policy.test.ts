// The UI as the server sends it: its scripts compressed and kept by the browser, the page itself
// checked on every visit; and it works under the server's Content-Security-Policy: signing in, the
// entry grid and both dashboards with their charts (and a chart tooltip) run without a single violation.
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { DistrictDashboardPage, PuskesmasDashboardPage } from './pages/dashboard.page.ts';
import { EntryPage } from './pages/entry.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

declare global {
  interface Window {
    reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Listens to every page of the session, across navigations: its `securitypolicyviolation` events and
 * the console's refusals. The function returns what was reported since its last call.
 */
async function watchViolations(session: Session): Promise<() => string[]> {
  const reported: string[] = [];
  await session.context.exposeFunction('reportCspViolation', (violation: string) => reported.push(violation));
  await session.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportCspViolation?.(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  session.page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) reported.push(message.text());
  });
  return () => reported.splice(0);
}

describe('the Content-Security-Policy', () => {
  let pkp: RunningPkp;
  let session: Session;
  let violations: () => string[];

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    violations = await watchViolations(session);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('sends the app compressed, its scripts to be kept and its page to be checked again', async () => {
    const scripts: Response[] = [];
    const keep = (res: Response) => {
      if (/\/assets\/.*\.js$/.test(new URL(res.url()).pathname)) scripts.push(res);
    };
    session.page.on('response', keep);
    const page = await session.page.goto('/login');
    await session.page.getByLabel('Nama pengguna').waitFor();
    session.page.off('response', keep);
    expect(page?.headers()['cache-control']).toBe('no-cache');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const headers = await script.allHeaders();
      expect(headers['cache-control'], script.url()).toBe('public, max-age=31536000, immutable');
      // The build leaves files under 1 kB as they are. Chromium asks for Brotli over HTTPS only; over
      // plain HTTP it takes gzip.
      const size = Number(headers['content-length'] ?? Infinity);
      if (headers['content-encoding'] === undefined) expect(size, script.url()).toBeLessThan(1024);
      else expect(headers['content-encoding'], script.url()).toMatch(/^(br|gzip)$/);
    }
    const app = scripts.find((script) => /\/assets\/index-[^/]*\.js$/.test(script.url()));
    expect((await app!.allHeaders())['content-encoding']).toMatch(/^(br|gzip)$/);
  });

  it('comes with the UI, forbidding frames', async () => {
    const res = await session.page.goto('/login');
    const policy = res?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(violations()).toEqual([]);
  });

  it('lets a Puskesmas officer sign in and use the entry grid and the dashboard without a violation', async () => {
    const { page } = session;
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    expect(violations()).toEqual([]);

    const entries = new EntryPage(page);
    await entries.goto(PUSKESMAS, YEAR);
    await page.locator('[data-cell]').first().click();
    expect(violations()).toEqual([]);

    const dash = new PuskesmasDashboardPage(page);
    await dash.goto(PUSKESMAS, YEAR);
    await page.locator('.chart svg').first().waitFor();
    // A tooltip is markup that ECharts writes itself, styles and all: show one of every chart.
    const charts = page.locator('.chart');
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      const box = (await chart.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
      await chart.locator('div[style*="z-index: 9999999"]').waitFor({ state: 'visible' });
    }
    const why = await dash.why('service');
    await why.getByRole('heading').first().waitFor();
    expect(violations()).toEqual([]);
    await why.getByRole('button', { name: 'Tutup', exact: true }).click();
  });

  it('lets the district see its dashboard and charts without a violation', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await signInAs(session, account('verifikator').username);
    const district = new DistrictDashboardPage(page);
    await district.goto('3318', YEAR);
    await district.heatmap().waitFor();
    // The heat map's tooltip is pkp's own markup, placed with a style attribute.
    await district.heatmap().getByRole('gridcell').first().hover();
    await page.getByTestId('heatmap-tooltip').waitFor();
    await page.getByRole('heading', { name: 'Nilai per program' }).scrollIntoViewIfNeeded();
    expect(violations()).toEqual([]);
  });
});
