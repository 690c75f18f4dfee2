/**
 * Reads the entries of a ZIP archive (a DOCX package) from its central directory. The input is hostile:
 * sizes are checked before anything is inflated, inflation stops at a cap (zip bombs), and entries are
 * inflated only when asked for, so a huge image in word/media never costs anything.
 */
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_LIMITS, exceeded, type LintLimits } from './limits.js';

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

/** More entries than any real document has, and a cap on one inflated entry (limits.ts). */
export type ZipLimits = Pick<LintLimits, 'maxEntries' | 'maxEntryBytes'>;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: DEFAULT_LIMITS.maxEntries,
  maxEntryBytes: DEFAULT_LIMITS.maxEntryBytes,
};

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface EntryInfo {
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipArchive {
  /** Entry names as stored (forward slashes). */
  names(): string[];
  has(name: string): boolean;
  /** The inflated bytes of an entry, or undefined when absent; throws ZipError when it cannot be read. */
  read(name: string): Buffer | undefined;
}

function findEndRecord(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let i = buf.length - END_RECORD_SIZE; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw new ZipError('no end-of-central-directory record (not a ZIP file)');
}

function readCentralDirectory(buf: Buffer, limits: ZipLimits): Map<string, EntryInfo> {
  const end = findEndRecord(buf);
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const start = buf.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
  if (count > limits.maxEntries) exceeded(limits, 'maxEntries', { measured: count });
  if (start + size > end) throw new ZipError('central directory out of bounds');
  const entries = new Map<string, EntryInfo>();
  let offset = start;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || buf.readUInt32LE(offset) !== CENTRAL_HEADER)
      throw new ZipError('damaged central directory');
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > end) throw new ZipError('damaged central directory');
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      flags: buf.readUInt16LE(offset + 8),
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      uncompressedSize: buf.readUInt32LE(offset + 24),
      localOffset: buf.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateEntry(buf: Buffer, name: string, info: EntryInfo, limits: ZipLimits): Buffer {
  if (info.flags & 1) throw new ZipError(`${name}: encrypted`);
  if (info.uncompressedSize > limits.maxEntryBytes) exceeded(limits, 'maxEntryBytes', { part: name });
  const local = info.localOffset;
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_HEADER)
    throw new ZipError(`${name}: damaged local header`);
  const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const dataEnd = dataStart + info.compressedSize;
  if (dataEnd > buf.length) throw new ZipError(`${name}: data out of bounds`);
  const data = buf.subarray(dataStart, dataEnd);
  if (info.method === 0) {
    if (data.length > limits.maxEntryBytes) exceeded(limits, 'maxEntryBytes', { part: name });
    return Buffer.from(data);
  }
  if (info.method !== 8) throw new ZipError(`${name}: unsupported compression method ${info.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: limits.maxEntryBytes });
  } catch (error) {
    // The size in the headers may lie: inflation itself stops at the cap.
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      exceeded(limits, 'maxEntryBytes', { part: name });
    throw new ZipError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens an archive; throws ZipError when the bytes are not a ZIP this reader accepts. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < END_RECORD_SIZE) throw new ZipError('too short to be a ZIP file');
  const entries = readCentralDirectory(buf, limits);
  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const info = entries.get(name);
      return info ? inflateEntry(buf, name, info, limits) : undefined;
    },
  };
}
