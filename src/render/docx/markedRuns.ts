/**
 * Lines the model keeps as strings (ô 9a, ô 9b) with the footnote marks standing inside them
 * (ItemFootnote): the text is cut where a mark stands and the mark put there.
 */
import type { FootnoteReferenceRun, TextRun } from 'docx';
import type { ItemFootnote } from '../../model/document.js';
import { footnoteRun } from './noteRuns.js';
import { run, type RunStyle } from './runs.js';

interface Mark {
  at: number;
  text: string;
}

/**
 * The marks of one item, handed out piece by piece as the item is printed: each mark once, to the first
 * piece whose text reaches its place (a mark between two pieces follows the text before it).
 */
export class ItemMarks {
  private readonly left: Mark[];

  constructor(footnotes: readonly ItemFootnote[] | undefined, item: number) {
    this.left = (footnotes ?? []).filter((f) => f.item === item).sort((a, b) => a.at - b.at);
  }

  /**
   * `text`, which starts `from` characters into the item, as runs with the marks that stand in it.
   * `options` (a line break or a tab before the text) go to its first run, which is always written.
   */
  runs(
    text: string,
    from: number,
    style: RunStyle,
    options: { breakBefore?: boolean; tabBefore?: boolean } = {},
  ): Array<TextRun | FootnoteReferenceRun> {
    const out: Array<TextRun | FootnoteReferenceRun> = [];
    let cut = 0;
    while (this.left.length > 0 && this.left[0]!.at <= from + text.length) {
      const mark = this.left.shift()!;
      const at = Math.max(0, mark.at - from);
      if (out.length === 0 || at > cut) out.push(run(text.slice(cut, at), style, out.length ? {} : options));
      out.push(footnoteRun(mark.text));
      cut = at;
    }
    if (out.length === 0 || cut < text.length)
      out.push(run(text.slice(cut), style, out.length ? {} : options));
    return out;
  }
}
