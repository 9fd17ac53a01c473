// axe-core on every main screen, as the role that works there: no serious or critical finding (a
// control without a name, text under 4.5:1, a role in the wrong place). Every finding of each screen,
// the moderate and minor ones too, is written to artifacts/axe/ for a person to go through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { DistrictDashboardPage, PuskesmasDashboardPage } from './pages/dashboard.page.ts';
import { EntryPage } from './pages/entry.page.ts';
import { RubricPage } from './pages/rubric.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

describe('accessibility of the main screens (axe-core)', () => {
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

  async function expectAccessible(name: string): Promise<void> {
    const blocking = await blockingAxeFindings(session.page, name);
    expect(blocking, describeFindings(blocking)).toEqual([]);
  }

  it('finds nothing serious on the sign-in screen', async () => {
    await new SignInPage(session.page).goto();
    await expectAccessible('sign-in');
  });

  it('finds nothing serious on the monthly entry grid of a Pelaksana', async () => {
    await signInAs(session, account('pelaksana', PUSKESMAS).username);
    const entry = new EntryPage(session.page);
    await entry.goto(PUSKESMAS, YEAR);
    await entry.cell('SPM.01', 'numerator', '2023-01').click();
    await expectAccessible('entry-grid');
  });

  it('finds nothing serious on the rubric, the targets and the profile of a Kepala Puskesmas', async () => {
    const { page } = session;
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    await new RubricPage(page).goto(PUSKESMAS, YEAR);
    await expectAccessible('rubric');

    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/targets`);
    await page.getByTestId('target-SPM.01').waitFor();
    await expectAccessible('targets');

    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/profile`);
    await page.getByLabel('Ibu hamil').waitFor();
    await expectAccessible('profile');
  });

  it('finds nothing serious on the Puskesmas dashboard with its "Mengapa?" panel open', async () => {
    const dash = new PuskesmasDashboardPage(session.page);
    await dash.goto(PUSKESMAS, YEAR);
    await session.page.locator('.chart svg').first().waitFor();
    await expectAccessible('dashboard-puskesmas');
    const why = await dash.why('service');
    await why.getByRole('heading').first().waitFor();
    await expectAccessible('dashboard-puskesmas-why');
  });

  it('finds nothing serious on the change-password screen', async () => {
    await session.page.goto('/password');
    await session.page.getByLabel('Kata sandi baru', { exact: true }).waitFor();
    await expectAccessible('change-password');
  });

  it('finds nothing serious on the district dashboard of a Verifikator', async () => {
    await signInAs(session, account('verifikator').username);
    await new DistrictDashboardPage(session.page).goto('3318', YEAR);
    await session.page.getByTestId('heatmap').waitFor();
    await expectAccessible('dashboard-district');
  });

  it('finds nothing serious on the accounts screen of the Dinkes admin', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes').username);
    await page.goto('/districts/3318/users');
    await page
      .getByRole('rowheader', { name: /Pelaksana Pati I/ })
      .first()
      .waitFor();
    await expectAccessible('users');
  });
});
