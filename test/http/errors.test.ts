// How errors reach a client: codes and words, never internals.
import { expect, it } from 'vitest';
import { describeHttp } from './harness.ts';

describeHttp('error responses', (t) => {
  it('answers a body that is not JSON with 400, not a server error', async () => {
    const res = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{bad',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Permintaan tidak dapat dibaca.',
    });
  });

  it('answers an unknown API path with 404 in JSON', async () => {
    const res = await t.app.request('/api/tidak-ada');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
