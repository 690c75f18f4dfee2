/**
 * Vietnamese upper case. String.prototype.toUpperCase maps every Vietnamese letter (đ→Đ, ư→Ư, ỷ→Ỷ);
 * we pin the locale and re-normalise so the result stays precomposed (NFC) whatever the input form.
 */
export function vietnameseUpper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN').normalize('NFC');
}

export function vietnameseLower(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi-VN').normalize('NFC');
}

/** "PHÓ GIÁM ĐỐC" → "Phó giám đốc": lower case with the first letter upper. */
export function sentenceCase(text: string): string {
  const lower = vietnameseLower(text);
  return vietnameseUpper(lower.charAt(0)) + lower.slice(1);
}

/** Every mark dropped, Đ as D: "Nơi nhân" → "Noi nhan". For comparing what a slip or a lost font changed. */
export function withoutMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/Đ/gu, 'D')
    .replace(/đ/gu, 'd');
}

/** "Hoàng Văn Thuân" → "hoang-van-thuan": for ids and file names. */
export function asciiSlug(text: string): string {
  return withoutMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
