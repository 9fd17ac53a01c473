// The monthly entry routes over HTTP: the grid, saving a cell (validation, the 409 flow), its history.
import { beforeAll, expect, it } from 'vitest';
import type {
  EntriesView,
  EntryHistory,
  EntrySaved,
  StaleEntry,
} from '../../src/shared/api/entries.schema.ts';
import type { PuskesmasDashboard } from '../../src/shared/api/dashboard.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const P1 = UNITS.puskesmas[0];
const base = `/api/puskesmas/${P1}/years/${TEST_YEAR}`;

describeHttp('monthly entry over HTTP', (t) => {
  let pelaksana: TestSession;
  let kapus: TestSession;
  let grid: EntriesView;

  beforeAll(async () => {
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    kapus = await signIn(t.app, 'kapus.p3318001');
    grid = (await callJson<EntriesView>(t.app, pelaksana, 'GET', `${base}/entries`)).body;
  });

  const cell = (code: string, month: string) =>
    grid.values.find((v) => v.indicatorCode === code && v.month === month)!;

  it('GET answers the grid: tree, months, values, progress with colours, month status', async () => {
    expect(grid).toMatchObject({
      year: TEST_YEAR,
      through: `${TEST_YEAR}-12`,
      today: '2024-01-10',
      locked: false,
    });
    expect(grid.puskesmas.code).toBe(P1);
    expect(grid.months).toHaveLength(12);
    expect(grid.tree.find((n) => n.code === 'SPM.01')).toMatchObject({
      type: 'indicator',
      fields: ['numerator'],
    });
    expect(grid.progress['SPM.01']).toMatchObject({
      monthsElapsed: 12,
      color: expect.stringMatching(/^(merah|kuning|hijau)$/),
    });
    expect(grid.settings.thresholds.service).toEqual([91, 81]);
    expect(grid.monthStatus[0]).toMatchObject({
      month: `${TEST_YEAR}-01`,
      due: `${TEST_YEAR}-02-05`,
      complete: true,
    });
    const march = await callJson<EntriesView>(
      t.app,
      pelaksana,
      'GET',
      `${base}/entries?through=${TEST_YEAR}-03`,
    );
    expect(march.body.progress['SPM.01']).toMatchObject({ through: `${TEST_YEAR}-03`, factor: 0.25 });
  });

  it('PUT saves a value: 200 with version, progress, the month and the refreshed headline; the stored result moves', async () => {
    const before = (await callJson<PuskesmasDashboard>(t.app, kapus, 'GET', `${base}/dashboard`)).body
      .headline!;
    const current = cell('SPM.01', `${TEST_YEAR}-03`);
    const res = await callJson<EntrySaved>(
      t.app,
      pelaksana,
      'PUT',
      `${base}/entries/SPM.01/${TEST_YEAR}-03`,
      {
        numerator: 0,
        expectedVersion: current.version,
        reason: 'koreksi register kohort',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: current.version + 1,
      enteredAt: t.clock().toISOString(),
      value: { numerator: 0, enteredBy: 'pelaksana.p3318001' },
      progress: { through: `${TEST_YEAR}-12` },
      month: { month: `${TEST_YEAR}-03` },
    });
    expect(res.body.headline.service!).toBeLessThan(before.service!);
    const after = (await callJson<PuskesmasDashboard>(t.app, kapus, 'GET', `${base}/dashboard`)).body
      .headline!;
    expect(after.service).toBe(res.body.headline.service);
  });

  it('answers a stale write with 409 and the stored value, and leaves the value as it was', async () => {
    const stale = await callJson<StaleEntry>(t.app, kapus, 'PUT', `${base}/entries/SPM.01/${TEST_YEAR}-03`, {
      numerator: 99,
      expectedVersion: cell('SPM.01', `${TEST_YEAR}-03`).version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'STALE_VALUE',
      current: {
        numerator: 0,
        enteredBy: 'pelaksana.p3318001',
        version: cell('SPM.01', `${TEST_YEAR}-03`).version + 1,
      },
    });
    expect(stale.body.message).toMatch(/diubah orang lain/);
    const now = await callJson<EntriesView>(t.app, kapus, 'GET', `${base}/entries`);
    expect(
      now.body.values.find((v) => v.indicatorCode === 'SPM.01' && v.month === `${TEST_YEAR}-03`),
    ).toMatchObject({
      numerator: 0,
    });
  });

  it('GET …/history shows who changed the cell, when, from what to what, and why', async () => {
    const res = await callJson<EntryHistory>(
      t.app,
      pelaksana,
      'GET',
      `${base}/entries/SPM.01/${TEST_YEAR}-03/history`,
    );
    expect(res.status).toBe(200);
    // The demo loaded the first value in bulk (no per-cell audit): the trail starts with the correction.
    expect(res.body.changes).toEqual([
      {
        at: expect.any(String),
        actor: 'pelaksana.p3318001',
        old: expect.objectContaining({ numerator: cell('SPM.01', `${TEST_YEAR}-03`).numerator }),
        new: expect.objectContaining({ numerator: 0 }),
        reason: 'koreksi register kohort',
      },
    ]);
  });

  it.each([
    ['a negative count', 'SPM.02', { numerator: -4, expectedVersion: 1 }, 'numerator', 'tidak boleh negatif'],
    [
      'a string for a number',
      'SPM.02',
      { numerator: 'dua belas', expectedVersion: 1 },
      'numerator',
      'bukan angka',
    ],
    [
      'the wrong field for the entry shape',
      'SPM.02',
      { value: 4, expectedVersion: 1 },
      'value',
      'isiannya: pembilang',
    ],
    ['no expected version', 'SPM.02', { numerator: 4 }, 'expectedVersion', 'versi'],
  ])('refuses %s with 400 VALUE_INVALID naming the field', async (_name, code, body, field, words) => {
    const res = await callJson<{ code: string; message: string; params: Record<string, string> }>(
      t.app,
      pelaksana,
      'PUT',
      `${base}/entries/${code}/${TEST_YEAR}-04`,
      body,
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALUE_INVALID',
      params: { field, code, month: `${TEST_YEAR}-04` },
    });
    expect(res.body.message).toContain(field);
    expect(res.body.message).toContain(words);
  });

  it('refuses a month outside the year and says so in English when asked', async () => {
    const res = await callJson<{ code: string; message: string }>(
      t.app,
      pelaksana,
      'PUT',
      `${base}/entries/SPM.02/${TEST_YEAR + 1}-01`,
      { numerator: 1, expectedVersion: 0 },
      { headers: { 'accept-language': 'en' } },
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^Invalid month for indicator SPM\.02/);
  });
});
