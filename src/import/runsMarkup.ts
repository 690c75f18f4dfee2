/**
 * A paragraph's runs as text a clerk would type: plain, or with vanban's inline emphasis (**đậm**,
 * *nghiêng*, ***cả hai***) where a run is bolder or more italic than the paragraph's own style.
 * Formatting is read as a reader sees it: a run of only spaces or punctuation takes the style of the
 * text before it, so "Điều 1" bold with its "." regular stays one bold phrase.
 */
import type { Run } from '../lint/docxModel.js';

export interface Style {
  bold: boolean;
  italic: boolean;
}

interface Piece extends Style {
  text: string;
}

const NEUTRAL = /^[\s\p{P}]*$/u;

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

function pieces(runs: readonly Run[]): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    if (run.text === '' || run.props.hidden) continue;
    const prev = out.at(-1);
    // A stray run inside a word ("k|è|m" with the "è" unstyled) reads as the word around it.
    const inWord = prev !== undefined && /\p{L}$/u.test(prev.text) && /^\p{L}{1,2}$/u.test(run.text);
    const style: Style =
      prev && (NEUTRAL.test(run.text) || inWord) ? prev : { bold: run.props.bold, italic: run.props.italic };
    if (prev && prev.bold === style.bold && prev.italic === style.italic) prev.text += run.text;
    else out.push({ text: run.text, ...style });
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
export function runsMarkup(runs: readonly Run[], base: Style = { bold: false, italic: false }): string {
  const parts = pieces(runs).map((p) => ({ ...p, text: p.text.replace(/[\t\n\u00a0]/g, ' ') }));
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
  return tidy(out);
}
