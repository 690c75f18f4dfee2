/**
 * AD-01: the address, phone, e-mail and website block (ô 13): on the first page only, at the foot of the
 * text, 11–12 pt upright, under a solid line the width of the text area (PL1-III.4).
 */
import type { Paragraph } from '../docxModel.js';
import type { Finding } from '../finding.js';
import { L, same } from '../finding.js';
import { isVisibleBorder } from '../formatting.js';
import { sectionTextWidthMm } from '../layout.js';
import { estimatePages } from '../pages.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { snippet } from '../text.js';
import { ELEMENT, PROPERTY, VALUE } from '../words.js';
import { twipToMm } from '../docxModel.js';

const ADDRESS =
  /(^|[\s,;])(địa chỉ|điện thoại|đt|fax|e-?mail|thư điện tử|website|trang thông tin điện tử)\s*:/iu;
/** The line above spans the text area: within this share of its width. */
const FULL_WIDTH = 0.9;

interface Block {
  paragraphs: Paragraph[];
  /** All paragraphs of the part the block is in, for the line above it. */
  part: Paragraph[];
  footerType?: string;
}

function blocks(ctx: LintContext): Block[] {
  const e = ctx.elements;
  const out: Block[] = [];
  const signatureEnd = Math.max(
    e.signerName?.para.number ?? 0,
    ...e.recipientItems.flat().map((s) => s.para.number),
  );
  // The address block stands at the foot of page 1: a page break ends its search (what follows, such as
  // an internal phiếu trình attached after the letter, is another paper).
  const breakAfter = ctx.model.paragraphs.find(
    (p) => p.number > signatureEnd && (p.pageBreak || p.props.pageBreakBefore || p.section > 0),
  );
  const appendixStart = Math.min(
    e.appendices[0]?.label.para.number ?? Infinity,
    breakAfter ? breakAfter.number + (breakAfter.pageBreak ? 0 : -1) + 1 : Infinity,
  );
  if (signatureEnd > 0) {
    const signatureCells = new Set(
      [e.signerName, e.recipientsLabel, ...e.signatureTitles].map((s) => s?.para.cell?.table),
    );
    const found = ctx.model.paragraphs.filter(
      (p) =>
        p.number > signatureEnd &&
        p.number < appendixStart &&
        p.part === ctx.model.paragraphs[0]?.part &&
        !(p.cell && signatureCells.has(p.cell.table)) &&
        ADDRESS.test(p.text),
    );
    if (found.length > 0) out.push({ paragraphs: found, part: ctx.model.paragraphs });
  }
  const s = ctx.model.sections[0];
  if (s)
    for (const [type, path] of s.footers) {
      const part = ctx.model.parts.get(path) ?? [];
      const found = part.filter((p) => ADDRESS.test(p.text));
      if (found.length > 0) out.push({ paragraphs: found, part, footerType: type });
    }
  return out;
}

function whereOf(p: Paragraph): Finding['where'] {
  return { part: p.part, paragraph: p.number, text: snippet(p.text) };
}

function contentWidthMm(p: Paragraph, textWidth: number): number {
  const c = p.cell;
  const width = c ? twipToMm(c.widthTw - c.marginLeftTw - c.marginRightTw) : textWidth;
  return width - twipToMm(p.props.indLeft + p.props.indRight);
}

/** A solid rule over the block: a top border, a bottom border on the paragraph above, or a line shape. */
function ruleAbove(block: Block, textWidth: number): boolean {
  const first = block.paragraphs[0]!;
  const index = block.part.indexOf(first);
  const wide = (p: Paragraph): boolean => contentWidthMm(p, textWidth) >= textWidth * FULL_WIDTH;
  if (isVisibleBorder(first.props.borderTop) && wide(first)) return first.props.borderTop.style !== 'dashed';
  if (first.shapes.some((s) => s.solid && s.lengthMm >= textWidth * FULL_WIDTH)) return true;
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const p = block.part[i]!;
    if (isVisibleBorder(p.props.borderBottom) && wide(p)) return true;
    if (p.shapes.some((s) => s.solid && s.lengthMm >= textWidth * FULL_WIDTH)) return true;
    if (p.text.trim() !== '') break;
  }
  return false;
}

const address: LintRule = {
  id: 'AD-01',
  clause: 'PL1-III.4',
  severity: 'error',
  element: ELEMENT.address,
  requirement: L(
    'Chỉ ở trang đầu, cuối vùng chữ, cỡ 11–12, đứng, dưới một đường kẻ nét liền hết chiều ngang vùng chữ',
    'First page only, foot of the text, 11–12 pt, upright, under a solid full-width line',
  ),
  check: (ctx) => {
    const textWidth = sectionTextWidthMm(ctx.model.sections[0]);
    return blocks(ctx).flatMap((block) => {
      const out: Finding[] = [];
      for (const p of block.paragraphs) {
        const runs = p.runs.filter((r) => r.text.trim() !== '');
        const size = runs.find((r) => r.props.sizeHalfPt < 22 || r.props.sizeHalfPt > 24);
        if (size)
          out.push(
            findingOf(address, {
              property: PROPERTY.size,
              expected: same('11–12 pt'),
              found: same(`${size.props.sizeHalfPt / 2} pt`),
              where: whereOf(p),
            }),
          );
        if (runs.some((r) => r.props.italic))
          out.push(
            findingOf(address, {
              property: PROPERTY.italic,
              expected: VALUE.upright,
              found: VALUE.italic,
              where: whereOf(p),
            }),
          );
      }
      const first = block.paragraphs[0]!;
      if (!ruleAbove(block, textWidth))
        out.push(
          findingOf(address, {
            property: PROPERTY.rule,
            expected: L(
              'đường kẻ nét liền hết chiều ngang, ngay trên',
              'a solid full-width line right above',
            ),
            found: VALUE.missing,
            where: whereOf(first),
          }),
        );
      const s = ctx.model.sections[0];
      if (block.footerType && block.footerType !== 'first' && s) {
        // The default footer prints on every page (on pages 2+ only, with "different first page").
        const many = s.titlePg || estimatePages(ctx.model, ctx.layout) > 1;
        if (many)
          out.push(
            findingOf(address, {
              property: PROPERTY.page,
              expected: L(
                'chỉ trang đầu (chân trang của trang đầu)',
                'first page only (the first-page footer)',
              ),
              found: s.titlePg
                ? L('chân trang các trang sau', 'the footer of the following pages')
                : L('chân trang mọi trang', 'the footer of every page'),
              where: whereOf(first),
            }),
          );
      }
      return out;
    });
  },
};

export const ADDRESS_RULES: LintRule[] = [address];
