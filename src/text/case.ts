/**
 * Vietnamese upper case. String.prototype.toUpperCase maps every Vietnamese letter (đ→Đ, ư→Ư, ỷ→Ỷ);
 * we pin the locale and re-normalise so the result stays precomposed (NFC) whatever the input form.
 */
export function vietnameseUpper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN').normalize('NFC');
}
