// Evidence uploads over HTTP, on both back ends: a file store under a data directory (PGlite) and
// chunks in the database (PostgreSQL). Every refusal is said in words and leaves nothing stored.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEvidenceStore, listStoredFiles } from '../../src/data/evidence-store.ts';
import { assessments, auditLog, evidenceChunks, evidenceFiles, orgUnits } from '../../src/data/schema.ts';
import { startServer } from '../../src/http/server.ts';
import type { StoreKind } from '../../src/data/db.ts';
import type { EvidenceFile, EvidenceList } from '../../src/shared/api/evidence.schema.ts';
import { evidenceForm, lazyUpload, multipartBody, MULTIPART_TYPE, type Part } from '../evidence/multipart.ts';
import {
  DOCX_MIME,
  sampleDocx,
  sampleElf,
  sampleExe,
  sampleJpeg,
  samplePdf,
  samplePlainZip,
  samplePng,
  sampleXlsx,
  XLSX_MIME,
} from '../evidence/sample-files.ts';
import { call, callJson, describeHttp, signIn, TEST_YEAR, UNITS, type TestSession } from './harness.ts';

const MAX_BYTES = 2 * 1024 * 1024;
const root = mkdtempSync(join(tmpdir(), 'pkp-evidence-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each back end's evidence store: files under a directory for PGlite, the database for PostgreSQL. */
const dirs = (kind: StoreKind) => ({
  files: join(root, kind, 'files'),
  staging: join(root, kind, 'staging'),
});
const evidenceFor = (kind: StoreKind) => ({
  blobs:
    kind === 'pglite'
      ? createEvidenceStore({ filesDir: dirs(kind).files })
      : createEvidenceStore({ database: true, stagingDir: dirs(kind).staging }),
  maxBytes: MAX_BYTES,
});

const OWN = UNITS.puskesmas[0];
const base = (code: string = OWN) => `/api/puskesmas/${code}/years/${TEST_YEAR}/evidence`;
function readdirOrNone(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describeHttp(
  'evidence uploads',
  (t) => {
    let koordinator: TestSession;
    let pelaksana: TestSession;
    let pelaksanaOther: TestSession;
    let verifikator: TestSession;
    let viewer: TestSession;
    let kapus: TestSession;
    beforeAll(async () => {
      koordinator = await signIn(t.app, 'koordinator.p3318001');
      pelaksana = await signIn(t.app, 'pelaksana.p3318001');
      pelaksanaOther = await signIn(t.app, 'pelaksana.p3318002');
      verifikator = await signIn(t.app, 'verifikator.3318');
      viewer = await signIn(t.app, 'viewer.3318');
      kapus = await signIn(t.app, 'kapus.p3318001');
    });

    function post(session: TestSession, parts: readonly Part[] | Uint8Array, code: string = OWN) {
      const body = parts instanceof Uint8Array ? parts : multipartBody(parts);
      return t.app.request(base(code), {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': MULTIPART_TYPE,
          'content-length': String(body.length),
        },
        body: new Uint8Array(body),
      });
    }

    async function upload(
      session: TestSession,
      file: { filename: string; bytes: Uint8Array },
      fields = { attachedTo: 'indicator', attachedKey: 'SPM.01' },
      code: string = OWN,
    ) {
      const res = await post(session, evidenceForm(file, fields), code);
      const text = await res.text();
      return {
        status: res.status,
        body: JSON.parse(text) as EvidenceFile & { code?: string; message?: string },
        res,
      };
    }

    /** Everything the stores hold for the whole test app: rows, chunks, and files on disk (staged ones too). */
    async function stored() {
      const [rows] = await t.store.db.select({ n: count() }).from(evidenceFiles);
      const [chunks] = await t.store.db.select({ n: count() }).from(evidenceChunks);
      const { files, staging } = dirs(t.kind);
      const onDisk = await listStoredFiles(files);
      return { rows: rows!.n, chunks: chunks!.n, files: onDisk.length + readdirOrNone(staging).length };
    }

    /** The uploads being received (the staging directory of either store). */
    function stagedFiles(): string[] {
      const { files, staging } = dirs(t.kind);
      return [...readdirOrNone(join(files, '.incoming')), ...readdirOrNone(staging)];
    }

    async function expectNothingMoreStored(before: Awaited<ReturnType<typeof stored>>) {
      expect(await stored()).toEqual(before);
    }

    describe('the five types, typed from their content', () => {
      it.each([
        ['a PDF', 'Notulen.pdf', samplePdf(), 'application/pdf', 'PDF'],
        ['a JPEG', 'foto kegiatan.jpg', sampleJpeg(), 'image/jpeg', 'JPEG'],
        ['a PNG', 'daftar-hadir.png', samplePng(), 'image/png', 'PNG'],
        ['a DOCX', 'SK Tim.docx', sampleDocx(), DOCX_MIME, 'DOCX'],
        ['an XLSX', 'rekap.xlsx', sampleXlsx(), XLSX_MIME, 'XLSX'],
      ])(
        'stores %s with its SHA-256 and serves it back as an attachment of its type',
        async (_what, filename, bytes, mime, label) => {
          const { status, body } = await upload(pelaksana, { filename, bytes });
          expect(status).toBe(201);
          expect(body).toMatchObject({
            filename,
            mime,
            typeLabel: label,
            sizeBytes: bytes.length,
            sha256: sha256(bytes),
          });
          expect(body.uploadedBy).toBe('pelaksana.p3318001');

          const res = await call(t.app, verifikator, 'GET', `${base()}/${body.id}/content`);
          expect(res.status).toBe(200);
          expect(res.headers.get('content-type')).toBe(mime);
          expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
          expect(res.headers.get('content-disposition')).toContain(
            `filename*=UTF-8''${encodeURIComponent(filename)}`,
          );
          expect(res.headers.get('x-content-type-options')).toBe('nosniff');
          expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
        },
      );

      it('types a file by its content, not its name: a PNG called .pdf is a PNG', async () => {
        const { status, body } = await upload(pelaksana, { filename: 'foto.pdf', bytes: samplePng() });
        expect(status).toBe(201);
        expect(body.mime).toBe('image/png');
      });

      it('takes a file larger than the 1 MB JSON limit, up to its own limit', async () => {
        const bytes = samplePdf('besar', 1_500_000);
        const { status, body } = await upload(koordinator, { filename: 'pindaian.pdf', bytes });
        expect(status).toBe(201);
        expect(body.sizeBytes).toBe(bytes.length);
      });

      it('keeps PGlite files under the data directory by hash and id, PostgreSQL ones as 1 MiB chunks', async () => {
        const bytes = samplePdf('dua chunk', 1_500_000);
        const { body } = await upload(koordinator, { filename: 'x.pdf', bytes });
        const [row] = await t.store.db.select().from(evidenceFiles).where(eq(evidenceFiles.id, body.id));
        if (t.kind === 'pglite') {
          expect(row!.storage).toBe('file');
          expect(row!.storagePath).toBe(join(body.sha256.slice(0, 2), `${body.id}-${body.sha256}`));
          expect(await listStoredFiles(dirs(t.kind).files)).toContain(row!.storagePath);
        } else {
          expect(row!.storage).toBe('database');
          const [chunks] = await t.store.db
            .select({ n: count() })
            .from(evidenceChunks)
            .where(eq(evidenceChunks.fileId, body.id));
          expect(chunks!.n).toBe(2);
        }
      });

      it("audits the upload (entity evidence) with the file's hash, never where it is kept", async () => {
        const bytes = samplePdf('audit');
        const { body } = await upload(pelaksana, { filename: 'audit.pdf', bytes });
        const [entry] = await t.store.db
          .select()
          .from(auditLog)
          .where(
            and(
              eq(auditLog.entity, 'evidence'),
              sql`${auditLog.entityKey} = ${JSON.stringify({ id: body.id })}::jsonb`,
            ),
          );
        expect(entry).toMatchObject({ actor: 'pelaksana.p3318001', oldValue: null });
        expect(entry!.newValue).toMatchObject({
          sha256: sha256(bytes),
          filename: 'audit.pdf',
          attachedTo: 'indicator',
        });
        expect(entry!.newValue).not.toHaveProperty('storagePath');
      });
    });

    describe('refused with a message, nothing stored', () => {
      it('refuses a name that is a path (../../etc/passwd.pdf)', async () => {
        const before = await stored();
        const { status, body } = await upload(pelaksana, {
          filename: '../../etc/passwd.pdf',
          bytes: samplePdf(),
        });
        expect(status).toBe(400);
        expect(body.code).toBe('EVIDENCE_NAME_INVALID');
        expect(body.message).toContain('../../etc/passwd.pdf');
        await expectNothingMoreStored(before);
      });

      it.each([
        ['a Windows executable renamed .pdf', 'laporan.pdf', sampleExe(), 'application/x-msdownload'],
        ['a Linux executable renamed .pdf', 'laporan.pdf', sampleElf(), 'application/x-elf'],
        ['a plain zip renamed .docx', 'SK.docx', samplePlainZip(), 'application/zip'],
        ['a script renamed .png', 'foto.png', new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'), null],
      ])('refuses %s', async (_what, filename, bytes, detected) => {
        const before = await stored();
        const { status, body } = await upload(pelaksana, { filename, bytes });
        expect(status).toBe(415);
        expect(body.code).toBe('EVIDENCE_TYPE_REFUSED');
        expect(body.message).toContain('bukan PDF, JPEG, PNG, DOCX, atau XLSX');
        if (detected) expect(body.message).toContain(detected);
        await expectNothingMoreStored(before);
      });

      it('refuses an oversized file, cutting the stream at the limit instead of reading it whole', async () => {
        const before = await stored();
        const upload10mb = lazyUpload({ attachedTo: 'indicator', attachedKey: 'SPM.01' }, 10 * 1024 * 1024);
        const res = await t.app.request(base(), {
          method: 'POST',
          headers: {
            cookie: pelaksana.cookie,
            'x-csrf-token': pelaksana.csrfToken,
            'content-type': MULTIPART_TYPE,
          },
          body: upload10mb.body,
          duplex: 'half',
        } as RequestInit);
        const body = (await res.json()) as { code: string; message: string };
        expect(res.status).toBe(413);
        expect(body.code).toBe('EVIDENCE_TOO_LARGE');
        expect(body.message).toContain('2 MB');
        expect(res.headers.get('connection')).toBe('close');
        // Read up to the limit and a few chunks in flight, never the 10 MB.
        expect(upload10mb.pulled()).toBeLessThan(MAX_BYTES + 512 * 1024);
        await expectNothingMoreStored(before);
      });

      it('refuses an upload whose declared length is over the limit before reading any of it', async () => {
        const before = await stored();
        const lazy = lazyUpload({ attachedTo: 'indicator', attachedKey: 'SPM.01' }, 10 * 1024 * 1024);
        const res = await t.app.request(base(), {
          method: 'POST',
          headers: {
            cookie: pelaksana.cookie,
            'x-csrf-token': pelaksana.csrfToken,
            'content-type': MULTIPART_TYPE,
            'content-length': String(10 * 1024 * 1024 + 400),
          },
          body: lazy.body,
          duplex: 'half',
        } as RequestInit);
        expect(res.status).toBe(413);
        expect(lazy.pulled()).toBeLessThan(256 * 1024);
        await expectNothingMoreStored(before);
      });

      it('refuses an upload to a foreign Puskesmas (another of the district, another district)', async () => {
        const before = await stored();
        const other = await upload(
          pelaksana,
          { filename: 'a.pdf', bytes: samplePdf() },
          undefined,
          UNITS.puskesmas[1],
        );
        expect(other.status).toBe(403);
        expect(other.body.code).toBe('FORBIDDEN');
        const foreign = await upload(
          verifikator,
          { filename: 'a.pdf', bytes: samplePdf() },
          undefined,
          UNITS.foreignPuskesmas,
        );
        expect(foreign.status).toBe(403);
        await expectNothingMoreStored(before);
      });

      it('refuses a truncated upload (the body ends mid-file)', async () => {
        const before = await stored();
        const cut = lazyUpload({ attachedTo: 'indicator', attachedKey: 'SPM.01' }, 300 * 1024, { cut: true });
        const res = await t.app.request(base(), {
          method: 'POST',
          headers: {
            cookie: pelaksana.cookie,
            'x-csrf-token': pelaksana.csrfToken,
            'content-type': MULTIPART_TYPE,
          },
          body: cut.body,
          duplex: 'half',
        } as RequestInit);
        const body = (await res.json()) as { code: string; message: string };
        expect(res.status).toBe(400);
        expect(body.code).toBe('EVIDENCE_UPLOAD_INCOMPLETE');
        expect(body.message).toContain('tidak ada yang disimpan');
        await expectNothingMoreStored(before);
      });

      it('stores nothing when the connection closes mid-body on a real server', async () => {
        const before = await stored();
        const server = await startServer(t.app, { port: 0, host: '127.0.0.1', drainMs: 2_000 });
        const head = multipartBody(
          evidenceForm(
            { filename: 'putus.pdf', bytes: samplePdf('x', 400_000) },
            {
              attachedTo: 'indicator',
              attachedKey: 'SPM.01',
            },
          ),
        );
        await new Promise<void>((resolve, reject) => {
          const socket = connect(server.port, '127.0.0.1', () => {
            socket.write(
              `POST ${base()} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${pelaksana.cookie}\r\n` +
                `x-csrf-token: ${pelaksana.csrfToken}\r\nContent-Type: ${MULTIPART_TYPE}\r\n` +
                `Content-Length: ${head.length}\r\n\r\n`,
            );
            // Half the body, then — once the server is storing it — the connection goes (a phone
            // losing its signal).
            socket.write(head.subarray(0, 200_000));
            void vi
              .waitFor(() => expect(stagedFiles().length).toBeGreaterThan(0), { timeout: 10_000 })
              .then(() => socket.destroy(), reject);
          });
          socket.on('close', () => resolve());
          socket.on('error', reject);
        });
        // stop() waits for every handler still running: the upload's has finished, one way or the other.
        await server.stop();
        await expectNothingMoreStored(before);
      });

      it('refuses the file before reading it when the role may not attach to that record', async () => {
        const before = await stored();
        const lazy = lazyUpload({ attachedTo: 'rubric', attachedKey: 'MAN.A2.6' }, 1024 * 1024);
        const res = await t.app.request(base(), {
          method: 'POST',
          headers: {
            cookie: pelaksana.cookie,
            'x-csrf-token': pelaksana.csrfToken,
            'content-type': MULTIPART_TYPE,
          },
          body: lazy.body,
          duplex: 'half',
        } as RequestInit);
        const body = (await res.json()) as { code: string };
        expect(res.status).toBe(403);
        expect(body.code).toBe('EVIDENCE_ROLE_REFUSED');
        expect(lazy.pulled()).toBeLessThan(256 * 1024);
        await expectNothingMoreStored(before);
      });

      it("refuses a record that is not the Puskesmas-year's (an unknown indicator, a meeting id of nobody)", async () => {
        const before = await stored();
        const unknown = await upload(
          pelaksana,
          { filename: 'a.pdf', bytes: samplePdf() },
          { attachedTo: 'indicator', attachedKey: 'SPM.99' },
        );
        expect(unknown.status).toBe(404);
        expect(unknown.body.code).toBe('EVIDENCE_TARGET_NOT_FOUND');
        const meeting = await upload(
          koordinator,
          { filename: 'a.pdf', bytes: samplePdf() },
          { attachedTo: 'meeting', attachedKey: '999999' },
        );
        expect(meeting.status).toBe(404);
        const rubricAsIndicator = await upload(
          pelaksana,
          { filename: 'a.pdf', bytes: samplePdf() },
          { attachedTo: 'indicator', attachedKey: 'MAN.A2.6' },
        );
        expect(rubricAsIndicator.status).toBe(404);
        await expectNothingMoreStored(before);
      });

      it('refuses a form that sends the file before its fields, or no file at all', async () => {
        const before = await stored();
        const fileFirst = await post(pelaksana, [
          { name: 'file', filename: 'a.pdf', bytes: samplePdf() },
          { name: 'attachedTo', value: 'indicator' },
          { name: 'attachedKey', value: 'SPM.01' },
        ]);
        expect(fileFirst.status).toBe(400);
        expect(((await fileFirst.json()) as { code: string }).code).toBe('EVIDENCE_FORM_INVALID');
        const noFile = await post(pelaksana, [
          { name: 'attachedTo', value: 'indicator' },
          { name: 'attachedKey', value: 'SPM.01' },
        ]);
        expect(noFile.status).toBe(400);
        const json = await call(t.app, pelaksana, 'POST', base(), { attachedTo: 'indicator' });
        expect(json.status).toBe(400);
        await expectNothingMoreStored(before);
      });
    });

    describe('reading', () => {
      let file: EvidenceFile;
      beforeAll(async () => {
        file = (await upload(pelaksana, { filename: 'Daftar hadir Mei.pdf', bytes: samplePdf('hadir') }))
          .body;
      });

      it('lists the files of one record with who and when, and says what the user may do', async () => {
        const { status, body } = await callJson<EvidenceList>(
          t.app,
          pelaksana,
          'GET',
          `${base()}?attachedTo=indicator&attachedKey=SPM.01`,
        );
        expect(status).toBe(200);
        const listed = body.files.find((f) => f.id === file.id);
        expect(listed).toMatchObject({
          filename: 'Daftar hadir Mei.pdf',
          uploadedBy: 'pelaksana.p3318001',
          canDelete: true,
        });
        expect(body.files.every((f) => f.attachedKey === 'SPM.01')).toBe(true);
        expect(body.maxBytes).toBe(MAX_BYTES);
        expect(body.canUpload).toBe(true);
        expect(body.types.map((t) => t.label)).toEqual(['PDF', 'JPEG', 'PNG', 'DOCX', 'XLSX']);
        const forKapus = await callJson<EvidenceList>(
          t.app,
          kapus,
          'GET',
          `${base()}?attachedTo=indicator&attachedKey=SPM.01`,
        );
        expect(forKapus.body.files.find((f) => f.id === file.id)?.canDelete).toBe(false);
      });

      it("serves a file to the Puskesmas' staff and to Dinkes, never to a viewer or another Puskesmas", async () => {
        expect((await call(t.app, kapus, 'GET', `${base()}/${file.id}/content`)).status).toBe(200);
        expect((await call(t.app, verifikator, 'GET', `${base()}/${file.id}/content`)).status).toBe(200);
        expect((await call(t.app, viewer, 'GET', `${base()}/${file.id}/content`)).status).toBe(403);
        expect((await call(t.app, pelaksanaOther, 'GET', `${base()}/${file.id}/content`)).status).toBe(403);
        // Through its own Puskesmas' path, another Puskesmas' file does not exist.
        const sideways = await call(
          t.app,
          pelaksanaOther,
          'GET',
          `${base(UNITS.puskesmas[1])}/${file.id}/content`,
        );
        expect(sideways.status).toBe(404);
        expect(((await sideways.json()) as { code: string }).code).toBe('EVIDENCE_NOT_FOUND');
      });

      it('checks the SHA-256 on read: a damaged file is said to be damaged, not served', async () => {
        const damaged = (await upload(pelaksana, { filename: 'rusak.pdf', bytes: samplePdf('utuh') })).body;
        const [row] = await t.store.db.select().from(evidenceFiles).where(eq(evidenceFiles.id, damaged.id));
        if (row!.storage === 'file') {
          writeFileSync(join(dirs(t.kind).files, row!.storagePath!), samplePdf('diubah'));
        } else {
          await t.store.db
            .update(evidenceChunks)
            .set({ bytes: Buffer.from(samplePdf('diubah')) })
            .where(eq(evidenceChunks.fileId, damaged.id));
        }
        const res = await call(t.app, verifikator, 'GET', `${base()}/${damaged.id}/content`);
        expect(res.status).toBe(500);
        const body = (await res.json()) as { code: string; message: string };
        expect(body.code).toBe('EVIDENCE_DAMAGED');
        expect(body.message).toContain('rusak.pdf');
      });
    });

    describe('removing', () => {
      const setStatus = async (status: 'draft' | 'submitted' | 'final', submittedAt: Date | null = null) => {
        const [unit] = await t.store.db.select().from(orgUnits).where(eq(orgUnits.code, OWN));
        await t.store.db
          .update(assessments)
          .set({ status, submittedAt })
          .where(and(eq(assessments.puskesmasId, unit!.id), eq(assessments.year, TEST_YEAR)));
      };

      it('lets the uploader remove their file, with an audit entry, and takes its bytes away', async () => {
        const { body } = await upload(pelaksana, { filename: 'salah.pdf', bytes: samplePdf('salah') });
        const before = await stored();
        const res = await call(t.app, pelaksana, 'DELETE', `${base()}/${body.id}`);
        expect(res.status).toBe(204);
        const after = await stored();
        expect(after.rows).toBe(before.rows - 1);
        expect(after.files + after.chunks).toBe(before.files + before.chunks - 1);
        expect((await call(t.app, pelaksana, 'GET', `${base()}/${body.id}/content`)).status).toBe(404);
        const trail = await t.store.db
          .select()
          .from(auditLog)
          .where(
            and(
              eq(auditLog.entity, 'evidence'),
              sql`${auditLog.entityKey} = ${JSON.stringify({ id: body.id })}::jsonb`,
            ),
          );
        expect(trail.map((e) => [e.oldValue === null, e.newValue === null])).toEqual([
          [true, false],
          [false, true],
        ]);
      });

      it("refuses another Puskesmas user the uploader's file, and lets Dinkes remove it", async () => {
        const { body } = await upload(pelaksana, { filename: 'milik.pdf', bytes: samplePdf() });
        const refused = await call(t.app, kapus, 'DELETE', `${base()}/${body.id}`);
        expect(refused.status).toBe(403);
        expect(((await refused.json()) as { message: string }).message).toContain('pelaksana.p3318001');
        expect((await call(t.app, verifikator, 'DELETE', `${base()}/${body.id}`)).status).toBe(204);
      });

      it('keeps what the year was submitted with for Dinkes to remove, and locks everything once final', async () => {
        const { body } = await upload(pelaksana, { filename: 'terkirim.pdf', bytes: samplePdf() });
        try {
          await setStatus('submitted', new Date(t.clock().getTime() + 60_000));
          const refused = await call(t.app, pelaksana, 'DELETE', `${base()}/${body.id}`);
          expect(refused.status).toBe(409);
          expect(((await refused.json()) as { code: string }).code).toBe('EVIDENCE_SUBMITTED_WITH');
          // Adding proof after submission is still open (a verifier may ask for it).
          expect((await upload(pelaksana, { filename: 'tambahan.pdf', bytes: samplePdf() })).status).toBe(
            201,
          );
          await setStatus('final', new Date(t.clock().getTime() + 60_000));
          const closed = await upload(pelaksana, { filename: 'telat.pdf', bytes: samplePdf() });
          expect(closed.status).toBe(409);
          expect(closed.body.code).toBe('EVIDENCE_YEAR_CLOSED');
          expect((await call(t.app, verifikator, 'DELETE', `${base()}/${body.id}`)).status).toBe(409);
        } finally {
          await setStatus('draft');
        }
      });
    });
  },
  { evidence: evidenceFor },
);
