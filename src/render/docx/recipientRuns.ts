/**
 * The runs of one Nơi nhận entry (ô 9b): its lines as the clerk kept them, each after a line break; a
 * bracket group's shared note after a tab, or after a space when no tab stop fits it; and the footnote
 * marks of the entry where they stand (ItemFootnote).
 */
import type { FootnoteReferenceRun, TextRun } from 'docx';
import type { RecipientList } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { ItemMarks } from './markedRuns.js';

const ITEM_STYLE = { sizePt: ND30.size.recipientsItem };

/** items[index] of the list as runs; `tabMm` is where its group's note goes (none: after a space). */
export function recipientRuns(
  recipients: RecipientList,
  index: number,
  tabMm: number | null | undefined,
): Array<TextRun | FootnoteReferenceRun> {
  const marks = new ItemMarks(recipients.footnotes, index);
  const children: Array<TextRun | FootnoteReferenceRun> = [];
  let from = 0;
  (recipients.items[index] ?? '').split('\n').forEach((line, i) => {
    const [before = '', note] = line.split('\t');
    children.push(...marks.runs(before, from, ITEM_STYLE, i > 0 ? { breakBefore: true } : {}));
    if (note !== undefined) {
      // The note stands after the tab, or after a space in the tab's place.
      const tab = from + before.length;
      if (tabMm === null || tabMm === undefined) children.push(...marks.runs(` ${note}`, tab, ITEM_STYLE));
      else children.push(...marks.runs(note, tab + 1, ITEM_STYLE, { tabBefore: true }));
    }
    from += line.length + 1;
  });
  return children;
}
