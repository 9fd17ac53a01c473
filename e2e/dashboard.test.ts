// The dashboards show what the scoring engine says: the category of a seeded Puskesmas matches
// `pkp score --puskesmas CODE --year 2023 --json` on the same data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { demoDataDir, runPkp, startPkp, type RunningPkp } from './harness/server.ts';
import { DistrictDashboardPage, PuskesmasDashboardPage } from './pages/dashboard.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

interface ScoreJson {
  puskesmas: { name: string };
  service: { score: number; category: string };
  overall: { category: string; kelompok: string };
  nodes: Record<string, { score: number | null }>;
}

/** Two decimals, Indonesian, as the figure shows it. */
function percent(x: number): string {
  return `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x)}%`;
}

describe('dashboards', () => {
  let pkp: RunningPkp;
  let session: Session;
  let expected: ScoreJson;

  beforeAll(async () => {
    // The CLI scores the demo first; the server then opens the same data (one process at a time).
    const dataDir = await demoDataDir();
    const score = await runPkp(
      ['score', '--puskesmas', PUSKESMAS, '--year', String(YEAR), '--json'],
      dataDir,
    );
    expect(score.code, score.stderr).toBe(0);
    expected = JSON.parse(score.stdout) as ScoreJson;
    pkp = await startPkp({ dataDir });
    session = await openSession(pkp.url);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('shows the Puskesmas its category and Kelompok as the engine scored them, with the why', async () => {
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    const dash = new PuskesmasDashboardPage(session.page);
    await dash.goto(PUSKESMAS, YEAR);
    const overall = await dash.figure('overall').textContent();
    expect(overall).toContain(expected.overall.category);
    expect(overall).toContain(`Kelompok ${expected.overall.kelompok}`);
    expect(await dash.figure('service').textContent()).toContain(percent(expected.service.score));
    expect(await dash.figure('service').textContent()).toContain(expected.service.category);
    await session.page.locator('.chart svg').first().waitFor();
    await screenshot(session.page, '10-dashboard-puskesmas');

    const why = await dash.why('service');
    await why.getByRole('heading', { name: /Mengapa Pelayanan/ }).waitFor();
    expect(await why.textContent()).toContain(percent(expected.service.score));
    await screenshot(session.page, '11-dashboard-why');
    await why.getByRole('button', { name: 'Tutup', exact: true }).click();

    // The same year by the ILP clusters, as `pkp score` stored it beside the decree's tables.
    const ilp = session.page.getByRole('region', { name: 'Menurut Klaster Integrasi Layanan Primer (ILP)' });
    await ilp.scrollIntoViewIfNeeded();
    const rows = ilp.getByRole('row');
    expect(await rows.count()).toBe(6);
    const klaster2 = await ilp.getByRole('row', { name: /Klaster 2 Ibu dan Anak/ }).textContent();
    expect(klaster2).toContain(percent(expected.nodes['ILP.2']!.score!));
    const klaster1 = await ilp.getByRole('row', { name: /Klaster 1 Manajemen/ }).textContent();
    expect(klaster1).toMatch(/Manajemen \d+,\d\d · Mutu \d+,\d\d%/);
    await screenshot(session.page, '11b-dashboard-ilp');
  });

  it('shows the district the same category in its league table', async () => {
    await session.page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await signInAs(session, account('verifikator').username);
    const district = new DistrictDashboardPage(session.page);
    await district.goto('3318', YEAR);
    const row = await district.row(expected.puskesmas.name).textContent();
    expect(row).toContain(expected.overall.category);
    expect(row).toContain(percent(expected.service.score));
    await district.heatmap().waitFor();
    await screenshot(session.page, '12-dashboard-district');
    await session.page.getByRole('heading', { name: 'Nilai per program' }).scrollIntoViewIfNeeded();
    await session.page.evaluate(() => window.scrollBy(0, -8));
    await screenshot(session.page, '12b-dashboard-district-heatmap');
  });
});
