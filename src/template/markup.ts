/**
 * The small markup templates produce: structure comes only from these tags, which the template writes;
 * data is HTML-escaped by Handlebars, so text from YAML ("- ", "1.", "<b>") can never add structure.
 *
 *   <type>THÔNG BÁO</type>
 *   <summary><line>…</line><line>…</line></summary>
 *   <p [align="center|left|justify"] [indent="none"] [keep]>text <b>bold</b> <i>italic</i></p>
 *
 * and, for the richer kinds:
 *
 *   <p>… a sentence<note>the footnote's text</note> goes on.</p>
 *   <table [widths="1,5,2"]><tr><th>STT</th><th>…</th></tr><tr><td [align="…"]>…</td>…</tr></table>
 *   <appendix> <p>…</p> <table>…</table> </appendix>   (the content of each phụ lục, in order)
 *
 * Data's own emphasis (**đậm**, *nghiêng*: src/text/emphasis.ts) and footnotes (^[…]) arrive already
 * parsed, as control characters around a run or a note's text (dataEmphasis.ts), and only ever style text
 * or add a footnote mark: they cannot open or close a tag.
 */
import { refProblem } from './charRefs.js';
import {
  CLOSE,
  DATA_MARK,
  DATA_MARKUP_SPLIT,
  encodedNote,
  literalNote,
  OPEN_BOLD,
  OPEN_BOLD_ITALIC,
  OPEN_ITALIC,
  plainData,
} from './dataEmphasis.js';
import type { BodyTable, BodyTableCell, ContentBlock, ParagraphAlign, TextRun } from '../model/document.js';
import { ND30_ELEMENTS } from '../layout/nd30Elements.js';

export interface TemplateOutput {
  typeName?: string;
  summaryLines: string[];
  body: ContentBlock[];
  /** The content of each <appendix> block, in order (phụ lục I, II, …). */
  appendices?: ContentBlock[][];
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

/**
 * Decodes the five named entities and numeric references. A reference to a code point a DOCX cannot
 * hold (beyond U+10FFFF, a surrogate, a control character, U+FFFE) is a MarkupError at `offset` plus its
 * place in `text`: templateChecks.ts refuses such references written in a template, but one can still be
 * assembled while the template runs (`&#x{{code}};`).
 */
export function decodeEntities(text: string, offset = 0): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string, at: number) => {
    if (!body.startsWith('#')) return ENTITIES[body] ?? whole;
    const codePoint = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const problem = refProblem(codePoint);
    if (problem)
      throw new MarkupError(`tham chiếu ký tự "${whole}" không dùng được: ${problem.vi}`, offset + at);
    return String.fromCodePoint(codePoint);
  });
}

/** How deep <b>, <i> and <note> may nest inside one another. */
const MAX_INLINE_DEPTH = 20;

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
    // Data put in an attribute keeps its text, not its emphasis; a footnote prints as written.
    for (const a of (m[3] ?? '').matchAll(/([a-z]+)(?:="([^"]*)")?/g))
      attrs[a[1]!] = a[2] === undefined ? 'true' : plainData(a[2]);
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
  depth = 0,
  /** In a table cell: <br> is the cell's own line break. */
  allowBreak = false,
): void {
  // <b><i>…</i></b> is two deep; thousands would overflow the stack of this recursive reader.
  if (depth > MAX_INLINE_DEPTH)
    throw new MarkupError(`thẻ <b>, <i>, <note> lồng nhau quá ${MAX_INLINE_DEPTH} tầng`, reader.pos);
  for (;;) {
    const lt = reader.text.indexOf('<', reader.pos);
    if (lt === -1) throw new MarkupError(`thiếu thẻ đóng </${until}>`, reader.pos);
    if (lt > reader.pos) pushText(runs, decodeEntities(reader.text.slice(reader.pos, lt), reader.pos), style);
    reader.pos = lt;
    const tag = reader.peekTag();
    if (!tag) throw new MarkupError(`ký tự "<" lạ ở vị trí ${lt}`, lt);
    if (tag.closing) {
      if (tag.name !== until) throw new MarkupError(`thẻ đóng </${tag.name}> không khớp <${until}>`, lt);
      reader.pos = tag.end;
      return;
    }
    if (tag.name === 'note' && until !== 'note') {
      reader.pos = tag.end;
      const note: TextRun[] = [];
      readInline(reader, 'note', { bold: false, italic: false }, note, depth + 1);
      // A footnote cannot hold one: data's "^[…]" inside a note prints as written.
      const text = textWithNotes(trimRuns(note));
      if (text !== '') attachNote(runs, text);
      continue;
    }
    if (tag.name === 'br' && !tag.closing && allowBreak) {
      // A cell's own line break (the clerk's lines in a table cell); nowhere else.
      reader.pos = tag.end;
      runs.push({ text: '', lineBreak: true });
      continue;
    }
    if (tag.name !== 'b' && tag.name !== 'i')
      throw new MarkupError(`thẻ <${tag.name}> không được dùng trong đoạn văn`, lt);
    reader.pos = tag.end;
    readInline(
      reader,
      tag.name,
      { bold: style.bold || tag.name === 'b', italic: style.italic || tag.name === 'i' },
      runs,
      depth + 1,
      allowBreak,
    );
  }
}

/** The mark goes after the text so far; an empty run carries it when the note opens a paragraph. */
function attachNote(runs: TextRun[], text: string): void {
  const last = runs[runs.length - 1];
  if (last && last.footnote === undefined) last.footnote = text;
  else runs.push({ text: '', footnote: text });
}

/**
 * Adds text read between two tags. Data emphasis (dataEmphasis.ts) comes as control-character pairs,
 * each inside one string of data and so inside one such text: it adds bold or italic to the style the
 * tags give, up to its CLOSE or the end of the text, and never more than that. A data footnote adds its
 * mark where it stands.
 */
function pushText(runs: TextRun[], raw: string, style: { bold: boolean; italic: boolean }): void {
  const folded = raw.replace(/\s+/g, ' ');
  if (!DATA_MARK.test(folded)) {
    pushStyled(runs, folded, style);
    return;
  }
  let data = { bold: false, italic: false };
  for (const piece of folded.split(DATA_MARKUP_SPLIT)) {
    const note = encodedNote(piece);
    if (note !== undefined) {
      const text = note.trim();
      if (text !== '') attachNote(runs, text);
    } else if (piece === OPEN_BOLD) data = { bold: true, italic: false };
    else if (piece === OPEN_ITALIC) data = { bold: false, italic: true };
    else if (piece === OPEN_BOLD_ITALIC) data = { bold: true, italic: true };
    else if (piece === CLOSE) data = { bold: false, italic: false };
    else pushStyled(runs, piece, { bold: style.bold || data.bold, italic: style.italic || data.italic });
  }
}

function pushStyled(runs: TextRun[], text: string, style: { bold: boolean; italic: boolean }): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last && last.footnote === undefined && !!last.bold === style.bold && !!last.italic === style.italic) {
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
  return runs.filter((r) => r.text !== '' || r.footnote !== undefined || r.lineBreak);
}

/** Runs as one plain string where runs cannot be (a title line, a note): footnotes as written, "^[…]". */
function textWithNotes(runs: TextRun[]): string {
  return runs
    .map((r) => (r.footnote === undefined ? r.text : `${r.text}${literalNote(r.footnote)}`))
    .join('');
}

const ALIGNS: readonly ParagraphAlign[] = ['justify', 'center', 'left'];

function readParagraph(reader: Reader, tag: Tag): ContentBlock | undefined {
  const align = (tag.attrs.align ?? 'justify') as ParagraphAlign;
  if (!ALIGNS.includes(align)) throw new MarkupError(`align="${align}" không hợp lệ`, tag.start);
  const runs: TextRun[] = [];
  readInline(reader, 'p', { bold: false, italic: false }, runs);
  const trimmed = trimRuns(runs);
  if (trimmed.length === 0) return undefined;
  return {
    type: 'paragraph',
    runs: trimmed,
    align,
    indent: tag.attrs.indent === 'none' ? 'none' : 'firstLine',
    ...(tag.attrs.keep ? { keepWithNext: true } : {}),
  };
}

/** <table [widths="1,5,2"] [size="12"]> of <tr> rows of <th>/<td> cells; rows left empty by an {{#if}} are dropped. */
function readTable(reader: Reader, tag: Tag): BodyTable | undefined {
  const rows: BodyTableCell[][] = [];
  for (reader.skipSpace(); ; reader.skipSpace()) {
    const next = reader.peekTag();
    if (next?.name === 'table' && next.closing) {
      reader.pos = next.end;
      break;
    }
    reader.expectTag('tr', false);
    const row: BodyTableCell[] = [];
    for (reader.skipSpace(); ; reader.skipSpace()) {
      const cellTag = reader.peekTag();
      if (cellTag?.name === 'tr' && cellTag.closing) {
        reader.pos = cellTag.end;
        break;
      }
      if (!cellTag || cellTag.closing || (cellTag.name !== 'td' && cellTag.name !== 'th'))
        throw new MarkupError(`cần thẻ <td>, <th> hoặc </tr> ở vị trí ${reader.pos}`, reader.pos);
      reader.pos = cellTag.end;
      const header = cellTag.name === 'th';
      const align = (cellTag.attrs.align ?? (header ? 'center' : 'left')) as ParagraphAlign;
      if (!ALIGNS.includes(align)) throw new MarkupError(`align="${align}" không hợp lệ`, cellTag.start);
      const runs: TextRun[] = [];
      readInline(reader, cellTag.name, { bold: header, italic: false }, runs, 0, true);
      row.push({ runs: trimRuns(runs), align, ...(header ? { header: true } : {}) });
    }
    if (row.length > 0) rows.push(row);
  }
  if (rows.length === 0) return undefined;
  const columns = Math.max(...rows.map((r) => r.length));
  const table: BodyTable = { type: 'table', rows, runs: [] };
  if (tag.attrs.widths) {
    const weights = tag.attrs.widths.split(',').map(Number);
    if (weights.length !== columns || weights.some((w) => !(w > 0)))
      throw new MarkupError(`widths="${tag.attrs.widths}" cần ${columns} số dương`, tag.start);
    table.columnWeights = weights;
  }
  if (tag.attrs.size) {
    const size = Number(tag.attrs.size);
    const [min, max] = ND30_ELEMENTS.tableSizeRangePt;
    if (!Number.isInteger(size) || size < min || size > max)
      throw new MarkupError(`size="${tag.attrs.size}" cần một số nguyên từ ${min} đến ${max}`, tag.start);
    table.sizePt = size;
  }
  return table;
}

/** Paragraphs and tables until `until` closes (or the end of the text when `until` is undefined). */
function readBlocks(reader: Reader, out: TemplateOutput, blocks: ContentBlock[], until?: string): void {
  for (reader.skipSpace(); reader.pos < reader.text.length; reader.skipSpace()) {
    const tag = reader.peekTag();
    if (tag && tag.closing && until !== undefined && tag.name === until) {
      reader.pos = tag.end;
      return;
    }
    if (!tag || tag.closing)
      throw new MarkupError(`nội dung nằm ngoài thẻ ở vị trí ${reader.pos}`, reader.pos);
    reader.pos = tag.end;
    if (tag.name === 'p') {
      const block = readParagraph(reader, tag);
      if (block) blocks.push(block);
    } else if (tag.name === 'table') {
      const block = readTable(reader, tag);
      if (block) blocks.push(block);
    } else if (tag.name === 'appendix' && until === undefined) {
      const appendix: ContentBlock[] = [];
      readBlocks(reader, out, appendix, 'appendix');
      (out.appendices ??= []).push(appendix);
    } else if (until === undefined) {
      readHeading(reader, tag, out);
    } else {
      throw new MarkupError(`thẻ <${tag.name}> không được dùng ở đây`, tag.start);
    }
  }
  if (until !== undefined) throw new MarkupError(`thiếu thẻ đóng </${until}>`, reader.pos);
}

function readHeading(reader: Reader, tag: Tag, out: TemplateOutput): void {
  const plain = { bold: false, italic: false };
  if (tag.name === 'type') {
    const runs: TextRun[] = [];
    readInline(reader, 'type', plain, runs);
    out.typeName = textWithNotes(trimRuns(runs));
  } else if (tag.name === 'summary') {
    for (
      reader.skipSpace();
      reader.peekTag()?.name === 'line' && !reader.peekTag()?.closing;
      reader.skipSpace()
    ) {
      reader.expectTag('line', false);
      const runs: TextRun[] = [];
      readInline(reader, 'line', plain, runs);
      const line = textWithNotes(trimRuns(runs));
      if (line !== '') out.summaryLines.push(line);
    }
    reader.expectTag('summary', true);
  } else {
    throw new MarkupError(`thẻ <${tag.name}> không được dùng ở đây`, tag.start);
  }
}

export function parseMarkup(text: string): TemplateOutput {
  const reader = new Reader(text);
  const out: TemplateOutput = { summaryLines: [], body: [] };
  readBlocks(reader, out, out.body);
  return out;
}
