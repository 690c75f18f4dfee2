/** Text runs in the decree's typeface: Times New Roman in every script slot, black, Vietnamese. */
import { Tab, TextRun } from 'docx';
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

/** breakBefore: a line break before the text (lines a writer kept apart); tabBefore: a tab before it. */
export function run(
  text: string,
  style: RunStyle,
  options: { breakBefore?: boolean; tabBefore?: boolean } = {},
): TextRun {
  return new TextRun({
    ...(options.tabBefore ? { children: [new Tab(), text] } : { text }),
    ...(options.breakBefore ? { break: 1 } : {}),
    font: FONT,
    size: ptToHalfPoints(style.sizePt),
    // Only "on" is written: off is the default, and fewer attributes keep the XML easy to diff.
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    color: ND30.font.color,
  });
}
