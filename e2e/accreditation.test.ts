// Accreditation readiness in the browser. Gabus I (P3318003) did the work of criterion 2.8.4 — two
// complete performance reviews (the first's decision linked to an RTL action), every month reported
// on time, its year submitted, Dinkes' feedback sent and every point followed up — and shows 2.8.4 a–e
// fulfilled; Gabus II (P3318004) held one review, without a photo, and is told what 2.8.4 a still
// lacks. The records are written straight into the tables before the server starts, as a year of
// work would leave them. Dinkes sees both in the district's overview; the checklist prints for the
// surveyor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/data/db.ts';
import { getAssessment } from '../src/data/repositories/assessments.repository.ts';
import { getOrgUnitByCode } from '../src/data/repositories/org-units.repository.ts';
import { addFeedback, addMeeting, addRtlAction, reportMonths } from '../test/db/readiness-fixtures.ts';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot, SCREENSHOTS } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { demoDataDir, startPkp, type RunningPkp } from './harness/server.ts';
import { AccreditationPage } from './pages/accreditation.page.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const YEAR = 2023;
const DID_THE_WORK = 'P3318003';
const ONE_REVIEW = 'P3318004';

async function storeTheYearsWork(dataDir: string): Promise<void> {
  const store = await openDb({ dataDir });
  try {
    const db = store.db;
    const of = async (code: string) => {
      const unit = (await getOrgUnitByCode(db, code))!;
      return { unit: unit.id, assessment: (await getAssessment(db, unit.id, YEAR))!.id };
    };
    const done = await of(DID_THE_WORK);
    const rtl = await addRtlAction(db, { assessmentId: done.assessment, indicatorCode: 'SPM.01' });
    await addMeeting(db, {
      orgUnitId: done.unit,
      assessmentId: done.assessment,
      year: YEAR,
      kind: 'review_kinerja',
      heldOn: '2023-07-12',
      title: 'Review kinerja semester I',
      rtlActionIds: [rtl],
    });
    await addMeeting(db, {
      orgUnitId: done.unit,
      assessmentId: done.assessment,
      year: YEAR,
      kind: 'review_kinerja',
      heldOn: '2024-01-10',
      title: 'Review kinerja tahunan',
      files: { attendance: 1 },
    });
    await reportMonths(db, { assessmentId: done.assessment, year: YEAR });
    await addFeedback(db, {
      assessmentId: done.assessment,
      number: '440/031/2024',
      datedOn: '2024-01-25',
      followUps: ['selesai', 'selesai', 'selesai'],
    });

    const one = await of(ONE_REVIEW);
    await addMeeting(db, {
      orgUnitId: one.unit,
      assessmentId: one.assessment,
      year: YEAR,
      kind: 'review_kinerja',
      heldOn: '2023-08-01',
      title: 'Review kinerja',
      files: { photo: 0 },
    });
  } finally {
    await store.close();
  }
}

describe('accreditation readiness', () => {
  let pkp: RunningPkp;
  let dinkes: Session;
  let kapus: Session;
  let readiness: AccreditationPage;

  beforeAll(async () => {
    const dataDir = await demoDataDir();
    await storeTheYearsWork(dataDir);
    pkp = await startPkp({ dataDir });
    dinkes = await openSession(pkp.url);
    await signInAs(dinkes, account('verifikator').username);
    // Signed in, Dinkes lands on a screen of the district's year (its links then keep the year).
    await dinkes.page.waitForURL(/\/districts\/3318\/2023\//);
    readiness = new AccreditationPage(dinkes.page);
  });

  afterAll(async () => {
    await dinkes?.close();
    await kapus?.close();
    await pkp?.stop();
  });

  it('shows Dinkes the district overview: 2.8.4 a–e fulfilled where the work was done', async () => {
    await dinkes.page.getByRole('link', { name: 'Akreditasi', exact: true }).click();
    // The district's readiness reads every Puskesmas' records: give a busy machine time.
    await readiness.page.locator('.readiness-table').waitFor({ timeout: 60_000 });
    for (const letter of ['a', 'b', 'c', 'd', 'e'])
      expect(await readiness.districtCell(DID_THE_WORK, `2.8.4.${letter}`)).toBe('fulfilled');
    expect(await readiness.districtCell(ONE_REVIEW, '2.8.4.a')).toBe('partly');
    // Pati I is still a draft: nothing reported to Dinkes yet.
    expect(await readiness.districtCell('P3318001', '2.8.4.c')).toBe('missing');
    await screenshot(dinkes.page, '40-readiness-district');
    const findings = await blockingAxeFindings(dinkes.page, 'readiness-district');
    expect(findings, describeFindings(findings)).toEqual([]);
    await dinkes.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(dinkes.page, '40-readiness-district-1024');
    await dinkes.page.setViewportSize({ width: 1366, height: 768 });
  });

  it('opens a Puskesmas that did the work: 2.8.4 a–e fulfilled, each with what proves it', async () => {
    await readiness.districtRow(DID_THE_WORK).getByRole('link').click();
    await readiness.element('2.8.4.a').waitFor();
    for (const letter of ['a', 'b', 'c', 'd', 'e'])
      expect(await readiness.element(`2.8.4.${letter}`).getAttribute('data-status')).toBe('fulfilled');
    const a = readiness.element('2.8.4.a');
    expect(await a.textContent()).toContain(
      '2 rapat penilaian kinerja dengan daftar hadir, notulen dan foto kegiatan',
    );
    // The decree and the SOP are the surveyor's to read: shown as such, with where to attach them.
    expect(await a.locator('li[data-kind="R"]').first().textContent()).toContain(
      'SK tentang penilaian kinerja',
    );
    expect(await a.locator('li[data-kind="R"]').first().textContent()).toContain('Diperiksa surveior');
    expect(await readiness.element('2.8.4.d').textContent()).toContain('nomor 440/031/2024');
    await a.scrollIntoViewIfNeeded();
    await screenshot(dinkes.page, '41-readiness-fulfilled');
    const findings = await blockingAxeFindings(dinkes.page, 'readiness-puskesmas');
    expect(findings, describeFindings(findings)).toEqual([]);
    await dinkes.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(dinkes.page, '41-readiness-fulfilled-1024');
    await dinkes.page.setViewportSize({ width: 1366, height: 768 });
  });

  it('tells a Puskesmas with one review what 2.8.4 a still lacks', async () => {
    await readiness.goto(ONE_REVIEW, YEAR);
    const a = readiness.element('2.8.4.a');
    expect(await a.getAttribute('data-status')).toBe('partly');
    expect(await readiness.missing('2.8.4.a')).toEqual([
      'Rapat “Review kinerja” (1 Agustus 2023): belum ada foto kegiatan.',
      'Adakan 1 rapat penilaian kinerja lagi.',
    ]);
    // …and where to complete it: the year's meetings.
    expect(await a.getByRole('link', { name: /Lengkapi di Rapat/ }).getAttribute('href')).toBe(
      `/puskesmas/${ONE_REVIEW}/${YEAR}/meetings`,
    );
    await a.scrollIntoViewIfNeeded();
    await screenshot(dinkes.page, '42-readiness-one-review');
  });

  it('prints the checklist for the surveyor: the elements, their evidence and boxes to tick', async () => {
    await readiness.goto(DID_THE_WORK, YEAR);
    await dinkes.page.emulateMedia({ media: 'print' });
    const checklist = dinkes.page.locator('.readiness-checklist');
    expect(await checklist.isVisible()).toBe(true);
    expect(await dinkes.page.locator('.readiness-screen').isVisible()).toBe(false);
    expect(await dinkes.page.locator('.app-header').isVisible()).toBe(false);
    expect(await checklist.locator('tr[data-element]').count()).toBe(18);
    expect(await checklist.locator('tr[data-element="2.8.4.a"]').textContent()).toContain('☐ Ada');
    await screenshot(dinkes.page, '43-readiness-checklist-print');
    // As a browser's print dialog does, the checklist's own page size (A4 landscape) is used.
    const pdf = await dinkes.page.pdf({ printBackground: true, preferCSSPageSize: true });
    await writeFile(join(SCREENSHOTS, '43-readiness-checklist.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape (842 × 595 points), as the checklist's named page asks, over more than one sheet.
    const text = pdf.toString('latin1');
    const [width, height] = (/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text) ?? []).slice(1).map(Number);
    expect(Math.round(width ?? 0)).toBe(842);
    expect(Math.round(height ?? 0)).toBe(595);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
    await dinkes.page.emulateMedia({ media: 'screen' });
  });

  it('gives the Kepala Puskesmas a tab for the readiness of his own Puskesmas', async () => {
    kapus = await openSession(pkp.url);
    await signInAs(kapus, account('kepala_puskesmas', 'P3318001').username);
    await kapus.page.getByRole('link', { name: 'Akreditasi', exact: true }).click();
    const own = new AccreditationPage(kapus.page);
    await own.element('2.8.4.a').waitFor();
    expect(kapus.page.url()).toContain('/puskesmas/P3318001/2023/accreditation');
    expect(await own.element('2.8.4.c').getAttribute('data-status')).toBe('missing');
    expect(await kapus.page.title()).toBe('Akreditasi · Puskesmas Pati I · 2023 — PKP');
    await kapus.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(kapus.page, '44-readiness-kapus-top');
  });

  it('lets the Kepala Puskesmas attach the evidence pkp does not record, and counts it at once', async () => {
    const own = new AccreditationPage(kapus.page);
    const c = own.element('2.7.1.c');
    expect(await c.getAttribute('data-status')).toBe('missing');
    await c.locator('summary').click();
    const panel = kapus.page.getByTestId('evidence-accreditation-2.7.1.c');
    await panel.getByLabel('Berkas', { exact: true }).setInputFiles({
      name: 'Laporan kegiatan UKGS.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await panel.getByRole('button', { name: 'Unggah' }).click();
    await expect.poll(() => c.getAttribute('data-status'), { timeout: 15_000 }).toBe('fulfilled');
    expect(await c.textContent()).toContain('Laporan kegiatan UKGS.pdf');
    await c.scrollIntoViewIfNeeded();
    await screenshot(kapus.page, '45-readiness-attached');
    const findings = await blockingAxeFindings(kapus.page, 'readiness-evidence-panel');
    expect(findings, describeFindings(findings)).toEqual([]);
  });
});
