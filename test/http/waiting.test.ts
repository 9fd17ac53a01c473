// GET /api/me/waiting: what waits for the signed-in person, on their own unit, for every role.
import { expect, it } from 'vitest';
import type { WaitingView } from '../../src/shared/api/waiting.schema.ts';
import { ACCOUNT_OF_ROLE, callJson, describeHttp, signIn, TEST_YEAR } from './harness.ts';

describeHttp('what waits for me over HTTP', (t) => {
  const waiting = async (username: string, year: number | string = TEST_YEAR) =>
    callJson<WaitingView & { code: string }>(
      t.app,
      await signIn(t.app, username),
      'GET',
      `/api/me/waiting?year=${year}`,
    );

  it.each([
    ['pelaksana', 'P3318001', ['month']],
    ['koordinator', 'P3318001', ['month']],
    ['kepala_puskesmas', 'P3318001', ['submission', 'month']],
    ['verifikator', '3318', ['verify']],
    ['admin_dinkes', '3318', ['not-submitted', 'not-submitted', 'publish']],
    ['viewer', '3318', []],
  ] as const)('answers %s with the work of their own unit', async (role, unit, kinds) => {
    const res = await waiting(ACCOUNT_OF_ROLE[role]);
    expect(res.status).toBe(200);
    expect(res.body.unit.code).toBe(unit);
    expect(res.body.items.map((i) => i.kind)).toEqual(kinds);
  });

  it('answers the officer of another Puskesmas with theirs only', async () => {
    const res = await waiting('pelaksana.p3318002');
    expect(res.body.unit.code).toBe('P3318002');
    expect(res.body.items.every((i) => !('puskesmas' in i) || i.puskesmas.code === 'P3318002')).toBe(true);
  });

  it('is refused without a session (401), for a year without a catalog (404) and without a year (400)', async () => {
    expect((await callJson(t.app, null, 'GET', `/api/me/waiting?year=${TEST_YEAR}`)).status).toBe(401);
    const missing = await waiting('pelaksana.p3318001', 2031);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('CATALOG_NOT_FOUND');
    expect((await waiting('pelaksana.p3318001', 'dua ribu')).status).toBe(400);
  });
});
