// Reporting a month over HTTP: who may ("Laporkan bulan ini": koordinator and Kepala Puskesmas), what
// is refused and in which words, and a correction of a reported month that asks for its reason.
import { beforeAll, expect, it } from 'vitest';
import type { DistrictDashboard } from '../../src/shared/api/dashboard.schema.ts';
import type { EntriesView } from '../../src/shared/api/entries.schema.ts';
import type { MonthReported } from '../../src/shared/api/month-reports.schema.ts';
import { callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const P1 = UNITS.puskesmas[0];
const base = `/api/puskesmas/${P1}/years/${TEST_YEAR}`;
const DECEMBER = `${TEST_YEAR}-12`;
const NOVEMBER = `${TEST_YEAR}-11`;

interface Refusal {
  code: string;
  message: string;
  params: Record<string, string | number>;
}

describeHttp('reporting a month over HTTP', (t) => {
  let pelaksana: TestSession;
  let koordinator: TestSession;
  let verifikator: TestSession;

  beforeAll(async () => {
    pelaksana = await signIn(t.app, 'pelaksana.p3318001');
    koordinator = await signIn(t.app, 'koordinator.p3318001');
    verifikator = await signIn(t.app, 'verifikator.3318');
  });

  const report = (session: TestSession, month: string, lang = 'id') =>
    callJson<MonthReported & Refusal>(t.app, session, 'POST', `${base}/months/${month}/report`, undefined, {
      headers: { 'accept-language': lang },
    });

  const stored = async (code: string, month: string) =>
    (await callJson<EntriesView>(t.app, pelaksana, 'GET', `${base}/entries`)).body.values.find(
      (v) => v.indicatorCode === code && v.month === month,
    );

  it('refuses an incomplete month with 409, naming the month and what is missing, in either language', async () => {
    const res = await report(koordinator, DECEMBER);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'MONTH_INCOMPLETE',
      params: { month: DECEMBER, missing: 2, indicators: 'UKM.F2.2, UKM.F2.3' },
    });
    expect(res.body.message).toBe(
      'Bulan Desember 2023 belum lengkap: 2 indikator belum diisi (UKM.F2.2, UKM.F2.3). Lengkapi dulu, lalu laporkan.',
    );
    expect((await report(koordinator, DECEMBER, 'en')).body.message).toMatch(
      /^December 2023 is not complete/,
    );
  });

  it('leaves reporting to the koordinator and the Kepala Puskesmas: the pelaksana and Dinkes get 403', async () => {
    expect((await report(pelaksana, NOVEMBER)).status).toBe(403);
    expect((await report(verifikator, NOVEMBER)).status).toBe(403);
  });

  it('reports the month once the officer has entered its last figures: late in January, and reporting again changes nothing', async () => {
    for (const code of ['UKM.F2.2', 'UKM.F2.3']) {
      const res = await callJson(t.app, pelaksana, 'PUT', `${base}/entries/${code}/${DECEMBER}`, {
        numerator: 40,
        expectedVersion: 0,
      });
      expect(res.status).toBe(200);
    }
    const res = await report(koordinator, DECEMBER);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      recorded: true,
      month: {
        month: DECEMBER,
        complete: true,
        reportedOn: '2024-01-10',
        reportedBy: 'koordinator.p3318001',
        onTime: false,
      },
    });
    const again = await report(await signIn(t.app, 'kapus.p3318001'), DECEMBER);
    expect(again.body).toMatchObject({ recorded: false, month: { reportedBy: 'koordinator.p3318001' } });
  });

  it('refuses a correction of the reported month without a reason, naming the month; keeps one with a reason', async () => {
    const before = (await stored('UKM.F2.2', DECEMBER))!;
    const refused = await callJson<Refusal>(t.app, pelaksana, 'PUT', `${base}/entries/UKM.F2.2/${DECEMBER}`, {
      numerator: 41,
      expectedVersion: before.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      'Bulan Desember 2023 sudah dilaporkan ke Dinas Kesehatan pada 10 Januari 2024: koreksi indikator UKM.F2.2 memerlukan alasan.',
    );
    expect(await stored('UKM.F2.2', DECEMBER)).toEqual(before);

    const kept = await callJson<{ month: { onTime: boolean; reportedOn: string } }>(
      t.app,
      pelaksana,
      'PUT',
      `${base}/entries/UKM.F2.2/${DECEMBER}`,
      { numerator: 41, expectedVersion: before.version, reason: 'Data jiwa dari posbindu menyusul' },
    );
    expect(kept.status).toBe(200);
    expect(kept.body.month).toMatchObject({ reportedOn: '2024-01-10', onTime: false });
  });

  it('shows the district who reported December, when and whether on time', async () => {
    const view = (
      await callJson<DistrictDashboard>(
        t.app,
        verifikator,
        'GET',
        `/api/districts/3318/years/${TEST_YEAR}/dashboard`,
      )
    ).body;
    const row = view.timeliness.rows.find((r) => r.puskesmas.code === P1)!;
    expect(row.months[11]).toMatchObject({
      reportedBy: 'koordinator.p3318001',
      reportedOn: '2024-01-10',
      onTime: false,
    });
    expect(row).toMatchObject({ dueMonths: 12, incompleteMonths: 0 });
  });

  it('refuses a month that is not one of the year with 400, naming the field', async () => {
    const res = await report(koordinator, '2024-01');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'FIELD_INVALID', params: { field: 'month' } });
  });
});
