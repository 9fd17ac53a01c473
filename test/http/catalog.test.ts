// A district's catalog over HTTP: the admin downloads 2023, uploads it as 2024 with a new target (a
// broken one first: refused, every problem named, nothing stored), reads the change in the diff,
// publishes, and opens 2024 for every Puskesmas; a verifier reads but does not author.
import { beforeAll, expect, it } from 'vitest';
import { multipartBody, MULTIPART_TYPE } from '../evidence/multipart.ts';
import { call, callJson, describeHttp, signIn, UNITS, type TestSession } from './harness.ts';

const base = (year: number) => `/api/districts/${UNITS.district}/years/${year}`;

describeHttp('the district catalog routes', (t) => {
  let admin: TestSession;
  let verifikator: TestSession;
  beforeAll(async () => {
    admin = await signIn(t.app, 'admin.3318');
    verifikator = await signIn(t.app, 'verifikator.3318');
  });

  it('takes 2023 to 2024 with a new target, publishes it and opens the year', async () => {
    const downloaded = await call(t.app, verifikator, 'GET', `${base(2023)}/catalog/document`);
    expect(downloaded.status).toBe(200);
    const doc = JSON.parse(await downloaded.text());
    doc.year = 2024;
    doc.id = 'pati-2024';
    doc.clusters[0].children[0].target = { printed: '95 %', value: 95, comparator: '>=' };

    const broken = structuredClone(doc);
    broken.clusters[0].children[1].kind = 'guess';
    const refused = await callJson<{ code: string; params: { issues: string } }>(
      t.app,
      admin,
      'PUT',
      `${base(2024)}/catalog/document`,
      broken,
    );
    expect([refused.status, refused.body.code]).toEqual([400, 'CATALOG_INVALID']);
    expect(refused.body.params.issues).toContain('baris SPM.02: kind:');
    expect((await call(t.app, admin, 'GET', `${base(2024)}/catalog/diff`)).status).toBe(404);

    expect((await call(t.app, verifikator, 'PUT', `${base(2024)}/catalog/document`, doc)).status).toBe(403);
    const draft = await callJson<{ changes: { change: string; code: string }[] }>(
      t.app,
      admin,
      'PUT',
      `${base(2024)}/catalog/document`,
      doc,
    );
    expect(draft.status).toBe(200);
    expect(draft.body.changes).toEqual([expect.objectContaining({ change: 'target', code: 'SPM.01' })]);
    const diff = await callJson<{ previousYear: number; status: string }>(
      t.app,
      verifikator,
      'GET',
      `${base(2024)}/catalog/diff`,
    );
    expect(diff.body).toMatchObject({ previousYear: 2023, status: 'draft' });

    const early = await callJson<{ code: string }>(t.app, admin, 'POST', `${base(2024)}/open`);
    expect([early.status, early.body.code]).toEqual([409, 'CATALOG_NOT_PUBLISHED']);
    expect((await call(t.app, admin, 'POST', `${base(2024)}/catalog/publish`)).status).toBe(200);
    const opened = await callJson<{ puskesmas: { opened: boolean }[] }>(
      t.app,
      admin,
      'POST',
      `${base(2024)}/open`,
    );
    expect(opened.status).toBe(200);
    expect(opened.body.puskesmas.length).toBeGreaterThan(0);
    expect(opened.body.puskesmas.every((p) => p.opened)).toBe(true);
  });
});

describeHttp('copying a year of the district catalog', (t) => {
  it('copies 2023 into a draft for 2025 with no changes, and never over a year that has one', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const verifikator = await signIn(t.app, 'verifikator.3318');
    const copy = (session: TestSession, year: number, fromYear: number) =>
      callJson<{ status?: string; changes?: unknown[]; code?: string }>(
        t.app,
        session,
        'POST',
        `${base(year)}/catalog/copy`,
        { fromYear },
      );
    expect((await copy(verifikator, 2025, 2023)).status).toBe(403);
    const missing = await copy(admin, 2025, 2019);
    expect([missing.status, missing.body.code]).toEqual([404, 'CATALOG_NOT_FOUND']);

    const copied = await copy(admin, 2025, 2023);
    expect(copied.status).toBe(200);
    expect(copied.body).toMatchObject({ status: 'draft' });
    const document = JSON.parse(
      await (await call(t.app, admin, 'GET', `${base(2025)}/catalog/document`)).text(),
    );
    expect([document.year, document.id]).toEqual([2025, 'pati-2025']);
    const original = JSON.parse(
      await (await call(t.app, admin, 'GET', `${base(2023)}/catalog/document`)).text(),
    );
    expect(document.clusters).toEqual(original.clusters);

    const again = await copy(admin, 2025, 2023);
    expect([again.status, again.body.code]).toEqual([409, 'CATALOG_EXISTS']);
  });
});

describeHttp('catalog files: the annex workbook and a document, both through one upload', (t) => {
  const upload = async (session: TestSession, year: number, filename: string, bytes: Uint8Array) => {
    const body = multipartBody([{ name: 'file', filename, bytes }]);
    const res = await t.app.request(`${base(year)}/catalog/file`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': MULTIPART_TYPE,
        'content-length': String(body.length),
      },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as { code?: string; params?: { issues: string } } };
  };

  it('downloads the annex workbook, refuses it into a published year, and takes a document into a draft', async () => {
    const admin = await signIn(t.app, 'admin.3318');
    const verifikator = await signIn(t.app, 'verifikator.3318');
    const res = await call(t.app, verifikator, 'GET', `${base(2023)}/catalog/workbook.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(workbook.subarray(0, 2)).toString()).toBe('PK');

    expect((await upload(verifikator, 2023, 'katalog.xlsx', workbook)).status).toBe(403);
    const published = await upload(admin, 2023, 'katalog.xlsx', workbook);
    expect([published.status, published.body.code]).toEqual([409, 'CATALOG_PUBLISHED']);

    const doc = JSON.parse(await (await call(t.app, admin, 'GET', `${base(2023)}/catalog/document`)).text());
    const broken = structuredClone({ ...doc, year: 2026, id: 'pati-2026' });
    broken.clusters[0].children[0].name = '';
    const refused = await upload(admin, 2026, 'katalog.json', Buffer.from(JSON.stringify(broken)));
    expect([refused.status, refused.body.code]).toEqual([400, 'CATALOG_INVALID']);
    expect(refused.body.params?.issues).toContain('SPM.01');
    expect((await call(t.app, admin, 'GET', `${base(2026)}/catalog/diff`)).status).toBe(404);

    const good = { ...doc, year: 2026, id: 'pati-2026' };
    const taken = await upload(admin, 2026, 'katalog.json', Buffer.from(JSON.stringify(good)));
    expect(taken.status).toBe(200);
  });
});
