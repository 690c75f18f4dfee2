/**
 * The characters a DOCX part can hold: XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and
 * U+10000–U+10FFFF. Anything else (other C0 controls, U+FFFE, U+FFFF, a lone surrogate) makes Word
 * and LibreOffice refuse the whole file, and no escape can write it. Template checks and data
 * warnings use these functions; renderDocx strips what is left as a last guard.
 */

/** One character XML 1.0 does not allow (with the u flag a lone surrogate is one code point). */
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** Every such character; global, for matchAll and replace (which do not share its lastIndex). */
export const INVALID_XML_CHARS = new RegExp(INVALID.source, 'gu');

/** Whether a code point may appear in an XML 1.0 document (in text or an attribute). */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** The offset of the first character XML 1.0 does not allow, or -1. */
export function firstInvalidXmlChar(text: string): number {
  const match = INVALID.exec(text);
  return match ? match.index : -1;
}

/** The text without the characters XML 1.0 does not allow. */
export function stripInvalidXmlChars(text: string): string {
  return INVALID.test(text) ? text.replace(INVALID_XML_CHARS, '') : text;
}

/** "U+FFFE": how messages name a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A copy of `value` with every string stripped of what XML 1.0 does not allow; `value` itself when it
 * holds none, so the usual document is not copied. Walks arrays and plain objects, as the model is.
 */
export function withValidXmlText<T>(value: T): T {
  return hasInvalid(value) ? (strip(value) as T) : value;
}

function hasInvalid(value: unknown): boolean {
  if (typeof value === 'string') return INVALID.test(value);
  if (Array.isArray(value)) return value.some(hasInvalid);
  if (isPlainObject(value)) return Object.values(value).some(hasInvalid);
  return false;
}

function strip(value: unknown): unknown {
  if (typeof value === 'string') return stripInvalidXmlChars(value);
  if (Array.isArray(value)) return value.map(strip);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = strip(v);
    return out;
  }
  return value;
}

/** An object literal (or Object.create(null)): what the model and template views are made of. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
