// The Table 5 routes over HTTP: items grouped, one scored (audited, result refreshed), the 409 flow.
import { beforeAll, expect, it } from 'vitest';
import type { RubricItem, RubricSaved, RubricView } from '../../src/shared/api/rubric.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const base = `/api/puskesmas/${UNITS.puskesmas[0]}/years/${TEST_YEAR}`;

describeHttp('management and quality items over HTTP', (t) => {
  let kapus: TestSession;
  let view: RubricView;
  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    view = (await callJson<RubricView>(t.app, kapus, 'GET', `${base}/rubric`)).body;
  });
  const item = (code: string) => view.groups.flatMap((g) => g.items).find((i) => i.code === code)!;

  it('GET groups the items A1–A6 and B1–B3 with their level texts and bands', () => {
    expect(view.groups).toHaveLength(9);
    expect(item('MAN.A2.1').levels.map((l) => l.selectable)).toEqual([true, false, false, true]);
    expect(item('MUT.B1.a')).toMatchObject({ input: 'percent', version: 1 });
    expect(view.management.score).not.toBeNull();
  });

  it('PUT scores a level item and refreshes the management figure; a stale version is refused and changes nothing', async () => {
    const current = item('MAN.A2.1');
    const level = current.level === 10 ? 0 : 10;
    const res = await callJson<RubricSaved>(t.app, kapus, 'PUT', `${base}/rubric/MAN.A2.1`, {
      level,
      note: 'bukti: dokumen RSB',
      expectedVersion: current.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({ level, score: level, version: current.version + 1 });
    expect(res.body.headline.management).not.toBe(view.management.score);

    const stale = await callJson<{ code: string; current: RubricItem }>(
      t.app,
      kapus,
      'PUT',
      `${base}/rubric/MAN.A2.1`,
      {
        level: current.level,
        expectedVersion: current.version,
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VALUE', current: { level, note: 'bukti: dokumen RSB' } });
  });

  it('refuses a level the rubric does not print, naming the field', async () => {
    const res = await callJson<{ code: string; params: { field: string }; message: string }>(
      t.app,
      kapus,
      'PUT',
      `${base}/rubric/MAN.A2.1`,
      { level: 7, expectedVersion: 2 },
    );
    expect(res).toMatchObject({
      status: 400,
      body: { code: 'INDICATOR_FIELD_INVALID', params: { field: 'level' } },
    });
    expect(res.body.message).toContain('tingkat 7 tidak tercantum');
  });
});
