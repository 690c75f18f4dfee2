/**
 * Text normalisation done once on the way in: Unicode NFC (TCVN 6909:2001 precomposed forms, so
 * "ệ" typed as e + two combining marks prints and sorts like the precomposed letter) and whitespace
 * folded to single spaces (line breaks inside a YAML value are not paragraph breaks).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * The first code point that XML 1.0 cannot hold (C0 controls other than tab/newline/return,
 * U+FFFE/U+FFFF, lone surrogates), or undefined. Such characters would make Word refuse the file.
 */
export function findControlCharacter(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c;
    if (c === 0xfffe || c === 0xffff) return c;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return c;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return c;
  }
  return undefined;
}
