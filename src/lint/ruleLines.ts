/**
 * Finds the rule drawn under a text line, however the office drew it: a bottom border on the text's own
 * paragraph, an empty paragraph after it with a border (vanban's way: w:pBdr/w:bottom between indents),
 * a line shape (DrawingML or VML) anchored there, a bottom border on the table cell, or, failing those,
 * an underline on the text itself.
 */
import { isVisibleBorder, type Border } from './formatting.js';
import { twipToMm, type Paragraph } from './docxModel.js';
import { piecesWidthMm, type Segment } from './layout.js';
import type { LineShape } from './shapes.js';

export interface RuleLine {
  how: 'border' | 'shape' | 'cell' | 'underline' | 'typed';
  lengthMm: number;
  solid: boolean;
  /** Centre of the rule, mm from the text margin, when known. */
  centreMm?: number;
  /** Paragraph that holds the rule. */
  paragraph: Paragraph;
}

/** Farther than this from the text's centre, a rule belongs to the other column. */
const FAR_MM = 30;
const SOLID_BORDERS = new Set(['single', 'thick']);
const SOLID_UNDERLINES = new Set(['single', 'thick', 'words']);

function contentBox(p: Paragraph, textWidthMm: number): { left: number; width: number } {
  const c = p.cell;
  const left = c ? twipToMm(c.xTw + c.marginLeftTw) : 0;
  const width = c ? twipToMm(c.widthTw - c.marginLeftTw - c.marginRightTw) : textWidthMm;
  return {
    left: left + twipToMm(p.props.indLeft),
    width: width - twipToMm(p.props.indLeft + p.props.indRight),
  };
}

function borderRule(p: Paragraph, border: Border, textWidthMm: number): RuleLine {
  const box = contentBox(p, textWidthMm);
  return {
    how: 'border',
    lengthMm: box.width,
    solid: SOLID_BORDERS.has(border.style),
    centreMm: box.left + box.width / 2,
    paragraph: p,
  };
}

function shapeRule(p: Paragraph, shape: LineShape, textWidthMm: number): RuleLine {
  const rule: RuleLine = { how: 'shape', lengthMm: shape.lengthMm, solid: shape.solid, paragraph: p };
  const c = p.cell;
  const cellLeft = c ? twipToMm(c.xTw + c.marginLeftTw) : 0;
  const cellWidth = c ? twipToMm(c.widthTw - c.marginLeftTw - c.marginRightTw) : undefined;
  if (shape.relativeTo === 'inline' && p.props.jc === 'center' && p.text.trim() === '') {
    const box = contentBox(p, textWidthMm);
    rule.centreMm = box.left + box.width / 2;
  } else if (shape.centred && cellWidth !== undefined && shape.relativeTo === 'column') {
    rule.centreMm = cellLeft + cellWidth / 2;
  } else if (
    shape.centreMm !== undefined &&
    (shape.relativeTo === 'column' || shape.relativeTo === 'margin')
  ) {
    rule.centreMm = (shape.relativeTo === 'column' ? cellLeft : 0) + shape.centreMm;
  }
  return rule;
}

/** The paragraphs after `p` in the same container, up to `count`. */
function following(p: Paragraph, paragraphs: Paragraph[], count: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let n = p.number; n < paragraphs.length && out.length < count; n++) {
    const q = paragraphs[n]!;
    if (q.cell !== p.cell || q.inTextBox !== p.inTextBox) break;
    out.push(q);
  }
  return out;
}

/** A rule typed as a line of underscores or dashes ("________"). */
const TYPED_RULE = /^[_\-–—‐]{4,}$/u;

/** A shape anchored in a paragraph below the text stands under it only if it sits near that paragraph's top. */
const NEAR_TOP_MM = 4;

/** The first paragraphs of the cell right below `p`'s cell (next row, same column), when `p` ends its cell. */
function cellBelow(p: Paragraph, paragraphs: Paragraph[], centreMm: number): Paragraph[] {
  const c = p.cell;
  if (!c) return [];
  const out: Paragraph[] = [];
  for (let n = p.number; n < paragraphs.length && out.length < 2; n++) {
    const q = paragraphs[n]!;
    const d = q.cell;
    if (!d || d.table !== c.table || q.part !== p.part) break;
    if (d.row === c.row) continue;
    if (d.row > c.row + 1) break;
    const left = twipToMm(d.xTw);
    if (centreMm < left || centreMm > left + twipToMm(d.widthTw)) continue;
    out.push(q);
  }
  return out;
}

function typedRule(q: Paragraph, byParagraph: Map<number, Segment[]> | undefined): RuleLine | undefined {
  const seg = byParagraph?.get(q.number)?.[0];
  if (!seg || !TYPED_RULE.test(seg.text.replace(/\s+/gu, ''))) return undefined;
  return {
    how: 'typed',
    lengthMm: seg.rightMm - seg.leftMm,
    solid: /_/u.test(seg.text),
    centreMm: (seg.leftMm + seg.rightMm) / 2,
    paragraph: q,
  };
}

/**
 * The rule under `segment` (the last line of an element), or undefined. `textWidthMm` is the text area's
 * width, for paragraphs outside tables. Rules of a neighbouring column are told apart by their centre.
 * Offices draw the rule in many places: a shape anchored in the text's paragraph, in the next one (even
 * one with text, when the shape sits at its top), or in the first paragraph of the cell below; or they type it.
 */
export function ruleUnder(
  segment: Segment,
  paragraphs: Paragraph[],
  textWidthMm: number,
  byParagraph?: Map<number, Segment[]>,
): RuleLine | undefined {
  const p = segment.para;
  if (segment.lastLine && isVisibleBorder(p.props.borderBottom))
    return borderRule(p, p.props.borderBottom, textWidthMm);
  const centre = (segment.leftMm + segment.rightMm) / 2;
  const shapes: RuleLine[] = p.shapes
    .filter((s) => s.offsetVMm === undefined || s.offsetVMm >= 0)
    .map((s) => shapeRule(p, s, textWidthMm));
  const below = (q: Paragraph): RuleLine | 'stop' | undefined => {
    if (isVisibleBorder(q.props.borderTop)) return borderRule(q, q.props.borderTop, textWidthMm);
    const typed = typedRule(q, byParagraph);
    if (typed) return typed;
    const nearTop = q.shapes.filter((s) => s.offsetVMm === undefined || s.offsetVMm < NEAR_TOP_MM);
    if (q.text.trim() !== '') {
      shapes.push(...nearTop.map((s) => shapeRule(q, s, textWidthMm)));
      return 'stop';
    }
    if (isVisibleBorder(q.props.borderBottom)) return borderRule(q, q.props.borderBottom, textWidthMm);
    shapes.push(...q.shapes.map((s) => shapeRule(q, s, textWidthMm)));
    return undefined;
  };
  const inCell = following(p, paragraphs, 2);
  for (const q of inCell) {
    const r = below(q);
    if (r === 'stop') break;
    if (r) return r;
  }
  if (shapes.length === 0 && inCell.every((q) => q.text.trim() === '')) {
    for (const q of cellBelow(p, paragraphs, centre)) {
      const r = below(q);
      if (r === 'stop') break;
      if (r) return r;
    }
  }
  // A shape whose centre is known to stand in another column is that column's rule; one drawn across the
  // text's centre is this text's rule, however far off centre (too long, dragged to one side).
  const near = shapes.filter(
    (r) =>
      r.centreMm === undefined ||
      Math.abs(r.centreMm - centre) <= FAR_MM ||
      Math.abs(r.centreMm - centre) <= r.lengthMm / 2,
  );
  if (near.length > 0) {
    // Prefer the shape nearest to the text's centre (a tab-laid header anchors both rules in one paragraph).
    const distance = (r: RuleLine): number =>
      r.centreMm === undefined ? 1e6 : Math.abs(r.centreMm - centre);
    return [...near].sort((a, b) => distance(a) - distance(b))[0];
  }
  const cellBorder = p.cell?.borderBottom;
  if (cellBorder && isLastTextInCell(p, paragraphs)) {
    const c = p.cell!;
    return {
      how: 'cell',
      lengthMm: twipToMm(c.widthTw),
      solid: SOLID_BORDERS.has(cellBorder.style),
      centreMm: twipToMm(c.xTw + c.widthTw / 2),
      paragraph: p,
    };
  }
  const textPieces = segment.pieces.filter((x) => x.text.trim() !== '');
  if (textPieces.length > 0 && textPieces.every((x) => x.props.underline !== undefined)) {
    return {
      how: 'underline',
      lengthMm: piecesWidthMm(segment.pieces),
      solid: textPieces.every((x) => SOLID_UNDERLINES.has(x.props.underline ?? '')),
      centreMm: centre,
      paragraph: p,
    };
  }
  return undefined;
}

function isLastTextInCell(p: Paragraph, paragraphs: Paragraph[]): boolean {
  return following(p, paragraphs, 50).every((q) => q.text.trim() === '');
}
