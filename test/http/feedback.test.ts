// Feedback over HTTP: Dinkes drafts and sends, the Puskesmas reads only what was sent and follows each
// point up; who may do which, and a letter of another Puskesmas is none of this one's.
import { beforeAll, expect, it } from 'vitest';
import type {
  DistrictFeedbackView,
  FeedbackLetterView,
  FeedbackPointView,
  FeedbackView,
} from '../../src/shared/api/feedback.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const yearPath = (code: string) => `/api/puskesmas/${code}/years/${TEST_YEAR}`;
const own = yearPath(UNITS.puskesmas[0]);
const other = yearPath(UNITS.puskesmas[2]);

const body = {
  number: '440/12/2024',
  datedOn: '2024-02-19',
  signerName: 'dr. Kepala Dinas',
  signerTitle: 'Kepala Dinas Kesehatan Kabupaten Pati',
  summary: 'Umpan balik laporan semester I.',
  points: [
    { scope: 'overall', code: null, text: 'Laporan bulanan tepat waktu.' },
    { scope: 'programme', code: 'SPM', text: 'SPM: cakupan ibu hamil perlu naik.' },
  ],
};

describeHttp('feedback over HTTP', (t) => {
  let admin: TestSession;
  let verifikator: TestSession;
  let kapus: TestSession;
  let koordinator: TestSession;
  let pelaksana: TestSession;
  let viewer: TestSession;
  let sent: FeedbackLetterView;

  beforeAll(async () => {
    admin = await signIn(t.app, 'admin.3318');
    verifikator = await signIn(t.app, 'verifikator.3318');
    kapus = await signIn(t.app, 'kapus.p3318001');
    koordinator = await signIn(t.app, 'koordinator.p3318001');
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    viewer = await signIn(t.app, 'viewer.3318');
  });

  it('lets a verifier draft a letter the Puskesmas cannot see yet, and refuses the verifier sending it', async () => {
    const draft = await callJson<FeedbackLetterView>(t.app, verifikator, 'POST', `${own}/feedback`, body);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', version: 1 });
    const read = await callJson<FeedbackView>(t.app, kapus, 'GET', `${own}/feedback`);
    expect([read.status, read.body.letters.length, read.body.writing]).toEqual([200, 0, null]);
    const bySelf = await callJson(t.app, verifikator, 'POST', `${own}/feedback/${draft.body.id}/send`, {
      expectedVersion: 1,
    });
    expect(bySelf.status).toBe(403);
    const byAdmin = await callJson<FeedbackLetterView>(
      t.app,
      admin,
      'POST',
      `${own}/feedback/${draft.body.id}/send`,
      {
        expectedVersion: 1,
      },
    );
    expect([byAdmin.status, byAdmin.body.status]).toEqual([200, 'sent']);
    sent = byAdmin.body;
    const after = await callJson<FeedbackView>(t.app, pelaksana, 'GET', `${own}/feedback`);
    expect(after.body.letters.map((l) => [l.number, l.points.length])).toEqual([['440/12/2024', 2]]);
    expect(after.body.openPoints).toBe(2);
  });

  it('refuses the viewer a look, and the Puskesmas writing a letter', async () => {
    expect((await callJson(t.app, viewer, 'GET', `${own}/feedback`)).status).toBe(403);
    expect((await callJson(t.app, kapus, 'POST', `${own}/feedback`, body)).status).toBe(403);
  });

  it('takes the follow-up of a point from the koordinator, then answers a stale one with the letter as stored', async () => {
    const point = sent.points[1]!;
    const path = `${own}/feedback/${sent.id}/points/${point.id}/follow-up`;
    const first = await callJson<FeedbackPointView>(t.app, koordinator, 'PUT', path, {
      text: 'Kelas ibu hamil di semua desa mulai Maret.',
      status: 'berjalan',
      expectedVersion: 0,
    });
    expect([first.status, first.body.followUp?.version]).toEqual([200, 1]);
    const stale = await callJson<{ code: string; current: FeedbackLetterView }>(t.app, kapus, 'PUT', path, {
      text: 'Selesai',
      status: 'selesai',
      expectedVersion: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VALUE');
    expect(stale.body.current.points[1]?.followUp?.status).toBe('berjalan');
    const pelaksanaTry = await callJson(t.app, pelaksana, 'PUT', path, {
      text: 'x',
      status: 'selesai',
      expectedVersion: 1,
    });
    expect(pelaksanaTry.status).toBe(403);
    // Dinkes sees the follow-up beside its point.
    const dinkes = await callJson<FeedbackView>(t.app, admin, 'GET', `${own}/feedback`);
    expect(dinkes.body.letters[0]?.points[1]?.followUp?.text).toBe(
      'Kelas ibu hamil di semua desa mulai Maret.',
    );
  });

  it('answers 404 for a letter of another Puskesmas named under this one', async () => {
    const theirs = await callJson<FeedbackLetterView>(t.app, admin, 'POST', `${other}/feedback`, body);
    expect(theirs.status).toBe(201);
    const res = await callJson<{ code: string }>(t.app, admin, 'PUT', `${own}/feedback/${theirs.body.id}`, {
      ...body,
      expectedVersion: 1,
    });
    expect([res.status, res.body.code]).toEqual([404, 'FEEDBACK_NOT_FOUND']);
  });

  it('refuses sending an incomplete letter, and changing a sent one', async () => {
    const draft = await callJson<FeedbackLetterView>(t.app, admin, 'POST', `${own}/feedback`, {
      ...body,
      points: [],
    });
    const incomplete = await callJson<{ code: string }>(
      t.app,
      admin,
      'POST',
      `${own}/feedback/${draft.body.id}/send`,
      {
        expectedVersion: 1,
      },
    );
    expect([incomplete.status, incomplete.body.code]).toEqual([400, 'FEEDBACK_INCOMPLETE']);
    const change = await callJson<{ code: string }>(t.app, admin, 'PUT', `${own}/feedback/${sent.id}`, {
      ...body,
      expectedVersion: sent.version,
    });
    expect([change.status, change.body.code]).toEqual([409, 'FEEDBACK_SENT']);
    const removed = await callJson(t.app, admin, 'DELETE', `${own}/feedback/${draft.body.id}`, {
      expectedVersion: 1,
    });
    expect(removed.status).toBe(200);
  });

  it('gives Dinkes the district’s overview, and not the Puskesmas', async () => {
    const res = await callJson<DistrictFeedbackView>(
      t.app,
      verifikator,
      'GET',
      `/api/districts/${UNITS.district}/years/${TEST_YEAR}/feedback`,
    );
    expect(res.status).toBe(200);
    expect(res.body.puskesmas.find((p) => p.code === UNITS.puskesmas[0])).toMatchObject({
      sent: 1,
      points: 2,
      underWay: 1,
    });
    const puskesmas = await callJson(
      t.app,
      kapus,
      'GET',
      `/api/districts/${UNITS.district}/years/${TEST_YEAR}/feedback`,
    );
    expect(puskesmas.status).toBe(403);
  });
});
