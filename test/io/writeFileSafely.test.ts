/**
 * Nothing is lost on a failing disk: fault injection at every stage of a write (short writes that
 * return fewer bytes without an error, ENOSPC/EDQUOT at open, write, fsync, close, link, rename and the
 * folder flush). After every failure the existing target still holds its old bytes, no temporary file
 * is left, and the diagnostic says the disk is full.
 */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSafely, type WriteFileSystem } from '../../src/io/writeFileSafely.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-write-'));
  dirs.push(dir);
  return dir;
}

const OLD = Buffer.from('PK old, valid document bytes');
const NEW = Buffer.alloc(300_000, 7);

function errno(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected`);
  error.code = code;
  return error;
}

type Stage = 'mkdir' | 'open' | 'write' | 'fstat' | 'fsync' | 'close' | 'link' | 'rename' | 'folderSync';

/** The real file system, except that one stage fails with `code`, and writes are capped at `chunk` bytes. */
function faulty(options: { failAt?: Stage; code?: string; chunk?: number; zeroWriteAfter?: number }) {
  const { failAt, code = 'ENOSPC', chunk = Infinity } = options;
  let written = 0;
  const fail = (stage: Stage) => {
    if (stage === failAt) throw errno(code);
  };
  const fdIsFolder = new Set<number>();
  const faultyFs: WriteFileSystem = {
    mkdirSync: (path, o) => (fail('mkdir'), fs.mkdirSync(path, o)),
    openSync: (path, flags) => {
      const fd = fs.openSync(path, flags);
      if (flags === 'r') fdIsFolder.add(fd);
      else if (failAt === 'open') {
        // The file was created before the error: as when the inode table fills up mid-open.
        fs.closeSync(fd);
        throw errno(code);
      }
      return fd;
    },
    writeSync: (fd, buffer, offset, length) => {
      if (failAt === 'write' && written > 0) throw errno(code);
      if (options.zeroWriteAfter !== undefined && written >= options.zeroWriteAfter) return 0;
      const n = fs.writeSync(fd, buffer, offset, Math.min(length, chunk));
      written += n;
      return n;
    },
    fstatSync: (fd) => (fail('fstat'), fs.fstatSync(fd)),
    fsyncSync: (fd) => (fail(fdIsFolder.has(fd) ? 'folderSync' : 'fsync'), fs.fsyncSync(fd)),
    closeSync: (fd) => {
      fs.closeSync(fd);
      if (!fdIsFolder.delete(fd)) fail('close');
    },
    linkSync: (a, b) => (fail('link'), fs.linkSync(a, b)),
    renameSync: (a, b) => (fail('rename'), fs.renameSync(a, b)),
    unlinkSync: (path) => fs.unlinkSync(path),
  };
  return faultyFs;
}

describe('writeFileSafely', () => {
  it('loops over short writes until every byte is on disk', () => {
    const dir = folder();
    const target = join(dir, 'a.docx');
    expect(writeFileSafely(target, NEW, { fs: faulty({ chunk: 65_536 }) })).toBeUndefined();
    expect(readFileSync(target).equals(NEW)).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('treats a write that makes no progress as a full disk, keeping the old file', () => {
    const dir = folder();
    const target = join(dir, 'a.docx');
    writeFileSync(target, OLD);
    const problem = writeFileSafely(target, NEW, {
      force: true,
      fs: faulty({ chunk: 65_536, zeroWriteAfter: 65_536 }),
    });
    expect(problem?.code).toBe('OUTPUT_DISK_FULL');
    expect(readFileSync(target).equals(OLD)).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  const beforeReplace: Stage[] = ['mkdir', 'open', 'write', 'fstat', 'fsync', 'close', 'link', 'rename'];
  for (const code of ['ENOSPC', 'EDQUOT']) {
    for (const stage of beforeReplace) {
      for (const force of [true, false]) {
        it(`${code} at ${stage} (${force ? '--force over an old file' : 'new file'}): nothing changes, nothing left`, () => {
          const dir = folder();
          const target = join(dir, 'a.docx');
          if (force) writeFileSync(target, OLD);
          const problem = writeFileSafely(target, NEW, {
            force,
            fs: faulty({ failAt: stage, code, chunk: 65_536 }),
          });
          // link is only used without --force, rename only with it: the other stage is never reached.
          const reached = !(stage === 'link' && force) && !(stage === 'rename' && !force);
          if (!reached) {
            expect(problem).toBeUndefined();
            expect(readFileSync(target).equals(NEW)).toBe(true);
            return;
          }
          expect(problem?.code).toBe('OUTPUT_DISK_FULL');
          expect(readdirSync(dir)).toEqual(force ? ['a.docx'] : []);
          if (force) expect(readFileSync(target).equals(OLD)).toBe(true);
        });
      }
    }
  }

  it('a failure flushing the folder after the move leaves the new file whole, never half', () => {
    const dir = folder();
    const target = join(dir, 'a.docx');
    writeFileSync(target, OLD);
    const problem = writeFileSafely(target, NEW, {
      force: true,
      fs: faulty({ failAt: 'folderSync', code: 'EIO' }),
    });
    expect(problem?.code).toBe('OUTPUT_NOT_WRITABLE');
    expect(readFileSync(target).equals(NEW)).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('names other failures plainly and leaves no temporary file', () => {
    const dir = folder();
    const problem = writeFileSafely(join(dir, 'a.docx'), NEW, {
      fs: faulty({ failAt: 'fsync', code: 'EIO' }),
    });
    expect(problem?.code).toBe('OUTPUT_NOT_WRITABLE');
    expect(problem?.args.detail).toBe('lỗi đọc ghi của ổ đĩa');
    expect(readdirSync(dir)).toEqual([]);
  });
});
