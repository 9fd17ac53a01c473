// A 500 is logged without the values of the query that failed: a database error's message, detail and
// parameters can hold a password hash or anything a user typed.
import { afterEach, expect, it, vi } from 'vitest';
import { storeAccounts } from '../../src/data/adapters/accounts.ts';
import { describeHttp } from './harness.ts';

const SECRET = '$argon2id$v=19$m=19456,t=2,p=1$PENANDA-RAHASIA$hash-yang-tidak-boleh-bocor';

interface LogLine {
  msg: string;
  requestId?: string;
  error?: { class: string; message?: string; query?: string; cause?: { code?: string; constraint?: string } };
}

describeHttp('logging a server error', (t) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('logs a failed query by its class, SQLSTATE and text, never its parameters or messages', async () => {
    // A route that writes an account (with its hash) to an org unit that does not exist.
    t.app.post('/api/test/failing-write', async (c) => {
      await storeAccounts(t.store).createAccount({
        username: 'akun.gagal',
        name: 'Akun Gagal',
        role: 'pelaksana',
        orgUnitId: 987_654_321,
        passwordHash: SECRET,
        mustChangePassword: false,
        at: t.clock(),
      });
      return c.body(null, 204);
    });
    let written = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });

    const res = await t.app.request('/api/test/failing-write', {
      method: 'POST',
      headers: { 'x-request-id': 'permintaan-42' },
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('PENANDA-RAHASIA');
    // The answer names the request, so the person who saw it fail can point at its log line.
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL', requestId: 'permintaan-42' });

    expect(written).not.toContain('PENANDA-RAHASIA');
    expect(written).not.toContain('987654321');
    const line = written
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LogLine)
      .find((l) => l.msg === 'unhandled error');
    expect(line?.error).toMatchObject({
      class: 'DrizzleQueryError',
      query: expect.stringMatching(/^insert into "users"/),
      cause: { code: '23503', constraint: expect.stringContaining('org_unit') },
    });
    expect(line?.error?.message).toBeUndefined();
    expect(line?.requestId).toBe('permintaan-42');
  });
});
