import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIEM_LETTERS, diemLetter, padNumber, toRoman } from '../../src/text/numbers.js';
import { vietnameseUpper } from '../../src/text/case.js';
import { normalizeText, findControlCharacter } from '../../src/text/normalize.js';

describe('document numbers (PL1-II.3.c)', () => {
  it('pads below 10 only', () => {
    expect(padNumber(5)).toBe('05');
    expect(padNumber(10)).toBe('10');
    expect(padNumber(125)).toBe('125');
  });

  it('is the number itself, with a leading zero exactly when below 10 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), (n) => {
        const s = padNumber(n);
        expect(Number(s)).toBe(n);
        expect(s.startsWith('0')).toBe(n < 10);
        expect(s.length).toBe(Math.max(2, String(n).length));
      }),
    );
  });
});

describe('điểm letters (PL1-II.6.đ)', () => {
  it('runs through the Vietnamese alphabet without f, j, w, z', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(diemLetter).join(' ')).toBe('a b c d đ e g');
    expect(DIEM_LETTERS).toHaveLength(23);
    for (const letter of ['f', 'j', 'w', 'z']) expect(DIEM_LETTERS).not.toContain(letter);
    expect(diemLetter(23)).toBe('y');
  });
});

describe('Roman numerals', () => {
  it('numbers parts and sections', () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
  });
});

describe('Vietnamese upper case', () => {
  it('keeps every diacritic, precomposed', () => {
    expect(vietnameseUpper('Sở Khoa học và Công nghệ')).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(vietnameseUpper('ủy ban nhân dân đường ưu tiên')).toBe('ỦY BAN NHÂN DÂN ĐƯỜNG ƯU TIÊN');
    expect(vietnameseUpper('Sở Khoa học'.normalize('NFD'))).toBe('SỞ KHOA HỌC');
  });

  it('is idempotent and NFC for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const up = vietnameseUpper(s);
        expect(vietnameseUpper(up)).toBe(up);
        expect(up).toBe(up.normalize('NFC'));
      }),
    );
  });
});

describe('text normalisation on the way in', () => {
  it('composes decomposed Vietnamese and folds whitespace', () => {
    expect(normalizeText('  Nghe\u0323\u0302 an\n tâm  ')).toBe('Nghệ an tâm'.normalize('NFC'));
  });

  it('finds characters XML cannot hold', () => {
    expect(findControlCharacter('ok\ttab')).toBeUndefined();
    expect(findControlCharacter('bell\u0007')).toBe(7);
    expect(findControlCharacter('lone \ud800 surrogate')).toBe(0xd800);
    expect(findControlCharacter('emoji 😀 fine')).toBeUndefined();
  });
});
