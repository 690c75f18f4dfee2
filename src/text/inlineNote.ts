/**
 * A footnote written inside data text, Pandoc style (issue #12): "^[the note's text]" puts a footnote
 * mark exactly where it stands, and the note's text at the foot of the page.
 *
 * - The note ends at the "]" that balances its "[" ("^[xem [1]]" holds "xem [1]"); inside it "\[" and
 *   "\]" are brackets that do not count (the backslash dropped).
 * - "^[" without its closing "]" prints as written, and so does a note with nothing in it ("^[]",
 *   "^[ ]"): never an error, never lost text.
 *
 * This module finds the brackets; emphasis.ts reads the rest (what a note says, "\^" for a literal
 * caret), so one reader decides every character of data text.
 */

/** Where a note opens: a caret right before "[". */
export const NOTE_OPEN = '^[';

/**
 * Finds notes in `text`: given where "^[" stands, the note's text (brackets unescaped) and the index after
 * its "]", or undefined when it does not close. Brackets are matched once for the whole text, so a long
 * run of unclosed "^[" stays linear.
 */
export function noteReader(text: string): (from: number) => { inner: string; end: number } | undefined {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && (text[i + 1] === '[' || text[i + 1] === ']')) i++;
    else if (c === '[') open.push(i);
    else if (c === ']' && open.length > 0) closing.set(open.pop()!, i);
  }
  return (from) => {
    const bracket = from + NOTE_OPEN.length - 1;
    const end = closing.get(bracket);
    if (end === undefined) return undefined;
    return { inner: text.slice(bracket + 1, end).replace(/\\([[\]])/g, '$1'), end: end + 1 };
  };
}

/**
 * `text` written so it reads back as a note's text inside "^[…]": brackets, asterisks and carets
 * escaped. A backslash at the very end would escape the closing "]", so a space (trimmed when read)
 * follows it.
 */
export function escapeNoteText(text: string): string {
  const escaped = text.replace(/[[\]*^]/g, '\\$&');
  return escaped.endsWith('\\') ? `${escaped} ` : escaped;
}

/** `text` as the whole note "^[…]", for a writer that puts a note after its own text. */
export function noteMarkup(text: string): string {
  return `${NOTE_OPEN}${escapeNoteText(text)}]`;
}
