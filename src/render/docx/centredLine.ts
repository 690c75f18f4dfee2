import { AlignmentType, Paragraph } from 'docx';
import { ptToTwip } from '../../layout/units.js';
import { run, type RunStyle } from './runs.js';

/** One centred line of text with single spacing, as every header and title element is set. */
export function centredLine(
  text: string,
  style: RunStyle,
  options: { beforePt?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: ptToTwip(options.beforePt ?? 0), after: 0 },
    keepNext: options.keepNext ?? true,
    keepLines: true,
    children: [run(text, style)],
  });
}
