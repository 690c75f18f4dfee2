/**
 * Numeric character references (&#233; &#xE9;) as the markup reads them, and which of them name a
 * character a DOCX can hold. Shared by the check of a template's text (templateChecks.ts, located in the
 * file) and the markup parser (markup.ts, for a reference the template assembles while it runs).
 */
import { codePointName, isXmlChar } from '../render/docx/xmlChars.js';

/** `&#x…;` or `&#…;`: group 1 holds hex digits, group 2 decimal ones. Global: reset lastIndex to reuse. */
export const NUMERIC_REF = /&#(?:x([0-9a-fA-F]+)|(\d+));/g;

/** The code point a NUMERIC_REF match names (possibly far beyond Unicode, never NaN). */
export function refCodePoint(match: RegExpExecArray | RegExpMatchArray): number {
  return match[1] !== undefined ? parseInt(match[1], 16) : parseInt(match[2]!, 10);
}

export interface RefProblem {
  vi: string;
  en: string;
}

/** Why a referenced code point cannot be written into a DOCX, or undefined when it can. */
export function refProblem(codePoint: number): RefProblem | undefined {
  if (codePoint > 0x10ffff)
    return {
      vi: 'vượt ngoài bảng mã Unicode (lớn nhất là U+10FFFF)',
      en: 'beyond Unicode (the largest code point is U+10FFFF)',
    };
  const name = codePointName(codePoint);
  if (codePoint >= 0xd800 && codePoint <= 0xdfff)
    return {
      vi: `${name} là nửa cặp thay thế (surrogate) của UTF-16, không phải một ký tự`,
      en: `${name} is a UTF-16 surrogate, not a character`,
    };
  if (!isXmlChar(codePoint))
    return {
      vi: `${name} là ký tự điều khiển hoặc không phải ký tự, văn bản Word (DOCX) không chứa được`,
      en: `${name} is a control character or a non-character, which a Word document (DOCX) cannot contain`,
    };
  return undefined;
}
