/**
 * The small markup templates produce: structure comes only from these tags, which the template writes;
 * data is HTML-escaped by Handlebars, so text from YAML ("- ", "1.", "<b>") can never add structure.
 *
 *   <type>THÔNG BÁO</type>
 *   <summary><line>…</line><line>…</line></summary>
 *   <p [align="center|left|justify"] [indent="none"] [keep]>text <b>bold</b> <i>italic</i></p>
 */
import type { BodyParagraph, ParagraphAlign, TextRun } from '../model/document.js';

export interface TemplateOutput {
  typeName?: string;
  summaryLines: string[];
  body: BodyParagraph[];
}

export class MarkupError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'MarkupError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
  start: number;
  end: number;
}

const TAG = /<(\/?)([a-z]+)((?:\s+[a-z]+(?:="[^"]*")?)*)\s*>/y;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  peekTag(): Tag | undefined {
    TAG.lastIndex = this.pos;
    const m = TAG.exec(this.text);
    if (!m) return undefined;
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([a-z]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = a[2] ?? 'true';
    return { name: m[2]!, closing: m[1] === '/', attrs, start: m.index, end: TAG.lastIndex };
  }

  expectTag(name: string, closing: boolean): Tag {
    const tag = this.peekTag();
    if (!tag || tag.name !== name || tag.closing !== closing) {
      throw new MarkupError(`cần thẻ <${closing ? '/' : ''}${name}> ở vị trí ${this.pos}`, this.pos);
    }
    this.pos = tag.end;
    return tag;
  }
}

/** Inline content up to the closing tag `until`, as runs with whitespace folded. */
function readInline(
  reader: Reader,
  until: string,
  style: { bold: boolean; italic: boolean },
  runs: TextRun[],
): void {
  for (;;) {
    const lt = reader.text.indexOf('<', reader.pos);
    if (lt === -1) throw new MarkupError(`thiếu thẻ đóng </${until}>`, reader.pos);
    if (lt > reader.pos) pushText(runs, decodeEntities(reader.text.slice(reader.pos, lt)), style);
    reader.pos = lt;
    const tag = reader.peekTag();
    if (!tag) throw new MarkupError(`ký tự "<" lạ ở vị trí ${lt}`, lt);
    if (tag.closing) {
      if (tag.name !== until) throw new MarkupError(`thẻ đóng </${tag.name}> không khớp <${until}>`, lt);
      reader.pos = tag.end;
      return;
    }
    if (tag.name !== 'b' && tag.name !== 'i')
      throw new MarkupError(`thẻ <${tag.name}> không được dùng trong đoạn văn`, lt);
    reader.pos = tag.end;
    readInline(
      reader,
      tag.name,
      { bold: style.bold || tag.name === 'b', italic: style.italic || tag.name === 'i' },
      runs,
    );
  }
}

function pushText(runs: TextRun[], raw: string, style: { bold: boolean; italic: boolean }): void {
  const text = raw.replace(/\s+/g, ' ');
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last && !!last.bold === style.bold && !!last.italic === style.italic) {
    last.text += text;
    return;
  }
  runs.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
}

/** Trims the outer spaces of a paragraph and drops runs that become empty. */
function trimRuns(runs: TextRun[]): TextRun[] {
  const first = runs[0];
  if (first) first.text = first.text.replace(/^ +/, '');
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/ +$/, '');
  return runs.filter((r) => r.text !== '');
}

function plainText(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

const ALIGNS: readonly ParagraphAlign[] = ['justify', 'center', 'left'];

export function parseMarkup(text: string): TemplateOutput {
  const reader = new Reader(text);
  const out: TemplateOutput = { summaryLines: [], body: [] };
  const plain = { bold: false, italic: false };
  for (reader.skipSpace(); reader.pos < text.length; reader.skipSpace()) {
    const tag = reader.peekTag();
    if (!tag || tag.closing)
      throw new MarkupError(`nội dung nằm ngoài thẻ ở vị trí ${reader.pos}`, reader.pos);
    reader.pos = tag.end;
    if (tag.name === 'type') {
      const runs: TextRun[] = [];
      readInline(reader, 'type', plain, runs);
      out.typeName = plainText(trimRuns(runs));
    } else if (tag.name === 'summary') {
      for (
        reader.skipSpace();
        reader.peekTag()?.name === 'line' && !reader.peekTag()?.closing;
        reader.skipSpace()
      ) {
        reader.expectTag('line', false);
        const runs: TextRun[] = [];
        readInline(reader, 'line', plain, runs);
        const line = plainText(trimRuns(runs));
        if (line !== '') out.summaryLines.push(line);
      }
      reader.expectTag('summary', true);
    } else if (tag.name === 'p') {
      const align = (tag.attrs.align ?? 'justify') as ParagraphAlign;
      if (!ALIGNS.includes(align)) throw new MarkupError(`align="${align}" không hợp lệ`, tag.start);
      const runs: TextRun[] = [];
      readInline(reader, 'p', plain, runs);
      const trimmed = trimRuns(runs);
      if (trimmed.length === 0) continue;
      out.body.push({
        type: 'paragraph',
        runs: trimmed,
        align,
        indent: tag.attrs.indent === 'none' ? 'none' : 'firstLine',
        ...(tag.attrs.keep ? { keepWithNext: true } : {}),
      });
    } else {
      throw new MarkupError(`thẻ <${tag.name}> không được dùng ở đây`, tag.start);
    }
  }
  return out;
}
