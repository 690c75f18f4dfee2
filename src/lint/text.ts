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

export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
