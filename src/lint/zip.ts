/**
 * Reads the entries of a ZIP archive (a DOCX package) from its central directory. The input is hostile:
 * sizes are checked before anything is inflated, inflation stops at a cap (zip bombs), and entries are
 * inflated only when asked for, so a huge image in word/media never costs anything. The archive can be
 * bytes in memory or a file read at offsets (fileSource): then only the directory and the entries read
 * are ever in memory, not the whole file.
 */
import { readSync } from 'node:fs';
import { constants, inflateRawSync } from 'node:zlib';
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
  /**
   * The inflated bytes of an entry, or undefined when absent; throws ZipError when it cannot be read,
   * LimitError when it inflates past the entry cap.
   */
  read(name: string): Buffer | undefined;
  /** Like read, with a lower cap: TOO_LARGE when the entry is (or claims to be) bigger than `cap`. */
  readAtMost(name: string, cap: number): Buffer | typeof TOO_LARGE | undefined;
  /** At most the first `max` inflated bytes, best effort: what a too-large entry starts with. */
  head(name: string, max: number): Buffer;
  /** The uncompressed size the central directory claims (it may lie). */
  declaredSize(name: string): number | undefined;
}

/** readAtMost's answer for an entry over its cap. */
export const TOO_LARGE = Symbol('too large');

/** Where the archive's bytes come from: memory, or a file read at offsets. */
export interface ByteSource {
  length: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the source). */
  read(offset: number, length: number): Buffer;
}

function bufferSource(buf: Buffer): ByteSource {
  return { length: buf.length, read: (offset, length) => buf.subarray(offset, offset + length) };
}

/** An open file read at offsets, so a 100 MB DOCX costs only the parts of it that are read. */
export function fileSource(fd: number, length: number): ByteSource {
  return {
    length,
    read(offset, size) {
      const buf = Buffer.allocUnsafe(Math.max(0, Math.min(size, length - offset)));
      const got = buf.length > 0 ? readSync(fd, buf, 0, buf.length, offset) : 0;
      return buf.subarray(0, got);
    },
  };
}

/** More than 10 000 entries with names of 1 600 bytes: no DOCX has a directory near this. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

function findEndRecord(source: ByteSource): number {
  const lowest = Math.max(0, source.length - END_RECORD_SIZE - MAX_COMMENT);
  const tail = source.read(lowest, source.length - lowest);
  for (let i = tail.length - END_RECORD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return lowest + i;
  }
  throw new ZipError('no end-of-central-directory record (not a ZIP file)');
}

function readCentralDirectory(source: ByteSource, limits: ZipLimits): Map<string, EntryInfo> {
  const endOffset = findEndRecord(source);
  const record = source.read(endOffset, END_RECORD_SIZE);
  const count = record.readUInt16LE(10);
  const size = record.readUInt32LE(12);
  const start = record.readUInt32LE(16);
  if (count === 0xffff || start === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
  if (count > limits.maxEntries) exceeded(limits, 'maxEntries', { measured: count });
  if (start + size > endOffset) throw new ZipError('central directory out of bounds');
  if (size > MAX_DIRECTORY_BYTES) throw new ZipError('central directory too large');
  // The directory alone, offsets relative to its start.
  const buf = source.read(start, size);
  const end = size;
  const entries = new Map<string, EntryInfo>();
  let offset = 0;
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

/** Where an entry's compressed bytes start in the source, checked against its bounds. */
function entryStart(source: ByteSource, name: string, info: EntryInfo): number {
  if (info.flags & 1) throw new ZipError(`${name}: encrypted`);
  const local = info.localOffset;
  const header = source.read(local, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER)
    throw new ZipError(`${name}: damaged local header`);
  const dataStart = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (dataStart + info.compressedSize > source.length) throw new ZipError(`${name}: data out of bounds`);
  if (info.method !== 0 && info.method !== 8)
    throw new ZipError(`${name}: unsupported compression method ${info.method}`);
  return dataStart;
}

/** The compressed bytes of an entry, after its local header. */
function entryData(source: ByteSource, name: string, info: EntryInfo): Buffer {
  return source.read(entryStart(source, name, info), info.compressedSize);
}

/** The inflated entry, or TOO_LARGE when it is (or claims to be) bigger than `cap` bytes. */
function inflateEntry(
  source: ByteSource,
  name: string,
  info: EntryInfo,
  cap: number,
): Buffer | typeof TOO_LARGE {
  if (info.uncompressedSize > cap) return TOO_LARGE;
  // Deflate never makes data much bigger, so compressed bytes far past the cap cannot inflate under it.
  if (info.compressedSize > cap + (cap >> 6) + 1024) return TOO_LARGE;
  const data = entryData(source, name, info);
  if (info.method === 0) return data.length > cap ? TOO_LARGE : Buffer.from(data);
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (error) {
    // The size in the headers may lie: inflation itself stops at the cap.
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return TOO_LARGE;
    throw new ZipError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * At most the first `max` inflated bytes of an entry, best effort (empty when nothing can be read): growing
 * prefixes of the compressed data are inflated until the output passes `max`, so a bomb costs about
 * `max` bytes of work, not its full size.
 */
function inflateHead(source: ByteSource, name: string, info: EntryInfo, max: number): Buffer {
  const start = entryStart(source, name, info);
  if (info.method === 0) return Buffer.from(source.read(start, Math.min(max, info.compressedSize)));
  const inflate = (size: number): Buffer | undefined => {
    try {
      const prefix = source.read(start, Math.min(size, info.compressedSize));
      return inflateRawSync(prefix, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: max });
    } catch {
      return undefined;
    }
  };
  let head: Buffer = Buffer.alloc(0);
  let fits = 0;
  let size = 4096;
  for (; ; size *= 4) {
    const out = inflate(size);
    if (!out) break;
    [head, fits] = [out, size];
    if (size >= info.compressedSize || size > max) return head;
  }
  // The last prefix inflated past `max` (or was damaged): bisect between it and the last that fitted,
  // while the head is still short (a bomb packs `max` bytes into a few dozen).
  for (let tooMany = size; tooMany - fits > 1 && head.length < max / 2;) {
    const middle = (fits + tooMany) >>> 1;
    const out = inflate(middle);
    if (out) [head, fits] = [out, middle];
    else tooMany = middle;
  }
  return head;
}

/** Opens an archive; throws ZipError when the bytes are not a ZIP this reader accepts. */
export function openZip(input: Uint8Array | ByteSource, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const buf: ByteSource =
    input instanceof Uint8Array
      ? bufferSource(Buffer.from(input.buffer, input.byteOffset, input.byteLength))
      : input;
  if (buf.length < END_RECORD_SIZE) throw new ZipError('too short to be a ZIP file');
  const entries = readCentralDirectory(buf, limits);
  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const info = entries.get(name);
      if (!info) return undefined;
      const bytes = inflateEntry(buf, name, info, limits.maxEntryBytes);
      if (bytes === TOO_LARGE) exceeded(limits, 'maxEntryBytes', { part: name });
      return bytes;
    },
    readAtMost(name, cap) {
      const info = entries.get(name);
      return info ? inflateEntry(buf, name, info, Math.min(cap, limits.maxEntryBytes)) : undefined;
    },
    head(name, max) {
      const info = entries.get(name);
      return info ? inflateHead(buf, name, info, max) : Buffer.alloc(0);
    },
    declaredSize: (name) => entries.get(name)?.uncompressedSize,
  };
}
