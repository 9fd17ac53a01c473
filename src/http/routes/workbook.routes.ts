// Excel workbooks of a Puskesmas-year: Tables 1–5 to read and print, the monthly entry workbook to
// fill offline, and its upload (a dry run first: what would change, and every problem of the file).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { fileTypeFromBuffer } from 'file-type';
import { yearTables } from '../../app/exchange/year-tables.ts';
// The Excel writers and readers (exceljs) are loaded on first use, not when the server starts.
const entryWorkbook = () => import('../../exchange/xlsx/entry-workbook.ts');
const importWorkbook = () => import('../../exchange/xlsx/import-entry-workbook.ts');
const tablesWorkbook = () => import('../../exchange/xlsx/tables-workbook.ts');
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import {
  ImportSummaryView,
  WorkbookStageQuery,
  WorkbookUploadQuery,
} from '../../shared/api/workbook.schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../context.ts';
import { FILE_WITH_REASON_BODY, FORM_OVERHEAD_BYTES, receiveFileWithReason } from '../multipart-upload.ts';
import { MAX_BODY_BYTES } from '../body-limit.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const unit = { param: 'code', level: 'puskesmas' } as const;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/**
 * An entry workbook is some tens of kB; the API's 1 MB body limit (body-limit.ts) applies to its
 * upload too, so the file gets what the form leaves of it.
 */
const WORKBOOK_MAX_BYTES = MAX_BODY_BYTES - FORM_OVERHEAD_BYTES;
const xlsxContent = { [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } } };

const tables = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/workbook/tables.xlsx',
  summary:
    'Tables 1–5 of the year (.xlsx): per indicator target, sasaran, achievement, coverage, score, problem, causes, RTL',
  tags: ['workbook'],
  // Whoever reads the Puskesmas' inputs: the tables print its figures, not only its results.
  access: { permission: 'entries:read', unit },
  request: { params: PuskesmasYearParams, query: WorkbookStageQuery },
  responses: {
    200: { description: 'The workbook', content: xlsxContent },
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const entries = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/workbook/entries.xlsx',
  summary: 'The monthly entry workbook (.xlsx) with the values stored now, to fill offline and upload',
  tags: ['workbook'],
  access: { permission: 'entries:read', unit },
  request: { params: PuskesmasYearParams },
  responses: {
    200: { description: 'The workbook', content: xlsxContent },
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const upload = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/workbook/entries',
  summary:
    'Import a filled monthly entry workbook: all values or none; ?dryRun=1 reports the changes (old → new) and conflicts only',
  tags: ['workbook'],
  access: { permission: 'entries:write', unit },
  request: {
    params: PuskesmasYearParams,
    query: WorkbookUploadQuery,
    body: FILE_WITH_REASON_BODY,
  },
  responses: {
    200: jsonContent(
      ImportSummaryView,
      'What was (or, in a dry run, would be) imported; status "error" with the conflicts when nothing was written',
    ),
    400: jsonContent(ErrorBody, 'WORKBOOK_DAMAGED, WORKBOOK_TEMPLATE_UNKNOWN, WORKBOOK_LAYOUT_CHANGED'),
    409: jsonContent(ErrorBody, 'WORKBOOK_OTHER_PUSKESMAS, WORKBOOK_OTHER_YEAR'),
    413: jsonContent(ErrorBody, 'WORKBOOK_TOO_LARGE, WORKBOOK_TOO_MANY_ROWS'),
    415: jsonContent(ErrorBody, 'WORKBOOK_NOT_XLSX'),
  },
});

function xlsxAnswer(c: Context<AppEnv>, bytes: Buffer, filename: string) {
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': XLSX_TYPE,
    'Content-Length': String(bytes.length),
    'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
    'X-Content-Type-Options': 'nosniff',
  });
}

const tooLarge = () => new AppError('WORKBOOK_TOO_LARGE', { limit: '1 MB' }, { status: 413 });

export function workbookRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(tables, async (c) => {
    const { unit } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const { stage } = c.req.valid('query');
    const deps = c.get('deps');
    const data = await yearTables(deps.repos, unit, year, stage, { now: deps.clock() });
    return xlsxAnswer(
      c,
      await (await tablesWorkbook()).exportTablesWorkbook(data),
      `pkp-tabel-${unit.code}-${year}-${stage}.xlsx`,
    );
  });

  app.openapi(entries, async (c) => {
    const { unit } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const deps = c.get('deps');
    const bytes = await (
      await entryWorkbook()
    ).exportEntryWorkbook(deps.repos, { unit, year, now: deps.clock() });
    return xlsxAnswer(c, bytes, `pkp-isian-${unit.code}-${year}.xlsx`);
  });

  app.openapi(upload, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const { dryRun } = c.req.valid('query');
    const deps = c.get('deps');
    try {
      const received = await receiveFileWithReason(c.req.raw, WORKBOOK_MAX_BYTES, tooLarge);
      // Typed from its content, never from its name: an .xlsx is a zip holding a workbook.
      const type = await fileTypeFromBuffer(received.bytes);
      if (type && type.ext !== 'xlsx' && type.ext !== 'zip')
        throw new AppError('WORKBOOK_NOT_XLSX', {}, { status: 415 });
      const summary = await (
        await importWorkbook()
      ).importEntryWorkbook({ uow: deps.uow, repos: deps.repos, clock: deps.clock }, received.bytes, {
        unit,
        year,
        editor,
        dryRun,
        reason: received.reason,
      });
      return c.json(summary, 200);
    } catch (error) {
      // The rest of a refused upload is never read: the connection closes after the answer.
      c.header('Connection', 'close');
      throw error;
    }
  });
}
