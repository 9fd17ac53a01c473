// A district-year's data as a file for other systems (DHIS2 dataValueSets JSON, ADX XML, a FHIR R4
// Bundle, an Excel workbook), and a DHIS2, ADX or Excel file imported into it: checked first (a dry
// run lists every change and every conflict), then written all or nothing (docs/exchange.md).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { importParsedValues } from '../../app/exchange/import-year-values.ts';
import {
  detectFormat,
  EXPORT_FILES,
  exportDistrictFile,
  parseImportFile,
} from '../../exchange/exchange-files.ts';
import { DistrictYearParams } from '../../shared/api/org-units.schema.ts';
import { ExportQuery, ImportUploadQuery } from '../../shared/api/exchange.schema.ts';
import { ImportSummaryView } from '../../shared/api/workbook.schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../context.ts';
import { FILE_WITH_REASON_BODY, receiveFileWithReason } from '../multipart-upload.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const district = { param: 'code', level: 'district' } as const;

/** A district-year of DHIS2 JSON is some MB per ten Puskesmas; a whole district stays well under this. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

const exportRoute = defineRoute({
  method: 'get',
  path: '/api/districts/{code}/years/{year}/export',
  summary: "The district-year's data as DHIS2 dataValueSets JSON, ADX XML, a FHIR R4 Bundle or Excel",
  tags: ['exchange'],
  access: { permission: 'reports:district', unit: district },
  request: { params: DistrictYearParams, query: ExportQuery },
  responses: {
    200: {
      description: 'The file',
      content: Object.fromEntries(
        Object.values(EXPORT_FILES).map((f) => [
          f.mime,
          { schema: { type: 'string' as const, format: 'binary' } },
        ]),
      ),
    },
  },
});

const importRoute = defineRoute({
  method: 'post',
  path: '/api/districts/{code}/years/{year}/import',
  summary:
    'Import a DHIS2 dataValueSets JSON, ADX XML or pkp Excel file into the district-year: all or nothing; ?dryRun=1 only reports',
  tags: ['exchange'],
  // Files carry target values, which are Dinkes' to set.
  access: { permission: 'targets:set', unit: district },
  request: {
    params: DistrictYearParams,
    query: ImportUploadQuery,
    body: FILE_WITH_REASON_BODY,
  },
  responses: {
    200: jsonContent(
      ImportSummaryView,
      'What was (or would be) imported; status "error" with the conflicts when nothing was written',
    ),
    400: jsonContent(ErrorBody, 'IMPORT_FORMAT_UNKNOWN, IMPORT_FORMAT_UNAVAILABLE, IMPORT_FILE_INVALID'),
    413: jsonContent(ErrorBody, 'IMPORT_TOO_LARGE'),
  },
});

export function exchangeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(exportRoute, async (c) => {
    const { unit } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const { format, stage } = c.req.valid('query');
    const deps = c.get('deps');
    const file = await exportDistrictFile(deps.repos, {
      districtCode: unit.code,
      year,
      stage,
      format,
      now: deps.clock(),
    });
    const { mime, extension } = EXPORT_FILES[format];
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': mime,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': `attachment; filename="pkp-${unit.code}-${year}-${stage}.${extension}"`,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.openapi(importRoute, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const { dryRun } = c.req.valid('query');
    const deps = c.get('deps');
    const tooLarge = () => new AppError('IMPORT_TOO_LARGE', { limit: '64 MB' }, { status: 413 });
    try {
      const received = await receiveFileWithReason(c.req.raw, IMPORT_MAX_BYTES, tooLarge);
      // Told apart by content, never by name.
      const format = detectFormat(received.bytes);
      if (format === 'fhir')
        throw new AppError('IMPORT_FORMAT_UNAVAILABLE', { format: 'FHIR' }, { status: 400 });
      if (format === undefined)
        throw new AppError('IMPORT_FORMAT_UNKNOWN', { file: 'berkas' }, { status: 400 });
      const parsed = await parseImportFile(format, received.bytes);
      const summary = await importParsedValues(
        { uow: deps.uow, repos: deps.repos, clock: deps.clock },
        parsed,
        {
          dryRun,
          editor,
          reason: received.reason.trim() || `Impor ${format} oleh ${editor.username}`,
          within: { districtId: unit.id, districtName: unit.name, year },
        },
      );
      return c.json(summary, 200);
    } catch (error) {
      // The rest of a refused upload is never read: the connection closes after the answer.
      c.header('Connection', 'close');
      throw error;
    }
  });
}
