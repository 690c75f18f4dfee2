/**
 * `vanban lint` on hostile DOCX files (issue #14): each breaks one bound of src/lint/limits.ts, or fills
 * the bounds without breaking one, and must end fast with a clear, located LINT_LIMIT_EXCEEDED (or an
 * ordinary report), never a heap abort. The biggest cases also run in a child process with a 300 MB
 * heap, where the peak resident memory is measured. Control characters in the document or the file name
 * never reach the terminal raw.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest';
import { main } from '../../src/cli/program.js';
import { lintDocx } from '../../src/lint/lint.js';
import { DEFAULT_LIMITS } from '../../src/lint/limits.js';
import { body, docx, HOSTILE_CASES, hundredMegabyteDocx } from '../lint/support/hostileDocx.js';

const REPO = join(import.meta.dirname, '..', '..');
const BIN = join(REPO, 'bin', 'vanban.js');
/** Generous for a loaded CI machine; unloaded, every case takes well under two seconds. */
const CASE_MS = 20_000;
const MAX_RSS_KB = 300 * 1024;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-lint-hostile-'));
  // Prints the peak resident memory of the process it is preloaded into, in KB, when it exits. Linux's
  // VmHWM belongs to the process's own memory; getrusage's maxRSS would carry over the peak of the
  // (large) test worker it was forked from.
  writeFileSync(
    join(dir, 'peak.cjs'),
    `process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    kb = Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {}
  process.stderr.write('PEAK_RSS_KB ' + kb + '\\n');
});
`,
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

group('hostile DOCX: every bound gives a located LINT_LIMIT_EXCEEDED, fast', () => {
  for (const hostile of HOSTILE_CASES) {
    it(hostile.name, () => {
      const bytes = hostile.bytes();
      const started = performance.now();
      const findings = lintDocx(bytes);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(CASE_MS);
      if (hostile.cause) {
        expect(findings.map((f) => f.rule)).toEqual(['LINT_LIMIT_EXCEEDED']);
        const [finding] = findings;
        expect(finding!.message!.en).toMatch(hostile.cause);
        expect(finding!.message!.vi).toMatch(/^Tệp quá lớn hoặc quá phức tạp để kiểm tra: .+\.$/);
      } else {
        // Within the bounds: an ordinary report, every rule having run.
        expect(findings.filter((f) => f.rule.startsWith('LINT_')).map((f) => f.found.en)).toEqual([]);
        expect(findings.length).toBeGreaterThan(0);
      }
    });
  }
});

interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  peakKb: number;
  ms: number;
}

function lintInChild(file: string, ...args: string[]): ChildRun {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=300', '--require', join(dir, 'peak.cjs'), BIN, 'lint', file, ...args],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const peak = /PEAK_RSS_KB (\d+)/.exec(r.stderr);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    peakKb: peak ? Number(peak[1]) : Number.NaN,
    ms: performance.now() - started,
  };
}

group('hostile DOCX in a child process with a 300 MB heap: a clean message, memory measured', () => {
  it('11 million <w:p/> (108 KB on disk) ends with "có hơn 200.000 phần tử", not a heap abort', () => {
    const file = join(dir, 'eleven-million.docx');
    writeFileSync(file, HOSTILE_CASES[0]!.bytes());
    const vi = lintInChild(file);
    expect(vi.status).toBe(1);
    expect(vi.stdout).toContain(
      'lỗi LINT_LIMIT_EXCEEDED: Tệp quá lớn hoặc quá phức tạp để kiểm tra: word/document.xml có hơn 200.000 phần tử XML.',
    );
    expect(vi.stderr).not.toMatch(/heap|FATAL|\n\s+at /);
    expect(vi.peakKb).toBeLessThan(MAX_RSS_KB);
    const en = lintInChild(file, '--lang', 'en', '--json');
    expect(en.status).toBe(1);
    const json = JSON.parse(en.stdout) as { files: Array<{ findings: Array<Record<string, unknown>> }> };
    const finding = json.files[0]!.findings[0]!;
    expect(finding.rule).toBe('LINT_LIMIT_EXCEEDED');
    expect(finding.found).toBe('word/document.xml has more than 200,000 XML elements');
    expect(finding.where).toEqual({ part: 'word/document.xml' });
  });

  it('a 100 MB DOCX filling every bound at once lints in full under 300 MB of memory', () => {
    const file = join(dir, 'hundred-megabytes.docx');
    const bytes = hundredMegabyteDocx();
    expect(bytes.length).toBeGreaterThan(90 * 1024 * 1024);
    expect(bytes.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxFileBytes);
    writeFileSync(file, bytes);
    const r = lintInChild(file, '--lang', 'en');
    expect(r.stderr).not.toMatch(/heap|FATAL|\n\s+at /);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('error PG-05');
    expect(r.stdout).not.toContain('LINT_');
    expect(r.peakKb).toBeLessThan(MAX_RSS_KB);
  }, 180_000);

  it('a file over 100 MB is refused before it is read', () => {
    const file = join(dir, 'too-big.docx');
    writeFileSync(file, Buffer.alloc(DEFAULT_LIMITS.maxFileBytes + 1));
    const r = lintInChild(file, '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('the file is 104,857,601 bytes, over the limit of 100 MB');
    expect(r.peakKb).toBeLessThan(MAX_RSS_KB);
  });
});

/** Text that rewrites the terminal's title, clears the screen, and reverses what follows. */
const HOSTILE_TEXT = 'Sở Khoa học Và Công nghệ \u001b]0;pwned\u0007\u001b[2J \u202eabc \u009b31m';

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { code, out: out.join('\n') };
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

group('control characters from the document never reach the terminal raw', () => {
  it('text output shows them escaped, in the quoted text and in the file name', async () => {
    const file = join(dir, 'a\u001b[2Jb\u202e.docx');
    writeFileSync(file, docx(body(`${QUOC_HIEU}<w:p><w:r><w:t>${HOSTILE_TEXT}</w:t></w:r></w:p>`)));
    for (const lang of ['vi', 'en']) {
      const r = await run('lint', file, '--lang', lang);
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(RAW_CONTROL);
      expect(r.out).toContain('\\x1b]0;pwned\\x07\\x1b[2J');
      expect(r.out).toContain('\\u202eabc \\x9b31m');
      expect(r.out).toContain('a\\x1b[2Jb\\u202e.docx');
    }
  });

  it('--json stays JSON: the strings come back raw when parsed, and nothing is raw on the terminal', async () => {
    const file = join(dir, 'json.docx');
    writeFileSync(file, docx(body(`${QUOC_HIEU}<w:p><w:r><w:t>${HOSTILE_TEXT}</w:t></w:r></w:p>`)));
    const r = await run('lint', file, '--json');
    expect(r.out).not.toMatch(RAW_CONTROL);
    const json = JSON.parse(r.out) as {
      files: Array<{ findings: Array<{ where: { text?: string } }> }>;
    };
    const found = json.files[0]!.findings.map((f) => f.where.text ?? '').join('\n');
    expect(found).toContain('\u001b]0;pwned\u0007');
    expect(found).toContain('\u202eabc \u009b31m');
  });
});
/** With a Quốc hiệu the file is an administrative document, so its paragraphs are checked and quoted. */
const QUOC_HIEU = '<w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>';
