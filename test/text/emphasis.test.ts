/**
 * The inline emphasis of data text (src/text/emphasis.ts): **đậm**, *nghiêng*, ***đậm nghiêng***, \*.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emphasisPlainText, parseEmphasis } from '../../src/text/emphasis.js';
import { DATA_MARK, encodeEmphasis } from '../../src/template/dataEmphasis.js';
import { parseMarkup } from '../../src/template/markup.js';

describe('parseEmphasis', () => {
  it('reads bold, italic and both', () => {
    expect(parseEmphasis('**Chủ trì cuộc họp:** đồng chí Nguyễn Văn A')).toEqual([
      { text: 'Chủ trì cuộc họp:', bold: true },
      { text: ' đồng chí Nguyễn Văn A' },
    ]);
    expect(parseEmphasis('Kết luận *(trích)* như sau')).toEqual([
      { text: 'Kết luận ' },
      { text: '(trích)', italic: true },
      { text: ' như sau' },
    ]);
    expect(parseEmphasis('***2.1.*** Về công tác tham mưu')).toEqual([
      { text: '2.1.', bold: true, italic: true },
      { text: ' Về công tác tham mưu' },
    ]);
  });

  it('nests one style inside the other', () => {
    expect(parseEmphasis('**Phòng *Kế hoạch* Tài chính** chủ trì')).toEqual([
      { text: 'Phòng ', bold: true },
      { text: 'Kế hoạch', bold: true, italic: true },
      { text: ' Tài chính', bold: true },
      { text: ' chủ trì' },
    ]);
    expect(parseEmphasis('*nghiêng **và đậm** nghiêng*')).toEqual([
      { text: 'nghiêng ', italic: true },
      { text: 'và đậm', bold: true, italic: true },
      { text: ' nghiêng', italic: true },
    ]);
  });

  it('keeps the pair that opens first when markers overlap, the rest literal', () => {
    expect(parseEmphasis('**a *b** c*')).toEqual([{ text: 'a *b', bold: true }, { text: ' c*' }]);
    expect(parseEmphasis('*a **b* c**')).toEqual([{ text: 'a **b', italic: true }, { text: ' c**' }]);
  });

  it('prints unpaired markers and lone asterisks as written', () => {
    for (const text of [
      '**chưa đóng',
      'chưa mở**',
      '2 * 3 = 6',
      'Ghi chú: * không bắt buộc',
      '****',
      '** **',
      '*',
      '***a** b*',
    ])
      expect(emphasisPlainText(text), text).toBe(text);
  });

  it('makes "\\*" a literal asterisk and leaves other backslashes alone', () => {
    expect(parseEmphasis('\\*\\*không đậm\\*\\*')).toEqual([{ text: '**không đậm**' }]);
    expect(parseEmphasis('a \\*b*')).toEqual([{ text: 'a *b*' }]);
    expect(parseEmphasis('C:\\vanban\\*x*')).toEqual([{ text: 'C:\\vanban*x*' }]);
    expect(parseEmphasis('\\\\*x*')).toEqual([{ text: '\\*x*' }]);
    expect(parseEmphasis('đường dẫn C:\\vanban')).toEqual([{ text: 'đường dẫn C:\\vanban' }]);
  });

  it('reads nothing else: tags, list markers and numbers stay text', () => {
    for (const text of ['<b>đậm</b>', '- đã có gạch', '1. đánh số', '&amp;', '_x_', '__y__'])
      expect(parseEmphasis(text)).toEqual([{ text }]);
    expect(parseEmphasis('')).toEqual([]);
  });

  it('styles part of a Vietnamese word and combining marks', () => {
    expect(parseEmphasis('Nguy**ễ**n')).toEqual([{ text: 'Nguy' }, { text: 'ễ', bold: true }, { text: 'n' }]);
    // "e" + combining circumflex + combining tilde (NFD)
    const nfd = 'Nguye\u0302\u0303n';
    expect(parseEmphasis(`**${nfd}**`)).toEqual([{ text: nfd, bold: true }]);
  });

  it('stays fast on many unpaired markers', () => {
    const text = '*a '.repeat(50_000) + '**b '.repeat(50_000);
    const started = Date.now();
    expect(emphasisPlainText(text)).toBe(text);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

/** Text from an alphabet rich in markers, escapes, spaces and Vietnamese letters. */
const markedText = fc
  .array(
    fc.constantFrom('*', '**', '***', '\\', '\\*', ' ', 'a', 'ễ', 'Đ', ':', '<b>', '</p><p>', '&lt;', '\n'),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

/** The input without what the parser may consume: every "*" and every escape "\*" (read left to right). */
const inputText = (text: string) => text.replace(/\\\*/g, '').replace(/\*/g, '');
/** The output without asterisks: those of escapes and of unpaired markers alike. */
const printedText = (text: string) => text.replace(/\*/g, '');

describe('parseEmphasis (properties)', () => {
  it('prints the input minus the markers it consumed, in order', () => {
    fc.assert(
      fc.property(markedText, (text) => {
        const runs = parseEmphasis(text);
        const printed = runs.map((r) => r.text).join('');
        expect(printedText(printed)).toBe(inputText(text));
        // Only markers are ever consumed, never text.
        expect(printed.length).toBeLessThanOrEqual(text.length);
        for (const r of runs) expect(r.text).not.toBe('');
        // Unstyled output means nothing was consumed but the escapes.
        if (runs.every((r) => !r.bold && !r.italic)) expect(printed).toBe(text.replace(/\\\*/g, '*'));
      }),
      { numRuns: 2000 },
    );
  });

  it('never makes structure: data in a paragraph stays one paragraph holding its text', () => {
    // Footnotes ("^[…]") too: they add marks inside the paragraph, never a tag.
    const withNotes = fc
      .tuple(markedText, fc.array(fc.constantFrom('^[', ']', '[', '\\^', 'b', ' '), { maxLength: 12 }))
      .map(([text, notes]) => `${text}${notes.join('')}${text}`);
    fc.assert(
      fc.property(withNotes, (text) => {
        const escaped = encodeEmphasis(text)
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;');
        const out = parseMarkup(`<p>Trước ${escaped} sau</p>`);
        expect(out.body).toHaveLength(1);
        const paragraph = out.body[0]!;
        expect(paragraph.type).toBe('paragraph');
        if (paragraph.type !== 'paragraph') return;
        const fold = (t: string) => t.replace(/\s+/g, ' ');
        const printed = paragraph.runs.map((r) => r.text).join('');
        expect(fold(printed)).toBe(fold(`Trước ${emphasisPlainText(text)} sau`));
        expect(printed).not.toMatch(DATA_MARK);
        const notes = paragraph.runs.flatMap((r) => (r.footnote === undefined ? [] : [r.footnote]));
        expect(notes).toEqual(parseEmphasis(text).flatMap((r) => (r.footnote ? [fold(r.footnote)] : [])));
        for (const note of notes) expect(note).not.toMatch(DATA_MARK);
      }),
      { numRuns: 1000 },
    );
  });
});
