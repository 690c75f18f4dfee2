import { withoutMarks } from '../text/case.js';
/** Text tests the rules share: case, tone-mark placement variants, the document type names (Đ7, PL3-I). */

/** True when the text has letters and none of them is lower case. */
export function isAllUpper(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi-VN');
}

export function hasLowercase(text: string): boolean {
  return text !== text.toLocaleUpperCase('vi-VN');
}

/**
 * Folds the two tone-mark placements ND30 itself mixes (HÒA/HOÀ, ỦY/UỶ, THỎA/THOẢ) to one, so a
 * name is recognised whichever convention the office follows.
 */
export function foldTones(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleUpperCase('vi-VN')
    .replace(/OÀ/g, 'ÒA')
    .replace(/OẢ/g, 'ỎA')
    .replace(/OÁ/g, 'ÓA')
    .replace(/OẠ/g, 'ỌA')
    .replace(/OÃ/g, 'ÕA')
    .replace(/UỶ/g, 'ỦY')
    .replace(/UÝ/g, 'ÚY')
    .replace(/UỲ/g, 'ÙY')
    .replace(/UỴ/g, 'ỤY')
    .replace(/UỸ/g, 'ŨY')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Đ7 document types with their PL3-I abbreviation (TY-05); Công văn and Thư công have none. */
export const DOCUMENT_TYPES: ReadonlyArray<{ name: string; abbreviation?: string }> = [
  { name: 'NGHỊ QUYẾT', abbreviation: 'NQ' },
  { name: 'QUYẾT ĐỊNH', abbreviation: 'QĐ' },
  { name: 'CHỈ THỊ', abbreviation: 'CT' },
  { name: 'QUY CHẾ', abbreviation: 'QC' },
  { name: 'QUY ĐỊNH', abbreviation: 'QyĐ' },
  { name: 'THÔNG CÁO', abbreviation: 'TC' },
  { name: 'THÔNG BÁO', abbreviation: 'TB' },
  { name: 'HƯỚNG DẪN', abbreviation: 'HD' },
  { name: 'CHƯƠNG TRÌNH', abbreviation: 'CTr' },
  { name: 'KẾ HOẠCH', abbreviation: 'KH' },
  { name: 'PHƯƠNG ÁN', abbreviation: 'PA' },
  { name: 'ĐỀ ÁN', abbreviation: 'ĐA' },
  { name: 'DỰ ÁN', abbreviation: 'DA' },
  { name: 'BÁO CÁO', abbreviation: 'BC' },
  { name: 'BIÊN BẢN', abbreviation: 'BB' },
  { name: 'TỜ TRÌNH', abbreviation: 'TTr' },
  { name: 'HỢP ĐỒNG', abbreviation: 'HĐ' },
  { name: 'CÔNG ĐIỆN', abbreviation: 'CĐ' },
  { name: 'BẢN GHI NHỚ', abbreviation: 'BGN' },
  { name: 'BẢN THỎA THUẬN', abbreviation: 'BTT' },
  { name: 'GIẤY ỦY QUYỀN', abbreviation: 'GUQ' },
  { name: 'GIẤY MỜI', abbreviation: 'GM' },
  { name: 'GIẤY GIỚI THIỆU', abbreviation: 'GGT' },
  { name: 'GIẤY NGHỈ PHÉP', abbreviation: 'GNP' },
  { name: 'PHIẾU GỬI', abbreviation: 'PG' },
  { name: 'PHIẾU CHUYỂN', abbreviation: 'PC' },
  { name: 'PHIẾU BÁO', abbreviation: 'PB' },
  { name: 'THƯ CÔNG' },
];

/** The type whose name the text is (any case, either tone placement), if any. */
export function documentTypeOf(text: string): { name: string; abbreviation?: string } | undefined {
  const folded = foldTones(text);
  return DOCUMENT_TYPES.find((t) => foldTones(t.name) === folded);
}

/** The type whose name starts the text and is followed by more words ("BIÊN BẢN THẨM ĐỊNH HỒ SƠ"). */
export function documentTypePrefixOf(text: string): { name: string; abbreviation?: string } | undefined {
  const folded = foldTones(text);
  return DOCUMENT_TYPES.find((t) => folded.startsWith(`${foldTones(t.name)} `));
}

export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Letters only, every mark dropped, Đ as D, upper case: "Nơi nhân:" → "NOINHAN". For near misses. */
export function bareLetters(text: string): string {
  return withoutMarks(text)
    .toUpperCase()
    .replace(/[^A-Z]/gu, '');
}

/** Whether two strings are at most `max` one-letter edits apart (insertion, deletion, substitution). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    if (Math.min(...row) > max) return false;
    previous = row;
  }
  return previous[b.length]! <= max;
}

/** Tone marks (sắc, huyền, hỏi, ngã, nặng) removed; the letters' own marks (Ă, Â, Ê, Ô, Ơ, Ư, Đ) kept. */
export function stripTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC');
}

const SYLLABLE =
  /^(NGH|NG|GH|GI|KH|NH|PH|QU|TH|TR|CH|B|C|D|Đ|G|H|K|L|M|N|P|R|S|T|V|X)?[AĂÂEÊIOÔƠUƯY]{1,3}(NG|NH|CH|C|M|N|P|T)?$/u;

/** Whether a word can be one Vietnamese syllable (so "UBND", "KHCN", "TP." cannot). */
export function isVietnameseSyllable(word: string): boolean {
  const upper = stripTones(word.toLocaleUpperCase('vi-VN'));
  // GI before I: "GÌ" is G + I.
  return SYLLABLE.test(upper) || /^GI(NG|NH|CH|C|M|N|P|T)?$/u.test(upper);
}

const VOWELS = /[AĂÂEÊIOÔƠUƯY]/gu;

/**
 * Whether a word is an abbreviation: "KH&CN", "TP.", a run of consonants ("HĐND", "KHCN", "TNHH"), or a
 * word of four letters or more with one vowel, no Vietnamese mark, that no syllable spells ("UBND", "QLDA").
 * Place names of the Central Highlands ("ĐẮK LẮK", "KRÔNG", "PLEIKU", "H'LEO") are not abbreviations.
 */
export function isAbbreviation(word: string): boolean {
  if (/\d|'|’/u.test(word) || !/\p{L}/u.test(word)) return false;
  if (/\p{L}[&./]|[&]/u.test(word)) return true;
  const upper = stripTones(word.toLocaleUpperCase('vi-VN'));
  const letters = upper.replace(/[^\p{L}]/gu, '');
  const vowels = letters.match(VOWELS)?.length ?? 0;
  if (letters.length >= 2 && vowels === 0) return true;
  return letters.length >= 4 && vowels <= 1 && /^[A-Z]+$/u.test(letters) && !isVietnameseSyllable(letters);
}

/** The words of a name that are abbreviations: "UBND", "KH&CN", "TP.", "TNHH". */
export function abbreviationsIn(text: string): string[] {
  return text
    .split(/[\s,;()–—-]+/u)
    .filter((w) => w !== '')
    .filter(isAbbreviation);
}

/** Local government bodies, whose full name carries the place: "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH". */
export const LOCAL_BODY = /^(UBND|HĐND|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)(?:\s+|$)(.*)$/u;
const LOCALITY = /^(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(\S.*)$/u;

/** The place a local body's name gives ("TỈNH QUẢNG BÌNH" → kind TỈNH, name QUẢNG BÌNH), if any. */
export function localityOf(text: string): { body: string; kind?: string; name?: string } | undefined {
  const m = LOCAL_BODY.exec(foldTones(text));
  if (!m) return undefined;
  const place = LOCALITY.exec((m[2] ?? '').trim());
  if (!place) return { body: m[1]! };
  return { body: m[1]!, kind: place[1]!, name: place[2]! };
}
