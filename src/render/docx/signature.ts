/**
 * Ô 9b and ô 7: "Nơi nhận:" and its list on the left, level with the authority lines on the right;
 * room to sign and seal; the name centred under the titles. One row that cannot split, kept with the
 * last body paragraph, so the block never stands alone on a page.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { RecipientList, SignatureBlock } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { mmToTwip, ptToTwip } from '../../layout/units.js';
import { borderlessTable } from './borderlessTable.js';
import { centredLine } from './centredLine.js';
import { SIGNATURE_COLUMNS_MM } from './geometry.js';
import { run } from './runs.js';

/** Space between the body and the block; the same on both sides keeps "Nơi nhận:" level with the titles. */
const BLOCK_BEFORE_PT = 12;

function leftLine(
  text: string,
  style: { sizePt: number; bold?: boolean; italic?: boolean },
  beforePt = 0,
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: ptToTwip(beforePt), after: 0 },
    keepNext: true,
    keepLines: true,
    children: [run(text, style)],
  });
}

function recipientsCell(recipients: RecipientList): Paragraph[] {
  return [
    leftLine(
      recipients.label,
      { sizePt: ND30.size.recipientsLabel, bold: true, italic: true },
      BLOCK_BEFORE_PT,
    ),
    ...recipients.items.map((item) => leftLine(item, { sizePt: ND30.size.recipientsItem })),
  ];
}

function signatureCell(signature: SignatureBlock): Paragraph[] {
  const style = { sizePt: ND30.size.signatureTitle, bold: true };
  const titles = signature.titleLines.map((line, i) =>
    centredLine(line, style, { beforePt: i === 0 ? BLOCK_BEFORE_PT : 0 }),
  );
  const name = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: mmToTwip(ND30.signature.signingSpaceMm), after: 0 },
    keepLines: true,
    children: [run(signature.name, { sizePt: ND30.size.signerName, bold: true })],
  });
  return [...titles, name];
}

export function signatureTable(recipients: RecipientList, signature: SignatureBlock): Table {
  return borderlessTable(SIGNATURE_COLUMNS_MM, [[recipientsCell(recipients), signatureCell(signature)]], {
    cantSplit: true,
  });
}

/**
 * Two signatures side by side, each centred in half the width (Biên bản, Mẫu 1.9: THƯ KÝ left, CHỦ TỌA
 * right), and ô 9b below them on the left.
 */
export function twoSignaturesBlock(
  left: SignatureBlock,
  right: SignatureBlock,
  recipients: RecipientList,
): Array<Table | Paragraph> {
  const total = SIGNATURE_COLUMNS_MM[0] + SIGNATURE_COLUMNS_MM[1];
  // Blank title lines under the shorter block keep the two names level.
  const lines = Math.max(left.titleLines.length, right.titleLines.length);
  const level = (s: SignatureBlock): SignatureBlock => ({
    ...s,
    titleLines: [...s.titleLines, ...Array<string>(lines - s.titleLines.length).fill('')],
  });
  const table = borderlessTable(
    [total / 2, total / 2],
    [[signatureCell(level(left)), signatureCell(level(right))]],
    { cantSplit: true },
  );
  return [table, ...recipientsCell(recipients)];
}
