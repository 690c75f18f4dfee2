/**
 * FN-03: Vietnamese in Unicode, precomposed (TCVN 6909:2001, NFC), not in the legacy 8-bit encodings
 * (TCVN3 with its .Vn fonts, VNI with its VNI- fonts) that old files and converters still carry (PL1-I.4).
 */
import type { Paragraph, Run } from '../docxModel.js';
import type { Finding, Localized } from '../finding.js';
import { L } from '../finding.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { snippet } from '../text.js';
import { ELEMENT, PROPERTY } from '../words.js';

/** .VnTime, .VnTimeH, VnTime, VNI-Times, VNI Helve …: fonts that map Latin-1 code points to Vietnamese. */
export function isLegacyVietnameseFont(font: string | undefined): boolean {
  return font !== undefined && /^(\.?vn[a-z]|vni[-\s])/iu.test(font.trim());
}

/**
 * Latin-1 letters no Vietnamese word uses, which TCVN3 and VNI text is full of ("Céng hoµ" → à is µ …).
 * Signs that modern text uses (², ³, ±, ×, ½, «, », ·, ©, ®, µm) are left out.
 */
const LEGACY_CHARS = /[¸¶¹¨ÆÇËÎÏÑÖØÜÞßäåæçëîïñöøûüþ¬]/gu;
/** Letters that look Vietnamese but are not: Icelandic eth for Đ/đ, African D. */
const LOOKALIKES = /[ÐðƉ]/u;

function fontsOf(run: Run): Array<string | undefined> {
  const f = run.props.fonts;
  return [f.ascii, f.hAnsi, f.cs];
}

/** Combining tone and vowel marks: typed apart from their letter (Unikey "tổ hợp"). */
const COMBINING = /[\u0300-\u036f]/u;

/**
 * Text in a legacy font is TCVN3/VNI only if it carries that encoding's Latin-1 letters. Unicode text
 * (digits, ASCII, or precomposed Vietnamese) with a .Vn font name is a font setting (FN-01): advising
 * a conversion would corrupt it.
 */
export function isLegacyEncodedText(text: string): boolean {
  return (text.match(LEGACY_CHARS) ?? []).length > 0 && !/[\u0100-\u1eff]/u.test(text.replace(/[Đđ]/gu, ''));
}

function problemOf(run: Run): Localized | undefined {
  const legacy = fontsOf(run).find(isLegacyVietnameseFont);
  const text = run.text;
  if (legacy && isLegacyEncodedText(text))
    return L(`phông cũ "${legacy}" (bảng mã TCVN3/VNI)`, `legacy font "${legacy}" (TCVN3/VNI)`);
  // Only separated tone marks: a compatibility sign such as Ω (U+2126) is not Vietnamese typed apart.
  if (COMBINING.test(text) && text !== text.normalize('NFC'))
    return L('chữ tổ hợp (dấu gõ rời, chưa chuẩn hóa NFC)', 'decomposed letters (combining marks, not NFC)');
  const lookalike = LOOKALIKES.exec(text);
  if (lookalike)
    return L(
      `ký tự "${lookalike[0]}" (U+${lookalike[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) thay cho "Đ/đ"`,
      `"${lookalike[0]}" (U+${lookalike[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) instead of "Đ/đ"`,
    );
  const legacyChars = text.match(LEGACY_CHARS) ?? [];
  if (legacyChars.length >= 4 && new Set(legacyChars).size >= 2)
    return L('chữ gõ bằng bảng mã TCVN3/VNI', 'text typed in the TCVN3/VNI encoding');
  return undefined;
}

function paragraphsOf(ctx: LintContext): Paragraph[] {
  return [...ctx.model.paragraphs, ...[...ctx.model.parts.values()].flat()];
}

const encoding: LintRule = {
  id: 'FN-03',
  clause: 'PL1-I.4',
  severity: 'error',
  element: ELEMENT.text,
  requirement: L(
    'Chữ Việt Unicode dựng sẵn (TCVN 6909:2001), không dùng phông .Vn (TCVN3), VNI',
    'Precomposed Unicode Vietnamese (TCVN 6909:2001); no .Vn (TCVN3) or VNI fonts',
  ),
  check: (ctx) => {
    const out: Finding[] = [];
    for (const para of paragraphsOf(ctx)) {
      for (const run of para.runs) {
        if (run.text.trim() === '') continue;
        const problem = problemOf(run);
        if (!problem) continue;
        out.push(
          findingOf(encoding, {
            property: PROPERTY.encoding,
            expected: L('Unicode dựng sẵn (NFC)', 'precomposed Unicode (NFC)'),
            found: problem,
            where: { part: para.part, paragraph: para.number, text: snippet(para.text) },
          }),
        );
        break;
      }
    }
    return out;
  },
};

export const ENCODING_RULES: LintRule[] = [encoding];
