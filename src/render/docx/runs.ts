/** Text runs in the decree's typeface: Times New Roman in every script slot, black, Vietnamese. */
import { TextRun } from 'docx';
import { ND30 } from '../../layout/nd30.js';
import { ptToHalfPoints } from '../../layout/units.js';

export const FONT = {
  ascii: ND30.font.family,
  hAnsi: ND30.font.family,
  cs: ND30.font.family,
  eastAsia: ND30.font.family,
} as const;

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
}

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: ptToHalfPoints(style.sizePt),
    // Only "on" is written: off is the default, and fewer attributes keep the XML easy to diff.
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    color: ND30.font.color,
  });
}
