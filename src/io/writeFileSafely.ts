/**
 * Writes output so nothing is ever lost: into a temporary file beside the target, flushed, then moved
 * into place in one step. An existing file is either kept whole or replaced whole, and it is replaced
 * only when the user asked (--force); without it the final link fails atomically if the file exists.
 * A file that already holds exactly the bytes to write is left alone: that is not an overwrite, and since
 * the same input always renders the same bytes, running a command twice is harmless.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
  existsSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';

export interface WriteOptions {
  force?: boolean;
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EACCES: 'không có quyền ghi',
    EPERM: 'không có quyền ghi',
    ENOSPC: 'đĩa đã đầy',
    EROFS: 'ổ đĩa chỉ đọc',
    ENOTDIR: 'đường dẫn đi qua một tệp, không phải thư mục',
    EISDIR: 'đích là một thư mục',
    EEXIST: 'một tệp cùng tên chắn chỗ thư mục cần tạo',
  };
  return (code && known[code]) ?? (error as Error).message;
}

/** Whether `path` is a file holding exactly `bytes` (writing them again would change nothing). */
export function holdsSameBytes(path: string, bytes: Uint8Array): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && stat.size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

export function writeFileSafely(
  path: string,
  bytes: Uint8Array,
  options: WriteOptions = {},
): Diagnostic | undefined {
  if (!options.force && existsSync(path))
    return holdsSameBytes(path, bytes) ? undefined : diagnostic('OUTPUT_EXISTS', { path });
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) {
      renameSync(temp, path);
      return undefined;
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      // Someone created the file since we looked: still never overwrite it.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        unlinkSync(temp);
        return diagnostic('OUTPUT_EXISTS', { path });
      }
      throw error;
    }
    unlinkSync(temp);
    return undefined;
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created or is already gone.
    }
    return diagnostic('OUTPUT_NOT_WRITABLE', { path, detail: errorText(error) });
  }
}
