/**
 * What `vanban check` says about a document rolled on from last month: "# XEM LẠI" marks left in it,
 * and a meeting date that falls on a Sunday. Code, line:column, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { main } from '../../src/cli/program.js';
import { exampleWith, lineOf, makeWorkspace } from '../support/workspace.js';
import { check, only } from '../support/checkText.js';
import { example, kindWorkspace } from './support.js';

describe('REVIEW_MARKERS_LEFT: "# XEM LẠI" marks not yet reviewed', () => {
  const marked = exampleWith(
    '  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.',
    '  # XEM LẠI\n  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.',
  ).replace('    - Sử dụng hiệu quả', '    # XEM LẠI\n    - Sử dụng hiệu quả');

  it('one warning per file, at the first mark, counting them; the document still builds', () => {
    const ws = makeWorkspace();
    const result = loadDocument(ws.write('data/doc.yaml', marked));
    const d = only(result.diagnostics);
    expect(d).toMatchObject({ code: 'REVIEW_MARKERS_LEFT', severity: 'warning', args: { count: 2 } });
    expect(d.location).toMatchObject({ line: lineOf(marked, '# XEM LẠI'), column: 3, length: 9 });
    expect(result.model).toBeDefined();
  });

  it('a mark quoted inside a text, or the note naming the marks, is not a mark', () => {
    const text = exampleWith(
      /^(# Tháng sau.*)$/m,
      '$1\n# các mục "# XEM LẠI" chép từ văn bản trước, cần xem lại hoặc xoá trước khi ban hành.',
    ).replace(
      '  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.',
      "  - 'Treo cờ # XEM LẠI, bố trí lịch trực dịp nghỉ lễ 2/9.'",
    );
    expect(check(text)).toEqual([]);
  });

  it('in a folder, each file with marks gets its own warning', () => {
    const ws = makeWorkspace();
    const chung = ws.write(
      'data/thang-9/chung.yaml',
      marked.replace(
        /^unit_tasks:\n[\s\S]*?(?=^# Câu kết)/m,
        'unit_tasks:\n  van-phong:\n    - Lưu trữ.\n\n',
      ),
    );
    const thanhTra = ws.write(
      'data/thang-9/thanh-tra.yaml',
      'unit_tasks:\n  thanh-tra:\n    # XEM LẠI\n    - Thanh tra theo kế hoạch.\n',
    );
    const result = loadDocument(ws.path('data/thang-9'));
    expect(result.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line, d.args.count])).toEqual(
      [
        ['REVIEW_MARKERS_LEFT', chung, lineOf(marked, '# XEM LẠI'), 1],
        ['REVIEW_MARKERS_LEFT', thanhTra, 3, 1],
      ],
    );
  });
});

describe('MEETING_ON_SUNDAY', () => {
  it('thong-bao-ket-luan: meeting.date on a Sunday is a warning at the date', () => {
    const text = exampleWith('  date: 2020-08-27', '  date: 2020-08-30'); // Chủ nhật
    const ws = makeWorkspace();
    const result = loadDocument(ws.write('data/doc.yaml', text));
    const d = only(result.diagnostics);
    expect(d).toMatchObject({ code: 'MEETING_ON_SUNDAY', severity: 'warning' });
    expect(d.args).toMatchObject({ date: '30/8/2020', field: 'meeting.date' });
    expect(d.location).toMatchObject({ line: lineOf(text, 'date: 2020-08-30'), column: 9 });
    expect(result.model).toBeDefined();
  });

  it('a Saturday meeting is fine', () => {
    expect(check(exampleWith('  date: 2020-08-27', '  date: 2020-08-29'))).toEqual([]);
  });

  it.each([
    ['giay-moi', '2023-01-giay-moi-tong-ket.yaml', '  date: 2023-01-10', '  date: 2023-01-08', 'event.date'],
    [
      'bien-ban',
      '2023-05-bien-ban-binh-xet.yaml',
      '  date: 2023-05-16',
      '  date: 2023-05-14',
      'meeting.date',
    ],
  ])('%s: %s on a Sunday', (_, file, search, replacement, field) => {
    const text = example(file).replace(search, replacement);
    expect(text).not.toBe(example(file));
    const ws = kindWorkspace();
    const d = only(loadDocument(ws.write(`data/${file}`, text)).diagnostics);
    expect(d).toMatchObject({ code: 'MEETING_ON_SUNDAY', args: { field } });
    expect(d.location).toMatchObject({ line: lineOf(text, replacement.trim()), column: 9 });
  });
});

describe('check and --strict with review marks left', () => {
  it('check passes with the warning; --strict fails', async () => {
    const ws = makeWorkspace();
    const path = ws.write('data/doc.yaml', exampleWith('  - Treo cờ,', '  # XEM LẠI\n  - Treo cờ,'));
    const run = async (args: string[]) => {
      const err: string[] = [];
      const code = await main(args, { out: () => undefined, err: (t) => err.push(t) });
      return { code, stderr: err.join('\n') };
    };
    const plain = await run(['check', path]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('cảnh báo REVIEW_MARKERS_LEFT: Còn 1 chỗ đánh dấu "# XEM LẠI"');
    const strict = await run(['check', '--strict', path]);
    expect(strict.code).toBe(1);
    // The summary says why a run with no error failed.
    expect(strict.stderr).toContain('(--strict coi cảnh báo là lỗi nên văn bản không đạt)');
    expect(plain.stderr).toMatch(/0 lỗi, 1 cảnh báo\.$/);
  });
});
