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
 * - A backslash right before "*" makes that "*" literal and is dropped; any other backslash is text.
 *
 * Nothing else is read: "<b>", "- " or "1." in data print as written.
 */

export interface EmphasisRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

type Token =
  { kind: 'text'; text: string } | { kind: 'stars'; count: number; canOpen: boolean; canClose: boolean };

const SPACE = /\s/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '*') {
      literal += '*';
      i += 2;
      continue;
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

/** The text as runs; adjacent runs of one style are merged and empty ones dropped. */
export function parseEmphasis(text: string): EmphasisRun[] {
  const runs: EmphasisRun[] = [];
  if (!text.includes('*')) {
    if (text !== '') runs.push({ text: text.replace(/\\\*/g, '*') });
    return runs;
  }
  const tokens = tokenize(text);
  // Closers of each length, in order: finding a partner is a binary search, so long strings of
  // unpaired markers stay linear-logarithmic.
  const closers: Record<number, number[]> = { 1: [], 2: [], 3: [] };
  tokens.forEach((t, i) => {
    if (t.kind === 'stars' && t.canClose && t.count <= 3) closers[t.count]!.push(i);
  });
  const push = (value: string, style: Style) => {
    if (value === '') return;
    const last = runs[runs.length - 1];
    if (last && !!last.bold === style.bold && !!last.italic === style.italic) {
      last.text += value;
      return;
    }
    runs.push({
      text: value,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
    });
  };
  // Within a pair of length n there is no closer of length n, so the recursion is at most three deep.
  const read = (from: number, to: number, style: Style) => {
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'text') {
        push(t.text, style);
        continue;
      }
      const partner = t.canOpen && t.count <= 3 ? nextAfter(closers[t.count]!, i) : -1;
      // A pair needs something between its markers.
      if (partner === -1 || partner >= to || partner === i + 1) {
        push('*'.repeat(t.count), style);
        continue;
      }
      const add = STYLE_OF[t.count]!;
      read(i + 1, partner, { bold: style.bold || !!add.bold, italic: style.italic || !!add.italic });
      i = partner;
    }
  };
  read(0, tokens.length, { bold: false, italic: false });
  return runs;
}

/** The text without its markup: what the document prints, unstyled. */
export function emphasisPlainText(text: string): string {
  return parseEmphasis(text)
    .map((r) => r.text)
    .join('');
}
