// The whole year of one Puskesmas in Chromium, from the last monthly report to the published Kelompok
// and the accreditation readiness (criteria 2.7.1, 2.8.3, 2.8.4): the koordinator of Pati I completes
// and reports December → the Kepala Puskesmas submits → a verifier corrects one value with a reason
// and returns one indicator → the koordinator fixes it and answers → the verifier accepts the answer
// and verifies → the admin finalises and publishes → the league table shows Pati I's Kelompok → Dinkes
// sends feedback → the Kepala Puskesmas follows every point up → the readiness view shows 2.8.4 a–e
// fulfilled. The other 28 Puskesmas-years are taken to final beforehand, and Pati I's two performance
// reviews (with attendance, minutes and photos, one decision linked to an RTL action) are written
// into the tables before the server starts, as its year of meetings would have left them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/data/db.ts';
import { getAssessment } from '../src/data/repositories/assessments.repository.ts';
import { getOrgUnitByCode } from '../src/data/repositories/org-units.repository.ts';
import { addMeeting, addRtlAction } from '../test/db/readiness-fixtures.ts';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { demoDataDir, ROOT, runPkp, startPkp, type RunningPkp } from './harness/server.ts';
import { AccreditationPage } from './pages/accreditation.page.ts';
import { DistrictDashboardPage } from './pages/dashboard.page.ts';
import { EntryPage } from './pages/entry.page.ts';
import { FeedbackPage } from './pages/feedback.page.ts';
import { HomePage } from './pages/home.page.ts';
import { VerificationPage } from './pages/verification.page.ts';
import { DistrictStatusPage, StatusBar } from './pages/workflow.page.ts';

const PUSKESMAS = 'P3318001';
const NAME = 'Puskesmas Pati I';
const YEAR = 2023;
const DECEMBER = '2023-12';
/** Corrected by the verifier: January's count of the first SPM service. */
const CORRECTED = 'SPM.01';
/** Returned to the Puskesmas: one of the two figures December lacked. */
const RETURNED = 'UKM.F2.2';
const LETTER = '440/077/2024';
/** A 1 × 1 PNG: evidence is typed from its content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function finaliseOthers(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'e2e/harness/finalise-years.ts'), dataDir, String(YEAR), PUSKESMAS],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`finalise-years: ${code}\n${stderr}`)),
    );
  });
}

/** Pati I's two performance reviews of the year, the first deciding an RTL action. */
async function storeTheReviews(dataDir: string): Promise<void> {
  const store = await openDb({ dataDir });
  try {
    const unit = (await getOrgUnitByCode(store.db, PUSKESMAS))!;
    const assessment = (await getAssessment(store.db, unit.id, YEAR))!;
    const rtl = await addRtlAction(store.db, { assessmentId: assessment.id, indicatorCode: CORRECTED });
    const common = {
      orgUnitId: unit.id,
      assessmentId: assessment.id,
      year: YEAR,
      kind: 'review_kinerja',
    } as const;
    await addMeeting(store.db, {
      ...common,
      heldOn: '2023-07-10',
      title: 'Review kinerja semester I',
      rtlActionIds: [rtl],
    });
    await addMeeting(store.db, {
      ...common,
      heldOn: '2024-01-09',
      title: 'Review kinerja tahunan',
      files: { attendance: 1 },
    });
  } finally {
    await store.close();
  }
}

describe('a whole year of PKP, from the last monthly report to the published Kelompok', () => {
  let pkp: RunningPkp;
  let session: Session;
  let bar: StatusBar;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await demoDataDir();
    await finaliseOthers(dataDir);
    await storeTheReviews(dataDir);
    pkp = await startPkp({ dataDir });
    session = await openSession(pkp.url);
    bar = new StatusBar(session.page);
  }, 240_000);

  let stopped = false;
  afterAll(async () => {
    if (stopped) return;
    await session?.close();
    await pkp?.stop();
  });

  it('the koordinator completes December and reports it', async () => {
    const { page } = session;
    await signInAs(session, account('koordinator', PUSKESMAS).username);
    const home = new HomePage(page);
    await home.loaded();
    await home.items('month').getByRole('link', { name: 'Isi di entri bulanan' }).click();
    const entry = new EntryPage(page);
    await entry.grid().waitFor();
    // The link opens the grid on December's first empty cell: typed into right away.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    await expect.poll(focused).toBe(`UKM.F2.2|numerator|${DECEMBER}`);
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await entry.cell('UKM.F2.3', 'numerator', DECEMBER).click();
    await page.keyboard.type('41');
    await page.keyboard.press('Enter');
    await entry.waitSaved();
    await screenshot(page, '88-loop-december-entered');
    const december = entry.reportBar().locator(`[data-month="${DECEMBER}"]`);
    await expect
      .poll(() => december.textContent(), { timeout: 30_000 })
      .toContain('Desember 2023 lengkap, belum dilaporkan');
    await entry.reportMonth('Desember 2023');
    await page.getByText(/^Desember 2023 dilaporkan .*: terlambat\.$/).waitFor();
    expect(await entry.monthStatus(DECEMBER).textContent()).toContain('Terlambat');

    // The register page behind December's figure, attached to the indicator from the grid.
    await entry.cell('UKM.F2.3', 'numerator', DECEMBER).click();
    await entry.rowDetail().getByRole('button', { name: 'Berkas bukti' }).click();
    const files = page.getByRole('dialog', { name: /^Berkas bukti: / });
    await files
      .getByLabel('Berkas', { exact: true })
      .setInputFiles({ name: 'register-desember.png', mimeType: 'image/png', buffer: PNG });
    await files.getByRole('button', { name: 'Unggah' }).click();
    await files.getByText('register-desember.png').waitFor();
    await screenshot(page, '89-loop-indicator-evidence');
    await files.getByRole('button', { name: 'Tutup' }).click();
    await files.waitFor({ state: 'detached' });
  });

  it('the Kepala Puskesmas submits the year to Dinkes', async () => {
    const { page } = session;
    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/dashboard`);
    await bar.current().filter({ hasText: 'Draf' }).waitFor();
    await bar.make('Ajukan ke Dinkes', 'Diajukan', 'Laporan PKP tahun 2023');
  });

  it('a verifier corrects one value with a reason and returns one indicator', async () => {
    const { page } = session;
    await signInAs(session, account('verifikator').username);
    const verification = new VerificationPage(page);
    await verification.goto(PUSKESMAS, YEAR, 'SPM');
    const card = await verification.indicator(CORRECTED);
    const own = (await verification.row(card, 'Januari').locator('td').first().textContent())!.trim();
    await verification.correctMonth(
      CORRECTED,
      'Januari',
      'Jumlah',
      '61',
      'Register kohort Januari mencatat 61',
    );
    const january = verification.row(await verification.indicator(CORRECTED), 'Januari');
    await expect.poll(() => january.locator('td.verify-dinkes').textContent()).toContain('61');
    // Both figures side by side: the Puskesmas' own is kept, with who corrected it and why.
    expect((await january.locator('td').first().textContent())!.trim()).toBe(own);
    expect(await january.locator('td.verify-who').textContent()).toContain(
      'Register kohort Januari mencatat 61',
    );

    await verification.goto(PUSKESMAS, YEAR, 'UKM.F');
    await verification.returnIndicator(RETURNED, 'Desember 40 kasus? Register mencatat 4. Mohon diperiksa.');
    await expect.poll(() => verification.returns().count()).toBe(1);
    expect(await verification.returns().textContent()).toContain('Menunggu jawaban Puskesmas');
    await screenshot(page, '90-loop-verification');
    const findings = await blockingAxeFindings(page, 'loop-verification');
    expect(findings, describeFindings(findings)).toEqual([]);
  });

  it('the koordinator fixes the returned figure, with its reason, and answers', async () => {
    const { page } = session;
    await signInAs(session, account('koordinator', PUSKESMAS).username);
    const home = new HomePage(page);
    await home.loaded();
    const returned = home.items('returned');
    expect(await returned.count()).toBe(1);
    expect(await returned.textContent()).toContain('Register mencatat 4');
    await returned.getByRole('link', { name: 'Perbaiki di entri bulanan' }).click();
    const entry = new EntryPage(page);
    await entry.grid().waitFor();
    await entry.cell(RETURNED, 'numerator', DECEMBER).fill('4');
    await page.keyboard.press('Enter');
    // December was reported: the change is a correction, with its reason.
    await entry.reasonDialog().waitFor();
    await entry.giveReason('Salah ketik: register mencatat 4 kasus');
    await entry.waitSaved();
    const panel = page.locator('.returned-panel');
    await panel
      .getByLabel('Jawaban untuk verifikator (wajib)')
      .fill('Sudah diperbaiki menjadi 4 sesuai register.');
    await panel.getByRole('button', { name: 'Kirim jawaban' }).click();
    // Answered: back with the verifier, and the indicator is no longer open for changes.
    await panel.getByText('Dijawab, menunggu Dinkes').waitFor();
    await screenshot(page, '90b-loop-answered');
  });

  it('the verifier accepts the answer and verifies the year', async () => {
    const { page } = session;
    await signInAs(session, account('verifikator').username);
    const verification = new VerificationPage(page);
    await verification.goto(PUSKESMAS, YEAR, 'UKM.F');
    const item = verification.returns().first();
    expect(await item.textContent()).toContain('Sudah diperbaiki menjadi 4 sesuai register.');
    await item.getByRole('button', { name: 'Terima jawaban' }).click();
    await item.getByText('Selesai', { exact: true }).waitFor();
    await bar.make('Verifikasi', 'Diverifikasi');
  });

  it('the admin finalises the year and publishes the district: the league table shows Pati I’s Kelompok', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes').username);
    await page.goto(`/puskesmas/${PUSKESMAS}/${YEAR}/dashboard`);
    await bar.make('Finalkan', 'Final');
    const status = new DistrictStatusPage(page);
    await status.goto('3318', YEAR);
    await status.publish().click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByRole('button', { name: 'Publikasikan hasil' }).click();
    await dialog.waitFor({ state: 'detached' });
    await status.publication().getByText('Hasil dipublikasikan pada').waitFor();
    expect(await page.getByTestId('status-counts').textContent()).toBe('Dipublikasikan: 29');

    await signInAs(session, account('viewer').username);
    const district = new DistrictDashboardPage(page);
    await district.goto('3318', YEAR);
    expect(await district.row(NAME).textContent()).toMatch(/^(I|II|III)\d+/);
    await screenshot(page, '91-loop-published');
  });

  it('Dinkes sends feedback and the Kepala Puskesmas follows every point up', async () => {
    const { page } = session;
    await signInAs(session, account('admin_dinkes').username);
    const feedback = new FeedbackPage(page);
    await feedback.goto(PUSKESMAS, YEAR);
    await page.getByRole('button', { name: 'Tulis surat umpan balik' }).click();
    const editor = feedback.editor();
    await editor.getByLabel('Nomor surat').fill(LETTER);
    await editor.getByLabel('Nama penanda tangan').fill('dr. Aviani Tritanti Venusia, M.Kes');
    await editor
      .getByLabel('Ringkasan')
      .fill('Hasil verifikasi penilaian kinerja tahun 2023 dan tindak lanjutnya.');
    await editor
      .getByLabel('Isi poin 1')
      .fill('Laporan bulanan Desember terlambat: kirim paling lambat tanggal 5.');
    await editor.getByRole('button', { name: 'Simpan draf' }).click();
    await feedback.letter(LETTER).getByRole('button', { name: 'Kirim ke Puskesmas' }).click();
    await feedback.letter(LETTER).getByRole('button', { name: 'Ya, kirim' }).click();
    await feedback.letter(LETTER).getByText('Terkirim', { exact: true }).waitFor();

    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    const home = new HomePage(page);
    await home.loaded();
    await home.items('feedback').getByRole('link', { name: 'Tindak lanjuti' }).click();
    const theirs = new FeedbackPage(page);
    const points = theirs.points(theirs.letter(LETTER));
    await points.first().waitFor();
    for (let i = 0; i < (await points.count()); i++) {
      await theirs.followUp(points.nth(i), 'Jadwal pelaporan dibahas di lokakarya mini Januari.', 'Selesai');
      await expect.poll(() => points.nth(i).getByTestId('follow-up-status').textContent()).toBe('Selesai');
    }
  });

  it('the readiness view shows 2.8.4 a–e fulfilled for Pati I', async () => {
    const { page } = session;
    const readiness = new AccreditationPage(page);
    await readiness.goto(PUSKESMAS, YEAR);
    for (const letter of ['a', 'b', 'c', 'd', 'e'])
      expect(
        await readiness.element(`2.8.4.${letter}`).getAttribute('data-status'),
        (await readiness.missing(`2.8.4.${letter}`)).join('\n'),
      ).toBe('fulfilled');
    expect(await readiness.element('2.8.4.d').textContent()).toContain(LETTER);
    await screenshot(page, '92-loop-readiness');
  });

  it('leaves every stored result equal to a fresh scoring (pkp check, the server stopped)', async () => {
    stopped = true;
    await session.close();
    await pkp.stop();
    const check = await runPkp(['check', '--year', String(YEAR)], dataDir);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
