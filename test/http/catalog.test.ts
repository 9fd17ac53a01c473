// A district's catalog over HTTP: the admin downloads 2023, uploads it as 2024 with a new target (a
// broken one first: refused, every problem named, nothing stored), reads the change in the diff,
// publishes, and opens 2024 for every Puskesmas; a verifier reads but does not author.
import { beforeAll, expect, it } from 'vitest';
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
