/**
 * The bounds on what `vanban lint` reads. A DOCX is hostile input: a 108 KB file can inflate to 64 MB of
 * `<w:p/>`, and a tree of eleven million elements costs gigabytes. Every bound is checked while reading
 * (before the tree or the model it would bound is built), and breaking one is a LimitError: the linter
 * reports it as LINT_LIMIT_EXCEEDED, naming the part and the real cause, instead of running out of memory.
 *
 * The values sit far above the 46 real documents measured (docs/lint.md, "Giới hạn"); together they keep
 * one lint under about 300 MB of memory whatever the input.
 */
import { L, type Localized } from './finding.js';

export interface LintLimits {
  /** The .docx file itself; a bigger one is refused before it is read. */
  maxFileBytes: number;
  /** Entries in the ZIP central directory. */
  maxEntries: number;
  /** One inflated entry of any kind (an image included); the zip-bomb cap. */
  maxEntryBytes: number;
  /** One XML part, inflated, before it is decoded and parsed. */
  maxPartBytes: number;
  /** All XML parts read for one file, inflated, together. */
  maxXmlBytes: number;
  /** Elements in one XML part. */
  maxPartElements: number;
  /** Elements in all the XML parts read for one file. */
  maxElements: number;
  /** Depth of element nesting in one part. */
  maxDepth: number;
  /** Attributes (namespace declarations included) on one element. */
  maxAttributes: number;
  /** Characters in one attribute value. */
  maxAttributeChars: number;
  /** Images read for one file (the signature and seal checks), inflated, together. */
  maxMediaBytes: number;
  /** Characters of text in one paragraph: line layout and the text rules work paragraph by paragraph. */
  maxParagraphChars: number;
  /** Characters of paragraph text, all parts together: what every text rule reads and measures. */
  maxTextChars: number;
  /** Sections (page set-ups, each with its own headers and footers) in the main document. */
  maxSections: number;
  /** Paragraphs (<w:p>) in all the parts read: the main document with its tables and text boxes, headers, footers. */
  maxParagraphs: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: LintLimits = {
  maxFileBytes: 100 * MiB,
  maxEntries: 10_000,
  maxEntryBytes: 64 * MiB,
  maxPartBytes: 16 * MiB,
  maxXmlBytes: 24 * MiB,
  maxPartElements: 200_000,
  maxElements: 250_000,
  maxDepth: 256,
  maxAttributes: 256,
  maxAttributeChars: 4 * MiB,
  maxMediaBytes: 64 * MiB,
  maxParagraphs: 10_000,
  maxParagraphChars: 100_000,
  maxTextChars: 1_000_000,
  maxSections: 1_000,
};

export type LimitName = keyof LintLimits;

/** Where the reading stopped: the part, and the paragraph when the bound is on paragraphs. */
export interface LimitPlace {
  part?: string;
  paragraph?: number;
}

/** A bound was broken; `detail` says which and by what, in both languages. */
export class LimitError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly detail: Localized,
    readonly place: LimitPlace = {},
  ) {
    super(detail.en);
    this.name = 'LimitError';
  }
}

/** 200000 → "200.000" (vi) / "200,000" (en). */
export function count(n: number): Localized {
  const group = (sep: string) => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return L(group('.'), group(','));
}

/** Bytes as MB when they are a whole number of MiB or large, else as bytes. */
export function bytes(n: number): Localized {
  if (n >= MiB) {
    const mb = n / MiB;
    const text = Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
    return L(`${text.replace('.', ',')} MB`, `${text} MB`);
  }
  const c = count(n);
  return L(`${c.vi} byte`, `${c.en} bytes`);
}

/** The one place the wording of each bound lives; `name` is the part, `tag`/`attr` the element. */
export function limitDetail(
  limit: LimitName,
  value: number,
  context: { part?: string; tag?: string; attribute?: string; measured?: number | string } = {},
): Localized {
  const n = count(value);
  const b = bytes(value);
  const part = context.part ?? '?';
  const measured = context.measured;
  // A placeholder ("{size}") stands as is in both languages: docs/diagnostics.md lists the wordings so.
  const asCount = (m: number | string | undefined) => (typeof m === 'string' ? L(m, m) : count(m ?? 0));
  const asBytes = (m: number | string) => (typeof m === 'string' ? L(m, m) : bytes(m));
  switch (limit) {
    case 'maxFileBytes': {
      const size = asCount(measured);
      return L(
        `tệp lớn ${size.vi} byte, quá giới hạn ${b.vi}`,
        `the file is ${size.en} bytes, over the limit of ${b.en}`,
      );
    }
    case 'maxEntries': {
      const entries = asCount(measured);
      return L(
        `gói ZIP có ${entries.vi} mục, quá giới hạn ${n.vi} mục`,
        `the ZIP package has ${entries.en} entries, over the limit of ${n.en}`,
      );
    }
    case 'maxEntryBytes':
      return L(`${part} giải nén ra hơn ${b.vi}`, `${part} inflates to more than ${b.en}`);
    case 'maxPartBytes': {
      if (measured === undefined)
        return L(
          `${part} giải nén ra hơn ${b.vi}, quá giới hạn cho một phần XML`,
          `${part} inflates to more than ${b.en}, the limit for one XML part`,
        );
      const size = asBytes(measured);
      return L(
        `${part} giải nén ra ${size.vi}, quá giới hạn ${b.vi} cho một phần XML`,
        `${part} inflates to ${size.en}, over the limit of ${b.en} for one XML part`,
      );
    }
    case 'maxXmlBytes':
      return L(
        `các phần XML cần đọc giải nén ra hơn ${b.vi} tổng cộng (vượt khi đọc ${part})`,
        `the XML parts to read inflate to more than ${b.en} in total (passed while reading ${part})`,
      );
    case 'maxPartElements':
      return L(`${part} có hơn ${n.vi} phần tử XML`, `${part} has more than ${n.en} XML elements`);
    case 'maxElements':
      return L(
        `các phần XML có tổng cộng hơn ${n.vi} phần tử (vượt khi đọc ${part})`,
        `the XML parts have more than ${n.en} elements in total (passed while reading ${part})`,
      );
    case 'maxDepth':
      return L(
        `${part} có phần tử lồng nhau sâu hơn ${n.vi} tầng`,
        `${part} nests elements more than ${n.en} levels deep`,
      );
    case 'maxAttributes':
      return L(
        `${part}: thẻ <${context.tag ?? '?'}> có hơn ${n.vi} thuộc tính`,
        `${part}: element <${context.tag ?? '?'}> has more than ${n.en} attributes`,
      );
    case 'maxAttributeChars':
      return L(
        `${part}: thuộc tính ${context.attribute ?? '?'} của thẻ <${context.tag ?? '?'}> dài hơn ${n.vi} ký tự`,
        `${part}: attribute ${context.attribute ?? '?'} of <${context.tag ?? '?'}> is longer than ${n.en} characters`,
      );
    case 'maxMediaBytes':
      return L(
        `các ảnh cần đọc giải nén ra hơn ${b.vi} tổng cộng (vượt khi đọc ${part})`,
        `the images to read inflate to more than ${b.en} in total (passed while reading ${part})`,
      );
    case 'maxParagraphChars':
      return L(
        `${part} có một đoạn dài hơn ${n.vi} ký tự`,
        `${part} has a paragraph longer than ${n.en} characters`,
      );
    case 'maxTextChars':
      return L(
        `văn bản có hơn ${n.vi} ký tự (tính cả đầu trang và chân trang)`,
        `the document has more than ${n.en} characters of text (headers and footers included)`,
      );
    case 'maxSections':
      return L(`văn bản có hơn ${n.vi} phần (section)`, `the document has more than ${n.en} sections`);
    case 'maxParagraphs':
      return L(
        `văn bản có hơn ${n.vi} đoạn (tính cả bảng, hộp văn bản, đầu trang và chân trang)`,
        `the document has more than ${n.en} paragraphs (tables, text boxes, headers and footers included)`,
      );
  }
}

/** Throws the LimitError for a bound, worded by limitDetail. */
export function exceeded(
  limits: Partial<LintLimits>,
  limit: LimitName,
  context: { part?: string; tag?: string; attribute?: string; measured?: number; paragraph?: number } = {},
): never {
  const place: LimitPlace = {};
  if (context.part !== undefined) place.part = context.part;
  if (context.paragraph !== undefined) place.paragraph = context.paragraph;
  throw new LimitError(limit, limitDetail(limit, limits[limit] ?? DEFAULT_LIMITS[limit], context), place);
}

/**
 * What one file may still spend: the XML bytes and elements of every part read so far count against the
 * totals. One budget per lint, shared by every part the package reader parses.
 */
export class ReadBudget {
  xmlBytes = 0;
  mediaBytes = 0;
  elements = 0;
  paragraphs = 0;
  textChars = 0;
  sections = 0;

  constructor(readonly limits: LintLimits = DEFAULT_LIMITS) {}

  addMediaBytes(part: string, n: number): void {
    this.mediaBytes += n;
    if (this.mediaBytes > this.limits.maxMediaBytes) exceeded(this.limits, 'maxMediaBytes', { part });
  }

  addXmlBytes(part: string, n: number): void {
    this.xmlBytes += n;
    if (this.xmlBytes > this.limits.maxXmlBytes) exceeded(this.limits, 'maxXmlBytes', { part });
  }

  /** The text of the `paragraph`-th paragraph of `part`. */
  addText(part: string, paragraph: number, chars: number): void {
    if (chars > this.limits.maxParagraphChars)
      exceeded(this.limits, 'maxParagraphChars', { part, paragraph });
    this.textChars += chars;
    if (this.textChars > this.limits.maxTextChars) exceeded(this.limits, 'maxTextChars', { part, paragraph });
  }

  /** One more section, ended at the `paragraph`-th paragraph of `part`. */
  addSection(part: string, paragraph: number): void {
    if (++this.sections > this.limits.maxSections) exceeded(this.limits, 'maxSections', { part, paragraph });
  }

  /** One more paragraph, the `paragraph`-th of `part`. */
  addParagraph(part: string, paragraph: number): void {
    if (++this.paragraphs > this.limits.maxParagraphs)
      exceeded(this.limits, 'maxParagraphs', { part, paragraph });
  }
}
