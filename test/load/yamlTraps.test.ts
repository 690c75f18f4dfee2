/**
 * Issue #12, part 6: YAML traps a clerk falls into with ordinary sentences. Each is reported at the
 * place to fix, with a code of its own and the single-quote fix, in Vietnamese and in English.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlSource } from '../../src/load/yamlSource.js';
import { hintOf, messageOf } from '../../src/diagnostics/format.js';
import { exampleWith, lineOf, REPO } from '../support/workspace.js';
import { check, only } from '../support/checkText.js';

const TASK = '  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.';

/** The example with its third general task replaced by `line`. */
const withTask = (line: string) => exampleWith(TASK, line);

/** 1-based column of `needle` on the first line holding `lineNeedle`. */
function columnOf(text: string, lineNeedle: string, needle: string): number {
  const line = text.split('\n')[lineOf(text, lineNeedle) - 1]!;
  return line.indexOf(needle) + 1;
}

describe('TEXT_STARTS_WITH_QUOTE: a text that opens with a quoted phrase', () => {
  const text = withTask('  - "Tháng hành động vì an toàn thực phẩm" năm 2020.');

  it('is reported at the opening quote, not as a syntax error about indentation', () => {
    const d = only(check(text));
    expect(d.code).toBe('TEXT_STARTS_WITH_QUOTE');
    expect(d.location).toMatchObject({ line: lineOf(text, '"Tháng hành động'), column: 5 });
    expect(d.location!.length).toBe('"Tháng hành động vì an toàn thực phẩm"'.length);
    expect(messageOf(d, 'vi')).toContain('bắt đầu bằng dấu nháy');
    expect(messageOf(d, 'vi')).toContain('"năm 2020."');
    expect(hintOf(d, 'vi')).toContain('Đặt cả dòng trong dấu nháy đơn');
    expect(hintOf(d, 'vi')).toContain("('')");
    expect(messageOf(d, 'en')).toContain('starts with a quote');
    expect(hintOf(d, 'en')).toContain('Put the whole line in single quotes');
  });

  it('is reported after a key too, and not for a properly quoted line', () => {
    const keyed = exampleWith(/^closing: .*$/m, "closing: 'Sở' thông báo.");
    const d = only(check(keyed));
    expect(d.code).toBe('TEXT_STARTS_WITH_QUOTE');
    expect(d.location).toMatchObject({ line: lineOf(keyed, 'closing:'), column: 10 });
    expect(check(withTask(`  - '"Tháng hành động vì an toàn thực phẩm" năm 2020.'`))).toEqual([]);
  });
});

describe('TEXT_STARTS_WITH_BRACKET: a text that opens with [Khẩn]', () => {
  const text = withTask('  - [Khẩn] Báo cáo số liệu phòng chống dịch trước ngày 5/9.');

  it('is reported at the bracket with the single-quote fix', () => {
    const d = only(check(text));
    expect(d.code).toBe('TEXT_STARTS_WITH_BRACKET');
    expect(d.location).toMatchObject({ line: lineOf(text, '[Khẩn]'), column: 5, length: 6 });
    expect(messageOf(d, 'vi')).toContain('bắt đầu bằng dấu ngoặc "["');
    expect(hintOf(d, 'vi')).toContain('Đặt cả dòng trong dấu nháy đơn');
    expect(messageOf(d, 'en')).toContain('starts with a bracket "["');
    expect(hintOf(d, 'en')).toContain('single quotes');
    expect(check(withTask("  - '[Khẩn] Báo cáo số liệu.'"))).toEqual([]);
  });
});

describe('TEXT_ENDS_WITH_COLON: a sentence ending in ":"', () => {
  it('as a list item: at the colon, naming the item, instead of "phải là một chuỗi chữ"', () => {
    const text = withTask('  - Các phòng triển khai cụ thể như sau:');
    const d = only(check(text));
    expect(d.code).toBe('TEXT_ENDS_WITH_COLON');
    expect(d.location).toMatchObject({
      line: lineOf(text, 'như sau:'),
      column: columnOf(text, 'như sau:', 'sau:') + 3,
      length: 1,
    });
    expect(d.args.field).toBe('general_tasks[3]');
    expect(messageOf(d, 'vi')).toContain('kết thúc bằng dấu ":"');
    expect(messageOf(d, 'vi')).not.toContain('nhóm trường');
    expect(hintOf(d, 'vi')).toContain("'Triển khai cụ thể như sau:'");
    expect(messageOf(d, 'en')).toBe(
      'The text at "general_tasks[3]" ends with ":", so YAML reads the whole sentence as a key with no value.',
    );
  });

  it('as a value after a key', () => {
    const text = exampleWith(/^closing: .*$/m, 'closing: Sở thông báo cụ thể như sau:');
    const d = only(check(text));
    expect(d.code).toBe('TEXT_ENDS_WITH_COLON');
    expect(d.location).toMatchObject({
      line: lineOf(text, 'closing:'),
      column: 'closing: Sở thông báo cụ thể như sau:'.length,
    });
    expect(d.args.field).toBe('closing');
  });

  it('is not reported when quoted', () => {
    expect(check(withTask("  - 'Các phòng triển khai cụ thể như sau:'"))).toEqual([]);
  });
});

describe('FLOW_MAP_COMMA: a comma inside a value of { name: …, note: … }', () => {
  const text = exampleWith(
    '  - Các phòng, đơn vị thuộc Sở',
    '  - { name: Các phòng thuộc Sở, note: để thực hiện, báo cáo }',
  );

  it('is reported at the comma, not as a colon, with the quoted value to write', () => {
    const d = only(check(text));
    expect(d.code).toBe('FLOW_MAP_COMMA');
    expect(d.location).toMatchObject({
      line: lineOf(text, 'note: để thực hiện'),
      column: columnOf(text, 'note: để thực hiện', ', báo cáo'),
      length: 1,
    });
    expect(messageOf(d, 'vi')).toContain('"báo cáo"');
    expect(hintOf(d, 'vi')).toContain("note: 'để thực hiện, báo cáo'");
    expect(messageOf(d, 'en')).toContain('a comma separates fields');
    expect(hintOf(d, 'en')).toContain("note: 'để thực hiện, báo cáo'");
  });

  it('is not reported when the value is quoted', () => {
    expect(
      check(
        exampleWith(
          '  - Các phòng, đơn vị thuộc Sở',
          "  - { name: Các phòng thuộc Sở, note: 'để thực hiện, báo cáo' }",
        ),
      ),
    ).toEqual([]);
  });
});

describe('TEXT_CUT_BY_COMMENT: " #" glued to a word ends the text silently', () => {
  const text = withTask('  - Triển khai Kế hoạch số 12 #KH-SKHCN ngày 5/3/2020.');

  it('is a warning at the "#", saying what is kept; the document still loads', () => {
    const d = only(check(text));
    expect(d.code).toBe('TEXT_CUT_BY_COMMENT');
    expect(d.severity).toBe('warning');
    expect(d.location).toMatchObject({
      line: lineOf(text, '#KH-SKHCN'),
      column: columnOf(text, '#KH-SKHCN', '#'),
      length: '#KH-SKHCN ngày 5/3/2020.'.length,
    });
    expect(messageOf(d, 'vi')).toBe(
      'Dòng chữ bị cắt ở " #": YAML coi "#KH-SKHCN ngày 5/3/2020." là ghi chú nên văn bản chỉ còn "Triển khai Kế hoạch số 12".',
    );
    expect(hintOf(d, 'vi')).toContain('dấu nháy đơn');
    expect(messageOf(d, 'en')).toContain('the document keeps only "Triển khai Kế hoạch số 12"');
  });

  it('is not reported for a clerk\'s note ("# …"), a quoted text or a "#" inside a word', () => {
    expect(check(withTask('  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9. # hỏi lại VP'))).toEqual([]);
    expect(check(withTask("  - 'Triển khai Kế hoạch số 12 #KH-SKHCN.'"))).toEqual([]);
    expect(check(withTask('  - Triển khai Kế hoạch số12#KH-SKHCN.'))).toEqual([]);
  });
});

describe('the shipped examples fall into none of these traps', () => {
  it('parse without any diagnostic, warnings included', () => {
    const dirs = [join(REPO, 'data'), join(REPO, 'data', 'public'), join(REPO, 'data', 'agencies')];
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

describe('TEXT_STARTS_WITH_ASTERISK: a text that opens with the bold or italic marker', () => {
  it('is reported at the "*", with the single-quote fix, and the quoted line renders in bold', () => {
    const text = withTask('  - **Chủ trì cuộc họp:** đồng chí A.');
    const d = only(check(text));
    expect(d.code).toBe('TEXT_STARTS_WITH_ASTERISK');
    expect(d.location).toMatchObject({ line: lineOf(text, '**Chủ trì'), column: 5 });
    expect(hintOf(d, 'vi')).toContain('Đặt cả dòng trong dấu nháy đơn');
    expect(messageOf(d, 'en')).toContain('alias');
    expect(check(withTask("  - '**Chủ trì cuộc họp:** đồng chí A.'"))).toEqual([]);
  });

  it('leaves a real alias alone', () => {
    expect(check(withTask('  - *mot-alias'))[0]?.code).not.toBe('TEXT_STARTS_WITH_ASTERISK');
  });
});
