/**
 * Footnotes written in data text, "^[…]" (src/text/inlineNote.ts, read by src/text/emphasis.ts): the mark
 * stands exactly where the note was written, inside the emphasis around it; "\^", an unclosed "^[" and
 * an empty note print as written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEmphasis } from '../../src/text/emphasis.js';
import { escapeNoteText, noteMarkup } from '../../src/text/inlineNote.js';

describe('^[…] footnotes', () => {
  it('puts the mark after the text before it, mid-sentence or at the start', () => {
    expect(parseEmphasis('Căn cứ Luật^[Luật số 01/2020/QH14.] và Nghị định')).toEqual([
      { text: 'Căn cứ Luật', footnote: 'Luật số 01/2020/QH14.' },
      { text: ' và Nghị định' },
    ]);
    expect(parseEmphasis('^[Đầu đoạn.]Chữ')).toEqual([{ text: '', footnote: 'Đầu đoạn.' }, { text: 'Chữ' }]);
    expect(parseEmphasis('a^[một]^[hai]')).toEqual([
      { text: 'a', footnote: 'một' },
      { text: '', footnote: 'hai' },
    ]);
  });

  it('keeps the emphasis around the mark (nesting with bold and italic)', () => {
    expect(parseEmphasis('**phát triển^[Giai đoạn 2021 - 2025.]** khoa học')).toEqual([
      { text: 'phát triển', bold: true, footnote: 'Giai đoạn 2021 - 2025.' },
      { text: ' khoa học' },
    ]);
    expect(parseEmphasis('**Bộ ^[x] Nội vụ** và *Sở^[y]*')).toEqual([
      { text: 'Bộ ', bold: true, footnote: 'x' },
      { text: ' Nội vụ', bold: true },
      { text: ' và ' },
      { text: 'Sở', italic: true, footnote: 'y' },
    ]);
    // A note is one piece: a marker inside it cannot pair with one outside.
    expect(parseEmphasis('**a^[b**]c**')).toEqual([
      { text: 'a', bold: true, footnote: 'b**' },
      { text: 'c', bold: true },
    ]);
  });

  it("prints a note's own text plain, its markers read like any text", () => {
    expect(parseEmphasis('x^[xem **Điều 3** của *Luật*]')[0]).toEqual({
      text: 'x',
      footnote: 'xem Điều 3 của Luật',
    });
    expect(parseEmphasis('x^[2 \\* 3]')[0]!.footnote).toBe('2 * 3');
    expect(parseEmphasis('x^[  có khoảng trắng  ]')[0]!.footnote).toBe('có khoảng trắng');
  });

  it('ends a note at the bracket that balances it; \\[ and \\] inside are text', () => {
    expect(parseEmphasis('x^[xem [1] và [2]] tiếp')).toEqual([
      { text: 'x', footnote: 'xem [1] và [2]' },
      { text: ' tiếp' },
    ]);
    expect(parseEmphasis('x^[mở \\[ đóng \\] hết]')[0]!.footnote).toBe('mở [ đóng ] hết');
    // A note inside a note is the outer note's text.
    expect(parseEmphasis('x^[a ^[b] c]')[0]!.footnote).toBe('a ^[b] c');
  });

  it('prints "\\^" as a caret, an unclosed or empty note as written, never losing text', () => {
    expect(parseEmphasis('giá \\^[không phải chú thích]')).toEqual([{ text: 'giá ^[không phải chú thích]' }]);
    expect(parseEmphasis('2\\^3')).toEqual([{ text: '2^3' }]);
    expect(parseEmphasis('x\\y^z')).toEqual([{ text: 'x\\y^z' }]);
    for (const text of ['a ^[chưa đóng', '^[', 'a^[b [c]', '^[]', 'a ^[ ] b', '^]', 'a ^ [b]', '[^x]'])
      expect(parseEmphasis(text), text).toEqual([{ text }]);
    // Emphasis after an unclosed note is still read.
    expect(parseEmphasis('^[mở **đậm**')).toEqual([{ text: '^[mở ' }, { text: 'đậm', bold: true }]);
  });

  it('stays fast on many unclosed notes', () => {
    const text = 'a ^['.repeat(50_000) + '^[b '.repeat(50_000);
    const started = Date.now();
    expect(parseEmphasis(text)).toEqual([{ text }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

/** Text rich in note syntax, escapes, emphasis markers, spaces and Vietnamese letters. */
const notedText = fc
  .array(
    fc.constantFrom('^[', ']', '[', '^', '\\^', '\\[', '\\]', '\\', '*', '**', ' ', 'a', 'ễ', 'Đ', '.', '\n'),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** What the reader can never drop: every character but markup characters and spaces. */
const letters = (text: string) => text.replace(/[\s*\\^[\]]/g, '');

describe('^[…] footnotes (properties)', () => {
  it('loses no text: every letter prints, in the line or in a note at its place, in order', () => {
    fc.assert(
      fc.property(notedText, (text) => {
        const runs = parseEmphasis(text);
        const inOrder = runs.map((r) => `${r.text}${r.footnote ?? ''}`).join('');
        expect(letters(inOrder)).toBe(letters(text));
        for (const r of runs) {
          expect(r.text !== '' || r.footnote !== undefined).toBe(true);
          if (r.footnote !== undefined) expect(r.footnote.trim()).toBe(r.footnote);
          if (r.footnote !== undefined) expect(r.footnote).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any note text written with escapeNoteText', () => {
    const raw = fc
      .array(fc.constantFrom('[', ']', '\\', '*', '**', '^', '^[', ' ', 'a', 'ễ', '.', '\n'), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(raw, (note) => {
        const runs = parseEmphasis(`Trước${noteMarkup(note)} sau`);
        if (note.trim() === '') {
          expect(runs.some((r) => r.footnote !== undefined)).toBe(false);
          return;
        }
        expect(runs).toEqual([{ text: 'Trước', footnote: note.trim() }, { text: ' sau' }]);
      }),
      { numRuns: 2000 },
    );
    expect(escapeNoteText('a]b\\')).toBe('a\\]b\\ ');
  });
});
