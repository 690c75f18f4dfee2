/**
 * MK-01, MK-02, LH-01: the urgency stamp (HỎA TỐC 30 × 8, THƯỢNG KHẨN 40 × 8, KHẨN 20 × 8 mm, red,
 * capitals, bold, 13–14 pt, in a single-line box) and the secrecy stamp in the left column under the Số
 * line; the circulation notice (XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ) boxed, top right, above the Quốc hiệu
 * (PL1-III.2).
 */
import { twipToMm, type Paragraph } from '../docxModel.js';
import type { Stamp } from '../elements.js';
import { stampOf } from '../elements.js';
import type { Finding, Localized } from '../finding.js';
import { L, same } from '../finding.js';
import { layoutPart, type Column, type Segment } from '../layout.js';
import { findingOf, type LintContext, type LintRule } from '../rule.js';
import { ELEMENT, mm, PROPERTY, VALUE, columnName } from '../words.js';
import { checkStyle, whereOf } from './segmentStyle.js';

type RuleInfo = Pick<LintRule, 'id' | 'clause' | 'severity' | 'element'>;

/** Box sizes of the urgency stamps, mm (PL1-III.2.b). */
const URGENCY_BOX: Record<string, readonly [number, number]> = {
  'HỎA TỐC': [30, 8],
  'THƯỢNG KHẨN': [40, 8],
  KHẨN: [20, 8],
};
const SIZE_TOLERANCE = 0.1;

interface StampBox {
  widthMm?: number;
  heightMm?: number;
  single: boolean;
}

const SINGLE = new Set(['single', 'thick']);

/** The box drawn around a stamp: its text box, a one-cell table, or the paragraph's four borders. */
function boxOf(p: Paragraph, paragraphs: Paragraph[]): StampBox | undefined {
  if (p.frame) {
    const o = p.frame.outline;
    if (!o) return undefined;
    const box: StampBox = { single: o.solid && !o.double };
    if (p.frame.widthMm !== undefined) box.widthMm = p.frame.widthMm;
    if (p.frame.heightMm !== undefined) box.heightMm = p.frame.heightMm;
    return box;
  }
  const c = p.cell;
  if (c?.boxed && c.cellCount === 1) {
    const alone = paragraphs.every((q) => q === p || q.cell !== c || q.text.trim() === '');
    if (alone) {
      const box: StampBox = { widthMm: twipToMm(c.widthTw), single: c.boxed === 'single' };
      if (c.rowHeightTw !== undefined) box.heightMm = twipToMm(c.rowHeightTw);
      return box;
    }
  }
  const sides = [p.props.borderTop, p.props.borderBottom, p.props.borderLeft, p.props.borderRight];
  if (sides.every((b) => b !== undefined && !['none', 'nil'].includes(b.style))) {
    const width = c ? c.widthTw - c.marginLeftTw - c.marginRightTw : undefined;
    const box: StampBox = { single: sides.every((b) => SINGLE.has(b!.style)) };
    if (width !== undefined) box.widthMm = twipToMm(width - p.props.indLeft - p.props.indRight);
    return box;
  }
  return undefined;
}

function isRed(colour: string): boolean {
  if (!/^[0-9A-F]{6}$/u.test(colour)) return false;
  const r = parseInt(colour.slice(0, 2), 16);
  const g = parseInt(colour.slice(2, 4), 16);
  const b = parseInt(colour.slice(4, 6), 16);
  return r >= 0xb0 && g <= 0x60 && b <= 0x60;
}

function checkBox(
  rule: RuleInfo,
  stamp: Stamp,
  ctx: LintContext,
  size?: readonly [number, number],
): Finding[] {
  const where = whereOf(stamp.segment);
  const box = boxOf(stamp.para, ctx.model.paragraphs);
  const out: Finding[] = [];
  const add = (property: Localized, expected: Localized, found: Localized): void => {
    out.push(findingOf(rule, { property, expected, found, where }));
  };
  const expected = L('khung viền đơn, nét liền', 'a single solid-line box');
  if (!box) {
    add(PROPERTY.border, expected, VALUE.missing);
    return out;
  }
  if (!box.single) add(PROPERTY.border, expected, L('viền đôi hoặc nét đứt', 'double or dashed'));
  if (size) {
    const [w, h] = size;
    const off = (value: number | undefined, want: number): boolean =>
      value !== undefined && Math.abs(value - want) > want * SIZE_TOLERANCE;
    if (off(box.widthMm, w) || off(box.heightMm, h))
      add(
        PROPERTY.boxSize,
        same(`${w} × ${h} mm`),
        same(
          `${box.widthMm === undefined ? '?' : mm(box.widthMm)} × ${box.heightMm === undefined ? '?' : mm(box.heightMm)}`,
        ),
      );
  }
  return out;
}

const urgency: LintRule = {
  id: 'MK-01',
  clause: 'PL1-III.2.b',
  severity: 'error',
  element: ELEMENT.urgencyStamp,
  requirement: L(
    'Khung viền đơn 30 × 8 mm (HỎA TỐC), 40 × 8 mm (THƯỢNG KHẨN), 20 × 8 mm (KHẨN); chữ IN HOA, đậm, cỡ 13–14, màu đỏ',
    'Single-line box 30 × 8 mm (HỎA TỐC), 40 × 8 mm (THƯỢNG KHẨN), 20 × 8 mm (KHẨN); capitals, bold, 13–14 pt, red',
  ),
  check: (ctx) =>
    ctx.elements.stamps
      .filter((s) => s.kind === 'urgency')
      .flatMap((s) => {
        const out = checkStyle(urgency, s.segment, { sizes: [13, 14], bold: true, case: 'upper' });
        const pieces = s.segment.pieces.filter((p) => p.text.trim() !== '');
        if (pieces.some((p) => !isRed(p.props.color)))
          out.push(
            findingOf(urgency, {
              property: PROPERTY.colour,
              expected: L('đỏ', 'red'),
              found: same(pieces.find((p) => !isRed(p.props.color))!.props.color),
              where: whereOf(s.segment),
            }),
          );
        return [...out, ...checkBox(urgency, s, ctx, URGENCY_BOX[s.name])];
      }),
};

/** Which column a stamp stands in: its text box's stated position, its cell, or its printed line. */
function stampColumn(stamp: Stamp, ctx: LintContext): Column {
  const p = stamp.para;
  const width = ctx.layout.textWidthMm;
  const anchor = p.anchor !== undefined ? ctx.model.paragraphs[p.anchor - 1] : undefined;
  const f = p.frame;
  if (f && anchor) {
    const cell = anchor.cell;
    const cellLeft = cell ? twipToMm(cell.xTw) : 0;
    const cellWidth = cell ? twipToMm(cell.widthTw) : width;
    let centre: number | undefined;
    if (f.centreMm !== undefined && (f.relativeTo === 'column' || f.relativeTo === 'margin'))
      centre = (f.relativeTo === 'column' ? cellLeft : 0) + f.centreMm;
    else if (f.centreMm !== undefined && f.relativeTo === 'page')
      centre = f.centreMm - twipToMm(ctx.model.sections[0]?.margins.left ?? 1440);
    else if (f.align === 'left' && f.relativeTo !== 'page') centre = cellLeft + (f.widthMm ?? 0) / 2;
    else if (f.align === 'right' && f.relativeTo !== 'page')
      centre = cellLeft + cellWidth - (f.widthMm ?? 0) / 2;
    else if (f.align === 'center' && cell) centre = cellLeft + cellWidth / 2;
    if (centre !== undefined) return centre < width / 2 ? 'left' : 'right';
    const segs = ctx.layout.byParagraph.get(anchor.number) ?? [];
    if (cell && cell.cellCount >= 2) return cell.cell === 0 ? 'left' : 'right';
    return segs[0]?.column ?? 'full';
  }
  return stamp.segment.column;
}

/** Reading position of a stamp: a text box counts where it is anchored. */
const placeOf = (s: Stamp): number => s.para.anchor ?? s.para.number;

const position: LintRule = {
  id: 'MK-02',
  clause: 'PL1-III.2',
  severity: 'error',
  element: ELEMENT.urgencyStamp,
  requirement: L(
    'Dấu độ mật, mức độ khẩn ở cột trái, dưới số, ký hiệu (dấu mật trên, dấu khẩn dưới)',
    'Secrecy and urgency stamps in the left column under the number (secrecy above urgency)',
  ),
  check: (ctx) => {
    const e = ctx.elements;
    const stamps = e.stamps.filter((s) => s.kind !== 'circulation');
    const numberAt = e.number?.para.number;
    return stamps.flatMap((s) => {
      const out: Finding[] = [];
      const element = s.kind === 'secrecy' ? ELEMENT.secrecyStamp : ELEMENT.urgencyStamp;
      const where = whereOf(s.segment);
      const column = stampColumn(s, ctx);
      if (column !== 'left')
        out.push(
          findingOf(position, {
            element,
            property: PROPERTY.column,
            expected: columnName('left'),
            found: columnName(column),
            where,
          }),
        );
      if (numberAt !== undefined && placeOf(s) < numberAt)
        out.push(
          findingOf(position, {
            element,
            property: PROPERTY.location,
            expected: L('dưới dòng "Số:"', 'under the "Số:" line'),
            found: L('trên dòng "Số:"', 'above the "Số:" line'),
            where,
          }),
        );
      if (s.kind === 'urgency') {
        const secrecy = stamps.find((x) => x.kind === 'secrecy' && placeOf(x) > placeOf(s));
        if (secrecy)
          out.push(
            findingOf(position, {
              element,
              property: PROPERTY.order,
              expected: L('dưới dấu độ mật', 'under the secrecy stamp'),
              found: L('trên dấu độ mật', 'above the secrecy stamp'),
              where,
            }),
          );
      }
      return out;
    });
  },
};

/** Circulation notices in the main part, and in the header of page 1 (ô 11 sits in the top margin). */
function circulationStamps(ctx: LintContext): Array<{ stamp: Stamp; inHeader: boolean }> {
  const out = ctx.elements.stamps
    .filter((s) => s.kind === 'circulation')
    .map((stamp) => ({ stamp, inHeader: false }));
  const s = ctx.model.sections[0];
  const part = s?.headers.get(s.titlePg ? 'first' : 'default');
  const paragraphs = part ? (ctx.model.parts.get(part) ?? []) : [];
  for (const seg of layoutPart(paragraphs, ctx.model)) {
    const found = stampOf(seg.text);
    if (found?.kind === 'circulation')
      out.push({ stamp: { ...found, para: seg.para, segment: seg }, inHeader: true });
  }
  return out;
}

function headerColumn(seg: Segment, ctx: LintContext): Column {
  const f = seg.para.frame;
  const width = ctx.layout.textWidthMm;
  if (f?.centreMm !== undefined && f.relativeTo !== 'page') return f.centreMm < width / 2 ? 'left' : 'right';
  if (f?.align === 'right') return 'right';
  if (f?.align === 'left') return 'left';
  return seg.column;
}

const circulation: LintRule = {
  id: 'LH-01',
  clause: 'PL1-III.2.c',
  severity: 'error',
  element: ELEMENT.circulationStamp,
  requirement: L(
    '"XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ": IN HOA, đậm, cỡ 13–14, khung viền đơn, góc phải trên Quốc hiệu',
    '"XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ": capitals, bold, 13–14 pt, single-line box, top right above the Quốc hiệu',
  ),
  check: (ctx) =>
    circulationStamps(ctx).flatMap(({ stamp, inHeader }) => {
      const out = checkStyle(circulation, stamp.segment, { sizes: [13, 14], bold: true, case: 'upper' });
      out.push(...checkBox(circulation, stamp, ctx));
      const where = whereOf(stamp.segment);
      const column = inHeader ? headerColumn(stamp.segment, ctx) : stampColumn(stamp, ctx);
      if (column !== 'right')
        out.push(
          findingOf(circulation, {
            property: PROPERTY.column,
            expected: columnName('right'),
            found: columnName(column),
            where,
          }),
        );
      const q = ctx.elements.quocHieu;
      if (!inHeader && q && placeOf(stamp) > q.para.number)
        out.push(
          findingOf(circulation, {
            property: PROPERTY.location,
            expected: L('trên Quốc hiệu', 'above the Quốc hiệu'),
            found: L('dưới Quốc hiệu', 'below the Quốc hiệu'),
            where,
          }),
        );
      return out;
    }),
};

export const STAMP_RULES: LintRule[] = [urgency, position, circulation];
