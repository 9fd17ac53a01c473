// The entry workbook over HTTP: downloaded, one cell changed, uploaded as a dry run (the change listed
// old → new, nothing written); another Puskesmas' workbook and a file that is no workbook refused.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { ENTRY_COLUMNS, ENTRY_HEADER_ROW, ENTRY_SHEET } from '../../src/exchange/xlsx/entry-layout.ts';
import type { ImportSummaryView } from '../../src/shared/api/workbook.schema.ts';
import { multipartBody, MULTIPART_TYPE } from '../evidence/multipart.ts';
import { call, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const OWN = UNITS.puskesmas[0];
const base = (code: string) => `/api/puskesmas/${code}/years/${TEST_YEAR}/workbook`;

describeHttp('the monthly entry workbook', (t) => {
  let kapus: TestSession;
  let verifikator: TestSession;
  beforeAll(async () => {
    kapus = await signIn(t.app, 'kapus.p3318001');
    verifikator = await signIn(t.app, 'verifikator.3318');
  });

  async function download(code: string, session = kapus): Promise<Buffer> {
    const res = await call(t.app, session, 'GET', `${base(code)}/entries.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    return Buffer.from(await res.arrayBuffer());
  }

  async function upload(bytes: Uint8Array, code = OWN) {
    const body = multipartBody([
      { name: 'reason', value: 'koreksi dari buku isian' },
      { name: 'file', filename: 'isian.xlsx', bytes },
    ]);
    const res = await t.app.request(`${base(code)}/entries?dryRun=1`, {
      method: 'POST',
      headers: {
        cookie: kapus.cookie,
        'x-csrf-token': kapus.csrfToken,
        'content-type': MULTIPART_TYPE,
        'content-length': String(body.length),
      },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as ImportSummaryView & { code?: string } };
  }

  it('previews one changed cell old → new and writes nothing; refuses a foreign or non-workbook file', async () => {
    const exported = await download(OWN);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(ENTRY_SHEET)!;
    let row = ENTRY_HEADER_ROW + 1;
    while (sheet.getRow(row).getCell(ENTRY_COLUMNS.code).value !== 'SPM.01') row++;
    const cell = sheet.getRow(row).getCell(ENTRY_COLUMNS.firstMonth);
    const before = cell.value as number;
    cell.value = before + 7;
    const changed = Buffer.from(await workbook.xlsx.writeBuffer());

    const dry = await upload(changed);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, updated: 1, imported: 0 });
    expect(dry.body.changes.map((c) => [c.indicatorCode, c.month, c.before, c.after, c.source.id])).toEqual([
      [
        'SPM.01',
        `${TEST_YEAR}-01`,
        before,
        before + 7,
        `lembar 'Isian bulanan', baris ${row}, kolom H (Jan)`,
      ],
    ]);
    // Nothing written: the workbook downloaded again holds the old value.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await download(OWN)) as unknown as ArrayBuffer);
    expect(again.getWorksheet(ENTRY_SHEET)!.getRow(row).getCell(ENTRY_COLUMNS.firstMonth).value).toBe(before);

    // Dinkes reads the district's workbooks; one of another Puskesmas is refused whole.
    const foreign = await upload(await download(UNITS.puskesmas[1], verifikator));
    expect([foreign.status, foreign.body.code]).toEqual([409, 'WORKBOOK_OTHER_PUSKESMAS']);
    const random = await upload(new TextEncoder().encode('%PDF-1.4 not a workbook'));
    expect([random.status, random.body.code]).toEqual([415, 'WORKBOOK_NOT_XLSX']);
  });
});
