/**
 * Phụ lục (PL1-III.1, Mẫu 2.1): on a new page with its own page numbers from 1; "Phụ lục I" 14 bold,
 * the title upper case bold, the "(Kèm theo …)" line italic, a short rule, then its content.
 */
import type { ISectionOptions, Paragraph, Table } from 'docx';
import { PageOrientation } from 'docx';
import type { Appendix, BodyStyle } from '../../model/document.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { breakLines } from '../../text/lineBreaker.js';
import { appendixTextWidthMm, WRAP_SLACK_MM } from '../../layout/lineWidths.js';
import { centredLine } from './centredLine.js';
import { contentBlocks } from './content.js';
import { shortRuleMm } from './geometry.js';
import { pageProperties } from './page.js';
import { pageNumberHeaders } from './pageNumber.js';
import { ruleParagraph } from './rule.js';

const P = ND30_ELEMENTS.appendix;
export { appendixTextWidthMm };

function appendixHeading(appendix: Appendix, widthMm: number): Paragraph[] {
  const reference = { sizePt: P.referenceSizePt, italic: true };
  const title = { sizePt: P.titleSizePt, bold: true };
  // The "(Kèm theo …)" line is vanban's own: broken where Vietnamese allows. Title lines come set.
  const referenceLines = breakLines(appendix.referenceLine, {
    maxWidthMm: widthMm - WRAP_SLACK_MM,
    measure: (s) => textWidthMm(s, reference.sizePt, reference),
  }).lines;
  const titleLines = appendix.titleLines;
  const longest = Math.max(...referenceLines.map((l) => textWidthMm(l, reference.sizePt, reference)));
  return [
    centredLine(appendix.label, { sizePt: P.labelSizePt, bold: true }),
    ...titleLines.map((l) => centredLine(l, title)),
    ...referenceLines.map((l) => centredLine(l, reference)),
    ruleParagraph(shortRuleMm(longest), widthMm),
  ];
}

export function appendixSection(appendix: Appendix, style?: BodyStyle): ISectionOptions {
  const landscape = appendix.landscape ?? false;
  const base = pageProperties();
  const size = base.page?.size;
  const widthMm = appendixTextWidthMm(landscape);
  const children: Array<Paragraph | Table> = [
    ...appendixHeading(appendix, widthMm),
    ...contentBlocks(appendix.body, widthMm, style),
  ];
  return {
    properties: {
      ...base,
      page: {
        ...base.page,
        // docx swaps width and height itself for a landscape page: give the portrait A4 numbers.
        size: landscape ? { ...size, orientation: PageOrientation.LANDSCAPE } : size,
        pageNumbers: { start: 1 },
      },
    },
    headers: pageNumberHeaders(),
    children,
  };
}
