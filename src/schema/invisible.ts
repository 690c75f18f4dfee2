/**
 * Characters that take no space on screen yet go into the Word file: bidirectional controls (U+202E
 * turns "2020-08-31 ngày" into text that reads backwards, and hides what a signer approves) and
 * zero-width characters that break search, sorting and line breaking. A clerk never types them; they
 * come pasted from the web, chat apps or PDFs.
 */
const NAMES: Record<number, { vi: string; en: string }> = {
  0x00ad: { vi: 'gạch nối mềm', en: 'soft hyphen' },
  0x061c: { vi: 'điều khiển hướng chữ ALM', en: 'bidi control ALM' },
  0x180e: { vi: 'dấu cách Mông Cổ', en: 'Mongolian vowel separator' },
  0x200b: { vi: 'dấu cách độ rộng 0', en: 'zero-width space' },
  0x200c: { vi: 'ký tự không nối độ rộng 0', en: 'zero-width non-joiner' },
  0x200d: { vi: 'ký tự nối độ rộng 0', en: 'zero-width joiner' },
  0x200e: { vi: 'điều khiển hướng chữ LRM', en: 'bidi control LRM' },
  0x200f: { vi: 'điều khiển hướng chữ RLM', en: 'bidi control RLM' },
  0x202a: { vi: 'điều khiển hướng chữ LRE', en: 'bidi control LRE' },
  0x202b: { vi: 'điều khiển hướng chữ RLE', en: 'bidi control RLE' },
  0x202c: { vi: 'điều khiển hướng chữ PDF', en: 'bidi control PDF' },
  0x202d: { vi: 'điều khiển hướng chữ LRO', en: 'bidi control LRO' },
  0x202e: { vi: 'điều khiển hướng chữ RLO, đảo ngược chữ', en: 'bidi control RLO, reverses text' },
  0x2060: { vi: 'ký tự nối từ vô hình', en: 'word joiner' },
  0x2061: { vi: 'toán tử vô hình', en: 'invisible operator' },
  0x2062: { vi: 'toán tử vô hình', en: 'invisible operator' },
  0x2063: { vi: 'toán tử vô hình', en: 'invisible operator' },
  0x2064: { vi: 'toán tử vô hình', en: 'invisible operator' },
  0x2066: { vi: 'điều khiển hướng chữ LRI', en: 'bidi control LRI' },
  0x2067: { vi: 'điều khiển hướng chữ RLI', en: 'bidi control RLI' },
  0x2068: { vi: 'điều khiển hướng chữ FSI', en: 'bidi control FSI' },
  0x2069: { vi: 'điều khiển hướng chữ PDI', en: 'bidi control PDI' },
  0xfeff: { vi: 'dấu BOM / dấu cách độ rộng 0', en: 'byte-order mark / zero-width no-break space' },
};

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export interface InvisibleCharacter {
  char: string;
  /** "U+202E" */
  codePoint: string;
  vi: string;
  en: string;
}

/** The first invisible format character of `text`, or undefined. */
export function findInvisibleCharacter(text: string): InvisibleCharacter | undefined {
  const match = INVISIBLE.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const name = NAMES[code]!;
  return { char: match[0], codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, ...name };
}
