/** Ô 6: body paragraphs, 14 pt, justified, first line indented 1 cm, 6 pt apart, 1.15 lines (PL1-II.6.e). */
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { BodyBlock, BodyStyle } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { cmToTwip, linesToAutoSpacing, ptToTwip } from '../../layout/units.js';
import { run } from './runs.js';

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
} as const;

/** Space between the trích yếu rule and the first paragraph. */
const FIRST_PARAGRAPH_BEFORE_PT = 12;

export const DEFAULT_BODY_STYLE: BodyStyle = {
  sizePt: ND30.size.body,
  lineSpacingLines: ND30.body.lineSpacingLines,
};

export function bodyParagraphs(blocks: BodyBlock[], style: BodyStyle = DEFAULT_BODY_STYLE): Paragraph[] {
  return blocks.map(
    (block, i) =>
      new Paragraph({
        alignment: ALIGN[block.align],
        indent: block.indent === 'firstLine' ? { firstLine: cmToTwip(ND30.body.firstLineIndentCm) } : {},
        spacing: {
          before: ptToTwip(i === 0 ? FIRST_PARAGRAPH_BEFORE_PT : ND30.body.spaceBeforePt),
          after: ptToTwip(ND30.body.spaceAfterPt),
          line: linesToAutoSpacing(style.lineSpacingLines),
          lineRule: LineRuleType.AUTO,
        },
        keepNext: block.keepWithNext ?? false,
        children: block.runs.map((r) =>
          run(r.text, { sizePt: style.sizePt, bold: r.bold ?? false, italic: r.italic ?? false }),
        ),
      }),
  );
}
