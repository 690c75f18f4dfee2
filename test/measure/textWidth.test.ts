import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidthMm, textWidthPt, wrapToWidth, type FontStyle } from '../../src/measure/textWidth.js';

const BOLD: FontStyle = { bold: true };
const ITALIC: FontStyle = { italic: true };
const REGULAR: FontStyle = {};

// Independently measured in Liberation Serif (mm), rounded to 0.1 mm.
const MEASURED: [string, FontStyle, Record<number, number>][] = [
  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', BOLD, { 12: 88.3, 13: 95.7, 14: 103.0 }],
  ['Độc lập - Tự do - Hạnh phúc', BOLD, { 12: 51.8, 13: 56.1, 14: 60.5 }],
  ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', BOLD, { 12: 64.8, 13: 70.2, 14: 75.6 }],
  ['ỦY BAN NHÂN DÂN', BOLD, { 12: 39.9, 13: 43.2, 14: 46.5 }],
  ['UBND TỈNH QUẢNG BÌNH', REGULAR, { 12: 50.9, 13: 55.2, 14: 59.4 }],
  ['THÔNG BÁO', BOLD, { 12: 26.0, 13: 28.2, 14: 30.3 }],
  ['Quảng Bình, ngày 05 tháng 02 năm 2020', ITALIC, { 13: 75.9, 14: 81.8 }],
  ['Số: 05/TB-SKHCN', REGULAR, { 13: 36.1 }],
  ['Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 9/2020', BOLD, { 14: 129.5 }],
];

const cases = MEASURED.flatMap(([text, style, bySize]) =>
  Object.entries(bySize).map(([size, mm]) => ({ text, style, size: Number(size), mm })),
);

describe('textWidthMm', () => {
  it.each(cases)('$text at $size pt $style is $mm mm (±0.3)', ({ text, style, size, mm }) => {
    expect(Math.abs(textWidthMm(text, size, style) - mm)).toBeLessThanOrEqual(0.3);
  });

  it('measures ư and ơ wider than u and o (Times New Roman horns)', () => {
    expect(textWidthPt('ư', 14, BOLD)).toBeGreaterThan(textWidthPt('u', 14, BOLD));
    expect(textWidthPt('ở', 14)).toBeGreaterThan(textWidthPt('o', 14));
  });

  it('gives the same width for NFC and NFD input', () => {
    for (const [text, style] of MEASURED) {
      const nfd = text.normalize('NFD');
      expect(nfd).not.toBe(text.normalize('NFC'));
      expect(textWidthPt(nfd, 13, style)).toBe(textWidthPt(text.normalize('NFC'), 13, style));
    }
  });

  it('scales linearly with the size (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.double({ min: 1, max: 72, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (text, size, bold, italic) => {
          const style = { bold, italic };
          const at1 = textWidthPt(text, 1, style);
          expect(textWidthPt(text, size, style)).toBeCloseTo(at1 * size, 9);
        },
      ),
    );
  });

  it('converts points to millimetres', () => {
    expect(textWidthMm('THÔNG BÁO', 14, BOLD)).toBeCloseTo(
      (textWidthPt('THÔNG BÁO', 14, BOLD) * 25.4) / 72,
      12,
    );
  });

  it('gives marks and invisible characters no width, and unknown characters the width of "n"', () => {
    expect(textWidthPt('a\u200b\u0360b', 12)).toBe(textWidthPt('ab', 12));
    expect(textWidthPt('Ж', 12)).toBe(textWidthPt('n', 12));
    expect(textWidthPt('', 12)).toBe(0);
  });
});

describe('wrapToWidth', () => {
  const allTwoLineSplits = (words: string[]): string[][] =>
    words.slice(1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
  const longest = (lines: string[], size: number, style: FontStyle): number =>
    Math.max(...lines.map((l) => textWidthMm(l, size, style)));

  it('balances "SỞ KHOA HỌC VÀ CÔNG NGHỆ" into two lines in a 63 mm column', () => {
    const text = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';
    const lines = wrapToWidth(text, 63, 13, BOLD);
    expect(lines).toEqual(['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']);
    for (const line of lines) expect(textWidthMm(line, 13, BOLD)).toBeLessThanOrEqual(63);
    // No other two-line split has a shorter longest line.
    const best = Math.min(...allTwoLineSplits(text.split(' ')).map((s) => longest(s, 13, BOLD)));
    expect(longest(lines, 13, BOLD)).toBe(best);
  });

  it('keeps text that fits on one line', () => {
    expect(wrapToWidth('ỦY BAN NHÂN DÂN', 63, 13, BOLD)).toEqual(['ỦY BAN NHÂN DÂN']);
    expect(wrapToWidth('  THÔNG   BÁO ', 40, 14, BOLD)).toEqual(['THÔNG BÁO']);
  });

  it('gives blank text no lines', () => {
    expect(wrapToWidth(' \t ', 50, 13)).toEqual([]);
  });

  it('puts a word wider than the column on a line of its own and balances the rest', () => {
    const lines = wrapToWidth('AB CD NGHIÊNGNGHIÊNGNGHIÊNG EF GH IJ', 20, 13, BOLD);
    expect(lines).toContain('NGHIÊNGNGHIÊNGNGHIÊNG');
    expect(lines.join(' ')).toBe('AB CD NGHIÊNGNGHIÊNGNGHIÊNG EF GH IJ');
  });

  it('does not break at a no-break space', () => {
    expect(wrapToWidth('Số\u00a005 A B C D E', 15, 13)[0]).toMatch(/^Số\u00a005/);
  });

  const word = fc
    .array(fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐỆƯỜ0123456789-/,.'), {
      minLength: 1,
      maxLength: 14,
    })
    .map((chars) => chars.join(''));
  const gap = fc.constantFrom(' ', '  ', '\t', ' \n ');
  const text = fc
    .tuple(fc.array(fc.tuple(word, gap), { maxLength: 25 }), gap, gap)
    .map(([parts, lead, trail]) => lead + parts.map(([w, g]) => w + g).join('') + trail);

  it('never loses or reorders words, and every multi-word line fits (property)', () => {
    fc.assert(
      fc.property(
        text,
        fc.double({ min: 5, max: 200, noNaN: true }),
        fc.constantFrom(11, 12, 13, 14),
        fc.boolean(),
        fc.boolean(),
        (input, width, size, bold, italic) => {
          const style = { bold, italic };
          const lines = wrapToWidth(input, width, size, style);
          expect(lines.join(' ')).toBe(input.trim().split(/\s+/).filter(Boolean).join(' '));
          for (const line of lines) {
            expect(line).not.toBe('');
            if (line.includes(' ')) expect(textWidthMm(line, size, style)).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });

  it('uses the fewest lines, and no split with that many has a shorter longest line (property)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 9 }),
        fc.double({ min: 10, max: 120, noNaN: true }),
        (words, width) => {
          const lines = wrapToWidth(words.join(' '), width, 13, BOLD);
          // Brute force over all 2^(n-1) ways to break the words.
          const fitting = (ls: string[]): boolean =>
            ls.every((l) => !l.includes(' ') || textWidthMm(l, 13, BOLD) <= width);
          const fitWidth = (ls: string[]): number =>
            Math.max(
              0,
              ...ls.filter((l) => textWidthMm(l, 13, BOLD) <= width).map((l) => textWidthMm(l, 13, BOLD)),
            );
          let fewest = Infinity;
          let best = Infinity;
          for (let mask = 0; mask < 1 << (words.length - 1); mask++) {
            const ls: string[] = [];
            let cur: string[] = [];
            words.forEach((w, i) => {
              cur.push(w);
              if (i === words.length - 1 || mask & (1 << i)) {
                ls.push(cur.join(' '));
                cur = [];
              }
            });
            if (!fitting(ls)) continue;
            if (ls.length < fewest || (ls.length === fewest && fitWidth(ls) < best)) {
              fewest = ls.length;
              best = fitWidth(ls);
            }
          }
          expect(lines.length).toBe(fewest);
          expect(fitWidth(lines)).toBeCloseTo(best, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    const input = 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG BÌNH';
    expect(wrapToWidth(input, 60, 13, BOLD)).toEqual(wrapToWidth(input, 60, 13, BOLD));
  });
});
