// Text PostgreSQL cannot store (NUL, a lone UTF-16 surrogate, percent-encoding that is no UTF-8) is
// refused with 400 TEXT_UNSTORABLE naming the field — in a JSON body, a path parameter or the query,
// of any route — instead of reaching the database and answering 500.
import { beforeAll, expect, it } from 'vitest';
import type { ProfileView } from '../../src/shared/api/profile.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

interface ErrorBody {
  code: string;
  message: string;
  params?: { field?: string };
}

const P1 = UNITS.puskesmas[0];

describeHttp('text the database cannot store', (t) => {
  let kapus: TestSession;
  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
  });

  const login = (body: unknown) => callJson<ErrorBody>(t.app, null, 'POST', '/api/auth/login', body);

  it.each([
    ['a NUL in the username', { username: 'kapus\u0000.p3318001', password: 'pkp-demo-2023' }, 'username'],
    [
      'a lone high surrogate in the username',
      { username: 'kapus\ud800', password: 'pkp-demo-2023' },
      'username',
    ],
    [
      'a lone low surrogate in the password',
      { username: 'kapus.p3318001', password: 'x\udc00yz' },
      'password',
    ],
    ['a NUL in a key', { username: 'kapus.p3318001', password: 'pkp-demo-2023', 'a\u0000': 1 }, 'a\u0000'],
  ])('refuses %s at sign-in with 400, naming the field', async (_name, body, field) => {
    const res = await login(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'TEXT_UNSTORABLE', params: { field } });
    expect(res.body.message).toContain('tidak dapat disimpan');
  });

  it('says so in English too', async () => {
    const res = await callJson<ErrorBody>(
      t.app,
      null,
      'POST',
      '/api/auth/login',
      { username: 'a\u0000b', password: 'x' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(res.body.message).toBe(
      'The field username contains a character that cannot be stored (a NUL character or broken Unicode text).',
    );
  });

  it('refuses a NUL or a lone surrogate deep in a profile, naming the field, and saves nothing', async () => {
    const path = `/api/puskesmas/${P1}/years/${TEST_YEAR}/profile`;
    const current = await callJson<ProfileView>(t.app, kapus, 'GET', path);
    const put = (profile: ProfileView['profile']) =>
      callJson<ErrorBody>(t.app, kapus, 'PUT', path, {
        rawatInap: current.body.puskesmas.rawatInap,
        profile,
        expectedVersion: current.body.version,
      });
    const nul = await put({ ...current.body.profile, address: 'Jl. Kartini\u0000 3' });
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ code: 'TEXT_UNSTORABLE', params: { field: 'profile.address' } });
    const surrogate = await put({
      ...current.body.profile,
      villages: [{ name: 'Puri \udc00', population: 10 }],
    });
    expect(surrogate.body).toMatchObject({
      code: 'TEXT_UNSTORABLE',
      params: { field: 'profile.villages[0].name' },
    });
    expect((await callJson<ProfileView>(t.app, kapus, 'GET', path)).body.version).toBe(current.body.version);

    // A whole surrogate pair is ordinary text.
    const emoji = await put({ ...current.body.profile, address: 'Jl. Mawar 🌹 3' });
    expect(emoji.status).toBe(200);
  });

  it.each([
    ['a NUL', `/api/puskesmas/P3318%00001/years/${TEST_YEAR}/profile`, 'code'],
    ['an encoded lone surrogate', `/api/puskesmas/%ED%A0%80/years/${TEST_YEAR}/profile`, 'code'],
    ['bad UTF-8', `/api/puskesmas/${P1}/years/20%C3/profile`, 'year'],
  ])('refuses %s in a path parameter with 400, naming it', async (_name, path, field) => {
    const res = await callJson<ErrorBody>(t.app, kapus, 'GET', path);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'TEXT_UNSTORABLE', params: { field } });
  });

  it('refuses a NUL in the query with 400, naming the parameter', async () => {
    const path = `/api/puskesmas/${P1}/years/${TEST_YEAR}/entries?through=2023-0%00`;
    const res = await callJson<ErrorBody>(t.app, kapus, 'GET', path);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'TEXT_UNSTORABLE', params: { field: 'through' } });
  });
});
