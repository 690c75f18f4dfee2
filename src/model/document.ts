/**
 * The Decree-30 document model: the one structure between loading and rendering.
 * Every string here is final (casing, punctuation and numbering already applied), so a renderer
 * only lays it out and a test can read the document without rendering it.
 */

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A footnote whose reference mark follows this run's text; the note's own text. */
  footnote?: string;
  /** A line break before this run's text (a table cell's lines as the clerk gave them). */
  lineBreak?: boolean;
}

export type ParagraphAlign = 'justify' | 'center' | 'left';

export interface BodyParagraph {
  type: 'paragraph';
  runs: TextRun[];
  /** 'firstLine' indents the first line by the body indent (PL1-II.6.e); 'none' for centred lines. */
  indent: 'firstLine' | 'none';
  align: ParagraphAlign;
  /** Keep this paragraph on the page of the next one (headings, the last paragraph before the signature). */
  keepWithNext?: boolean;
}

/** One cell of a body table: its text, and whether it is a heading cell (bold, centred). */
export interface BodyTableCell {
  runs: TextRun[];
  header?: boolean;
  align?: ParagraphAlign;
}

/** A simple bordered table in the content (ND30 leaves tables in the body unregulated). */
export interface BodyTable {
  type: 'table';
  rows: BodyTableCell[][];
  /** Relative column widths, one per column; equal when absent. */
  columnWeights?: number[];
  /** The cells' text size; absent: ND30_ELEMENTS.table.sizePt. */
  sizePt?: number;
  /** Always empty: a table has no runs of its own. Present so code walking paragraph runs walks every block. */
  runs: TextRun[];
}

export type BodyBlock = BodyParagraph;

/** What the content (ô 6) and appendices are made of: paragraphs and, rarely, tables. */
export type ContentBlock = BodyParagraph | BodyTable;

/** Ô 1–4: the two-column header. */
export interface DocumentHeader {
  /** Ô 2, upper line: the parent agency, upper case, regular. Absent for agencies without one. */
  parentAgency?: string;
  /** Ô 2, the parent agency as printed, one entry per line (vanban breaks a long one). */
  parentAgencyLines?: string[];
  /** Size of the parent agency lines when not the default 13 pt (12 pt when that saves a line). */
  parentAgencySizePt?: number;
  /** Ô 2, issuing agency, upper case, bold; one entry per printed line. */
  agencyLines: string[];
  /** Size of the agency lines when not the default 13 pt (12 pt when that saves a line, PL1-II.2.b). */
  agencySizePt?: number;
  /** Ô 3, e.g. "Số: 05/TB-SKHCN" or "Số:      /TB-SKHCN" when the văn thư fills the number in. */
  numberLine: string;
  /** Ô 4, e.g. "Quảng Bình, ngày 31 tháng 8 năm 2020"; absent for kinds without a date line. */
  placeDateLine?: string;
  /** Size of the place-and-date line when not the default 14 pt (13 pt when 14 does not fit, PL1-II.4.c). */
  placeDateSizePt?: number;
  /** Width of the header's left column when a long date line took room from it (default 65 mm). */
  leftColumnMm?: number;
  /**
   * Ô 5b, công văn only: the trích yếu under the Số line, the first line starting "V/v ". One entry per
   * printed line: the writer's lines as given, or vanban's breaks of a single line.
   */
  subjectLines?: string[];
  /** Ô 10a: "MẬT", "TỐI MẬT" or "TUYỆT MẬT" (PL1-III.2.a). */
  secrecy?: string;
  /** Ô 10b: "KHẨN", "THƯỢNG KHẨN" or "HỎA TỐC" (PL1-III.2.b). */
  urgency?: string;
  /** Ô 11: "LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI" … in a box above the Quốc hiệu (PL1-III.2.c). */
  circulation?: string;
  /** "DỰ THẢO" (or "DỰ THẢO LẦN 2"): practice for drafts sent for comment; ND30 has no box for it. */
  draftMark?: string;
}

/** Ô 5a: type name and trích yếu. Both empty for a công văn, whose trích yếu is header.subjectLines. */
export interface DocumentTitle {
  typeName: string;
  /** One entry per printed line: the writer's lines as given, or vanban's breaks of a single line. */
  summaryLines: string[];
}

/** Ô 7a–7c. */
export interface SignatureBlock {
  /** Authority and title lines, upper case: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  titleLines: string[];
  /**
   * The signer's own post printed under the signing space, just above the name (ô 7b: "PHÓ CHỦ TỊCH UBND
   * TỈNH"), upper case, one entry per printed line.
   */
  titleAboveName?: string[];
  name: string;
}

/**
 * A footnote on a line the model keeps as a string (ô 9a, ô 9b): its mark stands after the first `at`
 * characters of items[item], and `text` is printed at the foot of the page.
 */
export interface ItemFootnote {
  item: number;
  at: number;
  text: string;
}

/** Ô 9a: "Kính gửi:" (công văn, tờ trình, báo cáo sent upward; PL1-II.9.b–d). */
export interface AddresseeBlock {
  label: string;
  /**
   * One entry: printed on the label's line ("Kính gửi: Bộ Nội vụ"). Several: each on its own line,
   * already "- …;" and the last "- ….", the dashes aligned under the colon.
   */
  items: string[];
  /** Several entries: the first on the label's line ("Kính gửi: - …;"), the others' dashes under its dash. */
  inline?: boolean;
  /** Footnote marks after recipients' names (before their ";" or "."). */
  footnotes?: ItemFootnote[];
}

/** Ô 13: address, telephone, e-mail, website, on the first page under a full-width rule (PL1-III.4). */
export interface AddressFooter {
  lines: string[];
}

/** Phụ lục (PL1-III.1): each on a new page with its own page numbers from 1. */
export interface Appendix {
  /** "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" … when there are several. */
  label: string;
  /** Upper case, one entry per line; may be empty. */
  titleLines: string[];
  /** "(Kèm theo Kế hoạch số 05/KH-SKHCN ngày 05 tháng 02 năm 2020 của Sở Khoa học và Công nghệ)". */
  referenceLine: string;
  body: ContentBlock[];
  landscape?: boolean;
  /** The title keeps the case it was written in (otherwise upper case, PL1-III.1). */
  titleAsWritten?: boolean;
}

/** Ô 9b. */
export interface RecipientList {
  label: string;
  /**
   * Printed entries, each already "- …;" and the last "- Lưu: VT, …."; a sub-group's label
   * ("Bản điện tử:") has no dash. An entry the clerk kept on several lines holds them joined by "\n"
   * (continuation lines align after "- "); a tab ("\t") stands before a bracket group's shared note.
   */
  items: string[];
  /** Bracket groups, as index ranges of `items`: their notes' tab is set past the group's longest line. */
  groups?: RecipientGroup[];
  /** Footnote marks after recipients' text (before their ";"). */
  footnotes?: ItemFootnote[];
}

/** items[first..last] share one note, printed once on the group's middle line. */
export interface RecipientGroup {
  first: number;
  last: number;
}

export interface DocumentMetadata {
  /** Core-properties title (the type name and trích yếu). */
  title: string;
  /** ISO date of issue; it becomes the file's created/modified stamp so output is deterministic. */
  issuedOn: string;
  kind: string;
}

/**
 * How the content is set: the decree allows body text of 13–14 pt and line spacing from single to 1.5
 * lines (PL1-II.6.e). vanban's default is 14 pt at 1.15 lines; `compact` is 13 pt, single.
 */
export interface BodyStyle {
  sizePt: number;
  lineSpacingLines: number;
}

export interface OfficialDocument {
  metadata: DocumentMetadata;
  /** Absent: the default (ND30.size.body, ND30.body.lineSpacingLines). */
  bodyStyle?: BodyStyle;
  header: DocumentHeader;
  title: DocumentTitle;
  body: ContentBlock[];
  signature: SignatureBlock;
  recipients: RecipientList;
  /** Ô 9a, between the title (or, for a công văn, the header) and the content. */
  addressees?: AddresseeBlock;
  /**
   * A second signature printed on the left, level with `signature` (Biên bản: THƯ KÝ left, CHỦ TỌA
   * right, Mẫu 1.9); the recipients then go below the two signatures.
   */
  secondSignature?: SignatureBlock;
  /** More signers under the main signature(s), in rows of up to three (members of a board or a team). */
  members?: SignatureBlock[];
  footer?: AddressFooter;
  appendices?: Appendix[];
}
