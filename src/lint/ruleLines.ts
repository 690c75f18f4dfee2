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
  how: 'border' | 'shape' | 'cell' | 'underline';
  lengthMm: number;
  solid: boolean;
  /** Centre of the rule, mm from the text margin, when known. */
  centreMm?: number;
  /** Paragraph that holds the rule. */
  paragraph: Paragraph;
}

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

/**
 * The rule under `segment` (the last line of an element), or undefined. `textWidthMm` is the text area's
 * width, for paragraphs outside tables. Rules of a neighbouring column are told apart by their centre.
 */
export function ruleUnder(
  segment: Segment,
  paragraphs: Paragraph[],
  textWidthMm: number,
): RuleLine | undefined {
  const p = segment.para;
  if (segment.lastLine && isVisibleBorder(p.props.borderBottom))
    return borderRule(p, p.props.borderBottom, textWidthMm);
  const centre = (segment.leftMm + segment.rightMm) / 2;
  const shapes: RuleLine[] = p.shapes.map((s) => shapeRule(p, s, textWidthMm));
  for (const q of following(p, paragraphs, 2)) {
    if (isVisibleBorder(q.props.borderTop)) return borderRule(q, q.props.borderTop, textWidthMm);
    if (q.text.trim() !== '') break;
    if (isVisibleBorder(q.props.borderBottom)) return borderRule(q, q.props.borderBottom, textWidthMm);
    shapes.push(...q.shapes.map((s) => shapeRule(q, s, textWidthMm)));
  }
  if (shapes.length > 0) {
    // Prefer the shape nearest to the text's centre (a tab-laid header anchors both rules in one paragraph).
    const distance = (r: RuleLine): number =>
      r.centreMm === undefined ? 1e6 : Math.abs(r.centreMm - centre);
    return [...shapes].sort((a, b) => distance(a) - distance(b))[0];
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
