/**
 * The runs of one Nơi nhận entry (ô 9b): its lines as the clerk kept them, each after a line break; a
 * bracket group's shared note after a tab, or after a space when no tab stop fits it; and the footnote
 * marks of the entry where they stand (ItemFootnote).
 */
import type { FootnoteReferenceRun, TextRun } from 'docx';
import type { RecipientList } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { ItemMarks } from './markedRuns.js';
import { keepWordsTogether, type LineRoom } from '../../text/keepTogether.js';
import { textWidthMm } from '../../measure/textWidth.js';

const ITEM_STYLE = { sizePt: ND30.size.recipientsItem };

/** Word wraps a long entry by itself; a no-break space keeps it from cutting "Trung / ương". */
function unbroken(text: string, room: LineRoom): string {
  return keepWordsTogether(text, (s) => textWidthMm(s, ITEM_STYLE.sizePt), room);
}

/**
 * items[index] of the list as runs; `tabMm` is where its group's note goes (none: after a space), `room`
 * the width of its first line and of the lines under it (after the dash).
 */
export function recipientRuns(
  recipients: RecipientList,
  index: number,
  tabMm: number | null | undefined,
  room: LineRoom,
): Array<TextRun | FootnoteReferenceRun> {
  const marks = new ItemMarks(recipients.footnotes, index);
  const children: Array<TextRun | FootnoteReferenceRun> = [];
  let from = 0;
  (recipients.items[index] ?? '').split('\n').forEach((line, i) => {
    const [given = '', note] = line.split('\t');
    // A kept line starts under the dash, as the wrapped lines do.
    const lineRoom = i === 0 ? room : { firstMm: room.restMm, restMm: room.restMm };
    const spaced = note !== undefined && (tabMm === null || tabMm === undefined);
    // A note after a space wraps with the entry's words: both are kept together as one text.
    const kept = spaced ? unbroken(`${given} ${note}`, lineRoom) : unbroken(given, lineRoom);
    const before = kept.slice(0, given.length);
    children.push(...marks.runs(before, from, ITEM_STYLE, i > 0 ? { breakBefore: true } : {}));
    if (note !== undefined) {
      // The note stands after the tab, or after a space in the tab's place.
      const tab = from + given.length;
      if (spaced) children.push(...marks.runs(kept.slice(given.length), tab, ITEM_STYLE));
      else children.push(...marks.runs(note, tab + 1, ITEM_STYLE, { tabBefore: true }));
    }
    from += line.length + 1;
  });
  return children;
}
