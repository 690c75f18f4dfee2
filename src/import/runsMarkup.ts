/**
 * A paragraph's runs as text a clerk would type: plain, or with vanban's inline emphasis (**đậm**,
 * *nghiêng*, ***cả hai***) where a run is bolder or more italic than the paragraph's own style, and
 * each footnote as "^[…]" where its mark stands (notedRuns.ts).
 * Formatting is read as a reader sees it: a run of only spaces or punctuation takes the style of the
 * text before it, so "Điều 1" bold with its "." regular stays one bold phrase.
 */
import type { Run } from '../lint/docxModel.js';
import { noteMarkup } from '../text/inlineNote.js';
import type { NotedRun } from './notedRuns.js';

export interface Style {
  bold: boolean;
  italic: boolean;
}

interface Piece extends Style {
  text: string;
}

const NEUTRAL = /^[\s\p{P}]*$/u;

/**
 * Where a footnote mark stands while the text is assembled: a character no DOCX text holds (XML 1.0
 * has no U+0000), replaced by the note's "^[…]" once the emphasis markers are in place.
 */
const MARK = '\u0000';

/** Visible text of the runs: tabs and line breaks as single spaces, spaces collapsed. */
export function runsText(runs: readonly Run[]): string {
  return tidy(runs.map((r) => r.text).join(''));
}

export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\t\n\u00a0]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The runs as styled pieces; each footnote mark is a MARK after its run's text, its text in `notes`. */
function pieces(runs: readonly NotedRun[], notes: string[] = []): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    const marks = run.notes ?? [];
    if ((run.text === '' && marks.length === 0) || run.props.hidden) continue;
    notes.push(...marks);
    const text = run.text + MARK.repeat(marks.length);
    const prev = out.at(-1);
    // A stray run inside a word ("k|è|m" with the "è" unstyled) reads as the word around it.
    const inWord = prev !== undefined && /\p{L}$/u.test(prev.text) && /^\p{L}{1,2}$/u.test(run.text);
    // A mark's own run (Word's footnote reference style) takes the style of the text it follows.
    const style: Style =
      prev && (NEUTRAL.test(run.text) || inWord) ? prev : { bold: run.props.bold, italic: run.props.italic };
    if (prev && prev.bold === style.bold && prev.italic === style.italic) prev.text += text;
    else out.push({ text, ...style });
  }
  return out;
}

/** The runs' style when one style covers all their letters (the paragraph's own), else plain. */
export function commonStyle(runs: readonly Run[]): Style {
  const letters = pieces(runs).filter((p) => /\p{L}|\d/u.test(p.text));
  if (letters.length === 0) return { bold: false, italic: false };
  return { bold: letters.every((p) => p.bold), italic: letters.every((p) => p.italic) };
}

const escapeStars = (text: string): string => text.replace(/\*/g, '\\*');

/**
 * The runs as marked-up text. Emphasis the `base` style already gives (a heading that is bold as a
 * whole, căn cứ lines italic as a whole) is left out: the kind prints it.
 */
export function runsMarkup(runs: readonly NotedRun[], base: Style = { bold: false, italic: false }): string {
  const notes: string[] = [];
  const parts = pieces(runs, notes).map((p) => ({
    ...p,
    text: slashesAfterMarks(p.text.replace(/[\t\n\u00a0]/g, ' ')),
  }));
  // Two different emphases touching without a space would make markers run together ("*a***b**"),
  // which reads back otherwise: the second takes the first's emphasis, as in a word split in two.
  for (let i = 1; i < parts.length; i++) {
    const [prev, cur] = [parts[i - 1]!, parts[i]!];
    const styled = (p: Style): boolean => (p.bold && !base.bold) || (p.italic && !base.italic);
    if (styled(prev) && styled(cur) && /\S$/u.test(prev.text) && /^\S/u.test(cur.text)) {
      prev.text += cur.text;
      parts.splice(i--, 1);
    }
  }
  // The markup has no escape for a backslash before a marker ("\\*" reads as a literal star), so a
  // backslash never stands right before one: a plain one joins the emphasis after it, an emphasised one
  // moves after its closing marker. Either way it prints as the same character.
  for (let i = 0; i < parts.length; i++) {
    const [p, next] = [parts[i]!, parts[i + 1]];
    const styled = (x: Style): boolean => (x.bold && !base.bold) || (x.italic && !base.italic);
    // Spaces after a styled part's backslash stay outside its closing marker, so they go along.
    const slashes = (styled(p) ? /\\+\s*$/u : /\\+$/u).exec(p.text)?.[0] ?? '';
    if (slashes === '') continue;
    if (styled(p)) {
      p.text = p.text.slice(0, -slashes.length);
      if (next && !styled(next)) next.text = slashes + next.text;
      else parts.splice(i + 1, 0, { text: slashes, bold: base.bold, italic: base.italic });
    } else if (next && styled(next)) {
      p.text = p.text.slice(0, -slashes.length);
      next.text = slashes + next.text;
    }
  }
  let out = '';
  for (const p of parts) {
    const bold = p.bold && !base.bold;
    const italic = p.italic && !base.italic;
    const marker = bold && italic ? '***' : bold ? '**' : italic ? '*' : '';
    const text = escapeStars(p.text);
    const inner = text.trim();
    if (!marker || inner === '' || !/[\p{L}\d]/u.test(inner)) {
      out += text;
      continue;
    }
    const lead = text.slice(0, text.length - text.trimStart().length);
    const trail = text.slice(text.trimEnd().length);
    out += `${lead}${marker}${inner}${marker}${trail}`;
  }
  // A caret that would open a note ("^[") or follow a backslash ("\^" reads as a caret) is escaped.
  const escaped = tidy(out).replace(/\^(?=\[)|(?<=\\)\^/g, '\\^');
  const [first = '', ...rest] = escaped.split(MARK);
  return first + rest.map((after, i) => `${noteMarkup(notes[i] ?? '')}${after}`).join('');
}

/** "\^[" reads as a caret: backslashes right before a mark go after it (the mark one place left). */
function slashesAfterMarks(text: string): string {
  let out = '';
  let slashes = '';
  for (const c of text) {
    if (c === '\\') slashes += c;
    else if (c === MARK) out += c;
    else {
      out += slashes + c;
      slashes = '';
    }
  }
  return out + slashes;
}

/**
 * Text vanban styles by itself (a bold title, the italic căn cứ lines): no emphasis markers, but its
 * escapes and footnotes, as runsMarkup writes them.
 */
export function plainMarkup(runs: readonly NotedRun[]): string {
  return runsMarkup(runs, { bold: true, italic: true });
}
