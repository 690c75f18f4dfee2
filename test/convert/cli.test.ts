/**
 * `vanban render --pdf` and `vanban preview` as a clerk runs them: real LibreOffice and pdftoppm when
 * installed (skipped with a note otherwise, failing in CI), and the missing-LibreOffice path always, through
 * VANBAN_SOFFICE pointing nowhere or at a stand-in that fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { layoutTestsCanRun } from '../support/pdfLayout.js';
import { exampleText, makeWorkspace, REPO } from '../support/workspace.js';
import { runCli } from '../support/runCli.js';

const BIN = join(REPO, 'bin', 'vanban.js');
const canRun = layoutTestsCanRun('vanban render --pdf / vanban preview');
const posix = process.platform !== 'win32';

function vanban(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const inProcess = runCli;

function pageCount(pdf: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  return Number(match?.[1] ?? 0);
}

/** Every file under a folder, relative, so a test can say "nothing else was written". */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

const INSTALL_HINT = 'Không tìm thấy LibreOffice. Cài đặt: sudo apt-get install -y libreoffice-writer';

describe.skipIf(!canRun)('with LibreOffice and poppler installed', () => {
  it('render --pdf writes a real PDF beside the DOCX and says so', async () => {
    const ws = makeWorkspace();
    const input = ws.write('data/thong-bao.yaml', exampleText());
    const r = await inProcess(['render', input, '--out-dir', ws.path('out'), '--pdf']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const docx = ws.path('out/thong-bao.docx');
    const pdf = ws.path('out/thong-bao.pdf');
    expect(r.stdout.split('\n')).toEqual([`Đã ghi ${docx}`, `Đã ghi ${pdf}`]);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(filesUnder(ws.path('out'))).toEqual(['thong-bao.docx', 'thong-bao.pdf']);
  });

  it('preview writes one PNG per page of a YAML document, prints their paths, writes no DOCX', async () => {
    const ws = makeWorkspace();
    const input = ws.write('data/thong-bao.yaml', exampleText());
    // The page count to expect, from the PDF render --pdf makes of the same document.
    expect((await inProcess(['render', input, '--out-dir', ws.path('ref'), '--pdf'])).code).toBe(0);
    const pages = pageCount(ws.path('ref/thong-bao.pdf'));

    const r = await inProcess(['preview', input, '-o', ws.path('anh'), '--dpi', '30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = Array.from({ length: pages }, (_, i) => `thong-bao-${i + 1}.png`);
    expect(filesUnder(ws.path('anh'))).toEqual(expected.sort());
    expect(r.stdout.split('\n')).toEqual(expected.map((name) => ws.path(join('anh', name))));
    for (const name of expected) {
      expect(
        readFileSync(ws.path(join('anh', name)))
          .subarray(1, 4)
          .toString('latin1'),
      ).toBe('PNG');
    }

    // The same images from the DOCX itself; an earlier preview is kept unless --force.
    const again = await inProcess(['preview', ws.path('ref/thong-bao.docx'), '-o', ws.path('anh')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('OUTPUT_EXISTS');
    const forced = await inProcess(['preview', ws.path('ref/thong-bao.docx'), '-o', ws.path('anh'), '-f']);
    expect(forced.code).toBe(0);
    expect(forced.stdout.split('\n')).toHaveLength(pages);
  });

  it('render --pdf never replaces an existing PDF without --force, and writes nothing then', async () => {
    const ws = makeWorkspace();
    const input = ws.write('data/tb.yaml', exampleText());
    const old = ws.write('out/tb.pdf', 'bản PDF cũ');
    const r = vanban(['render', input, '--out-dir', ws.path('out'), '--pdf'], ws.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`lỗi OUTPUT_EXISTS: Tệp "${old}" đã có`);
    expect(readFileSync(old, 'utf8')).toBe('bản PDF cũ');
    expect(filesUnder(ws.path('out'))).toEqual(['tb.pdf']);
    const forced = vanban(['render', input, '--out-dir', ws.path('out'), '--pdf', '--force'], ws.dir);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(readFileSync(old).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('render, then render --pdf, adds the PDF beside the unchanged DOCX (as the README shows)', async () => {
    const ws = makeWorkspace();
    const input = ws.write('data/tb.yaml', exampleText());
    expect((await inProcess(['render', input, '--out-dir', ws.path('out')])).code).toBe(0);
    const docx = readFileSync(ws.path('out/tb.docx'));
    const r = await inProcess(['render', input, '--out-dir', ws.path('out'), '--pdf']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      `Không đổi ${ws.path('out/tb.docx')} (tệp đã có đúng nội dung này)`,
      `Đã ghi ${ws.path('out/tb.pdf')}`,
    ]);
    expect(readFileSync(ws.path('out/tb.docx')).equals(docx)).toBe(true);
    expect(pageCount(ws.path('out/tb.pdf'))).toBe(3);
  });

  it('preview of a folder of several documents makes the pages of each', async () => {
    const ws = makeWorkspace();
    ws.write('data/lo/a.yaml', exampleText());
    ws.write('data/lo/b.yaml', exampleText());
    const r = await inProcess(['preview', ws.path('data/lo'), '-o', ws.path('anh'), '--dpi', '20']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toEqual([
      `[1/2] ${ws.path('data/lo/a.yaml')}`,
      `[2/2] ${ws.path('data/lo/b.yaml')}`,
    ]);
    expect(filesUnder(ws.path('anh'))).toEqual([
      'a-1.png',
      'a-2.png',
      'a-3.png',
      'b-1.png',
      'b-2.png',
      'b-3.png',
    ]);
  });
});

describe('when LibreOffice is missing (VANBAN_SOFFICE=/nonexistent)', () => {
  const missing = { VANBAN_SOFFICE: '/nonexistent' };

  it('render --pdf says how to install it, in Vietnamese, exits 1, and writes neither file', () => {
    const ws = makeWorkspace();
    ws.write('data/doc.yaml', exampleText());
    const r = vanban(['render', 'data/doc.yaml', '--pdf'], ws.dir, missing);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`data/doc.yaml: lỗi LIBREOFFICE_MISSING: ${INSTALL_HINT}`);
    expect(r.stderr).toContain('bỏ --pdf để chỉ tạo tệp DOCX');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(ws.path('out'))).toBe(false);
  });

  it('speaks English with --lang en', () => {
    const ws = makeWorkspace();
    ws.write('data/doc.yaml', exampleText());
    const r = vanban(['render', 'data/doc.yaml', '--pdf', '--lang', 'en'], ws.dir, missing);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/doc.yaml: error LIBREOFFICE_MISSING: LibreOffice was not found');
    expect(r.stderr).toContain('apt-get install -y libreoffice-writer');
  });

  it('preview says the same, exits 1, and writes no image', () => {
    const ws = makeWorkspace();
    ws.write('data/doc.yaml', exampleText());
    const r = vanban(['preview', 'data/doc.yaml', '-o', 'anh'], ws.dir, missing);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`data/doc.yaml: lỗi LIBREOFFICE_MISSING: ${INSTALL_HINT}`);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(ws.path('anh'))).toBe(false);
    expect(existsSync(ws.path('out'))).toBe(false);
  });

  it('a plain render does not need LibreOffice', () => {
    const ws = makeWorkspace();
    ws.write('data/doc.yaml', exampleText());
    const r = vanban(['render', 'data/doc.yaml'], ws.dir, missing);
    expect(r.code).toBe(0);
    expect(filesUnder(ws.path('out'))).toEqual(['doc.docx']);
  });
});

describe('inputs and failures that never reach a PDF', () => {
  it.skipIf(!posix)('a LibreOffice that fails leaves no DOCX or PDF behind', async () => {
    const ws = makeWorkspace();
    const fake = ws.write(
      'fake-soffice',
      '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 0\n',
    );
    chmodSync(fake, 0o755);
    ws.write('data/doc.yaml', exampleText());
    const r = vanban(['render', 'data/doc.yaml', '--pdf'], ws.dir, { VANBAN_SOFFICE: fake });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'lỗi CONVERSION_FAILED: LibreOffice không chuyển được tệp out/doc.docx sang PDF',
    );
    expect(r.stderr).not.toContain('vanban-out-');
    expect(existsSync(ws.path('out'))).toBe(false);
  });

  it('preview refuses a .docx that is not a Word file before starting LibreOffice', async () => {
    const ws = makeWorkspace();
    const text = ws.write('ghi-chu.docx', 'chỉ là văn bản thường, không phải DOCX');
    const r = await inProcess(['preview', text, '-o', ws.path('anh')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${text}: lỗi NOT_DOCX: Tệp ${text} không phải tệp Word (DOCX) hợp lệ`);
    // A zip file that holds no Word document is refused too.
    const zip = ws.write('khac.docx', new PizZip().file('ghi-chu.txt', 'x').generate({ type: 'nodebuffer' }));
    expect((await inProcess(['preview', zip, '-o', ws.path('anh')])).stderr).toContain(
      'tệp nén không có [Content_Types].xml, word/document.xml',
    );
    expect(existsSync(ws.path('anh'))).toBe(false);
  });

  it('preview reports YAML errors like render, and a missing file', async () => {
    const ws = makeWorkspace();
    const bad = ws.write(
      'data/doc.yaml',
      exampleText().replace('issue_date: 2020-08-31', 'issue_date: 2020-02-31'),
    );
    const r = await inProcess(['preview', bad, '-o', ws.path('anh')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lỗi DATE_INVALID');
    const none = await inProcess(['preview', ws.path('khong-co.docx')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('FILE_NOT_FOUND');
    expect(existsSync(ws.path('anh'))).toBe(false);
  });

  it('preview checks --dpi, and has Vietnamese help', async () => {
    const bad = await inProcess(['preview', 'x.yaml', '--dpi', 'nhiều']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('lỗi: --dpi cần một số nguyên');
    const help = await inProcess(['preview', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng: vanban preview [tuỳ chọn] <tệp>');
    expect(help.stdout).toContain('ảnh PNG');
    expect((await inProcess(['render', '--help'])).stdout).toContain('--pdf');
  });
});
