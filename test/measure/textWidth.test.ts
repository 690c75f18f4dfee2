import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidthMm, textWidthPt, type FontStyle } from '../../src/measure/textWidth.js';

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
