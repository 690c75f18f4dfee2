/**
 * The decree's numbers for the elements beyond a plain notice: công văn (ô 5b, 9a), stamps (ô 10, 11),
 * the address footer (ô 13), appendices (PL1-III.1) and body tables. Same conventions as nd30.ts
 * (keys of ../shared/nd30-spec.md); values marked [S] come from the Phụ lục III samples, [P] from
 * practice where the decree is silent.
 */
import { ND30 } from './nd30.js';

export const ND30_ELEMENTS = {
  /** Ô 5b "V/v …": 12–13 pt upright, centred under Số, 6 pt from it (PL1-II.5.b). */
  subject: { sizePt: ND30.size.vv, beforePt: 6 },
  /** Ô 9a "Kính gửi:": 13–14 pt (PL1-II.9.d); Mẫu 1.5 indents it ≈ 3.5 cm [S]. */
  addressees: { sizePt: 14, indentCm: 3.5, beforePt: 12 },
  /** Ô 10a/10b: single-border boxes, upper case bold 13–14, red (PL1-III.2). */
  stamps: {
    sizePt: 13,
    heightMm: 8,
    colour: 'FF0000',
    borderPt: 1,
    /** PL1-III.2.b: HỎA TỐC 30 × 8, THƯỢNG KHẨN 40 × 8, KHẨN 20 × 8 mm. */
    urgencyWidthMm: { KHẨN: 20, 'THƯỢNG KHẨN': 40, 'HỎA TỐC': 30 } as Record<string, number>,
    /** [P] the secrecy stamps follow the same steps by word length (set by the state-secrets rules). */
    secrecyWidthMm: { MẬT: 20, 'TỐI MẬT': 30, 'TUYỆT MẬT': 40 } as Record<string, number>,
    /** Room left and right of a word in a box whose width is not fixed (ô 11, DỰ THẢO). */
    paddingMm: 3,
    gapPt: 6,
  },
  /** Ô 11 and the draft mark: upper case bold 13–14 in a single-line box (PL1-III.2.c). */
  notice: { sizePt: 13 },
  /** Ô 13: 11–12 pt upright under a full-width solid line, first page only (PL1-III.4). */
  footer: { sizePt: 11, rulePt: 0.75 },
  /** PL1-III.1.b–c: "Phụ lục I" 14 bold; title 13–14 bold upper case; reference 13–14 italic. */
  appendix: { labelSizePt: 14, titleSizePt: 14, referenceSizePt: 14 },
  /** [P] tables in the content are unregulated: 13 pt, single borders. */
  table: { sizePt: 13, borderPt: 0.5, cellPaddingMm: 1.5, afterPt: 6 },
  /** A table's own `size:`: lint's FN-04 range for text runs (10–14 pt). */
  tableSizeRangePt: [10, 14] as const,
  /** [P] footnotes: 12 pt, single spacing. */
  footnote: { sizePt: 12 },
} as const;
