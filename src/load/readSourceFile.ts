/**
 * Reads an input file as text, refusing what a clerk could not have meant: not a regular file, huge,
 * binary or non-UTF-8. The file's type and size are checked before any byte is read, and never more
 * than the limit (plus one byte) is read, so a FIFO, a device or a 500 MB file costs nothing.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { detectUtf16, findTcvn3Mojibake, guessLegacyEncoding, looksBinary, sniffBinary } from './encoding.js';
import { lineCounterFor } from './lineCounter.js';
import { MAX_SOURCE_BYTES } from './limits.js';
import { locateOffset } from './yamlSource.js';

export { MAX_SOURCE_BYTES } from './limits.js';

/** What a path is, in the clerk's words, when it is not a regular file. */
export function fileTypeOf(stat: Stats): { vi: string; en: string } | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return { vi: 'một thư mục', en: 'a folder' };
  if (stat.isFIFO()) return { vi: 'một đường ống (FIFO)', en: 'a pipe (FIFO)' };
  if (stat.isSocket()) return { vi: 'một socket', en: 'a socket' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { vi: 'một thiết bị', en: 'a device' };
  return { vi: 'một loại tệp đặc biệt', en: 'a special file' };
}

export type ReadBytes =
  { bytes: Buffer; diagnostics: [] } | { bytes?: undefined; diagnostics: Diagnostic[]; missing?: boolean };

/**
 * At most `limit` bytes of a regular file. stat() first (following links), so that nothing but a
 * regular file is ever opened; the open is non-blocking and fstat() checks the opened file again, so a
 * file swapped for a FIFO in between cannot block either.
 */
export function readRegularFile(path: string, limit = MAX_SOURCE_BYTES): ReadBytes {
  const at = { file: path, line: 1, column: 1 };
  const notRegular = (stat: Stats) => {
    const type = fileTypeOf(stat)!;
    return { diagnostics: [diagnostic('FILE_NOT_REGULAR', { typeVi: type.vi, typeEn: type.en }, at)] };
  };
  const tooLarge = (size: number) => ({
    diagnostics: [diagnostic('FILE_TOO_LARGE', { size, limit }, at)],
  });
  /** A missing file is "not found"; anything else (EACCES, EIO, ELOOP) says what it is. */
  const failed = (error: unknown): ReadBytes => {
    const code = (error as NodeJS.ErrnoException).code ?? 'lỗi không rõ';
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { diagnostics: [diagnostic('FILE_NOT_FOUND', { path })], missing: true }
      : { diagnostics: [diagnostic('FILE_NOT_READABLE', { path, reason: code }, at)] };
  };
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return failed(error);
  }
  if (!stat.isFile()) return notRegular(stat);
  if (stat.size > limit) return tooLarge(stat.size);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return failed(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return notRegular(opened);
    if (opened.size > limit) return tooLarge(opened.size);
    // One byte more than the limit tells a file that grew since fstat from one that fits.
    const buffer = Buffer.alloc(Math.min(opened.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) return tooLarge(Math.max(opened.size, length));
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) return tooLarge(Math.max(opened.size, length));
    }
    return { bytes: buffer.subarray(0, length), diagnostics: [] };
  } catch (error) {
    return failed(error);
  } finally {
    closeSync(fd);
  }
}

export function readSourceFile(path: string): { text?: string; diagnostics: Diagnostic[] } {
  const read = readRegularFile(path);
  if (!read.bytes) return { diagnostics: read.diagnostics };
  return decodeSource(path, read.bytes);
}

/** The bytes of a YAML file as text, or the diagnostic that says why they are not text. */
export function decodeSource(path: string, bytes: Buffer): { text?: string; diagnostics: Diagnostic[] } {
  const at = { file: path, line: 1, column: 1 };
  // A Word file, a PDF or a picture given by mistake is named for what it is (before UTF-16: a
  // binary file has NUL bytes too).
  const binary = sniffBinary(bytes);
  if (binary)
    return { diagnostics: [diagnostic('FILE_BINARY', { typeVi: binary.vi, typeEn: binary.en }, at)] };
  // Before UTF-8: ASCII-only UTF-16 without a byte-order mark is valid UTF-8 full of NUL characters.
  const utf16 = detectUtf16(bytes);
  if (utf16) return { diagnostics: [diagnostic('FILE_UTF16', { encoding: utf16 }, at)] };
  const binaryFile = () => ({
    diagnostics: [diagnostic('FILE_BINARY', { typeVi: 'một tệp nhị phân', typeEn: 'a binary file' }, at)],
  });
  // NUL is valid UTF-8 but never text.
  if (bytes.includes(0)) return binaryFile();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (looksBinary(bytes)) return binaryFile();
    const encoding = guessLegacyEncoding(bytes);
    const firstBad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, firstBad).toString('latin1').split('\n').length;
    return { diagnostics: [diagnostic('FILE_NOT_UTF8', { encoding }, { file: path, line, column: 1 })] };
  }
  const mojibake = findTcvn3Mojibake(text);
  if (mojibake >= 0) {
    const location = locateOffset({ file: path, text, lineCounter: lineCounterFor(text) }, mojibake, 3);
    return { diagnostics: [diagnostic('FILE_NOT_UTF8', { encoding: 'TCVN3 (ABC)' }, location)] };
  }
  return { text, diagnostics: [] };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix; files are at most 1 MiB.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
