// The district's data exchange over HTTP: exported as DHIS2 JSON, the same file imported back changes
// nothing; a file naming a Puskesmas of another district is refused whole, nothing written.
import { beforeAll, expect, it } from 'vitest';
import type { ImportSummaryView } from '../../src/shared/api/workbook.schema.ts';
import { multipartBody, MULTIPART_TYPE } from '../evidence/multipart.ts';
import { call, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const base = `/api/districts/${UNITS.district}/years/${TEST_YEAR}`;

describeHttp('the district data exchange', (t) => {
  let admin: TestSession;
  beforeAll(async () => {
    admin = await signIn(t.app, 'admin.3318');
  });

  async function upload(bytes: Uint8Array, dryRun: boolean) {
    const body = multipartBody([
      { name: 'reason', value: 'impor DHIS2' },
      { name: 'file', filename: 'pkp.json', bytes },
    ]);
    const res = await t.app.request(`${base}/import?dryRun=${dryRun ? 1 : 0}`, {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrfToken,
        'content-type': MULTIPART_TYPE,
        'content-length': String(body.length),
      },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as ImportSummaryView };
  }

  it('exports DHIS2 JSON and FHIR; the export imported back changes nothing; a foreign Puskesmas is refused whole', async () => {
    const exported = await call(t.app, admin, 'GET', `${base}/export?format=dhis2-json&stage=self`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/pkp-3318-2023-self\.json/);
    const set = (await exported.json()) as {
      dataValues: { dataElement: string; orgUnit: string; period: string; value: string }[];
    };
    expect(new Set(set.dataValues.map((v) => v.orgUnit))).toEqual(new Set(UNITS.puskesmas));

    const fhir = await call(t.app, admin, 'GET', `${base}/export?format=fhir`);
    expect(fhir.headers.get('content-type')).toBe('application/fhir+json');
    expect(((await fhir.json()) as { resourceType: string }).resourceType).toBe('Bundle');

    const same = await upload(new TextEncoder().encode(JSON.stringify(set)), false);
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ status: 'success', imported: 0, updated: 0, conflicts: [] });

    const first = set.dataValues.find(
      (v) => v.period === `${TEST_YEAR}01` && v.dataElement.endsWith('.NUM'),
    )!;
    const foreign = {
      dataValues: [
        { ...first, value: String(Number(first.value) + 1) },
        { ...first, orgUnit: UNITS.foreignPuskesmas },
      ],
    };
    const refused = await upload(new TextEncoder().encode(JSON.stringify(foreign)), false);
    expect(refused.body.status).toBe('error');
    expect(refused.body.conflicts.map((c) => c.reason.en)).toEqual([
      expect.stringContaining(`Puskesmas ${UNITS.foreignPuskesmas} is not in Kabupaten Pati`),
    ]);
    // Nothing written: the first value is as it was.
    const again = (await (
      await call(t.app, admin, 'GET', `${base}/export?format=dhis2-json`)
    ).json()) as typeof set;
    expect(
      again.dataValues.find(
        (v) =>
          v.dataElement === first.dataElement && v.orgUnit === first.orgUnit && v.period === first.period,
      )?.value,
    ).toBe(first.value);
  });
});
