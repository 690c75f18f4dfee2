/** Reads an input file as text, refusing what a clerk could not have meant: huge, binary or non-UTF-8. */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { detectUtf16, findTcvn3Mojibake, guessLegacyEncoding } from './encoding.js';
import { lineCounterFor } from './lineCounter.js';
import { locateOffset } from './yamlSource.js';

/** No administrative document needs more; the limit keeps memory and time bounded. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export function readSourceFile(path: string): { text?: string; diagnostics: Diagnostic[] } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { diagnostics: [diagnostic('FILE_NOT_FOUND', { path })] };
    size = stat.size;
  } catch {
    return { diagnostics: [diagnostic('FILE_NOT_FOUND', { path })] };
  }
  if (size > MAX_SOURCE_BYTES)
    return {
      diagnostics: [
        diagnostic('FILE_TOO_LARGE', { size, limit: MAX_SOURCE_BYTES }, { file: path, line: 1, column: 1 }),
      ],
    };
  const bytes = readFileSync(path);
  // Before UTF-8: ASCII-only UTF-16 without a byte-order mark is valid UTF-8 full of NUL characters.
  const utf16 = detectUtf16(bytes);
  if (utf16)
    return {
      diagnostics: [diagnostic('FILE_UTF16', { encoding: utf16 }, { file: path, line: 1, column: 1 })],
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
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
