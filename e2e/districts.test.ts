// A new district in the browser: the province admin lands on the province's districts (Pati and
// Kudus), adds Kabupaten Jepara with its Puskesmas from a CSV list (a list with problems first:
// refused, each named by its row, nothing added) and its first admin; that admin changes the
// temporary password, takes Pati's published 2023 catalog as the district's draft, publishes it and
// opens the year. Kudus' admin meanwhile sees nothing of Pati. First, the ministry's viewer goes down
// from the country's provinces to Jawa Tengah's districts and on to Pati's dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCE_DEMO_ACCOUNTS, SECOND_DISTRICT_DEMO_ACCOUNTS } from '../src/app/demo/demo-accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const PROVINCE_ADMIN = PROVINCE_DEMO_ACCOUNTS.find((a) => a.role === 'admin_provinsi')!.username;
const KUDUS_ADMIN = SECOND_DISTRICT_DEMO_ACCOUNTS.find((a) => a.role === 'admin_dinkes')!.username;
const FIRST_PASSWORD = 'Jepara-sementara-2024';
const NEW_PASSWORD = 'Jepara-ukir-kartini-79';

describe('a new district', () => {
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

  it("leads the ministry's viewer from the country's provinces down to a district's dashboard", async () => {
    const { page } = session;
    await signInAs(session, 'viewer.id');
    await page.waitForURL('**/national/ID');
    await page.getByRole('heading', { name: 'Provinsi di Indonesia' }).waitFor();
    const league = page.getByRole('region', { name: 'Hasil penilaian per provinsi 2023' });
    const jateng = league.getByRole('row', { name: /Jawa Tengah/ });
    await jateng.waitFor();
    // Rank 1, two districts, every Puskesmas of Pati and Kudus assessed.
    expect(await jateng.textContent()).toMatch(/^1Jawa Tengah235\/35/);
    expect(await league.textContent()).toContain('di 2 kabupaten/kota dari 1 provinsi sudah dinilai');
    // Working results, and so said: neither demo district has published its year yet.
    expect(await league.textContent()).toContain(
      'hasil kerja terkini: 0 dari 35 Puskesmas yang dinilai sudah dipublikasikan',
    );
    const findings = await blockingAxeFindings(page, 'national-recap');
    expect(findings, describeFindings(findings)).toEqual([]);
    await screenshot(page, '64a-national-recap');

    await jateng.getByRole('link', { name: 'Jawa Tengah' }).click();
    await page.waitForURL('**/provinces/33/districts');
    const recap = page.getByRole('region', { name: 'Hasil penilaian per kabupaten/kota 2023' });
    await recap.getByRole('link', { name: 'Kabupaten Pati' }).click();
    await page.waitForURL('**/districts/3318/2023/**');
    // Read-only: nothing to add a district with.
    expect(await page.getByRole('button', { name: 'Tambah kabupaten/kota' }).count()).toBe(0);
  });

  it('is added by the province admin with its Puskesmas and first admin, a faulty list refused by row', async () => {
    const { page } = session;
    await signInAs(session, PROVINCE_ADMIN);
    await page.waitForURL('**/provinces/33/districts');
    await page.getByRole('heading', { name: /^Kabupaten\/kota / }).waitFor();
    const table = page.getByRole('table', { name: 'Kabupaten/Kota', exact: true });
    // The heading shows before the list has come: wait for its rows.
    await table.getByRole('row', { name: /Kabupaten Pati/ }).waitFor();
    await table.getByRole('row', { name: /Kabupaten Kudus/ }).waitFor();
    // The province's league of districts for the latest year, each a way into its dashboard.
    const recap = page.getByRole('region', { name: 'Hasil penilaian per kabupaten/kota 2023' });
    const pati = recap.getByRole('row', { name: /Kabupaten Pati/ });
    await pati.waitFor();
    expect(await pati.textContent()).toMatch(/^1Kabupaten Pati29\/29/);
    expect(await recap.textContent()).toContain('dari 35 Puskesmas di 2 kabupaten/kota sudah dinilai');
    await screenshot(page, '64b-province-recap');

    await page.getByLabel('Kode', { exact: true }).fill('3320');
    await page.getByLabel('Nama', { exact: true }).fill('Kabupaten Jepara');
    const list = page.getByLabel('Daftar Puskesmas (CSV)');
    await list.fill('kode,nama,rawat_inap\nP3320001,Puskesmas Jepara,ya\nP3320001,Puskesmas Tahunan,tidak\n');
    await page.getByLabel('Nama pengguna admin Dinkes (boleh kosong)').fill('admin.3320');
    await page.getByLabel('Kata sandi awal admin').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Tambah kabupaten/kota' }).click();
    const problems = page.getByRole('list', { name: 'Masalah per baris daftar' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('P3320001');
    expect(await table.getByRole('row', { name: /Kabupaten Jepara/ }).count()).toBe(0);
    expect(describeFindings(await blockingAxeFindings(page, 'province-districts'))).toBe('');
    await screenshot(page, '65-add-district-refused');

    await list.fill(
      'kode,nama,rawat_inap\nP3320001,Puskesmas Jepara,ya\nP3320002,Puskesmas Tahunan,tidak\nP3320003,Puskesmas Mlonggo,tidak\n',
    );
    await page.getByRole('button', { name: 'Tambah kabupaten/kota' }).click();
    await page.getByText('Kabupaten Jepara ditambahkan dengan 3 Puskesmas.', { exact: false }).waitFor();
    await table.getByRole('row', { name: /Kabupaten Jepara/ }).waitFor();
    await screenshot(page, '66-district-added');
  });

  it('starts on Pati’s published catalog, publishes it and opens the year', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /^(Keluar|Sign out)$/ }).click();
    const signIn = new SignInPage(page);
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn.signIn('admin.3320', FIRST_PASSWORD);
    // A temporary password is changed first.
    await page.waitForURL('**/password');
    await page.getByLabel('Kata sandi saat ini').fill(FIRST_PASSWORD);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Ganti kata sandi', exact: true }).click();
    // The shell (and its "who") is already drawn around the password screen: the change is done when
    // the app leaves it for the admin's first screen.
    await page.waitForURL((url) => !url.pathname.endsWith('/password'));

    await page.goto('/districts/3320/2023/catalog');
    await page.getByText('Tahun 2023 belum memiliki katalog.').waitFor();
    await page.getByLabel(/^Atau ambil katalog terbit tahun ini/).fill('3318');
    await page.getByRole('button', { name: 'Ambil katalognya' }).click();
    await page.getByText('Draf: belum terbit, dapat diubah.').waitFor();
    await page.getByRole('button', { name: 'Terbitkan katalog 2023' }).click();
    await page
      .getByRole('dialog', { name: 'Terbitkan katalog 2023?' })
      .getByRole('button', { name: 'Terbitkan', exact: true })
      .click();
    await page.getByText('Katalog 2023 terbit.').waitFor();
    await page.getByRole('button', { name: 'Buka tahun 2023 untuk semua Puskesmas' }).click();
    const opened = page.getByRole('table', { name: '3 Puskesmas dibuka' });
    await opened.waitFor();
    expect(await opened.getByRole('row', { name: /Puskesmas Mlonggo/ }).textContent()).toContain('Dibuka');
  });

  it('shows Kudus’ admin nothing of Pati', async () => {
    const { page } = session;
    await signInAs(session, KUDUS_ADMIN);
    await page.goto('/districts/3318/2023/dashboard');
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByText('Puskesmas Pati I').count()).toBe(0);
    await page.goto('/puskesmas/P3318001/2023/entries');
    await page.getByRole('alert').first().waitFor();
    expect(await page.locator('[data-cell]').count()).toBe(0);
  });
});
