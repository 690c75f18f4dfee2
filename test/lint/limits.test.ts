/**
 * The bounds of src/lint/limits.ts one by one, with small limits so each case is tiny, and the escaping of
 * control characters in the text report. The full-size hostile files are in test/hostile/.
 */
import { describe as group, expect, it } from 'vitest';
import { lintDocx } from '../../src/lint/lint.js';
import { DEFAULT_LIMITS, LimitError, type LintLimits } from '../../src/lint/limits.js';
import { openDocx } from '../../src/lint/package.js';
import { buildModel } from '../../src/lint/docxModel.js';
import { formatReport, safeJson, visible } from '../../src/lint/report.js';
import { countStartTags, parseXml } from '../../src/lint/xml.js';
import { body, docx } from './support/hostileDocx.js';

function breaks(bytes: Uint8Array, limits: Partial<LintLimits>): LimitError {
  try {
    buildModel(openDocx(bytes, { ...DEFAULT_LIMITS, ...limits }));
  } catch (error) {
    if (error instanceof LimitError) return error;
    throw error;
  }
  throw new Error('no bound was broken');
}

const paragraphs = (n: number, text = 'x') =>
  docx(body(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`.repeat(n)));

group('each bound, located and worded in both languages', () => {
  it('elements in one part: found on the raw bytes before parsing', () => {
    const e = breaks(paragraphs(10), { maxPartElements: 20 });
    expect(e.limit).toBe('maxPartElements');
    expect(e.place).toEqual({ part: 'word/document.xml' });
    expect(e.detail).toEqual({
      vi: 'word/document.xml có hơn 20 phần tử XML',
      en: 'word/document.xml has more than 20 XML elements',
    });
  });

  it('elements in all parts, XML bytes in all parts', () => {
    expect(breaks(paragraphs(10), { maxElements: 30 }).limit).toBe('maxElements');
    expect(breaks(paragraphs(10), { maxXmlBytes: 300 }).detail.en).toMatch(
      /^the XML parts to read inflate to more than 300 bytes in total \(passed while reading word\/document\.xml\)$/,
    );
  });

  it('one part too large: its declared size is named, and it is never inflated in full', () => {
    const e = breaks(paragraphs(100), { maxPartBytes: 1000 });
    expect(e.limit).toBe('maxPartBytes');
    expect(e.detail.vi).toMatch(/^word\/document\.xml giải nén ra 3\.\d{3} byte, quá giới hạn 1\.000 byte/);
  });

  it('a part too large whose head already has too many elements is reported for its elements', () => {
    const e = breaks(docx(body('<w:p/>'.repeat(50_000))), { maxPartBytes: 10_000, maxPartElements: 1000 });
    expect(e.limit).toBe('maxPartElements');
  });

  it('depth, attributes, attribute length', () => {
    const deep = docx(body('<w:sdt>'.repeat(20) + '</w:sdt>'.repeat(20)));
    expect(breaks(deep, { maxDepth: 10 }).limit).toBe('maxDepth');
    // (The package relationships have three attributes, of up to 82 characters.)
    const many = docx(body('<w:p a="1" b="2" c="3" d="4"/>'));
    expect(breaks(many, { maxAttributes: 3 }).detail.en).toBe(
      'word/document.xml: element <w:p> has more than 3 attributes',
    );
    const long = docx(body(`<w:p w:rsidR="${'A'.repeat(150)}"/>`));
    expect(breaks(long, { maxAttributeChars: 100 }).detail.vi).toBe(
      'word/document.xml: thuộc tính w:rsidR của thẻ <w:p> dài hơn 100 ký tự',
    );
  });

  it('paragraphs, characters in a paragraph and in all, sections', () => {
    const e = breaks(paragraphs(30), { maxParagraphs: 25 });
    expect(e.limit).toBe('maxParagraphs');
    expect(e.place).toEqual({ part: 'word/document.xml', paragraph: 26 });
    expect(breaks(paragraphs(3, 'y'.repeat(60)), { maxParagraphChars: 50 }).place.paragraph).toBe(1);
    expect(breaks(paragraphs(5, 'y'.repeat(30)), { maxTextChars: 100 }).place.paragraph).toBe(4);
    const sections = docx(body('<w:p><w:pPr><w:sectPr/></w:pPr></w:p>'.repeat(5)));
    expect(breaks(sections, { maxSections: 3 }).limit).toBe('maxSections');
  });

  it('bytes in memory over the file bound', () => {
    expect(breaks(paragraphs(1), { maxFileBytes: 100 }).detail.en).toMatch(
      /^the file is \d+ bytes, over the limit of 100 bytes$/,
    );
  });

  it('lint reports a broken bound as LINT_LIMIT_EXCEEDED and nothing else', () => {
    const findings = lintDocx(docx(body('<w:sdt>'.repeat(300) + '</w:sdt>'.repeat(300))));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'LINT_LIMIT_EXCEEDED',
      severity: 'error',
      where: { part: 'word/document.xml' },
      message: {
        vi: 'Tệp quá lớn hoặc quá phức tạp để kiểm tra: word/document.xml có phần tử lồng nhau sâu hơn 256 tầng.',
        en: 'File too large or too complex to check: word/document.xml nests elements more than 256 levels deep.',
      },
    });
  });

  it('the 46 real documents are far inside every bound (docs/lint.md states the largest values)', () => {
    // The measured values are in docs/lint.md; the limits must stay well above them.
    expect(DEFAULT_LIMITS.maxPartElements).toBeGreaterThanOrEqual(9 * 21_416);
    expect(DEFAULT_LIMITS.maxElements).toBeGreaterThanOrEqual(5 * 48_010);
    expect(DEFAULT_LIMITS.maxParagraphs).toBeGreaterThanOrEqual(13 * 737);
    expect(DEFAULT_LIMITS.maxAttributeChars).toBeGreaterThanOrEqual(6 * 632_900);
  });
});

group('the parser counts as it goes', () => {
  it('start tags on raw bytes: not end tags, comments or declarations; stops at the bound', () => {
    const xml = Buffer.from('<?xml version="1.0"?><!-- c --><a><b/><c></c></a>');
    expect(countStartTags(xml, 100)).toBe(3);
    expect(countStartTags(Buffer.from('<a/>'.repeat(1000)), 10)).toBe(11);
  });

  it('a parse without options keeps the default bounds', () => {
    expect(() => parseXml('<a>'.repeat(300) + '</a>'.repeat(300))).toThrow(LimitError);
    expect(parseXml('<a><b/></a>').name).toBe('a');
  });
});

group('control characters in the text report', () => {
  it('are made visible: C0, DEL, C1, bidirectional controls, line separators', () => {
    expect(visible('a\u001b]0;x\u0007\u001b[2Jb')).toBe('a\\x1b]0;x\\x07\\x1b[2Jb');
    expect(visible('\u202eabc\u2066\u200f\u061c')).toBe('\\u202eabc\\u2066\\u200f\\u061c');
    expect(visible('\u007f\u0085\u009b\u2028\n\t\r')).toBe('\\x7f\\x85\\x9b\\u2028\\n\\t\\r');
    expect(visible('Độc lập - Tự do - Hạnh phúc')).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('the report keeps its own line breaks and escapes the ones from the document', () => {
    const [finding] = lintDocx(docx(body('<w:sdt>'.repeat(300) + '</w:sdt>'.repeat(300))));
    const report = formatReport('x\n\u001b.docx', [{ ...finding!, where: { text: 'a\nb' } }], 'en');
    expect(report.split('\n')[0]).toMatch(/^x\\n\\x1b\.docx: error LINT_LIMIT_EXCEEDED: /);
    expect(report).not.toContain('\u001b');
  });

  it('JSON escapes C1 and bidirectional characters and parses back to the same strings', () => {
    const value = { text: 'a\u001b\u009b\u202e\u2028b', list: ['\u0085'] };
    const json = safeJson(value);
    // eslint-disable-next-line no-control-regex
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
