/**
 * Nơi nhận back into `recipients:` and `archive:`. vanban owns the list's punctuation (the dash, ";"
 * and the last "."), so those are taken off; a note in brackets at the end ("(để b/c)") becomes the
 * item's `note:`, a footnote marked on the item its `footnote:` (vanban prints the mark before the ";");
 * the "Lưu:" line, with a drafter line under it, is kept as written.
 */
import type { Segment } from '../lint/layout.js';
import { notesByLine } from './notedRuns.js';
import { tidy } from './runsMarkup.js';

export type RecipientRead = string | { name: string; note?: string; footnote?: string };

export interface RecipientsRead {
  recipients: RecipientRead[];
  archive?: string;
  /** Footnotes no field holds (on the Lưu line, a second one on a recipient), for the summary. */
  leftoverNotes: string[];
}

const NOTE = /^(.*?\S)\s*(\([^()]+\))$/u;

/** The footnotes marked on the printed lines the segments stand on, each line once. */
function notesOf(lines: Segment[], footnotes: ReadonlyMap<string, string>): string[] {
  const seen = new Set<string>();
  return lines.flatMap((s) => {
    const key = `${s.para.number}:${s.line}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return notesByLine(s.para, footnotes)[s.line] ?? [];
  });
}

export function readRecipients(
  items: Segment[][],
  drafter: Segment | undefined,
  footnotes: ReadonlyMap<string, string> = new Map(),
): RecipientsRead {
  const recipients: RecipientRead[] = [];
  const leftoverNotes: string[] = [];
  let archive: string | undefined;
  for (const lines of items) {
    const text = tidy(lines.map((s) => s.text).join(' '))
      .replace(/^[-–—+•]\s*/u, '')
      .replace(/[\s;.,]+$/u, '');
    const [footnote, ...more] = notesOf(lines, footnotes);
    if (text === '') continue;
    const lead = /^Lưu\s*:?\s*/iu.exec(text);
    if (lead) {
      archive = text.slice(lead[0].length);
      if (footnote !== undefined) leftoverNotes.push(footnote, ...more);
      continue;
    }
    leftoverNotes.push(...more);
    const note = NOTE.exec(text);
    const entry = note ? { name: note[1]!, note: note[2]! } : { name: text };
    recipients.push(footnote !== undefined ? { ...entry, footnote } : note ? entry : text);
  }
  if (drafter) archive = `${archive ?? 'VT'} ${tidy(drafter.text)}`.replace(/[\s.]+$/u, '');
  return { recipients, ...(archive !== undefined ? { archive } : {}), leftoverNotes };
}
