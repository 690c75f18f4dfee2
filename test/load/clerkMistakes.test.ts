/**
 * Mistakes found in a QA pass that used to pass silently or get a misleading code. Each asserts the code,
 * the line:column, and that nothing else fires.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { parseYamlSource } from '../../src/load/yamlSource.js';
import { hintOf, messageOf } from '../../src/diagnostics/format.js';
import { exampleText, exampleWith, lineOf, makeWorkspace, REPO } from '../support/workspace.js';
import { check, only } from '../support/checkText.js';

/** 1-based column of `needle` on the first line holding `lineNeedle`. */
function columnOf(text: string, lineNeedle: string, needle: string): number {
  const line = text.split('\n')[lineOf(text, lineNeedle) - 1]!;
  return line.indexOf(needle) + 1;
}

describe('TEXT_SWALLOWED_ITEM: a list item indented one space short swallows the items after it', () => {
  const misindented = exampleWith(
    '    - Tiếp tục triển khai đầy đủ',
    '   - Tiếp tục triển khai đầy đủ', // 3 spaces instead of 4
  );

  it('is reported at the first swallowed "- " line, pointing back at the item that swallowed it', () => {
    const d = only(check(misindented));
    expect(d.code).toBe('TEXT_SWALLOWED_ITEM');
    expect(d.severity).toBe('error');
    expect(d.location).toMatchObject({ line: lineOf(misindented, '- Lưu ý nắm bắt thông tin'), column: 5 });
    expect(d.related![0]).toMatchObject({
      line: lineOf(misindented, '- Tiếp tục triển khai đầy đủ'),
      column: 6,
    });
    expect(messageOf(d, 'vi')).toContain('bị gộp vào đoạn chữ ở trên');
    expect(hintOf(d, 'vi')).toContain('đặt cả đoạn trong dấu nháy');
  });

  it('is not reported for a quoted text or a folded (>-) block that holds a "- " line', () => {
    const quoted = exampleWith(
      /^closing: .*$/m,
      "closing: 'Sở thông báo kết quả cuộc họp giao ban:\n  - các phòng/đơn vị chủ động triển khai thực hiện.'",
    );
    expect(check(quoted)).toEqual([]);
    const folded = exampleWith(
      /^closing: .*$/m,
      'closing: >-\n  Sở thông báo kết quả cuộc họp giao ban:\n  - các phòng/đơn vị chủ động triển khai thực hiện.',
    );
    expect(check(folded)).toEqual([]);
  });

  it('is not reported for any shipped example (some use >- blocks)', () => {
    const dirs = [join(REPO, 'data'), join(REPO, 'data', 'public')];
    const files = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files)
      expect(parseYamlSource(file, readFileSync(file, 'utf8')).diagnostics, file).toEqual([]);
  });
});

describe('TEXT_HAS_COLON: a colon inside a plain value', () => {
  it.each([
    ['closing', /^closing: Sở/m, 'closing: Lưu ý: Sở', 'closing: Lưu ý: Sở', 'closing'],
    [
      'meeting.commenters',
      '  commenters: các Phó',
      '  commenters: Ý kiến: các Phó',
      'commenters: Ý kiến:',
      'meeting.commenters',
    ],
  ])('%s: at the second ": ", with the single-quote hint', (_, search, replacement, lineNeedle, field) => {
    const text = exampleWith(search, replacement);
    const d = only(check(text));
    expect(d.code).toBe('TEXT_HAS_COLON');
    const line = text.split('\n')[lineOf(text, lineNeedle) - 1]!;
    const secondColon = line.indexOf(': ', line.indexOf(': ') + 1) + 1;
    expect(d.location).toMatchObject({ line: lineOf(text, lineNeedle), column: secondColon, length: 2 });
    expect(d.args.field).toBe(field);
    expect(hintOf(d, 'vi')).toContain('dấu nháy đơn');
  });

  it('names the list item when the value belongs to a task written with "text:"', () => {
    const text = exampleWith(
      '  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.',
      '  - text: Treo cờ: bố trí lịch trực dịp nghỉ lễ 2/9.\n    items: [Cờ Tổ quốc]',
    );
    const d = only(check(text));
    expect(d.code).toBe('TEXT_HAS_COLON');
    expect(d.location).toMatchObject({
      line: lineOf(text, 'text: Treo cờ:'),
      column: columnOf(text, 'text: Treo cờ:', ': bố trí'),
    });
    expect(d.args.field).toBe('general_tasks[3].text');
  });
});

describe('FILE_EMPTY: nothing but comments', () => {
  it.each([
    ['an empty file', ''],
    ['only comments and blank lines', '# Thông báo tháng 9\n\n# (chưa viết)\n'],
  ])('%s is said plainly, not as an unknown kind ""', (_, text) => {
    const d = only(check(text));
    expect(d.code).toBe('FILE_EMPTY');
    expect(d.location).toMatchObject({ line: 1, column: 1 });
    expect(hintOf(d, 'vi')).toContain('vanban new');
  });

  it('in a folder, an empty file is skipped with a warning and the document still renders', () => {
    const ws = makeWorkspace();
    ws.write('data/thang-9/chung.yaml', exampleText());
    const empty = ws.write('data/thang-9/thanh-tra.yaml', '# Thanh tra: chưa có nhiệm vụ tháng này\n');
    const result = loadDocument(ws.path('data/thang-9'));
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location?.file, d.location?.line])).toEqual([
      ['FOLDER_FILE_EMPTY', 'warning', empty, 1],
    ]);
    expect(result.model).toBeDefined();
  });

  it('a folder whose files are all empty is FILE_EMPTY, once', () => {
    const ws = makeWorkspace();
    const first = ws.write('data/thang-9/a.yaml', '');
    ws.write('data/thang-9/b.yaml', '# chưa viết\n');
    const d = only(loadDocument(ws.path('data/thang-9')).diagnostics);
    expect(d.code).toBe('FILE_EMPTY');
    expect(d.location).toMatchObject({ file: first, line: 1, column: 1 });
  });
});

describe('FILE_UTF16: Notepad "Unicode"', () => {
  const text = exampleText();
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  it.each([
    ['UTF-16 LE', 'with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ['UTF-16 LE', 'without a mark', le],
    ['UTF-16 BE', 'with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ['UTF-16 BE', 'without a mark', be],
  ])('%s %s is named, not taken for TCVN3', (encoding, _, bytes) => {
    const d = only(check(bytes));
    expect(d.code).toBe('FILE_UTF16');
    expect(d.args.encoding).toBe(encoding);
    expect(d.location).toMatchObject({ line: 1, column: 1 });
    expect(hintOf(d, 'vi')).toContain('UTF-8');
    expect(hintOf(d, 'vi')).toContain('Notepad');
  });

  it('ASCII-only UTF-16 without a mark (valid UTF-8 full of NULs) is caught too', () => {
    const d = only(check(Buffer.from('kind: thong-bao\n', 'utf16le')));
    expect(d.code).toBe('FILE_UTF16');
  });
});
