// Evidence files of a Puskesmas-year: upload (a streamed multipart form), list, download, delete.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import {
  checkUpload,
  deleteEvidence,
  listEvidence,
  openEvidence,
  recordEvidence,
  type EvidenceDeps,
} from '../../app/evidence.service.ts';
import { tooLarge } from '../../data/evidence-store.ts';
import { EVIDENCE_ATTACHMENTS, EVIDENCE_KINDS } from '../../domain/evidence/evidence-rules.ts';
import {
  EvidenceFile,
  EvidenceIdParam,
  EvidenceList,
  EvidenceQuery,
  EvidenceUploadFields,
} from '../../shared/api/evidence.schema.ts';
import { PuskesmasYearParams } from '../../shared/api/org-units.schema.ts';
import { AppError } from '../../shared/errors.ts';
import { describeIssues } from '../../shared/zod-issues.ts';
import type { AppEnv } from '../context.ts';
import { evidenceSettingsOf } from '../evidence-settings.ts';
import { log } from '../log.ts';
import { receiveUpload } from '../multipart-upload.ts';
import { defineRoute } from '../route.ts';
import { ErrorBody, jsonContent } from './auth.routes.ts';
import { unitAndUser } from './puskesmas-year.ts';

const unit = { param: 'code', level: 'puskesmas' } as const;
const IdParams = PuskesmasYearParams.extend({ id: EvidenceIdParam });

function evidenceDeps(c: Context<AppEnv>): EvidenceDeps {
  const deps = c.get('deps');
  const { blobs, maxBytes } = evidenceSettingsOf(deps);
  return { uow: deps.uow, repos: deps.repos, clock: deps.clock, blobs, maxBytes };
}

const upload = defineRoute({
  method: 'post',
  path: '/api/puskesmas/{code}/years/{year}/evidence',
  summary:
    'Attach a file (PDF, JPEG, PNG, DOCX, XLSX: typed from its content) to a record of the year; the fields come before the file',
  tags: ['evidence'],
  access: { permission: 'evidence:write', unit },
  request: {
    params: PuskesmasYearParams,
    // Described only: a zod schema here would make the validator buffer the whole form.
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['attachedTo', 'attachedKey', 'file'],
            properties: {
              attachedTo: { type: 'string', enum: [...EVIDENCE_ATTACHMENTS] },
              attachedKey: { type: 'string', maxLength: 80 },
              kind: { type: 'string', enum: [...EVIDENCE_KINDS], default: 'document' },
              file: { type: 'string', format: 'binary' },
            },
          },
        },
      },
    },
  },
  responses: {
    201: jsonContent(EvidenceFile, 'Stored, with its SHA-256'),
    400: jsonContent(ErrorBody, 'EVIDENCE_NAME_INVALID, EVIDENCE_FORM_INVALID, EVIDENCE_UPLOAD_INCOMPLETE'),
    403: jsonContent(ErrorBody, 'EVIDENCE_ROLE_REFUSED'),
    404: jsonContent(ErrorBody, 'EVIDENCE_TARGET_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'EVIDENCE_YEAR_CLOSED'),
    413: jsonContent(ErrorBody, 'EVIDENCE_TOO_LARGE (PKP_UPLOAD_MAX_MB)'),
    415: jsonContent(ErrorBody, 'EVIDENCE_TYPE_REFUSED'),
  },
});

const list = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/evidence',
  summary:
    'The files of the year, of one kind of record (attachedTo) and one record (attachedKey) when asked',
  tags: ['evidence'],
  // Whoever reads the Puskesmas' inputs (its staff, Dinkes); a viewer reads results, not documents.
  access: { permission: 'entries:read', unit },
  request: { params: PuskesmasYearParams, query: EvidenceQuery },
  responses: { 200: jsonContent(EvidenceList, 'Oldest first') },
});

const content = defineRoute({
  method: 'get',
  path: '/api/puskesmas/{code}/years/{year}/evidence/{id}/content',
  summary: 'The file itself, as an attachment with its stored type, after its SHA-256 is checked',
  tags: ['evidence'],
  access: { permission: 'entries:read', unit },
  request: { params: IdParams },
  responses: {
    200: { description: 'The bytes' },
    404: jsonContent(ErrorBody, 'EVIDENCE_NOT_FOUND'),
    500: jsonContent(ErrorBody, 'EVIDENCE_DAMAGED or EVIDENCE_MISSING'),
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/puskesmas/{code}/years/{year}/evidence/{id}',
  summary: 'Remove a file: its uploader while the year allows, or Dinkes until the year is final',
  tags: ['evidence'],
  access: { permission: 'evidence:write', unit },
  request: { params: IdParams },
  responses: {
    204: { description: 'Removed' },
    403: jsonContent(ErrorBody, 'EVIDENCE_NOT_UPLOADER, EVIDENCE_ROLE_REFUSED'),
    404: jsonContent(ErrorBody, 'EVIDENCE_NOT_FOUND'),
    409: jsonContent(ErrorBody, 'EVIDENCE_SUBMITTED_WITH, EVIDENCE_YEAR_CLOSED'),
  },
});

function parseFields(raw: Readonly<Record<string, string>>) {
  const parsed = EvidenceUploadFields.safeParse(raw);
  if (!parsed.success) {
    const reason = describeIssues(parsed.error.issues, raw)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ');
    throw new AppError('EVIDENCE_FORM_INVALID', { reason }, { status: 400 });
  }
  return parsed.data;
}

/** RFC 6266: an ASCII fallback name, and the real one percent-encoded as UTF-8. */
function attachment(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function evidenceRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(upload, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const deps = evidenceDeps(c);
    try {
      const received = await receiveUpload(c.req.raw, {
        maxFileBytes: deps.maxBytes,
        tooLarge: () => tooLarge(deps.maxBytes),
        async onFile(raw, file) {
          const fields = parseFields(raw);
          // Refused before a byte of the file is read.
          await checkUpload(deps.repos, { unit, year, editor, fields, filename: file.filename });
          const staged = await deps.blobs.stage(file.stream, deps.maxBytes);
          return { fields, filename: file.filename, staged };
        },
        abandon: ({ staged }) => deps.blobs.discard(staged),
      });
      const saved = await recordEvidence(deps, { unit, year, editor, ...received });
      return c.json(saved, 201);
    } catch (error) {
      // The rest of a refused upload is never read: the connection closes after the answer.
      c.header('Connection', 'close');
      throw error;
    }
  });

  app.openapi(list, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year } = c.req.valid('param');
    const query = c.req.valid('query');
    const view = await listEvidence(evidenceDeps(c), {
      unit,
      year,
      user: editor,
      ...(query.attachedTo && { attachedTo: query.attachedTo }),
      ...(query.attachedKey !== undefined && { attachedKey: query.attachedKey }),
    });
    return c.json(view, 200);
  });

  app.openapi(content, async (c) => {
    const { unit } = unitAndUser(c);
    const { year, id } = c.req.valid('param');
    let opened;
    try {
      opened = await openEvidence(evidenceDeps(c), { unit, year, id });
    } catch (error) {
      if (
        error instanceof AppError &&
        (error.code === 'EVIDENCE_DAMAGED' || error.code === 'EVIDENCE_MISSING')
      ) {
        log('error', 'evidence file failed its check', {
          requestId: c.get('requestId'),
          id,
          code: error.code,
        });
      }
      throw error;
    }
    const { file } = opened;
    const body = Readable.toWeb(Readable.from(opened.content())) as unknown as ReadableStream<Uint8Array>;
    return c.body(body as unknown as WebReadableStream<Uint8Array> & ReadableStream, 200, {
      'Content-Type': file.mime,
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': attachment(file.filename),
      'X-Content-Type-Options': 'nosniff',
      // The stored hash, for a client that checks what it received.
      'Repr-Digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
    });
  });

  app.openapi(remove, async (c) => {
    const { unit, editor } = unitAndUser(c);
    const { year, id } = c.req.valid('param');
    await deleteEvidence(evidenceDeps(c), { unit, year, editor, id });
    return c.body(null, 204);
  });
}
