/**
 * Calling mistakes are caught before any work (exit 2, nothing written), and running the same command
 * twice is harmless: an output that already holds the very bytes is left alone, not refused.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { exampleText, exampleWith, makeWorkspace } from '../support/workspace.js';
import { runCli } from '../support/runCli.js';
import { langAfterCommand } from '../../src/cli/program.js';

const vanban = runCli;

describe('rendering again', () => {
  it('leaves an output with the same bytes as it is, says so, exits 0', async () => {
    const ws = makeWorkspace();
    ws.write('data/tb.yaml', exampleText());
    const out = ws.path('out/tb.docx');
    expect((await vanban(['render', ws.path('data/tb.yaml'), '-o', out])).code).toBe(0);
    const old = new Date('2021-01-01T00:00:00Z');
    utimesSync(out, old, old);
    const again = await vanban(['render', ws.path('data/tb.yaml'), '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`Không đổi ${out} (tệp đã có đúng nội dung này)`);
    expect(statSync(out).mtime.toISOString()).toBe(old.toISOString()); // not rewritten
  });

  it('still refuses when the data changed since, and keeps the old file whole', async () => {
    const ws = makeWorkspace();
    ws.write('data/tb.yaml', exampleText());
    const out = ws.path('out/tb.docx');
    await vanban(['render', ws.path('data/tb.yaml'), '-o', out]);
    const before = readFileSync(out);
    ws.write('data/tb.yaml', exampleWith('Treo cờ', 'Treo cờ Tổ quốc'));
    const r = await vanban(['render', ws.path('data/tb.yaml'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('OUTPUT_EXISTS');
    expect(readFileSync(out).equals(before)).toBe(true);
  });
});

describe('calling mistakes exit 2 and write nothing', () => {
  it('-o with a name that is not .docx, pointing to --pdf for a .pdf', async () => {
    const ws = makeWorkspace();
    ws.write('data/tb.yaml', exampleText());
    const pdf = await vanban(['render', ws.path('data/tb.yaml'), '-o', ws.path('tb.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('phải có đuôi .docx');
    expect(pdf.stderr).toContain('--pdf');
    const bare = await vanban(['render', ws.path('data/tb.yaml'), '-o', ws.path('tb')]);
    expect(bare.code).toBe(2);
    expect(readdirSync(ws.dir).sort()).toEqual(['data']);
    // Upper-case extensions are fine, and check never writes, so -o does not matter there.
    expect((await vanban(['render', ws.path('data/tb.yaml'), '-o', ws.path('TB.DOCX')])).code).toBe(0);
  });

  it('a --templates or --agencies folder that is not there', async () => {
    const ws = makeWorkspace();
    ws.write('data/tb.yaml', exampleText());
    const r = await vanban(['check', ws.path('data/tb.yaml'), '--templates', ws.path('mau-rieng')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `lỗi: không thấy thư mục "${ws.path('mau-rieng')}" (--templates). Kiểm tra lại tên và đường dẫn thư mục.`,
    );
    const en = await vanban(['render', ws.path('data/tb.yaml'), '--agencies', ws.path('x'), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('no folder');
    expect(existsSync(ws.path('out'))).toBe(false);
  });

  it('two inputs that would be written to the same file, before rendering either', async () => {
    const ws = makeWorkspace();
    ws.write('data/tb.yaml', exampleText());
    ws.write('other/tb.yaml', exampleWith('Treo cờ', 'Treo cờ Tổ quốc'));
    const r = await vanban([
      'render',
      ws.path('data/tb.yaml'),
      ws.path('other/tb.yaml'),
      '--out-dir',
      ws.path('out'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cùng ra một tệp ${ws.path('out/tb.docx')}`);
    expect(existsSync(ws.path('out'))).toBe(false);
    // With --force it would have silently replaced the first document by the second: refused as well.
    expect(
      (
        await vanban([
          'render',
          ws.path('data/tb.yaml'),
          ws.path('other/tb.yaml'),
          '--force',
          '--out-dir',
          ws.path('out'),
        ])
      ).code,
    ).toBe(2);
  });

  it('vanban new with an agency code that has no profile', async () => {
    const ws = makeWorkspace();
    ws.write(
      'data/agencies/so-a.yaml',
      readFileSync(ws.path('data/agencies/so-khcn-quang-binh.yaml')).toString(),
    );
    const target = ws.path('data/moi.yaml');
    const r = await vanban(['new', 'thong-bao', '--agency', 'so-khcnn', '-o', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có hồ sơ cơ quan "so-khcnn"');
    expect(r.stderr).toContain('so-khcn-quang-binh');
    expect(existsSync(target)).toBe(false);
  });
});

describe('--lang before the command', () => {
  it('is read as if written after it', async () => {
    const ws = makeWorkspace();
    ws.write('data/tb.yaml', exampleWith('issue_date: 2020-08-31', 'issue_date: 2020-02-30'));
    const r = await vanban(['--lang', 'en', 'check', ws.path('data/tb.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error DATE_INVALID');
    const eq = await vanban(['--lang=en', 'check', ws.path('data/tb.yaml')]);
    expect(eq.stderr).toContain('error DATE_INVALID');
  });

  it('leaves every other command line as it is', () => {
    for (const argv of [
      ['check', 'a.yaml', '--lang', 'en'],
      ['--help'],
      ['render', '--lang', 'en', 'a.yaml'],
      [],
    ])
      expect(langAfterCommand(argv)).toEqual(argv);
    expect(langAfterCommand(['--lang', 'en', 'render', 'a.yaml', '-o', 'x.docx'])).toEqual([
      'render',
      '--lang',
      'en',
      'a.yaml',
      '-o',
      'x.docx',
    ]);
  });
});
