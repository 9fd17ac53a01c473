// A coordinator records a performance review with its attendance, minutes, a photo and the scanned
// attendance list; a file that is no document is refused by its content; the monthly mini workshops
// recorded propose the level of the matching management item, and the Kepala Puskesmas confirms it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account } from './harness/accounts.ts';
import { blockingAxeFindings } from './harness/axe.ts';
import { openSession, type Session } from './harness/browser.ts';
import { screenshot } from './harness/screenshots.ts';
import { signInAs } from './harness/sign-in.ts';
import { startPkp, type RunningPkp } from './harness/server.ts';
import { MeetingsPage } from './pages/meetings.page.ts';
import { RubricPage } from './pages/rubric.page.ts';
import { sampleExe, sampleJpeg, samplePng } from '../test/evidence/sample-files.ts';

const PUSKESMAS = 'P3318001';
const YEAR = 2023;

describe('meetings with their evidence, and the level they propose', () => {
  let pkp: RunningPkp;
  let session: Session;
  let meetings: MeetingsPage;

  beforeAll(async () => {
    pkp = await startPkp();
    session = await openSession(pkp.url);
    await signInAs(session, account('koordinator', PUSKESMAS).username);
    meetings = new MeetingsPage(session.page);
  });

  afterAll(async () => {
    await session?.close();
    await pkp?.stop();
  });

  it('records a review meeting with attendance and minutes, then its photo and attendance scan', async () => {
    const { page } = session;
    await meetings.goto(PUSKESMAS, YEAR);
    expect(await blockingAxeFindings(page, 'meetings')).toEqual([]);
    await page.getByRole('button', { name: 'Catat rapat' }).click();
    await meetings.field('Jenis').selectOption({ label: 'Review kinerja' });
    await meetings.field('Tanggal').fill('2023-06-20');
    await meetings.field('Judul').fill('Review kinerja semester I');
    await meetings.field('Agenda').fill('Capaian SPM semester I, indikator di bawah target');
    await meetings
      .field('Notulen (ringkasan pembahasan)')
      .fill('K4 baru 78 %: kunjungan rumah bumil risti ditambah.');
    await meetings.participant(1, 'dr. Sari Dewi', 'Kepala Puskesmas', true);
    await meetings.participant(2, 'Rini Astuti', 'Bidan koordinator', true);
    await meetings.participant(3, 'Joko Santoso', 'Sanitarian', false);
    await expect
      .poll(() => meetings.form.getByRole('status').first().textContent())
      .toContain('2 dari 3 hadir');
    await meetings.form.getByRole('button', { name: 'Tambah keputusan' }).click();
    await meetings.field('Keputusan 1').fill('Kunjungan rumah bumil risiko tinggi setiap minggu');
    await meetings.form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Rapat tersimpan.').waitFor();
    expect(await blockingAxeFindings(page, 'meeting-form')).toEqual([]);

    await meetings.upload('Foto kegiatan', {
      name: 'foto-review.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(sampleJpeg()),
    });
    await meetings.evidence.getByRole('link', { name: 'Unduh foto-review.jpg' }).waitFor();
    await meetings.upload('Daftar hadir (pindaian)', {
      name: 'daftar-hadir.png',
      mimeType: 'image/png',
      buffer: Buffer.from(samplePng(40, 60)),
    });
    await meetings.evidence.getByRole('link', { name: 'Unduh daftar-hadir.png' }).waitFor();
    await expect.poll(() => meetings.evidence.locator('li.evidence-item').count()).toBe(2);
    await screenshot(page, 'meeting-form-1366');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'meeting-form-1024');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('refuses an executable renamed .pdf, saying the content is no document', async () => {
    await meetings.upload('Dokumen', {
      name: 'notulen.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(sampleExe()),
    });
    const alert = meetings.evidence.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('bukan PDF, JPEG, PNG, DOCX, atau XLSX');
    expect(await meetings.evidence.locator('li.evidence-item').count()).toBe(2);
  });

  it('downloads a file as an attachment of its stored type', async () => {
    const href = await meetings.evidence
      .getByRole('link', { name: 'Unduh foto-review.jpg' })
      .getAttribute('href');
    const res = await session.page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/jpeg');
    expect(res.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(Buffer.from(await res.body())).toEqual(Buffer.from(sampleJpeg()));
  });

  it('lists the meeting with its attendance and files, and counts it in its quarter', async () => {
    const { page } = session;
    await meetings.form.getByRole('button', { name: 'Tutup' }).click();
    const item = meetings.meeting('Review kinerja semester I');
    await expect.poll(() => item.textContent()).toContain('Foto 1 · Daftar hadir 1');
    const text = await item.textContent();
    expect(text).toContain('2 dari 3 hadir');
    expect(text).not.toContain('Belum lengkap');
    const row = await meetings.countRow('Review kinerja').locator('td').allTextContents();
    expect(row).toEqual(['0', '1', '0', '0', '1']);
    await screenshot(page, 'meetings-1366');
  });

  it('proposes level 10 for the monthly mini workshop on the rubric screen, and the Kepala Puskesmas confirms it', async () => {
    const { page } = session;
    // Nine monthly mini workshops, recorded through the API as the coordinator (the form is shown above).
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    for (let m = 1; m <= 9; m += 1) {
      const res = await page.request.post(`/api/puskesmas/${PUSKESMAS}/years/${YEAR}/meetings`, {
        headers: { 'x-csrf-token': me.csrfToken },
        data: {
          kind: 'lokmin_bulanan',
          heldOn: `${YEAR}-${String(m).padStart(2, '0')}-07`,
          title: `Lokmin bulan ${m}`,
          agenda: 'Capaian bulan lalu, rencana bulan ini',
        },
      });
      expect(res.status()).toBe(201);
    }

    await signInAs(session, account('kepala_puskesmas', PUSKESMAS).username);
    const rubric = new RubricPage(page);
    await rubric.goto(PUSKESMAS, YEAR);
    // Scored by hand earlier in the year, before the records showed nine months.
    await rubric.choose('MAN.A2.6', 7);
    await expect
      .poll(() => rubric.item('MAN.A2.6').textContent())
      .toContain('Terakhir diubah oleh kapus.p3318001');
    // No proposal where no meeting of the kind is recorded: no record is no proof of no meeting.
    expect(await page.getByTestId('proposal-MAN.A2.7').count()).toBe(0);
    await rubric.goto(PUSKESMAS, YEAR);
    const proposal = page.getByTestId('proposal-MAN.A2.6');
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain(
      'Usulan dari catatan rapat: tingkat 10 (9 lokmin bulanan)',
    );
    await proposal.scrollIntoViewIfNeeded();
    await screenshot(page, 'rubric-proposal-1366');
    await proposal.getByRole('button', { name: 'Konfirmasi tingkat 10' }).click();
    await expect.poll(() => rubric.level('MAN.A2.6', 10).isChecked()).toBe(true);
    await proposal.getByText('Sudah sesuai usulan.').waitFor();

    // Stored: after a reload the level is still 10.
    await rubric.goto(PUSKESMAS, YEAR);
    expect(await rubric.level('MAN.A2.6', 10).isChecked()).toBe(true);
  });
});
