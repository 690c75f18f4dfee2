/** Page numbers: Arabic, centred in the top margin, 14 pt, from page 2 on (PL1-I.7). */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { ND30 } from '../../layout/nd30.js';
import { ptToHalfPoints } from '../../layout/units.js';
import { FONT } from './runs.js';

export function pageNumberHeaders(): { default: Header; first: Header } {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        children: [PageNumber.CURRENT],
        font: FONT,
        size: ptToHalfPoints(ND30.size.pageNumber),
        color: ND30.font.color,
      }),
    ],
  });
  // The first page gets its own, empty header: no number on page 1.
  return {
    default: new Header({ children: [number] }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}
