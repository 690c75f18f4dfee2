/**
 * Ô 9a "Kính gửi:" (PL1-II.9.d): one recipient on the label's line; several each on its own line below,
 * starting "-", with the dashes straight under the colon. Lines that wrap continue after the dash. Inline
 * (kinh_gui_layout: inline), the first of several follows the label and the others' dashes stand under its.
 * Mẫu 1.5 sets the label about 3.5 cm in from the left margin. A recipient's footnote mark follows its
 * name, before the ";" or ".".
 */
import { AlignmentType, Paragraph } from 'docx';
import type { AddresseeBlock } from '../../model/document.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { cmToTwip, mmToTwip, ptToTwip } from '../../layout/units.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { run } from './runs.js';
import { ItemMarks } from './markedRuns.js';
import { keepWordsTogether } from '../../text/keepTogether.js';
import { TEXT_WIDTH_MM } from './geometry.js';

const A = ND30_ELEMENTS.addressees;

/** Word wraps a long recipient by itself; a no-break space keeps it from cutting "Trung / ương". */
const unbroken = (text: string, leftMm: number, hangingMm: number): string =>
  keepWordsTogether(text, (s) => textWidthMm(s, A.sizePt), {
    firstMm: TEXT_WIDTH_MM - leftMm,
    restMm: TEXT_WIDTH_MM - leftMm - hangingMm,
  });

/** Where the colon of "Kính gửi:" starts, from the left margin: the dashes of a list go there. */
export function addresseeDashMm(label: string): number {
  return A.indentCm * 10 + textWidthMm(label.replace(/:$/, ''), A.sizePt);
}

/**
 * One printed line: `text` is items[item], or the label and items[item] after it when `lead` (the label
 * and its space) is given, so the item's footnote marks land on its name.
 */
function line(
  block: AddresseeBlock,
  item: number,
  lead: string,
  placement: { leftMm: number; hangingMm: number; beforePt: number; last: boolean },
): Paragraph {
  const { leftMm, hangingMm, beforePt, last } = placement;
  const marks = new ItemMarks(block.footnotes, item);
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: mmToTwip(leftMm + hangingMm), hanging: mmToTwip(hangingMm) },
    spacing: { before: ptToTwip(beforePt), after: 0 },
    keepNext: !last,
    keepLines: true,
    children: marks.runs(unbroken(`${lead}${block.items[item] ?? ''}`, leftMm, hangingMm), -lead.length, {
      sizePt: A.sizePt,
    }),
  });
}

export function addresseeParagraphs(block: AddresseeBlock): Paragraph[] {
  const labelMm = A.indentCm * 10;
  const [only] = block.items;
  const lead = `${block.label} `;
  if (block.items.length === 1 && only !== undefined) {
    // "Kính gửi: Bộ Nội vụ" — a long name wraps under itself, after the label.
    const hangingMm = textWidthMm(lead, A.sizePt);
    return [line(block, 0, lead, { leftMm: labelMm, hangingMm, beforePt: A.beforePt, last: true })];
  }
  const dashWidth = textWidthMm('- ', A.sizePt);
  if (block.inline && only !== undefined) {
    // "Kính gửi: - A;" then "- B;" … each dash where the first one stands (as the one-recipient line
    // wraps under its text, from the measured width of "Kính gửi: ").
    const dashMm = labelMm + textWidthMm(lead, A.sizePt);
    const count = block.items.length;
    const first = line(block, 0, lead, {
      leftMm: labelMm,
      hangingMm: dashMm + dashWidth - labelMm,
      beforePt: A.beforePt,
      last: count === 1,
    });
    const rest = block.items
      .slice(1)
      .map((_, i) =>
        line(block, i + 1, '', { leftMm: dashMm, hangingMm: dashWidth, beforePt: 0, last: i + 2 === count }),
      );
    return [first, ...rest];
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
    ...block.items.map((_, i) =>
      line(block, i, '', {
        leftMm: dashMm,
        hangingMm: dashWidth,
        beforePt: 0,
        last: i === block.items.length - 1,
      }),
    ),
  ];
}
