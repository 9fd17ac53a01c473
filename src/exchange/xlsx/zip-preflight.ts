// A look at an .xlsx's zip before a workbook library reads it: that it is a zip at all, that it is
// whole (its central directory is where its end record says), that it is a workbook, and that no
// sheet is larger or longer than an entry workbook can be. A 100,000-row sheet is refused here after
// counting its rows in the inflated XML (tens of milliseconds), not after building a model of every
// cell; a "zip bomb" is refused by the sizes its directory declares, before anything is inflated.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/errors.ts';

export interface PreflightLimits {
  /** The most rows a worksheet may have. */
  maxRows: number;
  /** The most bytes a worksheet's XML may inflate to. */
  maxSheetBytes: number;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function damaged(reason: string): AppError {
  return new AppError('WORKBOOK_DAMAGED', { reason }, { status: 400 });
}

/** Whether the bytes begin as a zip (and so may be an .xlsx). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

function centralDirectory(buffer: Buffer): ZipEntry[] {
  // The end record is in the last 22 bytes, or before a comment of up to 65,535 bytes.
  const from = Math.max(0, buffer.length - 22 - 0xffff);
  let end = -1;
  for (let i = buffer.length - 22; i >= from; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged('akhir berkas zip tidak ditemukan');
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const offset = buffer.readUInt32LE(end + 16);
  if (offset + size > end) throw damaged('direktori zip di luar berkas');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buffer.readUInt32LE(p) !== CENTRAL) throw damaged('direktori zip rusak');
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    entries.push({
      method: buffer.readUInt16LE(p + 10),
      compressedSize: buffer.readUInt32LE(p + 20),
      size: buffer.readUInt32LE(p + 24),
      localOffset: buffer.readUInt32LE(p + 42),
      name: buffer.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryBytes(buffer: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) throw damaged(`${entry.name} rusak`);
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw damaged(`${entry.name} terpotong`);
  const raw = buffer.subarray(start, end);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw damaged(`${entry.name}: cara pemadatan ${entry.method} tidak dikenal`);
  try {
    return inflateRawSync(raw, { maxOutputLength: maxBytes });
  } catch (error) {
    throw damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Rows of a worksheet's XML: each `<row` element (`<row>` or `<row …>`), counted without parsing. */
function countRows(xml: Buffer, stopAfter: number): number {
  let n = 0;
  let i = xml.indexOf('<row');
  while (i >= 0) {
    const next = xml[i + 4];
    // '<row ' or '<row>' or '<row/>', not '<rowBreaks'.
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x0d || next === 0x09) {
      if (++n > stopAfter) return n;
    }
    i = xml.indexOf('<row', i + 4);
  }
  return n;
}

/**
 * Throws WORKBOOK_NOT_XLSX (not a zip, or a zip that is no workbook), WORKBOOK_DAMAGED (truncated or
 * corrupt) or WORKBOOK_TOO_MANY_ROWS (a sheet past the limits); returns quietly otherwise.
 */
export function preflightXlsx(buffer: Buffer, limits: PreflightLimits): void {
  if (!looksLikeZip(buffer)) throw new AppError('WORKBOOK_NOT_XLSX', {}, { status: 415 });
  const entries = centralDirectory(buffer);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml'))
    throw new AppError('WORKBOOK_NOT_XLSX', {}, { status: 415 });
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const tooMany = () => new AppError('WORKBOOK_TOO_MANY_ROWS', { max: limits.maxRows }, { status: 413 });
    if (entry.size > limits.maxSheetBytes) throw tooMany();
    if (countRows(entryBytes(buffer, entry, limits.maxSheetBytes), limits.maxRows) > limits.maxRows)
      throw tooMany();
  }
}
