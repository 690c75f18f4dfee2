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

/** "Hoàng Văn Thuân" → "hoang-van-thuan": for ids and file names. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
