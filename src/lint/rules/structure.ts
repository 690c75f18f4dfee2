/**
 * BD-06..15: one body size; the "Căn cứ" lines; Phần, Chương, Mục with their titles; Điều, khoản, điểm;
 * Roman-numbered headings of reports and plans; the "./." that ends the content (PL1-II.6, PL1-V row 6).
 */
import type { Paragraph } from '../docxModel.js';
import type { Finding, Localized } from '../finding.js';
import { L, same } from '../finding.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { isAllUpper, snippet } from '../text.js';
import { alignName, ELEMENT, pt, PROPERTY, quoted, VALUE } from '../words.js';
import { isHeading } from './body.js';

type RuleInfo = Pick<LintRule, 'id' | 'clause' | 'severity' | 'element'>;

function whereOf(p: Paragraph): Finding['where'] {
  return { part: p.part, paragraph: p.number, text: snippet(p.text) };
}

function visibleRuns(p: Paragraph): Paragraph['runs'] {
  return p.runs.filter((r) => r.text.trim() !== '');
}

/** Whether the first `length` characters of the paragraph's text are all bold. */
function prefixBold(p: Paragraph, length: number): boolean {
  let seen = 0;
  const text = p.text;
  const lead = text.length - text.trimStart().length;
  for (const run of p.runs) {
    const from = seen;
    seen += run.text.length;
    if (seen <= lead) continue;
    if (from >= lead + length) break;
    // A lone "." or ":" takes its neighbours' look: "Điều 1" bold with a regular "." reads as bold.
    const inPrefix = run.text.slice(Math.max(0, lead - from), lead + length - from);
    if (/[\p{L}\p{N}]/u.test(inPrefix) && !run.props.bold) return false;
  }
  return true;
}

const allBold = (p: Paragraph): boolean => {
  const runs = visibleRuns(p);
  return runs.length > 0 && runs.every((r) => r.props.bold);
};

function finding(
  rule: RuleInfo,
  p: Paragraph,
  property: Localized,
  expected: Localized,
  found: Localized,
  severity?: 'warning',
): Finding {
  return findingOf(rule, { property, expected, found, where: whereOf(p), ...(severity ? { severity } : {}) });
}

// BD-06 ----------------------------------------------------------------------------------------------

const uniformSize: LintRule = {
  id: 'BD-06',
  clause: 'PL1-II.6.e',
  severity: 'warning',
  element: ELEMENT.body,
  requirement: L('Cùng một cỡ chữ cho toàn bộ nội dung', 'One body size throughout'),
  check: ({ elements: e }) => {
    // Sizes outside 13–14 are BD-02's; here, 13 and 14 mixed in one body.
    const count = new Map<number, number>();
    for (const p of e.body)
      for (const r of visibleRuns(p))
        if (r.props.sizeHalfPt >= 26 && r.props.sizeHalfPt <= 28)
          count.set(r.props.sizeHalfPt, (count.get(r.props.sizeHalfPt) ?? 0) + r.text.length);
    if (count.size < 2) return [];
    const main = [...count.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    return e.body.flatMap((p) => {
      const other = visibleRuns(p).find(
        (r) => r.props.sizeHalfPt !== main && r.props.sizeHalfPt >= 26 && r.props.sizeHalfPt <= 28,
      );
      if (!other) return [];
      return [
        finding(
          uniformSize,
          p,
          PROPERTY.size,
          L(`${pt(main / 2)} như phần còn lại`, `${pt(main / 2)} like the rest`),
          same(pt(other.props.sizeHalfPt / 2)),
        ),
      ];
    });
  },
};

// BD-07 ----------------------------------------------------------------------------------------------

const legalBases: LintRule = {
  id: 'BD-07',
  clause: 'PL1-II.6.a',
  severity: 'error',
  element: ELEMENT.legalBasis,
  requirement: L(
    'Nghiêng; mỗi căn cứ một dòng kết thúc bằng ";", dòng cuối kết thúc bằng "."',
    'Italic; one basis per line ending ";", the last ending "."',
  ),
  check: ({ elements: e }) => {
    const block = e.legalBases;
    return block.flatMap((p, i) => {
      const out: Finding[] = [];
      if (visibleRuns(p).some((r) => !r.props.italic))
        out.push(finding(legalBases, p, PROPERTY.italic, VALUE.italic, VALUE.upright));
      const last = i === block.length - 1;
      const end = p.text.trim().slice(-1);
      const want = last ? '.' : ';';
      if (end !== want)
        out.push(finding(legalBases, p, PROPERTY.punctuation, same(`"${want}"`), quoted(end)));
      return out;
    });
  },
};

// BD-08..10 ------------------------------------------------------------------------------------------

const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
const PART_LABEL = /^(phần|chương)\s+([IVXLCDM]+|\d+)\b\s*[.:]?\s*(.*)$/iu;
const SECTION_LABEL = /^(tiểu\s+mục|mục)\s+([IVXLCDM]+|\d+)\b\s*[.:]?\s*(.*)$/iu;

interface Label {
  para: Paragraph;
  word: string;
  numeral: string;
  rest: string;
}

function labels(ctx: LintContext, pattern: RegExp): Label[] {
  return ctx.elements.body.flatMap((para) => {
    const m = pattern.exec(para.text.trim());
    if (!m) return [];
    // "Mục tiêu …", "Phần 2 của báo cáo …": a label has nothing after it, or a title in capitals.
    const rest = m[3] ?? '';
    if (rest !== '' && !isAllUpper(rest)) return [];
    return [{ para, word: m[1]!, numeral: m[2]!, rest }];
  });
}

function checkLabel(rule: RuleInfo, label: Label, roman: boolean): Finding[] {
  const p = label.para;
  const out: Finding[] = [];
  const word = label.word.replace(/\s+/gu, ' ');
  const expectedWord = word.charAt(0).toLocaleUpperCase('vi-VN') + word.slice(1).toLocaleLowerCase('vi-VN');
  if (label.rest !== '')
    out.push(
      finding(
        rule,
        p,
        PROPERTY.ownLine,
        L(
          `"${expectedWord} ${label.numeral}" một dòng, tên ở dòng dưới`,
          `"${expectedWord} ${label.numeral}" alone, the title below`,
        ),
        quoted(p.text.trim()),
      ),
    );
  if (word !== expectedWord) out.push(finding(rule, p, PROPERTY.case, quoted(expectedWord), quoted(word)));
  const isRoman = ROMAN.test(label.numeral);
  if (roman !== isRoman)
    out.push(
      finding(
        rule,
        p,
        PROPERTY.numeral,
        roman
          ? L('số La Mã (I, II, III)', 'Roman (I, II, III)')
          : L('số Ả Rập (1, 2, 3)', 'Arabic (1, 2, 3)'),
        quoted(label.numeral),
      ),
    );
  if (p.props.jc !== 'center')
    out.push(finding(rule, p, PROPERTY.align, alignName('center'), alignName(p.props.jc)));
  if (!allBold(p)) out.push(finding(rule, p, PROPERTY.bold, VALUE.bold, VALUE.notBold));
  return out;
}

/** The title on the line after a label: centred, capitals, bold. */
function checkTitleAfter(rule: RuleInfo, label: Label, ctx: LintContext): Finding[] {
  if (label.rest !== '') return [];
  const body = ctx.elements.body;
  const next = body[body.indexOf(label.para) + 1];
  if (!next) return [];
  const out: Finding[] = [];
  if (!isAllUpper(next.text)) out.push(finding(rule, next, PROPERTY.case, VALUE.upper, VALUE.hasLower));
  if (next.props.jc !== 'center')
    out.push(finding(rule, next, PROPERTY.align, alignName('center'), alignName(next.props.jc)));
  if (!allBold(next)) out.push(finding(rule, next, PROPERTY.bold, VALUE.bold, VALUE.notBold));
  return out;
}

const partLabel: LintRule = {
  id: 'BD-08',
  clause: 'PL1-II.6.đ',
  severity: 'error',
  element: ELEMENT.partLabel,
  requirement: L(
    '"Phần"/"Chương" và số La Mã một dòng riêng, căn giữa, đậm',
    '"Phần"/"Chương" and a Roman numeral on their own line, centred, bold',
  ),
  check: (ctx) => labels(ctx, PART_LABEL).flatMap((l) => checkLabel(partLabel, l, true)),
};

const partTitle: LintRule = {
  id: 'BD-09',
  clause: 'PL1-II.6.đ',
  severity: 'error',
  element: ELEMENT.partTitle,
  requirement: L(
    'Tên phần, chương ở dòng dưới: căn giữa, IN HOA, đậm',
    'Part or chapter title on the next line: centred, UPPERCASE, bold',
  ),
  check: (ctx) => labels(ctx, PART_LABEL).flatMap((l) => checkTitleAfter(partTitle, l, ctx)),
};

const sectionLabel: LintRule = {
  id: 'BD-10',
  clause: 'PL1-II.6.đ',
  severity: 'error',
  element: ELEMENT.sectionLabel,
  requirement: L(
    '"Mục"/"Tiểu mục" và số Ả Rập một dòng riêng, căn giữa, đậm; tên ở dòng dưới IN HOA, đậm, căn giữa',
    '"Mục"/"Tiểu mục" and an Arabic numeral alone, centred, bold; the title below UPPERCASE, bold, centred',
  ),
  check: (ctx) =>
    labels(ctx, SECTION_LABEL).flatMap((l) => [
      ...checkLabel(sectionLabel, l, false),
      ...checkTitleAfter(sectionLabel, l, ctx),
    ]),
};

// BD-11 ----------------------------------------------------------------------------------------------

const ARTICLE = /^(điều)\s*(\d+)(\S*)/iu;

const article: LintRule = {
  id: 'BD-11',
  clause: 'PL1-II.6.đ',
  severity: 'error',
  element: ELEMENT.article,
  requirement: L(
    '"Điều 1." (số Ả Rập và dấu chấm) in đậm',
    '"Điều 1." (Arabic numeral and full stop) in bold',
  ),
  check: ({ elements: e }) => {
    const found = e.body
      .map((para) => ({ para, m: ARTICLE.exec(para.text.trim()) }))
      .filter((x): x is { para: Paragraph; m: RegExpExecArray } => x.m !== null);
    // A paragraph that merely starts "Điều 5 Luật …" is not an article: the document must have articles.
    const proper = found.filter(({ m }) => m[1] === 'Điều' && m[3] === '.');
    if (proper.length === 0 && found.length < 2) return [];
    return found.flatMap(({ para, m }) => {
      const out: Finding[] = [];
      const label = `Điều ${m[2]}.`;
      if (m[1] !== 'Điều' || m[3] !== '.' || !/^Điều \d/u.test(para.text.trim()))
        out.push(finding(article, para, PROPERTY.form, quoted(label), quoted(m[0])));
      if (!prefixBold(para, m[0].length))
        out.push(finding(article, para, PROPERTY.bold, VALUE.bold, VALUE.notBold));
      return out;
    });
  },
};

// BD-12 ----------------------------------------------------------------------------------------------

const CLAUSE = /^(\d{1,2})\s*([.)/:-])(?!\d)\s*/u;

const clause: LintRule = {
  id: 'BD-12',
  clause: 'PL1-II.6.đ',
  severity: 'error',
  element: ELEMENT.clause,
  requirement: L(
    'Khoản đánh số "1.", "2." (số Ả Rập và dấu chấm); chỉ in đậm khi là tiêu đề khoản',
    'Clauses numbered "1.", "2." (Arabic and a full stop); bold only as a clause title',
  ),
  check: (ctx) =>
    ctx.elements.body.flatMap((p) => {
      const text = p.text.trim();
      const m = CLAUSE.exec(text);
      if (!m || isHeading(p, ctx)) return [];
      if (m[2] !== '.')
        return [finding(clause, p, PROPERTY.form, quoted(`${m[1]}.`), quoted(`${m[1]}${m[2]}`))];
      // A whole bold paragraph that reads as content (ends a sentence or an item) is not a title.
      const content = text.endsWith(';') || (text.endsWith('.') && text.length > 80);
      if (allBold(p) && content)
        return [
          finding(
            clause,
            p,
            PROPERTY.bold,
            L('không đậm (khoản không có tiêu đề)', 'regular (a clause without a title)'),
            VALUE.bold,
          ),
        ];
      return [];
    }),
};

// BD-13 ----------------------------------------------------------------------------------------------

const POINT_LETTERS = 'abcdđeghiklmnopqrstuvxy';
const POINT = /^([a-zđ])\s*([)./])\s/u;
/** What resets a list of points: a clause, a heading, an article, a Roman-numbered part. */
const LIST_BREAK = /^(\d{1,2}\s*[.)/](?!\d)|[IVXLCDM]+\.\s|điều\s+\d|phần\s|chương\s|mục\s)/iu;

export const FORMULA_OR_CAPTION = /[=∛√≤≥±]|^(hình|sơ đồ|bảng|biểu đồ|ảnh)\s/iu;

/** A centred line that is a heading by its look (bold or capitals), not a formula or a caption. */
function isRealHeading(p: Paragraph): boolean {
  const text = p.text.trim();
  if (FORMULA_OR_CAPTION.test(text) || !/\p{L}{2,}.*\s\p{L}{2,}/u.test(text)) return false;
  const runs = visibleRuns(p);
  return runs.every((r) => r.props.bold) || isAllUpper(text);
}

/** A bold point line that ends with ":" (or no stop) and is followed by its own content. */
function isPointHeading(p: Paragraph, next: Paragraph | undefined): boolean {
  const runs = visibleRuns(p);
  const text = p.text.trim();
  return (
    runs.length > 0 &&
    // "a) Thành phần hồ sơ (theo …):" : a bold title with a regular aside, ending with a colon.
    (runs.every((r) => r.props.bold) || (runs[0]!.props.bold && text.endsWith(':'))) &&
    text.length <= 200 &&
    next !== undefined &&
    // Its content follows: running text or dashes (then it ends with ":" or no stop), or a table.
    ((!/[;.]$/u.test(text) && !POINT.test(next.text.trim())) ||
      (next.number > p.number + 1 && !/;$/u.test(text)))
  );
}

const point: LintRule = {
  id: 'BD-13',
  clause: 'PL1-II.6.đ',
  severity: 'error',
  element: ELEMENT.point,
  requirement: L(
    'Điểm: chữ cái tiếng Việt và ")" theo thứ tự a, b, c, d, đ, e, g, h …, không đậm',
    'Points: Vietnamese letter and ")" in the order a, b, c, d, đ, e, g, h …, regular',
  ),
  check: (ctx) => {
    const out: Finding[] = [];
    let expected = 0;
    const body = ctx.elements.body;
    for (let i = 0; i < body.length; i++) {
      const p = body[i]!;
      const text = p.text.trim();
      const m = POINT.exec(text);
      if (!m) {
        // A formula ("Rc = Kc.∛Q") or a caption ("Sơ đồ …") set centred inside a list does not end it.
        if (LIST_BREAK.test(text) || (isHeading(p, ctx) && isRealHeading(p))) expected = 0;
        continue;
      }
      const [, letter = '', mark = ''] = m;
      // "a." or "a/" counts as a point only in a list of them.
      const listed = mark === ')' || POINT.test(body[i + 1]?.text.trim() ?? '') || expected > 0;
      if (!listed) continue;
      // A new list starts at "a)" wherever it stands.
      if (letter === 'a') expected = 0;
      if (mark !== ')')
        out.push(finding(point, p, PROPERTY.form, quoted(`${letter})`), quoted(`${letter}${mark}`)));
      const want = POINT_LETTERS[expected];
      if (letter !== want) {
        out.push(
          finding(
            point,
            p,
            PROPERTY.order,
            want ? quoted(`${want})`) : L('không quá "y)"', 'no further than "y)"'),
            quoted(`${letter})`),
          ),
        );
        const at = POINT_LETTERS.indexOf(letter);
        expected = at >= 0 ? at + 1 : expected + 1;
      } else expected++;
      // A point used as a sub-heading ("a) Về nhân sự:" in bold, its content below) is set like a
      // khoản with a title (PL1-II.6.đ): bold there is the heading's, not a fault.
      if (visibleRuns(p)[0]?.props.bold && !isPointHeading(p, body[i + 1]))
        out.push(finding(point, p, PROPERTY.bold, VALUE.notBold, VALUE.bold));
    }
    return out;
  },
};

// BD-14 ----------------------------------------------------------------------------------------------

const ROMAN_HEADING = /^([IVXLCDM]+)\.\s+(.*)$/u;

const romanHeading: LintRule = {
  id: 'BD-14',
  clause: 'PL1-V r6b',
  severity: 'error',
  element: ELEMENT.romanHeading,
  requirement: L(
    'Mục của báo cáo, kế hoạch: "I. TÊN MỤC" số La Mã, IN HOA, đậm',
    'Report and plan sections: "I. TITLE", Roman numeral, UPPERCASE, bold',
  ),
  check: ({ elements: e }) =>
    e.body.flatMap((p) => {
      const m = ROMAN_HEADING.exec(p.text.trim());
      if (!m || !ROMAN.test(m[1]!)) return [];
      const out: Finding[] = [];
      // The title is what stands before an aside in brackets or a colon that starts the content
      // ("III. NỘI DUNG HỒ SƠ (Tóm tắt …)", "VII. PHÍ THẨM ĐỊNH: Xem chi tiết …").
      const title = m[2]!.replace(/\s*(\(.*|:.*)$/u, '');
      if (!isAllUpper(title)) out.push(finding(romanHeading, p, PROPERTY.case, VALUE.upper, VALUE.hasLower));
      if (!prefixBold(p, m[0].length - m[2]!.length + title.length))
        out.push(finding(romanHeading, p, PROPERTY.bold, VALUE.bold, VALUE.notBold));
      return out;
    }),
};

// BD-15 ----------------------------------------------------------------------------------------------

const contentEnd: LintRule = {
  id: 'BD-15',
  clause: 'PL3 (mẫu)',
  severity: 'warning',
  element: ELEMENT.contentEnd,
  requirement: L(
    'Đoạn cuối của nội dung kết thúc bằng "./." ngay sau chữ cuối (nội dung kết thúc bằng bảng: "./." ngay sau bảng)',
    'The last content paragraph ends with "./." right after the last word (content ending with a table: "./." right after the table)',
  ),
  check: ({ elements: e, model }) => {
    const last = e.body[e.body.length - 1];
    if (!last) return [];
    const text = last.text.trim();
    if (/[^\s.]\.\/\.$/u.test(text) || /[)"”]\.\/\.$/u.test(text)) return [];
    // The last words were in a table: the mark alone on the paragraph straight after it (blank spacing
    // paragraphs aside) follows them.
    const before = model.paragraphs
      .slice(0, last.number - 1)
      .reverse()
      .find((p) => p.cell !== undefined || p.text.trim() !== '');
    if (text === './.' && before?.cell) return [];
    return [finding(contentEnd, last, PROPERTY.punctuation, quoted('…./.'), quoted(`…${text.slice(-8)}`))];
  },
};

export const STRUCTURE_RULES: LintRule[] = [
  uniformSize,
  legalBases,
  partLabel,
  partTitle,
  sectionLabel,
  article,
  clause,
  point,
  romanHeading,
  contentEnd,
];
