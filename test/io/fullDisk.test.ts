/**
 * A real nearly full disk: a small tmpfs (needs root, as in CI; skipped elsewhere) where the first
 * write of a DOCX succeeds partially and the next fails. `render --force` must keep the valid DOCX that
 * is there, a new output must leave no file at all, `new` must leave no YAML, and each says the disk is
 * full. Before the fix the old DOCX was replaced by a truncated one and vanban printed "Đã ghi".
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';
import { EXAMPLE } from '../support/workspace.js';

function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'vanban-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountable = canMount();
let disk = '';
let filler = '';

/** Fills the tmpfs, then gives back `free` bytes: the state a clerk's full disk is in. */
function leaveFree(free: number): void {
  const fd = openSync(filler, 'a');
  try {
    const block = Buffer.alloc(16_384, 1);
    for (;;) {
      try {
        if (writeSync(fd, block) < block.length) break;
      } catch {
        break;
      }
    }
    const size = statSync(filler).size;
    ftruncateSync(fd, Math.max(0, size - free));
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!mountable)('on a nearly full disk (tmpfs)', () => {
  beforeAll(() => {
    disk = mkdtempSync(join(tmpdir(), 'vanban-fulldisk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]);
    filler = join(disk, 'filler.bin');
  });
  afterAll(() => {
    if (!disk) return;
    try {
      execFileSync('umount', [disk]);
    } finally {
      rmSync(disk, { recursive: true, force: true });
    }
  });

  it('a new DOCX that does not fit leaves no file, and vanban says the disk is full', async () => {
    leaveFree(8_192);
    const target = join(disk, 'moi.docx');
    const run = await runCli(['render', EXAMPLE, '-o', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('OUTPUT_DISK_FULL');
    expect(run.stdout).not.toContain('Đã ghi');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(disk)).toEqual(['filler.bin']);
    rmSync(filler);
  });

  it('render --force over a different DOCX keeps the old one whole', async () => {
    const target = join(disk, 'cu.docx');
    expect((await runCli(['render', EXAMPLE, '-o', target])).code).toBe(0);
    // Make the old file differ from what will be rendered, as last month's output would.
    const fd = openSync(target, 'r+');
    writeSync(fd, Buffer.from('x'), 0, 1, 100);
    closeSync(fd);
    const before = readFileSync(target);
    leaveFree(8_192);
    const run = await runCli(['render', EXAMPLE, '-o', target, '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('OUTPUT_DISK_FULL');
    expect(run.stderr).toContain('đầy');
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(disk).sort()).toEqual(['cu.docx', 'filler.bin']);
    rmSync(filler);
  });

  it('new leaves no half-written YAML', async () => {
    leaveFree(0);
    const target = join(disk, 'thang-9.yaml');
    const run = await runCli(['new', 'thong-bao-ket-luan', '--from', EXAMPLE, '-o', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('OUTPUT_DISK_FULL');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(disk).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    rmSync(filler);
  });
});
