/** Lints DOCX files by path: a missing or oversized file is a finding like any other, never an exception. */
import { closeSync, fstatSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { L, same, type Finding } from './finding.js';
import { limitExceeded, lintDocx, unreadable } from './lint.js';
import { DEFAULT_LIMITS, LimitError, limitDetail } from './limits.js';
import { ELEMENT } from './words.js';
import { fileSource } from './zip.js';

/** No administrative document comes near this; a bigger file is refused before it is read. */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxFileBytes;

export function notFound(path: string): Finding {
  return {
    rule: 'LINT_FILE_NOT_FOUND',
    clause: '',
    severity: 'error',
    element: ELEMENT.document,
    property: L('đường dẫn', 'path'),
    expected: L('một tệp .docx có thật', 'an existing .docx file'),
    found: same(path),
    where: {},
    message: L(`Không tìm thấy tệp "${path}".`, `File "${path}" not found.`),
  };
}

/** Files to lint: each argument, or the .docx files directly inside an argument that is a folder. */
export function expandDocxInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    try {
      if (statSync(input).isDirectory())
        return readdirSync(input)
          .filter((name) => name.toLowerCase().endsWith('.docx') && !name.startsWith('~$'))
          .sort()
          .map((name) => join(input, name));
    } catch {
      // A missing path is reported by lintFile.
    }
    return [input];
  });
}

/**
 * Lints one file, read at offsets rather than whole: of a 100 MB DOCX only the directory, the XML parts
 * and the images the rules look at are ever in memory.
 */
export function lintFile(path: string): Finding[] {
  try {
    if (!statSync(path).isFile()) return [unreadable(L('không phải là tệp', 'not a file'))];
  } catch {
    return [notFound(path)];
  }
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return [unreadable(error instanceof Error ? error.message : String(error))];
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      const detail = limitDetail('maxFileBytes', MAX_FILE_BYTES, { measured: size });
      return [limitExceeded(new LimitError('maxFileBytes', detail))];
    }
    return lintDocx(fileSource(fd, size));
  } catch (error) {
    // A read failing half-way (the file shrank, an I/O error) is the file's problem, not a crash.
    return [unreadable(error instanceof Error ? error.message : String(error))];
  } finally {
    closeSync(fd);
  }
}
