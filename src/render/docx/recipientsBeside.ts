/**
 * How many Nơi nhận entries stand beside the signature, in the row that never splits. A list taller
 * than the signature block used to move the whole block, with the last body paragraph, to the next page
 * and leave a third of a page or more empty (issue #12, item 5). The entries past the signature's height
 * go in a row of their own that may break across pages, as a clerk's Word file lets the list run on.
 *
 * Heights follow single spacing of Times New Roman (Liberation Serif in LibreOffice): 1.15 × the size,
 * as measured on vanban's own PDFs. The first row takes entries until its left side is at least as tall
 * as the signature, so the list never shows a gap where the rows meet.
 */
import type { RecipientList, SignatureBlock } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { mmToPt } from '../../layout/units.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { greedyLineCount } from '../../text/keepTogether.js';
import { SIGNATURE_COLUMNS_MM, usableWidthMm } from './geometry.js';

/** A single-spaced line of Times New Roman, as a multiple of its size. */
const LINE_HEIGHT = 1.15;

const line = (sizePt: number): number => sizePt * LINE_HEIGHT;

/** The signature cell: title lines, the signing space, the post above the name and the name. */
export function signatureHeightPt(signature: SignatureBlock, beforePt: number): number {
  return (
    beforePt +
    signature.titleLines.length * line(ND30.size.signatureTitle) +
    mmToPt(ND30.signature.signingSpaceMm) +
    ((signature.titleAboveName?.length ?? 0) + 1) * line(ND30.size.signerName)
  );
}

/** Printed lines of one entry: each line the clerk kept, wrapped after the dash as Word wraps it. */
export function entryLines(item: string): number {
  const size = ND30.size.recipientsItem;
  const width = (s: string) => textWidthMm(s, size);
  const usable = usableWidthMm(SIGNATURE_COLUMNS_MM[0]);
  const dash = item.startsWith('- ') ? width('- ') : 0;
  return item.split('\n').reduce(
    (n, kept, i) =>
      n +
      greedyLineCount(kept.replace('\t', ' '), width, {
        firstMm: i === 0 ? usable : usable - dash,
        restMm: usable - dash,
      }),
    0,
  );
}

/**
 * The number of entries for the first row: all of them when the list is no taller than the signature,
 * else the fewest that make the left side reach the signature's height.
 */
export function entriesBesideSignature(
  recipients: RecipientList,
  signature: SignatureBlock,
  beforePt: number,
): number {
  const target = signatureHeightPt(signature, beforePt);
  let height = beforePt + line(ND30.size.recipientsLabel);
  for (let i = 0; i < recipients.items.length; i++) {
    if (height >= target) return i;
    height += entryLines(recipients.items[i] ?? '') * line(ND30.size.recipientsItem);
  }
  return recipients.items.length;
}
