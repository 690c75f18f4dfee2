/** Numbers below 10 written with a leading zero, as document numbers are (PL1-II.3.c): 5 → "05". */
export function padNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a document number: ${n}`);
  return n < 10 ? `0${n}` : String(n);
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Roman numerals for Phần, Chương and report-style mục (I., II., …). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** The Vietnamese letters for điểm, without f, j, w, z (PL1-II.6.đ): a b c d đ e g h i k … y. */
export const DIEM_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
] as const;

/** The n-th điểm letter (1-based); past y it doubles (aa, bb, …), which the decree never reaches in practice. */
export function diemLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no điểm letter for ${n}`);
  const letter = DIEM_LETTERS[(n - 1) % DIEM_LETTERS.length]!;
  return letter.repeat(Math.floor((n - 1) / DIEM_LETTERS.length) + 1);
}
