// Where the bytes of evidence files live: files under the data directory (PGlite), or numbered 1 MiB
// chunks in PostgreSQL (table evidence_chunks) when DATABASE_URL is set, so that one pg_dump holds
// everything. Either way an upload first streams into a staging file — counted, hashed and cut at
// the size limit as it arrives, then typed from its content — and only a file that passed every
// check is kept, in the transaction that writes its row. Nothing is ever held whole in memory, and no
// path is ever made from what the user sent: a kept file is `<sha256[0:2]>/<id>-<sha256>`.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import type { EvidenceBlobStore, EvidenceRecord, StagedUpload } from '../app/record-ports.ts';
import type { Repositories } from '../app/ports.ts';
import { AppError } from '../shared/errors.ts';

/** The size of one database chunk: big enough for few rows, small enough to stream. */
export const CHUNK_BYTES = 1024 * 1024;

/** Where a file store keeps uploads still being received (inside its root: a rename is atomic there). */
export const STAGING_DIR = '.incoming';

export type EvidenceStoreTarget = { filesDir: string } | { database: true; stagingDir?: string };

export function tooLarge(maxBytes: number): AppError {
  return new AppError('EVIDENCE_TOO_LARGE', { limit: formatMegabytes(maxBytes) }, { status: 413 });
}

/** "20 MB" (MB of 1 048 576 bytes, as PKP_UPLOAD_MAX_MB counts them). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}

/** The evidence store for a target; its directories are made when the first upload arrives. */
export function createEvidenceStore(target: EvidenceStoreTarget): EvidenceBlobStore {
  if ('filesDir' in target) return fileStore(target.filesDir, join(target.filesDir, STAGING_DIR));
  return databaseStore(target.stagingDir ?? join(tmpdir(), 'pkp-incoming'));
}

/**
 * Empties a file store's staging directory. `pkp serve` calls it at start: the data directory has one
 * process (its lock), so whatever is staged there was left by a process that died mid-upload.
 */
export async function clearStaging(filesDir: string): Promise<void> {
  await rm(join(filesDir, STAGING_DIR), { recursive: true, force: true });
}

/** The staging file of each staged upload; kept out of the object so no caller builds a path from it. */
const stagedPaths = new WeakMap<StagedUpload, string>();

async function stageInto(dir: string, source: AsyncIterable<Uint8Array>, maxBytes: number) {
  await mkdir(dir, { recursive: true });
  const path = join(dir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      // Cut at the limit: the source is not read any further.
      if (size > maxBytes) return done(tooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, count, createWriteStream(path, { flags: 'wx' }));
    const mime = (await fileTypeFromFile(path))?.mime ?? null;
    const staged: StagedUpload = { sizeBytes: size, sha256: hash.digest('hex'), mime };
    stagedPaths.set(staged, path);
    return staged;
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}

function stagedPath(staged: StagedUpload): string {
  const path = stagedPaths.get(staged);
  if (!path) throw new Error('this upload was not staged here, or was kept or discarded already');
  return path;
}

async function discard(staged: StagedUpload): Promise<void> {
  const path = stagedPaths.get(staged);
  stagedPaths.delete(staged);
  if (path) await rm(path, { force: true });
}

function fileStore(root: string, staging: string): EvidenceBlobStore {
  /** A stored path, resolved under the root; a path that would leave it is refused (it is pkp's own, but still). */
  const resolve = (storagePath: string | null): string => {
    const path = normalize(join(root, storagePath ?? ''));
    const inside = relative(root, path);
    if (
      !storagePath ||
      inside === '' ||
      inside.startsWith('..') ||
      isAbsolute(inside) ||
      inside.startsWith(STAGING_DIR + sep)
    ) {
      throw new Error(`evidence path ${JSON.stringify(storagePath)} is not under the file store`);
    }
    return path;
  };
  return {
    storage: 'file',
    stage: (source, maxBytes) => stageInto(staging, source, maxBytes),
    async keep(staged, file) {
      const storagePath = join(file.sha256.slice(0, 2), `${file.id}-${file.sha256}`);
      await mkdir(join(root, file.sha256.slice(0, 2)), { recursive: true });
      await rename(stagedPath(staged), resolve(storagePath));
      stagedPaths.delete(staged);
      return storagePath;
    },
    discard,
    read(file) {
      return createReadStream(resolve(file.storagePath), { highWaterMark: 256 * 1024 });
    },
    async remove(file) {
      if (file.storagePath) await rm(resolve(file.storagePath), { force: true });
    },
  };
}

function databaseStore(staging: string): EvidenceBlobStore {
  return {
    storage: 'database',
    stage: (source, maxBytes) => stageInto(staging, source, maxBytes),
    async keep(staged, file, repos) {
      const path = stagedPath(staged);
      let seq = 0;
      // One chunk in memory at a time: read 1 MiB, insert it, read the next.
      for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
        await repos.appendEvidenceChunk(file.id, seq, chunk as Buffer);
        seq += 1;
      }
      await discard(staged);
      return null;
    },
    discard,
    read: (file, repos) => readChunks(file, repos),
    async remove() {
      // The chunks went with their row (ON DELETE CASCADE).
    },
  };
}

async function* readChunks(file: EvidenceRecord, repos: Repositories): AsyncIterable<Uint8Array> {
  for (let seq = 0; ; seq += 1) {
    const chunk = await repos.readEvidenceChunk(file.id, seq);
    if (!chunk) return;
    yield chunk;
  }
}

/** Every file under a file store's root, staged ones included (relative paths): what a test or a check sees. */
export async function listStoredFiles(filesDir: string): Promise<string[]> {
  const entries = await readdir(filesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(filesDir, join(e.parentPath, e.name)))
    .sort();
}
