/**
 * Ô 9b and ô 7: "Nơi nhận:" and its list on the left, level with the authority lines on the right;
 * room to sign and seal; the name centred under the titles. A row that cannot split, kept with the
 * last body paragraph, so the block never stands alone on a page; a list taller than the signature
 * runs on in a second row that may break across pages (recipientsBeside.ts).
 */
import { AlignmentType, Paragraph, TabStopType, type Table } from 'docx';
import type { RecipientList, SignatureBlock } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { mmToTwip, ptToHalfPoints, ptToTwip } from '../../layout/units.js';
import { borderlessTable } from './borderlessTable.js';
import { centredLine } from './centredLine.js';
import { SIGNATURE_COLUMNS_MM, usableWidthMm } from './geometry.js';
import { textWidthMm } from '../../measure/textWidth.js';
import { run } from './runs.js';
import { recipientRuns } from './recipientRuns.js';
import { entriesBesideSignature } from './recipientsBeside.js';

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

/** Room between a bracket group's longest line and its note, mm. */
const GROUP_NOTE_GAP_MM = 3;

const ITEM_STYLE = { sizePt: ND30.size.recipientsItem };

/** The printed lines of an item, "\t" and all, and the left edge of each from the cell's text edge. */
function itemLines(item: string): Array<{ text: string; leftMm: number }> {
  const dash = item.startsWith('- ') ? textWidthMm('- ', ITEM_STYLE.sizePt) : 0;
  return item.split('\n').map((text, i) => ({ text, leftMm: i === 0 ? 0 : dash }));
}

/**
 * Where each bracket group's note starts, from the cell's text edge: past the group's longest line, or
 * nothing when the note would not fit beside it (it then follows its line after a space).
 */
function groupTabs(recipients: RecipientList): Map<number, number | null> {
  const usable = usableWidthMm(SIGNATURE_COLUMNS_MM[0]);
  const tabs = new Map<number, number | null>();
  for (const { first, last } of recipients.groups ?? []) {
    let widest = 0;
    let note = 0;
    for (let i = first; i <= last; i++)
      for (const line of itemLines(recipients.items[i] ?? '')) {
        const [before, after] = line.text.split('\t');
        widest = Math.max(widest, line.leftMm + textWidthMm(before ?? '', ITEM_STYLE.sizePt));
        if (after !== undefined) note = textWidthMm(after, ITEM_STYLE.sizePt);
      }
    const at = widest + GROUP_NOTE_GAP_MM;
    for (let i = first; i <= last; i++) tabs.set(i, at + note <= usable ? at : null);
  }
  return tabs;
}

/**
 * One recipient: "- " hanging, so wrapped and kept lines align after the dash; a label flush left.
 * Beside the signature every line keeps with the next (the row is whole anyway); in the row that runs
 * on, an entry keeps its own lines only, so the page may break between entries.
 */
function recipientParagraph(
  recipients: RecipientList,
  index: number,
  tabMm: number | null | undefined,
  keepNext = true,
): Paragraph {
  const item = recipients.items[index] ?? '';
  const dashMm = item.startsWith('- ') ? textWidthMm('- ', ITEM_STYLE.sizePt) : 0;
  const dash = mmToTwip(dashMm);
  const usable = usableWidthMm(SIGNATURE_COLUMNS_MM[0]);
  const children = recipientRuns(recipients, index, tabMm, { firstMm: usable, restMm: usable - dashMm });
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    ...(dash > 0 ? { indent: { left: dash, hanging: dash } } : {}),
    ...(typeof tabMm === 'number'
      ? { tabStops: [{ type: TabStopType.LEFT, position: mmToTwip(tabMm) }] }
      : {}),
    keepNext,
    keepLines: true,
    children,
  });
}

/** The label and the entries from 0 up to `end` (all by default). */
function recipientsCell(recipients: RecipientList, end = recipients.items.length): Paragraph[] {
  const tabs = groupTabs(recipients);
  return [
    leftLine(
      recipients.label,
      { sizePt: ND30.size.recipientsLabel, bold: true, italic: true },
      BLOCK_BEFORE_PT,
    ),
    ...recipients.items.slice(0, end).map((_, i) => recipientParagraph(recipients, i, tabs.get(i))),
  ];
}

/** The entries from `start` on, for the row under the signature that may break across pages. */
function recipientsRunOn(recipients: RecipientList, start: number): Paragraph[] {
  const tabs = groupTabs(recipients);
  return recipients.items
    .slice(start)
    .map((_, i) => recipientParagraph(recipients, start + i, tabs.get(start + i), false));
}

function signatureCell(signature: SignatureBlock): Paragraph[] {
  const style = { sizePt: ND30.size.signatureTitle, bold: true };
  const titles = signature.titleLines.map((line, i) =>
    centredLine(line, style, { beforePt: i === 0 ? BLOCK_BEFORE_PT : 0 }),
  );
  // The signing space opens above the signer's own post when there is one (ô 7b), so post and name
  // stand together under the signature; the post is set like the name's size, bold like the titles.
  const space = mmToTwip(ND30.signature.signingSpaceMm);
  const nameStyle = { sizePt: ND30.size.signerName, bold: true };
  const above = (signature.titleAboveName ?? []).map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: i === 0 ? space : 0, after: 0 },
        keepNext: true,
        keepLines: true,
        children: [run(line, nameStyle)],
      }),
  );
  const name = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: above.length > 0 ? 0 : space, after: 0 },
    keepLines: true,
    children: [run(signature.name, nameStyle)],
  });
  return [...titles, ...above, name];
}

export function signatureTable(recipients: RecipientList, signature: SignatureBlock): Table {
  const beside = entriesBesideSignature(recipients, signature, BLOCK_BEFORE_PT);
  const first = [recipientsCell(recipients, beside), signatureCell(signature)];
  if (beside >= recipients.items.length)
    return borderlessTable(SIGNATURE_COLUMNS_MM, [first], { cantSplit: true });
  const runOn = [recipientsRunOn(recipients, beside), [emptyLine()]];
  return borderlessTable(SIGNATURE_COLUMNS_MM, [first, runOn], { cantSplit: [true, false] });
}

/** The empty cell beside the entries that run on: as small as a line of them, so it adds no height. */
function emptyLine(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    run: { size: ptToHalfPoints(ITEM_STYLE.sizePt) },
  });
}

/**
 * Blocks set side by side with their names level: blank title lines under the shorter titles, and blank
 * lines above the shorter post (under the signing space).
 */
function levelled(blocks: SignatureBlock[]): SignatureBlock[] {
  const lines = Math.max(...blocks.map((s) => s.titleLines.length));
  const posts = Math.max(...blocks.map((s) => s.titleAboveName?.length ?? 0));
  return blocks.map((s) => {
    const post = s.titleAboveName ?? [];
    return {
      ...s,
      titleLines: [...s.titleLines, ...Array<string>(lines - s.titleLines.length).fill('')],
      ...(posts > 0 ? { titleAboveName: [...Array<string>(posts - post.length).fill(''), ...post] } : {}),
    };
  });
}

const BLOCK_WIDTH_MM = SIGNATURE_COLUMNS_MM[0] + SIGNATURE_COLUMNS_MM[1];

/** Signatures in one row, each centred in an equal share of the width; the row never splits. */
function signatureRow(blocks: SignatureBlock[]): Table {
  const widths = blocks.map(() => BLOCK_WIDTH_MM / blocks.length);
  return borderlessTable(widths, [levelled(blocks).map(signatureCell)], { cantSplit: true });
}

/** Three signatures fit a row: each column then holds "THÀNH VIÊN" and a name of four words at 14 pt. */
const MEMBERS_PER_ROW = 3;

/** Members of a board or a team, three to a row, under the main signature(s). */
export function memberRows(members: SignatureBlock[]): Table[] {
  const rows: Table[] = [];
  for (let i = 0; i < members.length; i += MEMBERS_PER_ROW)
    rows.push(signatureRow(members.slice(i, i + MEMBERS_PER_ROW)));
  return rows;
}

/**
 * Two signatures side by side, each centred in half the width (Biên bản, Mẫu 1.9: THƯ KÝ left, CHỦ TỌA
 * right), any members' rows under them, and ô 9b below on the left.
 */
export function twoSignaturesBlock(
  left: SignatureBlock,
  right: SignatureBlock,
  recipients: RecipientList,
  members: SignatureBlock[] = [],
): Array<Table | Paragraph> {
  return [signatureRow([left, right]), ...memberRows(members), ...recipientsCell(recipients)];
}
