/** Ô 5a: the type name and the trích yếu, centred on the page, with a rule 1/3–1/2 of the trích yếu (PL1-II.5.b). */
import type { Paragraph } from 'docx';
import type { DocumentTitle } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { centredLine } from './centredLine.js';
import { shortRuleMm, TEXT_WIDTH_MM } from './geometry.js';
import { ruleParagraph } from './rule.js';

const SUMMARY_STYLE = { sizePt: ND30.size.summary, bold: true };
/** Space above the type name, separating it from the header. */
const TITLE_BEFORE_PT = 18;
export function summaryRuleMm(printed: string[]): number {
  return shortRuleMm(Math.max(...printed.map((l) => textWidthMm(l, SUMMARY_STYLE.sizePt, SUMMARY_STYLE))));
}

export function titleParagraphs(title: DocumentTitle): Paragraph[] {
  // The model holds the printed lines (src/model/lineLayout.ts).
  const printed = title.summaryLines;
  return [
    centredLine(title.typeName, { sizePt: ND30.size.typeName, bold: true }, { beforePt: TITLE_BEFORE_PT }),
    ...printed.map((line) => centredLine(line, SUMMARY_STYLE)),
    ruleParagraph(summaryRuleMm(printed), TEXT_WIDTH_MM),
  ];
}
