// The embedded store is vacuumed on a schedule (PGlite has no autovacuum); PostgreSQL is left to its own.
import { expect, it } from 'vitest';
import { describeOnBackends } from '../../test/db/backends.ts';
import { scheduleVacuum, vacuumStore } from './vacuum.ts';

describeOnBackends('vacuuming the store', (backend) => {
  it('vacuums the whole database on request', async () => {
    const { ms } = await vacuumStore(backend.store);
    expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('vacuums an embedded store on its schedule until stopped, and leaves PostgreSQL alone', async () => {
    const outcomes: unknown[] = [];
    const stop = scheduleVacuum(backend.store, (o) => outcomes.push(o), { firstMs: 5, everyMs: 20 });
    if (backend.store.kind === 'pglite')
      await expect.poll(() => outcomes.length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(2);
    else await new Promise((resolve) => setTimeout(resolve, 100));
    // Stopping waits for a vacuum under way; none starts after it.
    await stop();
    const after = outcomes.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outcomes.length).toBe(after);
    if (backend.store.kind === 'pglite')
      expect(outcomes.every((o) => typeof (o as { ms?: unknown }).ms === 'number')).toBe(true);
    else expect(after).toBe(0);
  });
});
