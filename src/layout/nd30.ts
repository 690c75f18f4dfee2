/**
 * Every number of Nghị định 30/2020/NĐ-CP that the layout uses, in millimetres and points, with the
 * clause it comes from (keys as in ../shared/nd30-spec.md: PL1-I.3 = Phụ lục I, Phần I, Mục I, khoản 3).
 * Where the decree gives a range, the chosen value is inside it and the range is kept beside it so
 * tests and the linter can check against the rule rather than our choice.
 */
export const ND30 = {
  page: {
    /** A4 portrait, PL1-I.1 and PL1-I.2. */
    widthMm: 210,
    heightMm: 297,
    /** PL1-I.3: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
    marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
    marginRangeMm: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] },
    headerDistanceMm: 10,
  },
  font: {
    /** PL1-I.4: Times New Roman, Unicode TCVN 6909:2001, black. */
    family: 'Times New Roman',
    color: '000000',
    language: 'vi-VN',
  },
  /** Sizes in points, PL1-V and PL1-II. */
  size: {
    quocHieu: 13, // 12–13, PL1-II.1.a
    tieuNgu: 14, // 13–14, PL1-II.1.b
    parentAgency: 13, // 12–13, PL1-II.2.b
    agency: 13, // 12–13, PL1-II.2.b
    number: 13, // 13, PL1-II.3.c
    dateLine: 14, // 13–14, PL1-II.4.c
    typeName: 14, // 13–14, PL1-II.5.b
    summary: 14, // 13–14, PL1-II.5.b
    vv: 12, // 12–13, PL1-II.5.b (công văn)
    body: 14, // 13–14, PL1-II.6.e
    recipientsLabel: 12, // 12, PL1-II.9.d
    recipientsItem: 11, // 11, PL1-II.9.d
    signatureTitle: 14, // 13–14, PL1-II.7.đ
    signerName: 14, // 13–14, PL1-II.7.đ
    pageNumber: 14, // 13–14, PL1-I.7
  },
  body: {
    /** PL1-II.6.e: first-line indent 1 cm or 1.27 cm. */
    firstLineIndentCm: 1,
    /** PL1-II.6.e: at least 6 pt between paragraphs. */
    spaceBeforePt: 6,
    spaceAfterPt: 0,
    /** PL1-II.6.e: single to 1.5 lines. */
    lineSpacingLines: 1.15,
    /** `compact: yes`: the tight end of both ranges, for a document that should take fewer pages. */
    compact: { sizePt: 13, lineSpacingLines: 1 },
  },
  rules: {
    /** PL1-II.2.b and PL1-II.5.b: 1/3 to 1/2 of the text line; we take the middle of the range. */
    shortRuleFraction: 0.4,
    shortRuleRange: [1 / 3, 1 / 2] as const,
    /** Line weight: ND30 gives none (spec §9.7); 0.75 pt reads as a thin printed rule. */
    weightPt: 0.75,
  },
  /** Column widths of the two-column tables (spec §3.3; ND30 states none, the samples use ≈ 40:60). */
  columns: {
    /** Quốc hiệu 13 pt bold is 95.7 mm wide (spec §3.4) and must stay on one line: right text ≥ 97 mm. */
    headerLeftMm: 65,
    headerRightMm: 100,
    signatureLeftMm: 72,
    signatureRightMm: 93,
    cellPaddingMm: 1,
  },
  signature: {
    /** Room for the signature and seal between the title lines and the name (spec §2.3(7): ≈ 20–30 mm). */
    signingSpaceMm: 25,
  },
  /** "./." closes the content in every Phụ lục III sample (spec §2.3(6)). */
  endMark: './.',
} as const;

/** Width of the text area: page minus left and right margins. */
export const TEXT_WIDTH_MM = ND30.page.widthMm - ND30.page.marginMm.left - ND30.page.marginMm.right;
