/**
 * `vanban import` from the command line, as a clerk runs it: the summary it prints, the files it writes,
 * what it never overwrites, and a located, plain message (exit 1) for a file it cannot read.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/api/library.js';
import { runCli } from '../support/runCli.js';
import { tempFolder } from '../support/tempFolder.js';

const EXAMPLE = join(import.meta.dirname, '../../data/2021-03-thong-bao-tuyen-chon.yaml');

async function exampleDocx(dir: string): Promise<string> {
  const rendered = await render(EXAMPLE, { write: false });
  const path = join(dir, 'thong-bao.docx');
  writeFileSync(path, rendered.docx!);
  return path;
}

describe('vanban import', () => {
  it('writes the YAML and a profile draft, says what to check, and the YAML renders', async () => {
    const dir = tempFolder();
    const docx = await exampleDocx(dir);
    const run = await runCli(['import', docx]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('thành văn bản loại thong-bao');
    expect(run.stdout).toContain('hồ sơ cơ quan: bản nháp mới');
    const yaml = readFileSync(join(dir, 'thong-bao.yaml'), 'utf8');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=.*thong-bao\.schema\.json/u);
    expect(yaml).toContain('kind: thong-bao');
    expect(yaml).toContain('title: Hồ sơ đăng ký tuyển chọn');
    const profile = readFileSync(join(dir, 'agencies', 'skhcn-quang-binh.yaml'), 'utf8');
    expect(profile).toContain('name: Sở Khoa học và Công nghệ');
    expect(profile).toContain('place: Quảng Bình');
    const back = await runCli(['render', join(dir, 'thong-bao.yaml'), '-o', join(dir, 'back.docx')]);
    expect(back.code).toBe(0);
  });

  it('never writes over an existing YAML without --force, and reuses the profile it drafted', async () => {
    const dir = tempFolder();
    const docx = await exampleDocx(dir);
    writeFileSync(join(dir, 'thong-bao.yaml'), 'kind: thong-bao # của văn thư\n');
    const refused = await runCli(['import', docx]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('OUTPUT_EXISTS');
    expect(readFileSync(join(dir, 'thong-bao.yaml'), 'utf8')).toBe('kind: thong-bao # của văn thư\n');
    const forced = await runCli(['import', docx, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('dùng hồ sơ có sẵn');
  });

  it('keeps an office profile of another signer and drafts beside it', async () => {
    const dir = tempFolder();
    const docx = await exampleDocx(dir);
    mkdirSync(join(dir, 'agencies'));
    const own = 'name: Sở Khoa học và Công nghệ\n# hồ sơ riêng của văn phòng\n';
    writeFileSync(join(dir, 'agencies', 'skhcn-quang-binh.yaml'), own);
    const run = await runCli(['import', docx, '-o', join(dir, 'tb.yaml'), '--force']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'agencies', 'skhcn-quang-binh.yaml'), 'utf8')).toBe(own);
    expect(existsSync(join(dir, 'agencies', 'skhcn-quang-binh-2.yaml'))).toBe(true);
  });

  it.each([
    ['a text file named .docx', 'Đây không phải tệp Word'],
    ['a truncated zip', 'PK\u0003\u0004\u0014\u0000\u0000\u0000'],
  ])('refuses %s with a plain message and writes nothing', async (_name, content) => {
    const dir = tempFolder();
    const path = join(dir, 'hong.docx');
    writeFileSync(path, content);
    const run = await runCli(['import', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('IMPORT_UNREADABLE');
    expect(run.stderr).toContain('Không đọc được');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(dir, 'hong.yaml'))).toBe(false);
  });

  it('says a missing file is missing', async () => {
    const run = await runCli(['import', join(tempFolder(), 'khong-co.docx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('FILE_NOT_FOUND');
  });
});

describe('vanban import on hostile files: the bounds lint has', () => {
  it('stops at the element bound with the bound named, quickly and without a stack trace', async () => {
    const { body, docx } = await import('../lint/support/hostileDocx.js');
    const { DEFAULT_LIMITS } = await import('../../src/lint/limits.js');
    const dir = tempFolder();
    const path = join(dir, 'nhieu-doan.docx');
    // One more paragraph than the part's element bound allows (three elements each).
    const count = Math.ceil(DEFAULT_LIMITS.maxPartElements / 3) + 1;
    writeFileSync(path, docx(body('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(count))));
    const run = await runCli(['import', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('IMPORT_UNREADABLE');
    expect(run.stderr).toMatch(/phần tử XML/u);
    expect(existsSync(join(dir, 'nhieu-doan.yaml'))).toBe(false);
  });
});

describe('vanban new --from last-month.docx', () => {
  it('imports the Word file, then rolls it a month on, as --from last-month.yaml does', async () => {
    const dir = tempFolder();
    const docx = await exampleDocx(dir);
    const run = await runCli(['new', 'thong-bao', '--from', docx, '--month', '2021-04']);
    expect(run.code).toBe(0);
    const next = readFileSync(join(dir, 'thong-bao-2021-04.yaml'), 'utf8');
    expect(next).toContain('issue_date: 2021-04-15');
    expect(next).toContain('kind: thong-bao');
    expect(existsSync(join(dir, 'thong-bao.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'agencies', 'skhcn-quang-binh.yaml'))).toBe(true);
    const check = await runCli(['check', join(dir, 'thong-bao-2021-04.yaml')]);
    expect(check.code).toBe(0);
  });

  it('names the kind to use when the Word file is another kind', async () => {
    const dir = tempFolder();
    const docx = await exampleDocx(dir);
    const run = await runCli(['new', 'cong-van', '--from', docx]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('vanban new thong-bao --from');
  });
});
