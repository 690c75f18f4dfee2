/**
 * LibreOffice never outlives vanban: stand-in "soffice" scripts that leave children behind, hold the
 * pipes from outside the group, or hang; and a real vanban process interrupted with Ctrl-C (SIGINT) or
 * stopped (SIGTERM) mid-conversion. Afterwards no process of the stand-in runs, and vanban's temporary
 * folders are gone. POSIX only: Windows has no process groups.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConversionError, docxToPdf } from '../../src/convert/libreoffice.js';
import { EXAMPLE, REPO } from '../support/workspace.js';

const posix = process.platform !== 'win32';
let dir = '';
const strays: number[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-groups-'));
});
afterEach(() => {
  // A process that escaped on purpose (setsid) is ours to end, whatever the test's outcome.
  for (const pid of strays.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** Running, and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(stat, 'utf8'));
  } catch {
    return false;
  }
}

function pidsIn(file: string): number[] {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

async function eventually(check: () => boolean, ms = 3_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

/** Writes the PDF where LibreOffice would (--outdir DIR, last argument the source). */
const WRITE_PDF = `
out=""; prev=""
for a in "$@"; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; done
mkdir -p "$out"; printf '%%PDF-1.4 fake' > "$out/doc.pdf"`;

describe.skipIf(!posix)('LibreOffice children', () => {
  it('a child left running after a successful conversion is killed, and vanban returns at once', async () => {
    const pids = join(dir, 'left.pids');
    const soffice = script('soffice-leaves-child', `${WRITE_PDF}\nsleep 300 &\necho $! >> '${pids}'\nexit 0`);
    const started = Date.now();
    await docxToPdf(join(dir, 'a.docx'), join(dir, 'a.pdf'), { soffice, timeoutMs: 20_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toContain('%PDF');
    expect(await eventually(() => pidsIn(pids).every((pid) => !alive(pid)))).toBe(true);
  });

  it('does not wait on pipes held by a grandchild that left the group', async () => {
    const pids = join(dir, 'escaped.pids');
    const soffice = script(
      'soffice-escapes',
      `${WRITE_PDF}\nsetsid sleep 300 &\necho $! >> '${pids}'\nexit 0`,
    );
    const started = Date.now();
    await docxToPdf(join(dir, 'b.docx'), join(dir, 'b.pdf'), { soffice, timeoutMs: 60_000 });
    strays.push(...pidsIn(pids));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a hanging conversion with a grandchild holding the pipes ends at its time-out, group and all', async () => {
    const pids = join(dir, 'hang.pids');
    const soffice = script(
      'soffice-hangs-escaped',
      `setsid sleep 300 &\necho $! >> '${pids}'\nsleep 300 &\necho $! >> '${pids}'\nwait`,
    );
    const started = Date.now();
    const error = await docxToPdf(join(dir, 'c.docx'), join(dir, 'c.pdf'), { soffice, timeoutMs: 700 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const [escaped, inGroup] = pidsIn(pids);
    if (escaped) strays.push(escaped);
    expect(error).toBeInstanceOf(ConversionError);
    expect((error as ConversionError).code).toBe('CONVERSION_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await eventually(() => inGroup !== undefined && !alive(inGroup))).toBe(true);
  });

  it('a finished render --pdf leaves the temporary folder as it found it', async () => {
    const work = join(dir, 'finished');
    const temp = join(work, 'tmp');
    mkdirSync(temp, { recursive: true });
    const soffice = script('soffice-ok', `${WRITE_PDF}\nexit 0`);
    const output = join(work, 'out', 'tb.docx');
    const child = spawn(
      process.execPath,
      [join(REPO, 'bin', 'vanban.js'), 'render', EXAMPLE, '-o', output, '--pdf'],
      {
        env: { ...process.env, VANBAN_SOFFICE: soffice, TMPDIR: temp },
        stdio: 'ignore',
      },
    );
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(existsSync(join(work, 'out', 'tb.pdf'))).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during render --pdf kills LibreOffice's group, removes the temporary folders, writes nothing`, async () => {
      const work = join(dir, `interrupted-${signal}`);
      const temp = join(work, 'tmp');
      mkdirSync(temp, { recursive: true });
      const pids = join(work, 'soffice.pids');
      const started = join(work, 'started');
      const soffice = script(
        `soffice-slow-${signal}`,
        `echo $$ >> '${pids}'\nsleep 300 &\necho $! >> '${pids}'\ntouch '${started}'\nwait`,
      );
      const output = join(work, 'out', 'tb.docx');
      const child = spawn(
        process.execPath,
        [join(REPO, 'bin', 'vanban.js'), 'render', EXAMPLE, '-o', output, '--pdf'],
        {
          env: { ...process.env, VANBAN_SOFFICE: soffice, TMPDIR: temp },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, sig) => resolve({ code, signal: sig })),
      );
      try {
        expect(await eventually(() => existsSync(started), 20_000)).toBe(true);
        expect(readdirSync(temp).length).toBeGreaterThan(0);
        child.kill(signal);
        const end = await Promise.race([
          exited,
          new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5_000)),
        ]);
        expect(end).toBeDefined();
        expect(end?.signal).toBe(signal);
        const [script_, sleeper] = pidsIn(pids);
        expect(
          await eventually(() => [script_, sleeper].every((pid) => pid === undefined || !alive(pid))),
        ).toBe(true);
        expect(readdirSync(temp)).toEqual([]);
        expect(existsSync(join(work, 'out'))).toBe(false);
      } finally {
        child.kill('SIGKILL');
        for (const pid of pidsIn(pids)) strays.push(pid);
      }
    });
  }
});
