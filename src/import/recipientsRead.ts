/**
 * Nơi nhận back into `recipients:` and `archive:`. vanban owns the list's punctuation (the dash, ";"
 * and the last "."), so those are taken off; a note in brackets at the end ("(để b/c)") becomes the
 * item's `note:`; the "Lưu:" line, with a drafter line under it, is kept as written.
 */
import type { Segment } from '../lint/layout.js';
import { tidy } from './runsMarkup.js';

export type RecipientRead = string | { name: string; note: string };

export interface RecipientsRead {
  recipients: RecipientRead[];
  archive?: string;
}

const NOTE = /^(.*?\S)\s*(\([^()]+\))$/u;

export function readRecipients(items: Segment[][], drafter: Segment | undefined): RecipientsRead {
  const recipients: RecipientRead[] = [];
  let archive: string | undefined;
  for (const lines of items) {
    const text = tidy(lines.map((s) => s.text).join(' '))
      .replace(/^[-–—+•]\s*/u, '')
      .replace(/[\s;.,]+$/u, '');
    if (text === '') continue;
    const lead = /^Lưu\s*:?\s*/iu.exec(text);
    if (lead) {
      archive = text.slice(lead[0].length);
      continue;
    }
    const note = NOTE.exec(text);
    recipients.push(note ? { name: note[1]!, note: note[2]! } : text);
  }
  if (drafter) archive = `${archive ?? 'VT'} ${tidy(drafter.text)}`.replace(/[\s.]+$/u, '');
  return { recipients, ...(archive !== undefined ? { archive } : {}) };
}
