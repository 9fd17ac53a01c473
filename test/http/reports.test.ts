// The documents over HTTP: a Puskesmas downloads its annual report as PDF and DOCX; Dinkes makes the
// district's documents as one job, follows its progress and downloads the zip; the report's texts
// resolve Puskesmas → district → pkp's own, version-checked, and lock with the year.
import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import type { BatchProgressView, ReportTextsView } from '../../src/shared/api/reports.schema.ts';
import { call, callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const OWN = UNITS.puskesmas[0];

describeHttp('the report routes', (t) => {
  let kapus: TestSession;
  let admin: TestSession;
  let verifikator: TestSession;
  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    admin = await signIn(t.app, 'admin.3318');
    verifikator = await signIn(t.app, 'verifikator.3318');
  });

  it('gives a Puskesmas its annual report as PDF and DOCX; the verified stage of a draft is refused in words', async () => {
    const pdf = await call(
      t.app,
      kapus,
      'GET',
      `/api/puskesmas/${OWN}/years/${TEST_YEAR}/report?format=pdf&stage=self`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /attachment; filename="PKP_2023_P3318001_.*_mandiri\.pdf"/,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const docx = await call(
      t.app,
      kapus,
      'GET',
      `/api/puskesmas/${OWN}/years/${TEST_YEAR}/report?format=docx`,
    );
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('HASIL KINERJA TAHUNAN');

    const refused = await callJson<{ code: string; message: string }>(
      t.app,
      kapus,
      'GET',
      `/api/puskesmas/${OWN}/years/${TEST_YEAR}/report?stage=verified`,
    );
    expect([refused.status, refused.body.code]).toEqual([404, 'REPORT_NOT_VERIFIED']);
    expect(refused.body.message).toMatch(/Belum ada hasil verifikasi/);
  });

  it("makes the district's documents as one job with progress, and the zip to download", async () => {
    const base = `/api/districts/${UNITS.district}/years/${TEST_YEAR}/reports/jobs`;
    const started = await callJson<BatchProgressView>(t.app, verifikator, 'POST', base, { format: 'docx' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      status: 'running',
      total: 3,
      format: 'docx',
      startedBy: 'verifikator.3318',
    });
    let job = started.body;
    for (let i = 0; i < 600 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await callJson<BatchProgressView>(t.app, verifikator, 'GET', `${base}/${job.id}`)).body;
    }
    expect(job).toMatchObject({ status: 'done', done: 3, failed: [] });
    const listed = await callJson<{ jobs: BatchProgressView[] }>(t.app, admin, 'GET', base);
    expect(listed.body.jobs.map((j) => j.id)).toContain(job.id);
    const download = await call(t.app, admin, 'GET', `${base}/${job.id}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(await download.arrayBuffer()));
    expect(
      Object.keys(zip.files).filter((n) => n.startsWith('Laporan/') && n.endsWith('.docx')),
    ).toHaveLength(3);
    // Another district's job id is unknown here.
    const foreign = await call(
      t.app,
      admin,
      'GET',
      `/api/districts/${UNITS.foreignDistrict}/years/${TEST_YEAR}/reports/jobs/${job.id}`,
    );
    expect(foreign.status).toBe(403);
  });

  it("prints the Puskesmas' own text over the district's standard over pkp's, each write version-checked", async () => {
    const districtTexts = `/api/districts/${UNITS.district}/years/${TEST_YEAR}/report-texts`;
    const puskesmasTexts = `/api/puskesmas/${OWN}/years/${TEST_YEAR}/report-texts`;
    const section = (view: ReportTextsView, s: string) => view.texts.find((x) => x.section === s)!;

    const before = (await callJson<ReportTextsView>(t.app, kapus, 'GET', puskesmasTexts)).body;
    expect(section(before, 'penutup')).toMatchObject({ source: 'standard', version: 0 });
    expect(before.canEdit).toBe(true);

    const standard = await callJson<ReportTextsView>(t.app, admin, 'PUT', `${districtTexts}/penutup`, {
      body: 'Saran Dinas Kesehatan {district} untuk {puskesmas}.',
      expectedVersion: 0,
    });
    expect(standard.status).toBe(200);
    // The verifier reads the district's standard but does not write it.
    const notAdmin = await call(t.app, verifikator, 'PUT', `${districtTexts}/penutup`, {
      body: 'x',
      expectedVersion: 1,
    });
    expect(notAdmin.status).toBe(403);

    const inherited = (await callJson<ReportTextsView>(t.app, kapus, 'GET', puskesmasTexts)).body;
    expect(section(inherited, 'penutup')).toMatchObject({
      source: 'district',
      text: 'Saran Dinas Kesehatan Kabupaten Pati untuk Puskesmas Pati I.',
    });

    const own = await callJson<ReportTextsView>(t.app, kapus, 'PUT', `${puskesmasTexts}/penutup`, {
      body: 'Saran kami sendiri.',
      expectedVersion: 0,
    });
    expect(section(own.body, 'penutup')).toMatchObject({
      source: 'puskesmas',
      own: 'Saran kami sendiri.',
      version: 1,
    });
    const stale = await callJson<{ code: string }>(t.app, kapus, 'PUT', `${puskesmasTexts}/penutup`, {
      body: 'Lagi.',
      expectedVersion: 0,
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VALUE']);

    // The report prints it (its document model: what the PDF and DOCX lay out).
    const doc = await callJson<{ chapters: { id: string; blocks: { type: string; text?: string }[] }[] }>(
      t.app,
      kapus,
      'GET',
      `/api/puskesmas/${OWN}/years/${TEST_YEAR}/report/document`,
    );
    expect(doc.body.chapters.find((c) => c.id === 'bab-7')!.blocks.map((b) => b.text)).toContain(
      'Saran kami sendiri.',
    );
  });
});
