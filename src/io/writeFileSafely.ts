/**
 * Writes output so nothing is ever lost: into a temporary file beside the target, every byte written
 * (writeSync may write fewer bytes than asked without throwing, e.g. on a nearly full tmpfs), flushed
 * to disk, then moved into place in one step and the folder entry flushed too. An existing file is
 * either kept whole or replaced whole, and it is replaced only when the user asked (--force); without it
 * the final link fails atomically if the file exists. On any failure the temporary file is removed.
 * A file that already holds exactly the bytes to write is left alone: that is not an overwrite, and since
 * the same input always renders the same bytes, running a command twice is harmless.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';

/**
 * The file-system calls a write goes through. Tests pass a faulty one (short writes, ENOSPC at any
 * stage) to prove that no failure can leave a half-written target or a stray temporary file.
 */
export interface WriteFileSystem {
  mkdirSync(path: string, options: { recursive: true }): unknown;
  openSync(path: string, flags: string): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fstatSync(fd: number): { size: number };
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  linkSync(existing: string, target: string): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

export interface WriteOptions {
  force?: boolean;
  /** For fault-injection tests; the real file system by default. */
  fs?: WriteFileSystem;
}

const NODE_FS: WriteFileSystem = nodeFs;

/** Error codes that mean "no room": the clerk must free space, nothing else will help. */
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EACCES: 'không có quyền ghi',
    EPERM: 'không có quyền ghi',
    EROFS: 'ổ đĩa chỉ đọc',
    ENOTDIR: 'đường dẫn đi qua một tệp, không phải thư mục',
    EISDIR: 'đích là một thư mục',
    EEXIST: 'một tệp cùng tên chắn chỗ thư mục cần tạo',
    EIO: 'lỗi đọc ghi của ổ đĩa',
  };
  return (code && known[code]) ?? (error as Error).message;
}

/** Whether `path` is a file holding exactly `bytes` (writing them again would change nothing). */
export function holdsSameBytes(path: string, bytes: Uint8Array): boolean {
  try {
    const stat = nodeFs.statSync(path);
    return stat.isFile() && stat.size === bytes.length && nodeFs.readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Thrown inside the write when the file system accepted fewer bytes than it was given, without an error. */
class IncompleteWrite extends Error {
  readonly code = 'ENOSPC';
}

/** Writes all of `bytes`, looping over partial writes; a write that makes no progress means no room. */
function writeAll(fs: WriteFileSystem, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw new IncompleteWrite(`wrote ${offset} of ${bytes.length} bytes`);
    offset += written;
  }
  // Belt and braces: the size on disk must be what we meant before this file may replace another.
  const size = fs.fstatSync(fd).size;
  if (size !== bytes.length) throw new IncompleteWrite(`file holds ${size} of ${bytes.length} bytes`);
}

/**
 * Flushes a folder's entries, so that after a crash the renamed or linked file is really there.
 * Some systems (Windows) cannot open a folder for this; there the rename's own guarantees must do.
 */
function syncFolder(fs: WriteFileSystem, dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(fs: WriteFileSystem, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}

export function writeFileSafely(
  path: string,
  bytes: Uint8Array,
  options: WriteOptions = {},
): Diagnostic | undefined {
  const fs = options.fs ?? NODE_FS;
  if (!options.force && nodeFs.existsSync(path))
    return holdsSameBytes(path, bytes) ? undefined : diagnostic('OUTPUT_EXISTS', { path });
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(temp, 'wx');
    try {
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.force) {
      fs.renameSync(temp, path);
    } else {
      try {
        fs.linkSync(temp, path);
      } catch (error) {
        // Someone created the file since we looked: still never overwrite it.
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          removeQuietly(fs, temp);
          return diagnostic('OUTPUT_EXISTS', { path });
        }
        throw error;
      }
      // The target is complete; a leftover second name for it would only be clutter.
      removeQuietly(fs, temp);
    }
    syncFolder(fs, dir);
    return undefined;
  } catch (error) {
    // Also when open itself failed: a file system may create the entry and then run out of room.
    removeQuietly(fs, temp);
    const code = (error as NodeJS.ErrnoException).code;
    if (code && NO_SPACE.has(code)) return diagnostic('OUTPUT_DISK_FULL', { path });
    return diagnostic('OUTPUT_NOT_WRITABLE', { path, detail: errorText(error) });
  }
}
