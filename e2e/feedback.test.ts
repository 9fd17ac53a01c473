// Feedback in the browser (criterion 2.8.3 f–g, 2.8.4 d–e): the Dinkes admin writes a letter with a
// point per programme below target and sends it; the Kepala Puskesmas reads it, prints it (the page
// becomes a PDF in Chromium) and records a follow-up, done; Dinkes sees the follow-up beside its point.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings, describeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot, SCREENSHOTS } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { FeedbackPage } from './pages/feedback.page.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;
const NUMBER = '440/215/2024';
const SIGNER = 'dr. Aviani Tritanti Venusia, M.Kes';
/** A 1 × 1 PNG: evidence is typed from its content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('feedback from Dinkes and its follow-up', () => {
  let pkp: RunningPkp;
  let dinkes: Session;
  let kapus: Session;
  let programmePoints = 0;

  beforeAll(async () => {
    pkp = await startPkp();
    dinkes = await openSession(pkp.url);
    await signInAs(dinkes, account('admin_dinkes').username);
  });

  afterAll(async () => {
    await dinkes?.close();
    await kapus?.close();
    await pkp?.stop();
  });

  it('lets the Dinkes admin write a letter with a point per programme below target, and send it', async () => {
    const feedback = new FeedbackPage(dinkes.page);
    await feedback.goto(PUSKESMAS, YEAR);
    await dinkes.page.getByRole('button', { name: 'Tulis surat umpan balik' }).click();
    const editor = feedback.editor();
    await editor.getByLabel('Nomor surat').fill(NUMBER);
    await editor.getByLabel('Nama penanda tangan').fill(SIGNER);
    expect(await editor.getByLabel('Jabatan penanda tangan').inputValue()).toBe(
      'Kepala Dinas Kesehatan Kabupaten Pati',
    );
    await editor
      .getByLabel('Ringkasan')
      .fill('Kami telah menerima laporan kinerja semester I dan menyampaikan umpan balik berikut.');
    await editor
      .getByLabel('Isi poin 1')
      .fill('Laporan bulanan agar dikirim paling lambat tanggal 5 bulan berikutnya.');
    await editor.getByRole('button', { name: 'Tambah satu poin per program di bawah target' }).click();
    const texts = editor.getByLabel(/^Isi poin \d+$/);
    const count = await texts.count();
    programmePoints = count - 1;
    expect(programmePoints).toBeGreaterThan(1);
    for (let i = 1; i < count; i++)
      await texts
        .nth(i)
        .fill(`Capaian program ini di bawah target: susun RTL bersama lintas program (${i}).`);
    await screenshot(dinkes.page, '60-feedback-editor');
    const findings = await blockingAxeFindings(dinkes.page, 'feedback-editor');
    expect(findings, describeFindings(findings)).toEqual([]);
    await editor.getByRole('button', { name: 'Simpan draf' }).click();

    const letter = feedback.letter(NUMBER);
    await letter.getByText('Draf', { exact: true }).waitFor();
    expect(await feedback.points(letter).count()).toBe(count);
    await letter.getByRole('button', { name: 'Kirim ke Puskesmas' }).click();
    await letter.getByRole('button', { name: 'Ya, kirim' }).click();
    await feedback.letter(NUMBER).getByText('Terkirim', { exact: true }).waitFor();
    // Sent: read-only for Dinkes too.
    expect(await feedback.letter(NUMBER).getByRole('button', { name: 'Ubah draf' }).count()).toBe(0);
    await screenshot(dinkes.page, '61-feedback-sent');
  });

  it('shows the Kepala Puskesmas the letter, printable on the Dinkes letterhead and as a PDF', async () => {
    kapus = await openSession(pkp.url);
    await signInAs(kapus, account('kepala_puskesmas', PUSKESMAS).username);
    await kapus.page.getByRole('link', { name: 'Umpan balik' }).click();
    const feedback = new FeedbackPage(kapus.page);
    const letter = feedback.letter(NUMBER);
    await letter.waitFor();
    expect(await kapus.page.getByTestId('open-points').textContent()).toContain(
      `${programmePoints + 1} poin`,
    );
    await letter.getByRole('link', { name: 'Cetak' }).click();
    const doc = kapus.page.locator('article.letter-document').first();
    await doc.waitFor();
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain('PEMERINTAH KABUPATEN PATI');
    expect(text).toContain('DINAS KESEHATAN');
    expect(text).toContain(NUMBER);
    expect(text).toContain('Kepala Puskesmas Pati I');
    expect(text).toContain(SIGNER);
    expect(await doc.locator('.letter-points-table tbody tr').count()).toBe(programmePoints + 1);
    await screenshot(kapus.page, '62-feedback-print');
    const findings = await blockingAxeFindings(kapus.page, 'feedback-print');
    expect(findings, describeFindings(findings)).toEqual([]);

    // On paper: the toolbar is left out, the letter alone on A4.
    await kapus.page.emulateMedia({ media: 'print' });
    expect(await kapus.page.locator('.print-toolbar').isVisible()).toBe(false);
    await kapus.page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(kapus.page, '62-feedback-print-a4');
    await kapus.page.setViewportSize({ width: 1366, height: 768 });
    const path = join(SCREENSHOTS, 'feedback-letter.pdf');
    const pdf = await kapus.page.pdf({ path, format: 'A4', printBackground: true });
    await kapus.page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (await readFile(path, 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? [];
    // The letter, then the follow-up report on a sheet of its own.
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('records the Kepala Puskesmas’ follow-up of a point as done, and Dinkes reads it beside the point', async () => {
    await kapus.page.getByRole('link', { name: /Kembali ke umpan balik/ }).click();
    const feedback = new FeedbackPage(kapus.page);
    const point = feedback.points(feedback.letter(NUMBER)).nth(1);
    await feedback.followUp(
      point,
      'RTL program disusun pada lokakarya mini Maret; kelas ibu hamil berjalan di 12 desa.',
      'Selesai',
    );
    await expect.poll(() => point.getByTestId('follow-up-status').textContent()).toBe('Selesai');
    expect(await point.textContent()).toContain('Dicatat oleh kapus.p3318001');
    // The evidence of the follow-up: a photo of the class, attached to the point.
    await point.locator('summary', { hasText: 'Bukti (0)' }).click();
    await point.getByLabel('Jenis bukti').selectOption({ label: 'Foto kegiatan' });
    await point
      .getByLabel('Berkas')
      .setInputFiles({ name: 'kelas-ibu-hamil.png', mimeType: 'image/png', buffer: PNG });
    await point.getByRole('button', { name: 'Unggah' }).click();
    await point.locator('summary', { hasText: 'Bukti (1)' }).waitFor();
    expect(await point.textContent()).toContain('kelas-ibu-hamil.png');
    await screenshot(kapus.page, '63-feedback-follow-up');
    await kapus.page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(kapus.page, '63-feedback-follow-up-1024');
    await kapus.page.setViewportSize({ width: 1366, height: 768 });
    const findings = await blockingAxeFindings(kapus.page, 'feedback-follow-up');
    expect(findings, describeFindings(findings)).toEqual([]);

    const dinkesView = new FeedbackPage(dinkes.page);
    await dinkesView.goto(PUSKESMAS, YEAR);
    const theirs = dinkesView.points(dinkesView.letter(NUMBER)).nth(1);
    expect(await theirs.getByTestId('follow-up-status').textContent()).toBe('Selesai');
    expect(await theirs.textContent()).toContain('kelas ibu hamil berjalan di 12 desa');
    await dinkes.page.goto(`/districts/3318/${YEAR}/feedback`);
    const row = dinkes.page.locator(`tr[data-puskesmas="${PUSKESMAS}"]`);
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['1', String(programmePoints + 1)]),
    );
    await screenshot(dinkes.page, '64-district-feedback');
  });
});
