/**
 * Ô 9a "Kính gửi:" (PL1-II.9.d): one recipient on the label's line; several each on its own line below,
 * starting "-", with the dashes straight under the colon. Lines that wrap continue after the dash. Inline
 * (kinh_gui_layout: inline), the first of several follows the label and the others' dashes stand under its.
 * Mẫu 1.5 sets the label about 3.5 cm in from the left margin.
 */
import { AlignmentType, Paragraph } from 'docx';
import type { AddresseeBlock } from '../../model/document.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { cmToTwip, mmToTwip, ptToTwip } from '../../layout/units.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { run } from './runs.js';

const A = ND30_ELEMENTS.addressees;

/** Where the colon of "Kính gửi:" starts, from the left margin: the dashes of a list go there. */
export function addresseeDashMm(label: string): number {
  return A.indentCm * 10 + textWidthMm(label.replace(/:$/, ''), A.sizePt);
}

function line(text: string, leftMm: number, hangingMm: number, beforePt: number, last: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: mmToTwip(leftMm + hangingMm), hanging: mmToTwip(hangingMm) },
    spacing: { before: ptToTwip(beforePt), after: 0 },
    keepNext: !last,
    keepLines: true,
    children: [run(text, { sizePt: A.sizePt })],
  });
}

export function addresseeParagraphs(block: AddresseeBlock): Paragraph[] {
  const labelMm = A.indentCm * 10;
  const [only] = block.items;
  if (block.items.length === 1 && only !== undefined) {
    // "Kính gửi: Bộ Nội vụ" — a long name wraps under itself, after the label.
    const hanging = textWidthMm(`${block.label} `, A.sizePt);
    return [line(`${block.label} ${only}`, labelMm, hanging, A.beforePt, true)];
  }
  const dashWidth = textWidthMm('- ', A.sizePt);
  if (block.inline && only !== undefined) {
    // "Kính gửi: - A;" then "- B;" … each dash where the first one stands (as the one-recipient line
    // wraps under its text, from the measured width of "Kính gửi: ").
    const dashMm = labelMm + textWidthMm(`${block.label} `, A.sizePt);
    const [, ...rest] = block.items;
    const first = line(
      `${block.label} ${only}`,
      labelMm,
      dashMm + dashWidth - labelMm,
      A.beforePt,
      rest.length === 0,
    );
    return [first, ...rest.map((item, i) => line(item, dashMm, dashWidth, 0, i === rest.length - 1))];
  }
  const dashMm = addresseeDashMm(block.label);
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: cmToTwip(A.indentCm) },
      spacing: { before: ptToTwip(A.beforePt), after: 0 },
      keepNext: true,
      keepLines: true,
      children: [run(block.label, { sizePt: A.sizePt })],
    }),
    ...block.items.map((item, i) => line(item, dashMm, dashWidth, 0, i === block.items.length - 1)),
  ];
}
