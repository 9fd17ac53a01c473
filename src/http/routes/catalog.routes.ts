// A district's catalog of a year over HTTP (docs/catalog-format.md): its document to download, a
// document to read into the draft (all or nothing, every problem named by row), the changes against
// last year, publishing it, and opening the year for every Puskesmas on it.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  copyCatalogDraft,
  diffCatalog,
  exportCatalog,
  importCatalogDraft,
  publishCatalog,
} from '../../app/catalog/catalog-authoring.ts';
import { openDistrictYear } from '../../app/catalog/year-rollover.ts';
// The annex workbook's writer and reader (exceljs) are loaded on first use, not when the server starts.
const catalogWorkbooks = () => import('../../exchange/xlsx/catalog-workbook-authoring.ts');
import {
  CatalogCopyBody,
  CatalogDiffView,
  CatalogDraftView,
  YearOpenedView,
} from '../../shared/api/catalog.schema.ts';
import { DistrictYearParams } from '../../shared/api/org-units.schema.ts';
import { AppError } from '../../shared/errors.ts';
import { MAX_BODY_BYTES } from '../body-limit.ts';
import type { AppEnv } from '../context.ts';
import { FILE_WITH_REASON_BODY, FORM_OVERHEAD_BYTES, receiveFileWithReason } from '../multipart-upload.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const district = { param: 'code', level: 'district' } as const;
/** A file to save (its name says .json): the browser keeps it rather than showing it. */
const CATALOG_TYPE = 'application/octet-stream';
const base = '/api/districts/{code}/years/{year}/catalog';

const download = defineRoute({
  method: 'get',
  path: `${base}/document`,
  summary: "The district's catalog of the year as a pkp-catalog document (JSON)",
  tags: ['catalog'],
  access: { permission: 'district:read', unit: district },
  request: { params: DistrictYearParams },
  responses: {
    200: {
      description: 'The document (JSON)',
      content: { [CATALOG_TYPE]: { schema: { type: 'string' as const, format: 'binary' } } },
    },
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const upload = defineRoute({
  method: 'put',
  path: `${base}/document`,
  summary:
    "A pkp-catalog document into the year's draft: every problem named by row and nothing stored, or stored whole",
  tags: ['catalog'],
  access: { permission: 'catalog:author', unit: district },
  // Described only: the document is read and checked whole by readCatalogFile.
  request: {
    params: DistrictYearParams,
    body: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
  },
  responses: {
    200: jsonContent(CatalogDraftView, 'The draft stored, with its changes against last year'),
    400: jsonContent(ErrorBody, 'CATALOG_INVALID (params.issues: one line per problem)'),
    409: jsonContent(ErrorBody, 'CATALOG_PUBLISHED'),
  },
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The Pati catalog is 250 kB as JSON and 60 kB as a workbook: the API's body limit leaves room. */
const FILE_MAX_BYTES = MAX_BODY_BYTES - FORM_OVERHEAD_BYTES;
const tooLarge = () => new AppError('CATALOG_FILE_TOO_LARGE', { limit: '1 MB' }, { status: 413 });

const workbookDownload = defineRoute({
  method: 'get',
  path: `${base}/workbook.xlsx`,
  summary: "The district's catalog of the year laid out like the decree's annex (.xlsx)",
  tags: ['catalog'],
  access: { permission: 'district:read', unit: district },
  request: { params: DistrictYearParams },
  responses: {
    200: {
      description: 'The workbook',
      content: { [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } } },
    },
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND'),
  },
});

const fileUpload = defineRoute({
  method: 'post',
  path: `${base}/file`,
  summary:
    "A catalog file into the year's draft — a pkp-catalog document (JSON) or an annex workbook (.xlsx), told apart by content",
  tags: ['catalog'],
  access: { permission: 'catalog:author', unit: district },
  request: { params: DistrictYearParams, body: FILE_WITH_REASON_BODY },
  responses: {
    200: jsonContent(CatalogDraftView, 'The draft stored, with its changes against last year'),
    400: jsonContent(ErrorBody, 'CATALOG_INVALID (params.issues: one line per problem), WORKBOOK_DAMAGED'),
    409: jsonContent(ErrorBody, 'CATALOG_PUBLISHED'),
    413: jsonContent(ErrorBody, 'CATALOG_FILE_TOO_LARGE'),
  },
});

const copy = defineRoute({
  method: 'post',
  path: `${base}/copy`,
  summary: "Start the year's draft as a copy of another year's catalog of the district",
  tags: ['catalog'],
  access: { permission: 'catalog:author', unit: district },
  request: {
    params: DistrictYearParams,
    body: { required: true, content: { 'application/json': { schema: CatalogCopyBody } } },
  },
  responses: {
    200: jsonContent(CatalogDraftView, 'The draft stored, with its changes against last year'),
    404: jsonContent(ErrorBody, 'CATALOG_NOT_FOUND (nothing to copy from)'),
    409: jsonContent(ErrorBody, 'CATALOG_EXISTS'),
  },
});

const diff = defineRoute({
  method: 'get',
  path: `${base}/diff`,
  summary: "What the year's catalog changes against last year's, row by row",
  tags: ['catalog'],
  access: { permission: 'district:read', unit: district },
  request: { params: DistrictYearParams },
  responses: { 200: jsonContent(CatalogDiffView, 'The changes') },
});

const publish = defineRoute({
  method: 'post',
  path: `${base}/publish`,
  summary: "Publish the year's draft catalog: frozen from then on",
  tags: ['catalog'],
  access: { permission: 'catalog:author', unit: district },
  request: { params: DistrictYearParams },
  responses: {
    200: jsonContent(CatalogDraftView, 'Published'),
    409: jsonContent(ErrorBody, 'CATALOG_PUBLISHED'),
  },
});

const open = defineRoute({
  method: 'post',
  path: '/api/districts/{code}/years/{year}/open',
  summary:
    "Open the year for every Puskesmas on the published catalog (last year's profile, choices and open RTL carried on)",
  tags: ['catalog'],
  access: { permission: 'catalog:author', unit: district },
  request: { params: DistrictYearParams },
  responses: {
    200: jsonContent(YearOpenedView, 'What was done per Puskesmas'),
    409: jsonContent(ErrorBody, 'CATALOG_NOT_PUBLISHED'),
  },
});

export function catalogRoutes(app: OpenAPIHono<AppEnv>): void {
  const at = (c: Parameters<typeof unitAndUser>[0], year: number) => {
    const { unit, editor } = unitAndUser(c);
    return { district: { id: unit.id, code: unit.code, name: unit.name }, year, editor };
  };

  app.openapi(download, async (c) => {
    const { year } = c.req.valid('param');
    const { district } = at(c, year);
    const text = await exportCatalog(c.get('deps').repos, { district, year });
    return c.body(text, 200, {
      'Content-Type': CATALOG_TYPE,
      'Content-Disposition': `attachment; filename="katalog-${district.code}-${year}.json"`,
    });
  });

  app.openapi(upload, async (c) => {
    const { year } = c.req.valid('param');
    const { district, editor } = at(c, year);
    const { version, changes } = await importCatalogDraft(c.get('deps').repos, {
      district,
      year,
      text: await c.req.text(),
      actor: editor.username,
    });
    return c.json({ year, status: version.status, changes }, 200);
  });

  app.openapi(workbookDownload, async (c) => {
    const { year } = c.req.valid('param');
    const { district } = at(c, year);
    const bytes = await (
      await catalogWorkbooks()
    ).exportCatalogWorkbook(c.get('deps').repos, { district, year });
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="katalog-${district.code}-${year}.xlsx"`,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.openapi(fileUpload, async (c) => {
    const { year } = c.req.valid('param');
    const { district, editor } = at(c, year);
    const repos = c.get('deps').repos;
    const { bytes } = await receiveFileWithReason(c.req.raw, FILE_MAX_BYTES, tooLarge);
    const into = { district, year, actor: editor.username };
    // Told apart by content, never by name: an .xlsx is a zip ("PK"), a document is JSON text.
    const { version, changes } =
      bytes[0] === 0x50 && bytes[1] === 0x4b
        ? await (
            await catalogWorkbooks()
          ).importCatalogWorkbookDraft(repos, { ...into, workbook: new Uint8Array(bytes) })
        : await importCatalogDraft(repos, { ...into, text: bytes.toString('utf8') });
    return c.json({ year, status: version.status, changes }, 200);
  });

  app.openapi(copy, async (c) => {
    const { year } = c.req.valid('param');
    const { fromYear } = c.req.valid('json');
    const { district, editor } = at(c, year);
    const { version, changes } = await copyCatalogDraft(c.get('deps').repos, {
      district,
      year,
      fromYear,
      actor: editor.username,
    });
    return c.json({ year, status: version.status, changes }, 200);
  });

  app.openapi(diff, async (c) => {
    const { year } = c.req.valid('param');
    const { district } = at(c, year);
    return c.json(await diffCatalog(c.get('deps').repos, { district, year }), 200);
  });

  app.openapi(publish, async (c) => {
    const { year } = c.req.valid('param');
    const { district, editor } = at(c, year);
    const deps = c.get('deps');
    const version = await publishCatalog(deps.repos, {
      district,
      year,
      actor: editor.username,
      at: deps.clock(),
    });
    return c.json({ year, status: version.status, changes: [] }, 200);
  });

  app.openapi(open, async (c) => {
    const { year } = c.req.valid('param');
    const { district, editor } = at(c, year);
    const deps = c.get('deps');
    const puskesmas = await openDistrictYear(deps, { district, year, editor });
    return c.json({ year, puskesmas }, 200);
  });
}
