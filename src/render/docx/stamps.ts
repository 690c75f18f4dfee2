/**
 * Boxed marks: ô 10a (độ mật) and ô 10b (độ khẩn) as rectangles of the decree's sizes, in red; ô 11
 * (phạm vi lưu hành) and the draft mark in a single-line box fitted to the word (PL1-III.2).
 * A one-cell table with an exact row height gives the box its exact size in Word and LibreOffice.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  TextRun,
  WidthType,
} from 'docx';
import { ND30 } from '../../layout/nd30.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { mmToTwip, ptToHalfPoints, ptToTwip } from '../../layout/units.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { FONT } from './runs.js';

const S = ND30_ELEMENTS.stamps;

export type BoxAlign = 'left' | 'center' | 'right';

const TABLE_ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

/** Width of ô 10a/10b for a stamp word: the decree's size, or the word plus padding when it has none. */
export function stampWidthMm(text: string): number {
  return S.urgencyWidthMm[text] ?? S.secrecyWidthMm[text] ?? fittedWidthMm(text);
}

/** A box fitted to its word: the word's width plus padding on both sides, in whole millimetres. */
export function fittedWidthMm(text: string, sizePt: number = S.sizePt): number {
  return Math.ceil(textWidthMm(text, sizePt, { bold: true }) + 2 * S.paddingMm);
}

export function boxedWord(
  text: string,
  options: { widthMm: number; colour: string; align: BoxAlign; heightMm?: number },
): Table {
  const line = {
    style: BorderStyle.SINGLE,
    size: Math.round(S.borderPt * 8),
    color: options.colour,
  } as const;
  const width = mmToTwip(options.widthMm);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    alignment: TABLE_ALIGN[options.align],
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: mmToTwip(options.heightMm ?? S.heightMm), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 0, right: 0, top: 0, bottom: 0 },
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 0, after: 0 },
                children: [
                  new TextRun({
                    text,
                    font: FONT,
                    size: ptToHalfPoints(S.sizePt),
                    bold: true,
                    color: options.colour,
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** Ô 10a/10b: red rectangle of the decree's size. */
export function stampBox(text: string, align: BoxAlign = 'center'): Table {
  return boxedWord(text, { widthMm: stampWidthMm(text), colour: S.colour, align });
}

/** Ô 11 and the draft mark: black, fitted to the word. */
export function noticeBox(text: string, align: BoxAlign): Table {
  return boxedWord(text, {
    widthMm: fittedWidthMm(text, ND30_ELEMENTS.notice.sizePt),
    colour: ND30.font.color,
    align,
  });
}

/** Word needs a paragraph after a table that ends a cell; this one also spaces stacked boxes. */
export function gapParagraph(pt: number = S.gapPt): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: ptToTwip(pt), lineRule: LineRuleType.EXACT },
    children: [],
  });
}
