/**
 * A name a clerk writes as text, or as `{ name, footnote }` to put a footnote mark right after it: a
 * Kính gửi recipient, an invitee of a giấy mời, a Nơi nhận member of a group. Wherever such a string is
 * allowed, the object is too.
 */
import { s, type Schema } from '../schema/index.js';
import { LinesSchema } from '../schema/schema.js';

export type NotedText = string | { name: string; footnote?: string };

/** A fresh schema each time: a description is kept on the schema object. */
export function notedTextSchema(): Schema<NotedText> {
  return s.either(
    s.text(),
    s.object('noted', {
      name: s.text().describe('Tên (in đúng như viết)'),
      footnote: s.optional(
        s.text().describe('Chú thích cuối trang; dấu chú thích in ngay sau tên, trước dấu ";" hoặc "."'),
      ),
    }),
  );
}

/** One line, or a list of lines; each a text or `{ name, footnote }`. */
export function notedLines(): LinesSchema<NotedText> {
  return new LinesSchema(notedTextSchema());
}

export function notedName(text: NotedText): string {
  return typeof text === 'string' ? text : text.name;
}

export function notedFootnote(text: NotedText): string | undefined {
  return typeof text === 'string' ? undefined : text.footnote;
}
