import { expect, it } from 'vitest';
import { describeOnBackends } from '../../../test/db/backends.ts';
import { createDistrict, uniqueCode } from '../../../test/db/fixtures.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  getSessionWithUser,
  insertSession,
  listSessionsOfUser,
  touchSession,
} from './sessions.repository.ts';
import { insertUser } from './users.repository.ts';

const HOUR = 3_600_000;
const t0 = new Date('2024-03-01T01:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);

describeOnBackends('sessions repository', (backend) => {
  async function user() {
    const { puskesmas } = await createDistrict(backend.db, 1);
    return insertUser(backend.db, {
      username: uniqueCode('sesi').toLowerCase(),
      name: 'Akun',
      role: 'koordinator',
      orgUnitId: puskesmas[0]!.id,
      passwordHash: 'x',
    });
  }

  const session = (userId: number, tokenHash: string, lastSeenAt = t0, expiresAt = plus(7 * 24 * HOUR)) =>
    insertSession(backend.db, {
      tokenHash,
      userId,
      csrfToken: `csrf-${tokenHash}`,
      createdAt: t0,
      lastSeenAt,
      expiresAt,
    });

  it('finds a session with its user and org unit by token hash', async () => {
    const u = await user();
    await session(u.id, uniqueCode('h'));
    const [row] = await listSessionsOfUser(backend.db, u.id);
    const found = await getSessionWithUser(backend.db, row!.tokenHash);
    expect(found?.session).toEqual(row);
    expect(found?.user).toMatchObject({ id: u.id, username: u.username, orgUnit: { level: 'puskesmas' } });
    expect(await getSessionWithUser(backend.db, 'tidak-ada')).toBeUndefined();
  });

  it('moves last_seen_at and deletes one session', async () => {
    const u = await user();
    const hash = uniqueCode('h');
    await session(u.id, hash);
    await touchSession(backend.db, hash, plus(HOUR));
    expect((await listSessionsOfUser(backend.db, u.id))[0]!.lastSeenAt).toEqual(plus(HOUR));
    await deleteSession(backend.db, hash);
    expect(await listSessionsOfUser(backend.db, u.id)).toEqual([]);
  });

  it('deletes every session of a user but the one that asked', async () => {
    const u = await user();
    const other = await user();
    const [keep, drop] = [uniqueCode('keep'), uniqueCode('drop')];
    await session(u.id, keep);
    await session(u.id, drop);
    await session(other.id, uniqueCode('other'));
    await deleteSessionsOfUser(backend.db, u.id, keep);
    expect((await listSessionsOfUser(backend.db, u.id)).map((s) => s.tokenHash)).toEqual([keep]);
    await deleteSessionsOfUser(backend.db, u.id);
    expect(await listSessionsOfUser(backend.db, u.id)).toEqual([]);
    expect(await listSessionsOfUser(backend.db, other.id)).toHaveLength(1);
  });

  it('deletes sessions past their absolute expiry or idle for too long, and keeps the others', async () => {
    const u = await user();
    const [live, expired, idle] = [uniqueCode('live'), uniqueCode('expired'), uniqueCode('idle')];
    await session(u.id, live, plus(20 * HOUR));
    await session(u.id, expired, plus(20 * HOUR), plus(HOUR));
    await session(u.id, idle, t0);
    const now = plus(21 * HOUR);
    const gone = await deleteExpiredSessions(backend.db, now, plus(21 * HOUR - 12 * HOUR));
    expect(gone).toBeGreaterThanOrEqual(2);
    expect((await listSessionsOfUser(backend.db, u.id)).map((s) => s.tokenHash)).toEqual([live]);
  });
});
