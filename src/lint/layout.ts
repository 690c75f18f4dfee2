/**
 * Printed lines and tab-separated segments of each paragraph, and where each segment sits across the
 * page. Offices lay the header out either in a two-column table or on one line with tab stops
 * ("UBND TỈNH …<tab>CỘNG HÒA …"); both come out here as segments with a column (left/right/full), an
 * alignment and, when it can be estimated from text widths and tab stops, their horizontal extent.
 */
import { textWidthMm } from '../measure/textWidth.js';
import { normalizeText } from '../text/normalize.js';
import type { RunProps } from './formatting.js';
import { twipToMm, type DocxModel, type Paragraph, type Section } from './docxModel.js';

export interface Piece {
  /** Text as printed (caps applied). */
  text: string;
  props: RunProps;
}

export type Column = 'left' | 'right' | 'full';

export interface Segment {
  para: Paragraph;
  /** Index of the printed line (w:br) in the paragraph, and of the segment (tab) in that line. */
  line: number;
  index: number;
  /** Whitespace-collapsed NFC text, caps applied. */
  text: string;
  /** NFC text with its own spacing kept (trimmed); for patterns where spaces matter. */
  rawText: string;
  pieces: Piece[];
  column: Column;
  /** How the segment is aligned: by the paragraph's jc, or by the tab stop it stands on. */
  align: string;
  /** Left edge and width of the box the segment is aligned in, mm from the text margin. */
  boxLeftMm: number;
  boxWidthMm: number;
  /** Estimated left and right edge of the printed text, mm from the text margin. */
  leftMm: number;
  rightMm: number;
  /** Whether the segment is the last printed line of its paragraph. */
  lastLine: boolean;
}

export interface Layout {
  /** Text width (page minus margins) of the first section, mm. */
  textWidthMm: number;
  segments: Segment[];
  /** Segments by paragraph number (main part). */
  byParagraph: Map<number, Segment[]>;
}

const A4_TEXT_WIDTH_MM = 165;

export function sectionTextWidthMm(section: Section | undefined): number {
  if (!section?.pageW) return A4_TEXT_WIDTH_MM;
  const m = section.margins;
  const width = twipToMm(section.pageW - (m.left ?? 1440) - (m.right ?? 1440) - (m.gutter ?? 0));
  return width > 10 ? width : A4_TEXT_WIDTH_MM;
}

/** Printed width of pieces: glyphs plus the character spacing (condensed or expanded) each run sets. */
export function piecesWidthMm(pieces: Piece[]): number {
  return pieces.reduce(
    (sum, p) =>
      sum +
      textWidthMm(p.text, p.props.sizeHalfPt / 2, { bold: p.props.bold, italic: p.props.italic }) +
      (p.props.spacingTw ?? 0) * [...p.text].length * TWIP_MM,
    0,
  );
}

const TWIP_MM = 25.4 / 1440;

/** Splits a paragraph's runs into lines (\n) and segments (\t), keeping each piece's formatting. */
function splitPieces(para: Paragraph): Piece[][][] {
  const lines: Piece[][][] = [[[]]];
  for (const run of para.runs) {
    const shown = run.props.caps ? run.text.toLocaleUpperCase('vi-VN') : run.text;
    let buffer = '';
    const flush = (): void => {
      if (buffer === '') return;
      const line = lines[lines.length - 1]!;
      line[line.length - 1]!.push({ text: buffer, props: run.props });
      buffer = '';
    };
    for (const ch of shown) {
      if (ch === '\n') {
        flush();
        lines.push([[]]);
      } else if (ch === '\t') {
        flush();
        lines[lines.length - 1]!.push([]);
      } else buffer += ch;
    }
    flush();
  }
  return lines;
}

interface Box {
  leftMm: number;
  widthMm: number;
}

/** The box a paragraph's text is set in: cell content or text area, minus the paragraph's indents. */
function containerOf(para: Paragraph, textWidth: number): Box {
  if (para.cell) {
    const c = para.cell;
    return {
      leftMm: twipToMm(c.xTw + c.marginLeftTw),
      widthMm: Math.max(1, twipToMm(c.widthTw - c.marginLeftTw - c.marginRightTw)),
    };
  }
  return { leftMm: 0, widthMm: textWidth };
}

function columnOf(
  para: Paragraph,
  leftMm: number,
  rightMm: number,
  textWidth: number,
  tabbed: boolean,
  box: Box,
): Column {
  const cell = para.cell;
  if (cell && cell.cellCount >= 2) {
    if (cell.cell === 0) return 'left';
    if (cell.cell === cell.cellCount - 1) return 'right';
  }
  const centre = (leftMm + rightMm) / 2;
  // A line set in the middle of the page with tabs ("\t\tQUYẾT ĐỊNH") stands in no column.
  if (tabbed && !cell && Math.abs(centre - textWidth / 2) <= 5) return 'full';
  if (tabbed || box.leftMm > textWidth * 0.35 || box.leftMm + box.widthMm < textWidth * 0.65)
    return centre < textWidth / 2 ? 'left' : 'right';
  // A short line set against one margin stands in that side's column.
  if (rightMm - leftMm < textWidth * 0.45) {
    if (centre < textWidth * 0.4) return 'left';
    if (centre > textWidth * 0.6) return 'right';
  }
  return 'full';
}

function layoutParagraph(para: Paragraph, model: DocxModel, textWidth: number): Segment[] {
  const container = containerOf(para, textWidth);
  const p = para.props;
  const box: Box = {
    leftMm: container.leftMm + twipToMm(p.indLeft),
    widthMm: Math.max(1, container.widthMm - twipToMm(p.indLeft + p.indRight)),
  };
  const lines = splitPieces(para);
  const out: Segment[] = [];
  lines.forEach((segments, lineIndex) => {
    const tabbed = segments.length > 1;
    // The pen position, mm from the container's left edge (tab stops are measured from there).
    let pen = twipToMm(p.indLeft + (lineIndex === 0 ? p.firstLine : 0));
    segments.forEach((pieces, index) => {
      // Spaces at the end of a line hang past its end: they do not move centred or right-set text.
      const trail = edgeSpaceMm(pieces, 'trail');
      const width = piecesWidthMm(pieces) - trail;
      let align = p.jc;
      let left: number;
      let segBox: Box = box;
      if (index > 0) {
        const stop = nextTabStop(pen, para, model);
        align =
          stop.kind === 'center'
            ? 'center'
            : stop.kind === 'right' || stop.kind === 'decimal'
              ? 'right'
              : 'left';
        left =
          align === 'center' ? stop.posMm - width / 2 : align === 'right' ? stop.posMm - width : stop.posMm;
        // A centred tab stop centres its text on the stop: the box is symmetric around it.
        const half = Math.min(stop.posMm, container.widthMm - stop.posMm);
        segBox =
          align === 'center' ? { leftMm: container.leftMm + stop.posMm - half, widthMm: 2 * half } : box;
      } else if (tabbed) {
        align = 'left';
        left = pen;
      } else if (p.jc === 'center') left = box.leftMm - container.leftMm + (box.widthMm - width) / 2;
      else if (p.jc === 'right') left = box.leftMm - container.leftMm + box.widthMm - width;
      else left = pen;
      pen = Math.max(pen, left + width);
      const raw = pieces.map((x) => x.text).join('');
      const text = normalizeText(raw);
      if (text === '') return;
      // Where the ink lands: leading and trailing spaces take room but print nothing.
      const start = container.leftMm + Math.max(0, left);
      const leftMm = start + edgeSpaceMm(pieces, 'lead');
      const rightMm = Math.max(leftMm, Math.min(start + width, container.leftMm + container.widthMm));
      out.push({
        para,
        line: lineIndex,
        index,
        text,
        rawText: raw
          .normalize('NFC')
          .replace(/\u00a0/g, ' ')
          .trim(),
        pieces,
        column: columnOf(para, leftMm, rightMm, textWidth, tabbed, box),
        align,
        boxLeftMm: segBox.leftMm,
        boxWidthMm: segBox.widthMm,
        leftMm,
        rightMm,
        lastLine: lineIndex === lines.length - 1,
      });
    });
  });
  return out;
}

/** Width of the spaces before the first (or after the last) printed character of the pieces. */
function edgeSpaceMm(pieces: Piece[], edge: 'lead' | 'trail'): number {
  const list = edge === 'lead' ? pieces : [...pieces].reverse();
  const spaces: Piece[] = [];
  for (const piece of list) {
    const m = (edge === 'lead' ? /^[\s\u00a0]*/u : /[\s\u00a0]*$/u).exec(piece.text)?.[0] ?? '';
    if (m.length > 0) spaces.push({ text: m, props: piece.props });
    if (m.length < piece.text.length) break;
  }
  return piecesWidthMm(spaces);
}

/** The tab stop a tab at `penMm` jumps to: the next custom stop, else the next default stop. */
function nextTabStop(penMm: number, para: Paragraph, model: DocxModel): { posMm: number; kind: string } {
  for (const t of para.props.tabs) {
    const pos = twipToMm(t.pos);
    if (pos > penMm + 0.01 && t.kind !== 'bar') return { posMm: pos, kind: t.kind };
  }
  const step = twipToMm(model.defaultTabTw > 0 ? model.defaultTabTw : 720);
  return { posMm: (Math.floor(penMm / step) + 1) * step, kind: 'left' };
}

export function layoutDocument(model: DocxModel): Layout {
  const textWidth = sectionTextWidthMm(model.sections[0]);
  const segments: Segment[] = [];
  const byParagraph = new Map<number, Segment[]>();
  for (const para of model.paragraphs) {
    const segs = layoutParagraph(para, model, textWidth);
    byParagraph.set(para.number, segs);
    segments.push(...segs);
  }
  return { textWidthMm: textWidth, segments, byParagraph };
}

export function layoutPart(paragraphs: Paragraph[], model: DocxModel): Segment[] {
  const textWidth = sectionTextWidthMm(model.sections[0]);
  return paragraphs.flatMap((p) => layoutParagraph(p, model, textWidth));
}

/**
 * Widths of the lines a segment prints on: one line when it fits its box, else broken at spaces the way
 * Word fills lines (greedily), measured in the style of its first printed piece.
 */
export function printedLineWidthsMm(seg: Segment): number[] {
  const total = piecesWidthMm(seg.pieces);
  if (total <= seg.boxWidthMm) return [total];
  const style = seg.pieces.find((p) => p.text.trim() !== '')?.props;
  if (!style) return [total];
  const sizePt = style.sizeHalfPt / 2;
  const font = { bold: style.bold, italic: style.italic };
  const widths: number[] = [];
  let line = '';
  for (const word of seg.text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidthMm(candidate, sizePt, font) > seg.boxWidthMm) {
      widths.push(textWidthMm(line, sizePt, font));
      line = word;
    } else line = candidate;
  }
  if (line !== '') widths.push(textWidthMm(line, sizePt, font));
  return widths;
}
