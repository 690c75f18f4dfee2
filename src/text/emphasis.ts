/**
 * The one inline markup data text may hold (issue #12): bold, italic and both, Markdown-like.
 *
 *   **đậm**   *nghiêng*   ***đậm nghiêng***   \*  (a literal asterisk)
 *
 * Rules, all deterministic and none of them an error:
 * - A run of one, two or three "*" opens when a non-space follows it and closes when a non-space
 *   precedes it; an opener pairs with the nearest later closer of the same length ("2 * 3" stays as
 *   written, as does "****").
 * - A marker that finds no partner prints literally, so no text is ever lost.
 * - Inside a pair the other lengths pair again (**đậm *và nghiêng* đậm**); markers that overlap
 *   (**a *b** c*) keep the pair that opens first and print the other literally.
 * - A backslash right before "*" or "^" makes that character literal and is dropped; any other
 *   backslash is text.
 *
 * and footnotes, "^[the note's text]" (inlineNote.ts): the mark follows the text before it, in the
 * emphasis around it ("**đậm^[chú thích]**"). A note is one piece: markers inside it pair only with each
 * other, and its own emphasis and notes style nothing (a footnote's text is plain).
 *
 * Nothing else is read: "<b>", "- " or "1." in data print as written.
 */
import { NOTE_OPEN, noteReader } from './inlineNote.js';

export interface EmphasisRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A footnote whose mark follows this run's text: the note's text. */
  footnote?: string;
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'stars'; count: number; canOpen: boolean; canClose: boolean }
  | { kind: 'note'; text: string };

const SPACE = /\s/;

/** What markup `text` may hold: none when it has no "*" and no "^" (most data). */
function hasMarkup(text: string): boolean {
  return text.includes('*') || text.includes('^');
}

/** The text of a note: plain, trimmed; empty when it holds nothing to print. */
function noteText(inner: string): string {
  return read(inner, false)
    .map((r) => r.text)
    .join('')
    .trim();
}

function tokenize(text: string, notes: boolean): Token[] {
  const tokens: Token[] = [];
  const noteAt = notes && text.includes(NOTE_OPEN) ? noteReader(text) : undefined;
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && (text[i + 1] === '*' || text[i + 1] === '^')) {
      literal += text[i + 1];
      i += 2;
      continue;
    }
    if (noteAt && text.startsWith(NOTE_OPEN, i)) {
      const note = noteAt(i);
      const printed = note ? noteText(note.inner) : '';
      if (note && printed !== '') {
        if (literal !== '') tokens.push({ kind: 'text', text: literal });
        literal = '';
        tokens.push({ kind: 'note', text: printed });
        i = note.end;
        continue;
      }
    }
    if (c !== '*') {
      literal += c;
      i++;
      continue;
    }
    let end = i;
    while (text[end] === '*') end++;
    const before = i > 0 ? text[i - 1]! : undefined;
    const after = end < text.length ? text[end]! : undefined;
    if (literal !== '') tokens.push({ kind: 'text', text: literal });
    literal = '';
    tokens.push({
      kind: 'stars',
      count: end - i,
      // An escaped "\*" before a run is text, so it counts as a non-space before the run.
      canOpen: after !== undefined && !SPACE.test(after),
      canClose: before !== undefined && !SPACE.test(before),
    });
    i = end;
  }
  if (literal !== '') tokens.push({ kind: 'text', text: literal });
  return tokens;
}

interface Style {
  bold: boolean;
  italic: boolean;
}

const STYLE_OF: Record<number, Partial<Style>> = {
  1: { italic: true },
  2: { bold: true },
  3: { bold: true, italic: true },
};

/** The first index in the sorted `list` greater than `after`, or -1. */
function nextAfter(list: number[], after: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo]! : -1;
}

/**
 * The text as runs; adjacent runs of one style are merged and empty ones dropped. A footnote stays on
 * the run it follows (an empty run when nothing comes before it).
 */
export function parseEmphasis(text: string): EmphasisRun[] {
  return read(text, true);
}

function read(text: string, notes: boolean): EmphasisRun[] {
  const runs: EmphasisRun[] = [];
  if (!hasMarkup(text)) {
    if (text !== '') runs.push({ text });
    return runs;
  }
  const tokens = tokenize(text, notes);
  // Closers of each length, in order: finding a partner is a binary search, so long strings of
  // unpaired markers stay linear-logarithmic.
  const closers: Record<number, number[]> = { 1: [], 2: [], 3: [] };
  tokens.forEach((t, i) => {
    if (t.kind === 'stars' && t.canClose && t.count <= 3) closers[t.count]!.push(i);
  });
  const push = (value: string, style: Style) => {
    if (value === '') return;
    const last = runs[runs.length - 1];
    // Text after a footnote mark starts a run of its own, so the mark stays where it was written.
    if (last && last.footnote === undefined && !!last.bold === style.bold && !!last.italic === style.italic) {
      last.text += value;
      return;
    }
    runs.push({
      text: value,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
    });
  };
  const attach = (note: string) => {
    const last = runs[runs.length - 1];
    if (last && last.footnote === undefined) last.footnote = note;
    else runs.push({ text: '', footnote: note });
  };
  // Within a pair of length n there is no closer of length n, so the recursion is at most three deep.
  const walk = (from: number, to: number, style: Style) => {
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'text') {
        push(t.text, style);
        continue;
      }
      if (t.kind === 'note') {
        attach(t.text);
        continue;
      }
      const partner = t.canOpen && t.count <= 3 ? nextAfter(closers[t.count]!, i) : -1;
      // A pair needs something between its markers.
      if (partner === -1 || partner >= to || partner === i + 1) {
        push('*'.repeat(t.count), style);
        continue;
      }
      const add = STYLE_OF[t.count]!;
      walk(i + 1, partner, { bold: style.bold || !!add.bold, italic: style.italic || !!add.italic });
      i = partner;
    }
  };
  walk(0, tokens.length, { bold: false, italic: false });
  return runs;
}

/** The text without its markup: what the document prints in the line, unstyled (footnotes left out). */
export function emphasisPlainText(text: string): string {
  return parseEmphasis(text)
    .map((r) => r.text)
    .join('');
}
