/**
 * Every mistake a clerk makes gets a located diagnostic: code and position asserted, wording not.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { hintOf } from '../../src/diagnostics/format.js';
import { exampleText, exampleWith, lineOf, makeWorkspace } from '../support/workspace.js';
import { check, only } from '../support/checkText.js';

describe('the shipped example', () => {
  it('loads without any diagnostic', () => {
    expect(check(exampleText())).toEqual([]);
  });
});

describe('YAML mistakes', () => {
  it('syntax error: a missing space after the colon of a nested key', () => {
    const text = exampleWith("  time: '14:00'", "  time: '14:00\n  place: [");
    const d = check(text);
    expect(d[0]!.code).toBe('YAML_SYNTAX');
    expect(d[0]!.location!.line).toBeGreaterThanOrEqual(lineOf(text, "time: '14:00"));
  });

  it('duplicate key', () => {
    const text = exampleWith('issue_date: 2020-08-31', 'issue_date: 2020-08-31\nissue_date: 2020-09-01');
    const d = only(check(text));
    expect(d.code).toBe('YAML_DUPLICATE_KEY');
    expect(d.location!.line).toBe(lineOf(text, 'issue_date: 2020-09-01'));
  });

  it('tab indentation', () => {
    const text = exampleWith("  time: '14:00'", "\ttime: '14:00'");
    const d = check(text);
    // Only the tab: the syntax error it causes on the next line would send the clerk looking elsewhere.
    expect(d.map((x) => x.code)).toEqual(['YAML_TAB_INDENT']);
    expect(d[0]!.location!.line).toBe(lineOf(text, "\ttime: '14:00'"));
    // In a list too.
    const inList = exampleWith('  - Treo cờ,', '\t- Treo cờ,');
    expect(check(inList).map((x) => x.code)).toEqual(['YAML_TAB_INDENT']);
  });

  it('text holding ": " read as a key', () => {
    const text = exampleWith(
      '  - Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.',
      '  - Treo cờ: bố trí lịch trực dịp nghỉ lễ 2/9.',
    );
    const d = only(check(text));
    expect(d.code).toBe('TEXT_HAS_COLON');
    expect(d.location).toMatchObject({ line: lineOf(text, 'Treo cờ:'), column: 5 });
  });
});

describe('schema mistakes', () => {
  it('unknown field, with the likely intended one', () => {
    const text = exampleWith('issue_date:', 'isue_date:');
    const d = check(text);
    const unknown = d.find((x) => x.code === 'FIELD_UNKNOWN')!;
    expect(unknown.location).toMatchObject({ line: lineOf(text, 'isue_date:'), column: 1 });
    expect(unknown.args.suggestEn).toContain('issue_date');
    expect(d.map((x) => x.code)).toContain('FIELD_MISSING');
  });

  it('missing required field', () => {
    const text = exampleWith(/^closing: .*$/m, '');
    const d = only(check(text));
    expect(d.code).toBe('FIELD_MISSING');
    expect(d.args.field).toBe('closing');
  });

  it('wrong type', () => {
    const text = exampleWith('# number: 45             #', 'number: bốn lăm #');
    const d = only(check(text));
    expect(d.code).toBe('FIELD_TYPE');
    expect(d.location).toMatchObject({ line: lineOf(text, 'number: bốn lăm'), column: 9 });
  });

  it('empty list where content is required', () => {
    const text = exampleWith(/^recipients:\n( {2}- .*\n)+/m, 'recipients: []\n');
    const d = only(check(text));
    expect(d.code).toBe('VALUE_EMPTY');
    expect(d.location!.line).toBe(lineOf(text, 'recipients: []'));
  });

  it('value outside the allowed set, the allowed ones quoted', () => {
    const text = exampleWith('authority: none', 'authority: KTT');
    const d = only(check(text));
    expect(d.code).toBe('VALUE_NOT_ALLOWED');
    expect(d.location!.line).toBe(lineOf(text, 'authority: KTT'));
    expect(d.args.allowed).toContain('"TM. KT.", "TL. KT."');
  });

  it('a listed value written without its full stop, in lower case, is that value', () => {
    expect(check(exampleWith('authority: none', 'authority: kt'))).toEqual([]);
  });
});

describe('dates', () => {
  it('impossible date (31/02)', () => {
    const text = exampleWith('issue_date: 2020-08-31', 'issue_date: 31/02/2020');
    const d = only(check(text));
    expect(d.code).toBe('DATE_INVALID');
    expect(d.location).toMatchObject({ line: lineOf(text, 'issue_date: 31/02/2020'), column: 13 });
  });

  it('issue date before the meeting', () => {
    const text = exampleWith('issue_date: 2020-08-31', 'issue_date: 2020-08-20');
    const d = only(check(text));
    expect(d.code).toBe('DATE_ORDER');
    expect(d.location!.line).toBe(lineOf(text, 'issue_date: 2020-08-20'));
  });

  it('impossible time', () => {
    const text = exampleWith("time: '14:00'", "time: '25:00'");
    expect(only(check(text)).code).toBe('TIME_INVALID');
  });
});

describe('references to the agency profile', () => {
  it('unknown unit, pointing at its key', () => {
    const text = exampleWith('  thanh-tra:', '  thanh-traa:');
    const d = only(check(text));
    expect(d.code).toBe('UNIT_UNKNOWN');
    expect(d.location).toMatchObject({ line: lineOf(text, 'thanh-traa:'), column: 3 });
    expect(String(d.args.known)).toContain('thanh-tra');
    expect(hintOf(d, 'vi')).toMatch(/^Có phải ý bạn là "thanh-tra"\? Các đơn vị hiện có: .*thanh-tra/);
    expect(hintOf(d, 'en')).toMatch(/^Did you mean "thanh-tra"\? Known units: /);
  });

  it('a signer one letter off gets "did you mean"; a name far from all gets only the list', () => {
    const near = exampleWith('  person: van-cong-thoi', '  person: van-cong-thoy');
    const d = only(check(near));
    expect(d.code).toBe('PERSON_UNKNOWN');
    expect(d.location).toMatchObject({ line: lineOf(near, 'person: van-cong-thoy'), column: 11 });
    expect(hintOf(d, 'vi')).toMatch(/^Có phải ý bạn là "van-cong-thoi"\? Những người hiện có: /);
    const far = only(check(exampleWith('  person: van-cong-thoi', '  person: nguyen-thi-b')));
    expect(hintOf(far, 'vi')).toMatch(/^Những người hiện có: van-cong-thoi/);
  });

  it('unknown signer', () => {
    const text = exampleWith('  person: van-cong-thoi', '  person: nguyen-van-a');
    const d = only(check(text));
    expect(d.code).toBe('PERSON_UNKNOWN');
    expect(d.location!.line).toBe(lineOf(text, 'person: nguyen-van-a'));
  });

  it('missing agency profile', () => {
    const text = exampleWith('agency: so-khcn-quang-binh', 'agency: so-khong-co');
    const d = only(check(text));
    expect(d.code).toBe('AGENCY_NOT_FOUND');
    expect(d.location).toMatchObject({ line: lineOf(text, 'agency: so-khong-co'), column: 9 });
  });

  it('unknown kind', () => {
    const text = exampleWith('kind: thong-bao-ket-luan', 'kind: thong-bao-ket-lun');
    const d = only(check(text));
    expect(d.code).toBe('KIND_UNKNOWN');
    expect(d.location!.line).toBe(lineOf(text, 'kind: thong-bao-ket-lun'));
  });

  it('the Lưu line without VT is a warning, not an error', () => {
    const text = exampleWith('units: [VT, VP]', 'units: [VP]');
    const ws = makeWorkspace();
    const result = loadDocument(ws.write('data/doc.yaml', text));
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['ARCHIVE_WITHOUT_VT', 'warning']]);
    expect(result.model).toBeDefined();
  });
});

describe('characters and encodings', () => {
  it('control characters XML cannot hold', () => {
    const text = exampleWith('Treo cờ,', 'Treo cờ\u0007,');
    const d = only(check(text));
    expect(d.code).toBe('CONTROL_CHARACTER');
    expect(d.location!.line).toBe(lineOf(text, 'Treo cờ\u0007'));
  });

  it('decomposed Unicode is composed (NFC) on the way in', () => {
    const ws = makeWorkspace();
    const text = exampleWith('Treo cờ, bố trí', 'Treo cờ, bố trí'.normalize('NFD'));
    const result = loadDocument(ws.write('data/doc.yaml', text));
    expect(result.diagnostics).toEqual([]);
    const texts = result.model!.body.flatMap((b) => b.runs.map((r) => r.text));
    expect(texts).toContain('- Treo cờ, bố trí lịch trực dịp nghỉ lễ 2/9.');
  });

  it.each([
    [
      'Windows-1258',
      Buffer.from([
        0x54, 0x68, 0x6f, 0x6e, 0x67, 0x20, 0x62, 0x61, 0xec, 0x6f, 0x3a, 0x20, 0x53, 0xf5, 0xd2, 0x0a,
      ]),
    ],
    ['TCVN3 (ABC)', Buffer.from('kind: Th\u00abng b\u00b8o\n', 'latin1')],
    ['VNI-Windows', Buffer.from('summary: Thoâng baùo\n', 'latin1')],
  ])('a file in %s is recognised and named', (encoding, bytes) => {
    const d = only(check(bytes));
    expect(d.code).toBe('FILE_NOT_UTF8');
    expect(d.args.encoding).toBe(encoding);
    expect(d.location!.line).toBe(1);
  });

  it('TCVN3 text pasted into a UTF-8 file', () => {
    const text = exampleWith('Treo cờ,', 'Treo c\u00ab,');
    const d = only(check(text));
    expect(d.code).toBe('FILE_NOT_UTF8');
    expect(d.location!.line).toBe(lineOf(text, 'Treo c\u00ab'));
  });
});

describe('hostile input', () => {
  it('a file over 1 MiB is refused before parsing', () => {
    const d = only(check('# ' + 'x'.repeat(1100 * 1024)));
    expect(d.code).toBe('FILE_TOO_LARGE');
  });

  it('an alias bomb is refused quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const text = exampleWith('conclusions:', `${levels.join('\n')}\nconclusions:`).replace(
      /^conclusions:\n( {2}- .*\n( {4}.*\n)*)/m,
      'conclusions: *j\n',
    );
    const started = Date.now();
    const d = check(text);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(d.map((x) => x.code)).toContain('YAML_ALIAS_EXPANSION');
  });
});
