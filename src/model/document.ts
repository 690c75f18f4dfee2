/**
 * The Decree-30 document model: the one structure between loading and rendering.
 * Every string here is final (casing, punctuation and numbering already applied), so a renderer
 * only lays it out and a test can read the document without rendering it.
 */

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
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

export type BodyBlock = BodyParagraph;

/** Ô 1–4: the two-column header. */
export interface DocumentHeader {
  /** Ô 2, upper line: the parent agency, upper case, regular. Absent for agencies without one. */
  parentAgency?: string;
  /** Ô 2, issuing agency, upper case, bold; one entry per printed line. */
  agencyLines: string[];
  /** Ô 3, e.g. "Số: 05/TB-SKHCN" or "Số:      /TB-SKHCN" when the văn thư fills the number in. */
  numberLine: string;
  /** Ô 4, e.g. "Quảng Bình, ngày 31 tháng 8 năm 2020"; absent for kinds without a date line. */
  placeDateLine?: string;
}

/** Ô 5a: type name and trích yếu. */
export interface DocumentTitle {
  typeName: string;
  /** One entry per printed line, so an office can choose where a long trích yếu breaks. */
  summaryLines: string[];
}

/** Ô 7a–7c. */
export interface SignatureBlock {
  /** Authority and title lines, upper case: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  titleLines: string[];
  name: string;
}

/** Ô 9b. */
export interface RecipientList {
  label: string;
  /** Printed lines, each already "- …;" and the last "- Lưu: VT, ….". */
  items: string[];
}

export interface DocumentMetadata {
  /** Core-properties title (the type name and trích yếu). */
  title: string;
  /** ISO date of issue; it becomes the file's created/modified stamp so output is deterministic. */
  issuedOn: string;
  kind: string;
}

export interface OfficialDocument {
  metadata: DocumentMetadata;
  header: DocumentHeader;
  title: DocumentTitle;
  body: BodyBlock[];
  signature: SignatureBlock;
  recipients: RecipientList;
}
