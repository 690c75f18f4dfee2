/**
 * PN-01..03: page numbers in Arabic figures, centred in the top margin, 13–14 pt upright, from page 2 on:
 * "different first page" (w:titlePg) with no PAGE field in the first-page header, and a PAGE field in the
 * default header (PL1-I.7).
 */
import type { Field, Paragraph } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import { estimatePages } from '../pages.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { alignName, ELEMENT, pt, PROPERTY, VALUE } from '../words.js';

const PAGE = /^PAGE(\s|$)/u;

function partParagraphs(ctx: LintContext, path: string | undefined): Paragraph[] {
  return path ? (ctx.model.parts.get(path) ?? []) : [];
}

function pageFields(paragraphs: Paragraph[]): Array<{ para: Paragraph; field: Field }> {
  return paragraphs.flatMap((para) =>
    para.fields.filter((f) => PAGE.test(f.instr)).map((field) => ({ para, field })),
  );
}

/**
 * The header (or footer) parts that print on the text's pages: the default one, and with "different odd
 * and even pages" (w:evenAndOddHeaders) and a second page, the even-page one too.
 */
function printedParts(ctx: LintContext, parts: Map<string, string>): string[] {
  const out = [parts.get('default')];
  // The even-page header prints from page 2 on: a one-page document never shows it.
  if (ctx.model.evenAndOddHeaders && parts.has('even') && ownPages(ctx) >= 2) out.push(parts.get('even'));
  return [...new Set(out.filter((p): p is string => p !== undefined))];
}

/** The document's own pages, up to its signature (attachments after it are numbered on their own, PN-04). */
function ownPages(ctx: LintContext): number {
  const e = ctx.elements;
  const end = Math.max(
    0,
    e.signerName?.para.number ?? 0,
    ...e.signatureTitles.map((x) => x.para.number),
    ...e.recipientItems.flat().map((x) => x.para.number),
  );
  return estimatePages(ctx.model, ctx.layout, end > 0 ? end : Infinity);
}

function where(part?: string): Finding['where'] {
  return part ? { part, section: 1 } : { section: 1 };
}

const firstPage: LintRule = {
  id: 'PN-01',
  clause: 'PL1-I.7',
  severity: 'error',
  element: ELEMENT.pageNumber,
  requirement: L(
    'Không hiện số trang ở trang 1 (bật "Trang đầu khác", đầu trang đầu để trống)',
    'No number on page 1 ("different first page", empty first header)',
  ),
  check: (ctx) => {
    const s = ctx.model.sections[0];
    if (!s) return [];
    const type = s.titlePg ? 'first' : 'default';
    const out: Finding[] = [];
    for (const map of [s.headers, s.footers]) {
      const part = map.get(type);
      if (pageFields(partParagraphs(ctx, part)).length === 0) continue;
      out.push(
        findingOf(firstPage, {
          property: PROPERTY.firstPage,
          expected: L('không có số trang', 'no page number'),
          found: s.titlePg
            ? L('đầu/chân trang của trang 1 có số trang', 'the page-1 header/footer shows a number')
            : L('có số trang (chưa bật "Trang đầu khác")', 'numbered ("different first page" is off)'),
          where: where(part),
        }),
      );
    }
    return out;
  },
};

const location: LintRule = {
  id: 'PN-02',
  clause: 'PL1-I.7',
  severity: 'error',
  element: ELEMENT.pageNumber,
  requirement: L('Ở đầu trang (lề trên), căn giữa', 'In the header (top margin), centred'),
  check: (ctx) => {
    const s = ctx.model.sections[0];
    if (!s) return [];
    const inHeader = printedParts(ctx, s.headers).flatMap((part) => pageFields(partParagraphs(ctx, part)));
    const inFooter = printedParts(ctx, s.footers).flatMap((part) => pageFields(partParagraphs(ctx, part)));
    if (inHeader.length === 0 && inFooter.length > 0)
      return [
        findingOf(location, {
          property: PROPERTY.location,
          expected: L('đầu trang, căn giữa', 'header, centred'),
          found: L('chân trang', 'footer'),
          where: where(s.footers.get('default')),
        }),
      ];
    return inHeader.flatMap(({ para }) => {
      const centredByTab = para.text.startsWith('\t') && para.props.tabs.some((t) => t.kind === 'center');
      if (para.props.jc === 'center' || centredByTab) return [];
      return [
        findingOf(location, {
          property: PROPERTY.align,
          expected: alignName('center'),
          found: alignName(para.props.jc),
          where: { part: para.part, paragraph: para.number, section: 1 },
        }),
      ];
    });
  },
};

const format: LintRule = {
  id: 'PN-03',
  clause: 'PL1-I.7, PL1-V r14',
  severity: 'error',
  element: ELEMENT.pageNumber,
  requirement: L(
    'Trường PAGE số Ả Rập, bắt đầu từ 1, cỡ 13–14, đứng, không đậm',
    'Arabic PAGE field starting at 1, 13–14 pt, upright, regular',
  ),
  check: (ctx) => {
    const s = ctx.model.sections[0];
    if (!s) return [];
    const out: Finding[] = [];
    const defaultHeader = s.headers.get('default');
    const fields = printedParts(ctx, s.headers).flatMap((part) => pageFields(partParagraphs(ctx, part)));
    const anywhere = [...s.headers.values(), ...s.footers.values()].some(
      (part) => pageFields(partParagraphs(ctx, part)).length > 0,
    );
    if (!anywhere) {
      // A one-page document needs no number. The pages are counted from the layout: the count Word saved
      // in docProps/app.xml is often stale.
      const pages = ownPages(ctx);
      if (pages <= 1) return [];
      return [
        findingOf(format, {
          property: PROPERTY.presence,
          expected: L('số trang ở đầu trang từ trang 2', 'page numbers in the header from page 2'),
          found: L(
            `không có (văn bản khoảng ${pages} trang)`,
            `none (the document runs to about ${pages} pages)`,
          ),
          where: where(),
        }),
      ];
    }
    if (ctx.model.evenAndOddHeaders && pageFields(partParagraphs(ctx, s.headers.get('even'))).length === 0)
      out.push(
        findingOf(format, {
          property: PROPERTY.presence,
          expected: L('số trang cả ở trang chẵn', 'numbers on even pages too'),
          found: L('đầu trang chẵn không có số trang', 'the even-page header has none'),
          where: where(s.headers.get('even')),
        }),
      );
    // Only the even-page header numbered: page 3, 5 … print without a number.
    if (
      ctx.model.evenAndOddHeaders &&
      pageFields(partParagraphs(ctx, defaultHeader)).length === 0 &&
      pageFields(partParagraphs(ctx, s.headers.get('even'))).length > 0 &&
      ownPages(ctx) >= 3
    )
      out.push(
        findingOf(format, {
          property: PROPERTY.presence,
          expected: L('số trang cả ở trang lẻ (từ trang 3)', 'numbers on odd pages too (from page 3)'),
          found: L('chỉ đầu trang chẵn có số trang', 'only the even-page header has one'),
          where: where(defaultHeader),
        }),
      );
    if (s.pageNumberFormat !== undefined && s.pageNumberFormat !== 'decimal')
      out.push(
        findingOf(format, {
          property: PROPERTY.format,
          expected: L('số Ả Rập (1, 2, 3)', 'Arabic (1, 2, 3)'),
          found: same(s.pageNumberFormat),
          where: where(),
        }),
      );
    if (s.pageNumberStart !== undefined && s.pageNumberStart !== 1)
      out.push(
        findingOf(format, {
          property: L('số bắt đầu', 'start number'),
          expected: same('1'),
          found: same(String(s.pageNumberStart)),
          where: where(),
        }),
      );
    for (const { para, field } of fields) {
      const p = field.props;
      const w = { part: para.part, paragraph: para.number, section: 1 };
      const size = p.sizeHalfPt / 2;
      if (size < 13 || size > 14)
        out.push(
          findingOf(format, {
            property: PROPERTY.size,
            expected: same('13–14 pt'),
            found: same(pt(size)),
            where: w,
          }),
        );
      if (p.bold)
        out.push(
          findingOf(format, {
            property: PROPERTY.bold,
            expected: VALUE.notBold,
            found: VALUE.bold,
            where: w,
          }),
        );
      if (p.italic)
        out.push(
          findingOf(format, {
            property: PROPERTY.italic,
            expected: VALUE.upright,
            found: VALUE.italic,
            where: w,
          }),
        );
    }
    return out;
  },
};

export const PAGE_NUMBER_RULES: LintRule[] = [firstPage, location, format];
