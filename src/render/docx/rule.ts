/**
 * A solid horizontal rule of an exact length, centred in its container: an empty paragraph whose
 * bottom border spans between its indents. Word, LibreOffice and Google Docs all draw paragraph
 * borders the same way, and the length is exact, unlike a run of underscores.
 */
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import { ND30 } from '../../layout/nd30.js';
import { mmToTwip, ptToHalfPoints } from '../../layout/units.js';
import { FONT } from './runs.js';

/** Height of the rule's own paragraph: small, so the rule sits just under the text above it. */
const RULE_LINE_TWIPS = 40;
/** Clearance below the text above, so the rule does not touch Vietnamese dots below (ạ, ệ, ụ). */
const RULE_GAP_TWIPS = 60;

export function ruleParagraph(lengthMm: number, containerMm: number): Paragraph {
  const sideMm = Math.max(0, (containerMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mmToTwip(sideMm), right: mmToTwip(sideMm) },
    spacing: { before: RULE_GAP_TWIPS, after: 0, line: RULE_LINE_TWIPS, lineRule: LineRuleType.EXACT },
    border: {
      bottom: {
        style: BorderStyle.SINGLE,
        size: Math.round(ND30.rules.weightPt * 8),
        color: ND30.font.color,
        space: 0,
      },
    },
    run: { font: FONT, size: ptToHalfPoints(1) },
    keepNext: true,
  });
}
