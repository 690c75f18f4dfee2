/**
 * PL-01..05 and PN-04: each appendix on a new page, with its own page numbering from 1; "Phụ lục" (and a
 * Roman numeral when there are several) 14 pt bold; the title in capitals; the italic "(Kèm theo … số …
 * ngày … của …)" line; and a mention in the main text (PL1-III.1).
 */
import type { Paragraph } from '../docxModel.js';
import type { Appendix } from '../elements.js';
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { foldTones } from '../text.js';
import { ELEMENT, PROPERTY, quoted } from '../words.js';
import { parseNumberLine } from './number.js';
import { checkStyle, whereOf } from './segmentStyle.js';

const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
const LABEL = /^(phụ\s*lục)(?![\p{L}])\s*(?:số\s+)?([IVXLCDM]+|\d+|[a-zđ])?(?![\p{L}\d])/iu;

function numeralOf(a: Appendix): string | undefined {
  return LABEL.exec(a.label.text)?.[2];
}

const label: LintRule = {
  id: 'PL-01',
  clause: 'PL1-III.1.b',
  severity: 'error',
  element: ELEMENT.appendixLabel,
  requirement: L(
    '"Phụ lục" (kèm số La Mã khi có từ hai phụ lục) một dòng riêng, căn giữa, cỡ 14, đậm',
    '"Phụ lục" (with a Roman numeral when there are two or more) alone on its line, centred, 14 pt, bold',
  ),
  check: ({ elements: e }) =>
    e.appendices.flatMap((a) => {
      const out = checkStyle(label, a.label, { sizes: [14, 14], bold: true, align: 'center' });
      const where = whereOf(a.label);
      const m = LABEL.exec(a.label.text);
      if (m && m[1] !== 'Phụ lục')
        out.push(
          findingOf(label, {
            property: PROPERTY.case,
            expected: quoted('Phụ lục'),
            found: quoted(m[1]!),
            where,
          }),
        );
      if (a.titleOnLabelLine)
        out.push(
          findingOf(label, {
            property: PROPERTY.ownLine,
            expected: L(
              '"Phụ lục …" một dòng, tên phụ lục ở dòng dưới',
              '"Phụ lục …" alone, the title below',
            ),
            found: quoted(a.label.text),
            where,
          }),
        );
      const numeral = m?.[2];
      if (numeral !== undefined ? !ROMAN.test(numeral) : e.appendices.length >= 2)
        out.push(
          findingOf(label, {
            property: PROPERTY.numeral,
            expected: L('số La Mã (Phụ lục I, Phụ lục II)', 'Roman (Phụ lục I, Phụ lục II)'),
            found: numeral !== undefined ? quoted(numeral) : L('không đánh số', 'unnumbered'),
            where,
          }),
        );
      return out;
    }),
};

const title: LintRule = {
  id: 'PL-02',
  clause: 'PL1-III.1.b',
  severity: 'error',
  element: ELEMENT.appendixTitle,
  requirement: L(
    'Tên phụ lục căn giữa, IN HOA, đậm, cỡ 13–14',
    'Appendix title centred, UPPERCASE, bold, 13–14 pt',
  ),
  check: ({ elements: e }) =>
    e.appendices.flatMap((a) =>
      a.titles.flatMap((s) =>
        checkStyle(title, s, { sizes: [13, 14], bold: true, italic: false, case: 'upper', align: 'center' }),
      ),
    ),
};

const REFERENCE =
  /^\(Kèm theo (\S+(?: \S+)*?) số (\S*?)\s*\/\s*(\S+) ngày\b.*\btháng\b.*\bnăm\b.* của .+\)$/u;

const reference: LintRule = {
  id: 'PL-03',
  clause: 'PL1-III.1.c',
  severity: 'error',
  element: ELEMENT.appendixReference,
  requirement: L(
    '"(Kèm theo <tên loại> số …/… ngày … tháng … năm … của …)" căn giữa, nghiêng, cỡ 13–14',
    '"(Kèm theo <type> số …/… ngày … tháng … năm … của …)" centred, italic, 13–14 pt',
  ),
  check: ({ elements: e }) =>
    e.appendices.flatMap((a) => {
      const first = a.reference[0];
      const example = same('"(Kèm theo Thông báo số 05/TB-SKHCN ngày 05 tháng 02 năm 2020 của Sở …)"');
      if (!first)
        return [
          findingOf(reference, {
            property: PROPERTY.presence,
            expected: example,
            found: L('không có', 'none'),
            where: whereOf(a.titles[a.titles.length - 1] ?? a.label),
          }),
        ];
      const out = a.reference.flatMap((s) =>
        checkStyle(reference, s, { sizes: [13, 14], italic: true, bold: false, align: 'center' }),
      );
      const text = a.reference
        .map((s) => s.text)
        .join(' ')
        .replace(/\s+/gu, ' ');
      const m = REFERENCE.exec(text);
      const where = whereOf(first);
      if (!m) {
        out.push(
          findingOf(reference, { property: PROPERTY.form, expected: example, found: quoted(text), where }),
        );
        return out;
      }
      // The reference names this very document: its type and its symbol.
      const type = e.documentType?.name;
      const symbol = e.number ? parseNumberLine(e.number.rawText)?.symbol : undefined;
      if (type && foldTones(m[1]!) !== foldTones(type))
        out.push(
          findingOf(reference, {
            property: PROPERTY.content,
            expected: L(`"Kèm theo ${sentence(type)} …"`, `"Kèm theo ${sentence(type)} …"`),
            found: quoted(`Kèm theo ${m[1]}`),
            where,
          }),
        );
      // Spacing inside the symbol is SO-04's; the letters must be the document's.
      else if (symbol && m[3]!.replace(/\s+/gu, '') !== symbol.replace(/\s+/gu, ''))
        out.push(
          findingOf(reference, {
            property: PROPERTY.content,
            expected: L(`ký hiệu của văn bản: "/${symbol}"`, `the document's symbol: "/${symbol}"`),
            found: quoted(`/${m[3]}`),
            where,
          }),
        );
      return out;
    }),
};

function sentence(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi-VN');
  return lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
}

/** Whether the appendix starts a page: a new section that starts one, a page break, "page break before". */
function startsPage(a: Appendix, ctx: LintContext): boolean {
  const p = a.label.para;
  if (p.props.pageBreakBefore || p.pageBreak) return true;
  const paragraphs = ctx.model.paragraphs;
  for (let n = p.number - 1; n >= 1; n--) {
    const q = paragraphs[n - 1]!;
    if (q.pageBreak) return true;
    if (q.section !== p.section) {
      const section = ctx.model.sections[p.section];
      return section !== undefined && section.type !== 'continuous' && section.type !== 'nextColumn';
    }
    if (q.text.trim() !== '' && !q.cell) return false;
    if (q.cell) return false;
  }
  return false;
}

const newPage: LintRule = {
  id: 'PL-04',
  clause: 'PL1-III.1',
  severity: 'error',
  element: ELEMENT.appendix,
  requirement: L('Mỗi phụ lục bắt đầu từ một trang mới', 'Each appendix starts on a new page'),
  check: (ctx) =>
    ctx.elements.appendices
      .filter((a) => !startsPage(a, ctx))
      .map((a) =>
        findingOf(newPage, {
          property: PROPERTY.page,
          expected: L(
            'sang trang mới (ngắt trang hoặc ngắt phần "Next Page")',
            'a new page (page or section break)',
          ),
          found: L('nối tiếp trên cùng trang', 'continues on the same page'),
          where: whereOf(a.label),
        }),
      ),
};

/** The section an appendix opens, when its label is the first text of a later section. */
function ownSection(a: Appendix, ctx: LintContext): number | undefined {
  const p = a.label.para;
  if (p.section === 0) return undefined;
  const section = ctx.model.sections[p.section];
  if (!section) return undefined;
  const before = ctx.model.paragraphs.filter(
    (q: Paragraph) => q.section === p.section && q.number < p.number && q.text.trim() !== '',
  );
  return before.length === 0 ? p.section : undefined;
}

const numbering: LintRule = {
  id: 'PN-04',
  clause: 'PL1-III.1.đ',
  severity: 'error',
  element: ELEMENT.pageNumber,
  requirement: L(
    'Mỗi phụ lục đánh số trang riêng, bắt đầu từ 1 (một phần "section" riêng)',
    'Each appendix numbered on its own from 1 (its own section)',
  ),
  check: (ctx) =>
    ctx.elements.appendices.flatMap((a): Finding[] => {
      const index = ownSection(a, ctx);
      const start = index === undefined ? undefined : ctx.model.sections[index]?.pageNumberStart;
      if (start === 1) return [];
      return [
        findingOf(numbering, {
          property: L('số bắt đầu', 'start number'),
          expected: L('1 (phần mới, "Start at: 1")', '1 (a new section, "Start at: 1")'),
          found:
            index === undefined
              ? L('đánh số tiếp theo văn bản', 'continues the main text')
              : start === undefined
                ? L('không đặt (tiếp theo phần trước)', 'not set (continues)')
                : same(String(start)),
          where: { ...whereOf(a.label), section: a.label.para.section + 1 },
        }),
      ];
    }),
};

const mention: LintRule = {
  id: 'PL-05',
  clause: 'PL1-III.1.a',
  severity: 'error',
  element: ELEMENT.appendix,
  requirement: L('Nội dung văn bản có nhắc tới từng phụ lục', 'The main text mentions each appendix'),
  check: (ctx) => {
    const e = ctx.elements;
    const first = e.appendices[0];
    if (!first) return [];
    const main = ctx.model.paragraphs
      .filter((p) => p.part === first.label.para.part && p.number < first.label.para.number)
      .map((p) => p.text)
      .join('\n');
    return e.appendices.flatMap((a) => {
      const numeral = numeralOf(a);
      // "Phụ lục 01" and "Phụ lục 1" are the same appendix.
      const written = numeral !== undefined && /^\d+$/u.test(numeral) ? `0*${Number(numeral)}` : numeral;
      const pattern =
        written === undefined
          ? /phụ\s*lục/iu
          : new RegExp(`phụ\\s*lục[^.;\\n]{0,40}?(?<![\\p{L}\\d])${written}(?![\\p{L}\\d])`, 'iu');
      if (pattern.test(main)) return [];
      return [
        findingOf(mention, {
          property: PROPERTY.mention,
          expected: L(
            `nội dung nhắc tới "Phụ lục${numeral ? ` ${numeral}` : ''}"`,
            `the text refers to "Phụ lục${numeral ? ` ${numeral}` : ''}"`,
          ),
          found: L('không thấy trong nội dung', 'not found in the text'),
          where: whereOf(a.label),
        }),
      ];
    });
  },
};

export const APPENDIX_RULES: LintRule[] = [label, title, reference, newPage, mention];
export const APPENDIX_PAGE_RULES: LintRule[] = [numbering];
