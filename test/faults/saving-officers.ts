// Officers saving cells of one Puskesmas-year over and over while a fault is made under them (the
// database crashed, failed over, its disk full): what each test of test/faults/ asserts afterwards is
// that every save acknowledged is stored (or a later one of the cell), and none twice at one version.
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/demo/demo-accounts.ts';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';

export const OFFICER = { username: 'pelaksana.gangguan', name: 'Pelaksana Gangguan' };
export const ENTRIES = '/api/puskesmas/P3318001/years/2023/entries';
/** Officers saving at once, each its own cells. */
const OFFICERS = 4;
const CELLS_EACH = 3;

/** A request the server has not answered in 15 s counts as not acknowledged (the test never hangs on one). */
const patience = () => AbortSignal.timeout(15_000);

export interface Acknowledged {
  key: string;
  value: number;
  version: number;
}

/**
 * Officers saving their own cells over and over until `stop()`: every save acknowledged (200) is
 * kept with its version; a save that fails (the database gone) is retried after reading the cell
 * again, as the entry screen's queue does. Meanwhile `/api/ready` is asked every 50 ms.
 */
export function officersSaving(
  base: string,
  cookie: string,
  csrfToken: string,
  cells: EntriesView['values'],
) {
  const acknowledged: Acknowledged[] = [];
  const failures: number[] = [];
  const readiness: number[] = [];
  let running = true;
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const currentVersion = async (code: string, month: string): Promise<number | null> => {
    try {
      const res = await fetch(`${base}${ENTRIES}`, { headers: { cookie }, signal: patience() });
      if (res.status !== 200) return null;
      const grid = (await res.json()) as EntriesView;
      return grid.values.find((v) => v.indicatorCode === code && v.month === month)?.version ?? null;
    } catch {
      return null;
    }
  };
  const officer = async (mine: EntriesView['values'], n: number) => {
    const versions = new Map(mine.map((c) => [`${c.indicatorCode}/${c.month}`, c.version]));
    let i = 0;
    while (running) {
      const cell = mine[i++ % mine.length]!;
      const key = `${cell.indicatorCode}/${cell.month}`;
      const value = 1 + ((i + n) % 7);
      // 0: no answer at all (the server's connection broke).
      let status = 0;
      let body: { version?: number } = {};
      try {
        const res = await fetch(`${base}${ENTRIES}/${key}`, {
          method: 'PUT',
          headers,
          signal: patience(),
          body: JSON.stringify({ numerator: value, expectedVersion: versions.get(key), reason: 'gangguan' }),
        });
        status = res.status;
        body = (await res.json().catch(() => ({}))) as { version?: number };
      } catch {
        // No answer: counted as a failure below.
      }
      if (status === 200 && typeof body.version === 'number') {
        acknowledged.push({ key, value, version: body.version });
        versions.set(key, body.version);
        continue;
      }
      failures.push(status);
      await new Promise((r) => setTimeout(r, 100));
      // Not acknowledged: it may or may not have landed. Read the cell again before the next try.
      const version = await currentVersion(cell.indicatorCode, cell.month);
      if (version !== null) versions.set(key, version);
    }
  };
  const watcher = async () => {
    while (running) {
      try {
        readiness.push((await fetch(`${base}/api/ready`, { signal: patience() })).status);
      } catch {
        readiness.push(0);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const all = Promise.all([
    ...Array.from({ length: OFFICERS }, (_, n) =>
      officer(cells.slice(n * CELLS_EACH, (n + 1) * CELLS_EACH), n),
    ),
    watcher(),
  ]);
  return {
    acknowledged,
    failures,
    readiness,
    count: () => acknowledged.length,
    async stop() {
      running = false;
      await all;
    },
  };
}

export async function signIn(base: string): Promise<{ cookie: string; csrfToken: string }> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: OFFICER.username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Waits until `test` holds; a timeout says what the load saw last, to tell where it stopped. */
export async function until(
  what: string,
  load: ReturnType<typeof officersSaving>,
  test: () => boolean,
  ms = 60_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end)
      throw new Error(
        `timed out waiting until ${what}: ${load.count()} saves acknowledged; last failures ` +
          `${load.failures.slice(-5).join(' ')}; last readiness ${load.readiness.slice(-5).join(' ')}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every cell's last acknowledged save is what the database holds, or a later save of it is. */
export function expectNothingAcknowledgedLost(
  acknowledged: readonly Acknowledged[],
  grid: EntriesView,
): void {
  const seen = new Set<string>();
  for (const a of acknowledged) {
    // Two acknowledgements of one version of a cell would be a lost update.
    expect(seen.has(`${a.key}@${a.version}`), `${a.key} acknowledged twice at ${a.version}`).toBe(false);
    seen.add(`${a.key}@${a.version}`);
  }
  const last = new Map<string, Acknowledged>();
  for (const a of acknowledged) if ((last.get(a.key)?.version ?? 0) < a.version) last.set(a.key, a);
  for (const [key, a] of last) {
    const [code, month] = key.split('/');
    const stored = grid.values.find((v) => v.indicatorCode === code && v.month === month)!;
    expect(stored.version, key).toBeGreaterThanOrEqual(a.version);
    if (stored.version === a.version) expect(stored.numerator, key).toBe(a.value);
  }
}

/** The cells the officers save: single-number cells with a value, OFFICERS × CELLS_EACH of them. */
export async function countCells(base: string, cookie: string): Promise<EntriesView['values']> {
  const grid = (await (await fetch(`${base}${ENTRIES}`, { headers: { cookie } })).json()) as EntriesView;
  const cells = grid.values.filter((v) => v.numerator !== null && v.denominator === null);
  expect(cells.length).toBeGreaterThanOrEqual(OFFICERS * CELLS_EACH);
  return cells.slice(0, OFFICERS * CELLS_EACH);
}
