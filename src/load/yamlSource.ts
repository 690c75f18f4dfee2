import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  Scalar,
  type Document,
  type LineCounter,
  type Node as YamlNode,
} from 'yaml';
import { lineCounterFor } from './lineCounter.js';
import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { expansionProblem, scanShape, type ExpansionProblem } from './aliasExpansion.js';
import { MAX_EXPANDED_BYTES, MAX_EXPANDED_NODES, MAX_NESTING_DEPTH } from './limits.js';

/** A parsed YAML file that can still say where each of its nodes came from. */
export interface YamlSource {
  file: string;
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

export function locateOffset(
  source: Pick<YamlSource, 'file' | 'text' | 'lineCounter'>,
  offset: number,
  length = 1,
): SourceLocation {
  const { line, col } = source.lineCounter.linePos(Math.min(offset, source.text.length));
  const lineStart = source.lineCounter.lineStarts[line - 1] ?? 0;
  const lineEnd = source.text.indexOf('\n', lineStart);
  const lineText = source.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const maxLength = Math.max(1, lineText.length - (col - 1));
  return { file: source.file, line, column: col, lineText, length: Math.max(1, Math.min(length, maxLength)) };
}

export function locateNode(source: YamlSource, node: YamlNode | null | undefined): SourceLocation {
  const range = node?.range;
  if (!range) return locateOffset(source, 0);
  return locateOffset(source, range[0], range[1] - range[0]);
}

/** yaml's own error codes that mean something more specific to a clerk than "syntax error". */
const YAML_CODE_MAP: Record<string, DiagnosticCode> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
};

/** yaml's error codes in words a clerk understands; the parser's own English text is kept for --lang en. */
const YAML_DETAIL_VI: Record<string, string> = {
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_INDENT: 'thụt lề không khớp với các dòng cùng cấp',
  MISSING_CHAR: 'thiếu dấu ":" sau tên trường, hoặc thiếu dấu đóng ngoặc/nháy',
  MULTILINE_IMPLICIT_KEY: 'tên trường phải nằm trên một dòng (thường do thiếu dấu ":" ở dòng trên)',
  BLOCK_AS_IMPLICIT_KEY: 'khối nội dung bị dùng như tên trường (kiểm tra dấu ":" và thụt lề)',
  MISSING_ANCHOR: 'dùng *tên nhưng chưa khai báo &tên',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong dấu nháy',
  BAD_DQ_ESCAPE: 'ký tự thoát sau dấu \\ không hợp lệ trong chuỗi nháy kép',
  UNEXPECTED_END: 'tệp kết thúc khi chưa đóng ngoặc hoặc dấu nháy',
  TAB_AS_INDENT: 'thụt lề bằng Tab',
};

/**
 * A tab used as indentation also breaks the structure around it, and the parser then reports a syntax
 * error on a neighbouring line; that error is a consequence, and fixing the tab fixes it.
 */
function dropSyntaxCausedByTabs(diagnostics: Diagnostic[]): void {
  const tabLines = diagnostics.filter((d) => d.code === 'YAML_TAB_INDENT').map((d) => d.location!.line);
  if (tabLines.length === 0) return;
  const from = Math.min(...tabLines) - 1;
  for (let i = diagnostics.length - 1; i >= 0; i--) {
    const d = diagnostics[i]!;
    if (d.code === 'YAML_SYNTAX' && (d.location?.line ?? 0) >= from) diagnostics.splice(i, 1);
  }
}

/**
 * Parses YAML text; syntax problems become located diagnostics instead of exceptions. After a syntax
 * error the parser reports every later token too; only the first is shown, since the rest follow from it.
 */
export function parseYamlSource(
  file: string,
  text: string,
): { source: YamlSource; diagnostics: Diagnostic[] } {
  // Before the parser, which recurses once per level and takes seconds over a huge tree.
  const shape = scanShape(text);
  const refused = shape.tooDeepAt !== undefined || shape.tooManyNodesAt !== undefined;
  // Unique keys are checked below in linear time; the parser's own check is quadratic in a map's size.
  const document = parseDocument(refused ? '' : text, {
    prettyErrors: false,
    uniqueKeys: false,
    version: '1.2',
  });
  // Our own line table: the parser's is incomplete once it has met an error.
  const source: YamlSource = { file, text, document, lineCounter: lineCounterFor(text) };
  const diagnostics: Diagnostic[] = [];
  if (shape.tooDeepAt !== undefined) {
    const location = locateOffset(source, shape.tooDeepAt);
    return { source, diagnostics: [diagnostic('YAML_TOO_DEEP', { limit: MAX_NESTING_DEPTH }, location)] };
  }
  if (shape.tooManyNodesAt !== undefined) {
    const location = locateOffset(source, shape.tooManyNodesAt);
    return {
      source,
      diagnostics: [diagnostic('YAML_TOO_MANY_NODES', { limit: MAX_EXPANDED_NODES }, location)],
    };
  }
  let syntaxReported = false;
  for (const error of document.errors) {
    // The parser's stack overflowed: only nesting does that, and it is bounded above, but say so anyway.
    if (error.code === 'RESOURCE_EXHAUSTION') {
      const location = locateOffset(source, error.pos[0]);
      diagnostics.push(diagnostic('YAML_TOO_DEEP', { limit: MAX_NESTING_DEPTH }, location));
      break;
    }
    const code = YAML_CODE_MAP[error.code] ?? 'YAML_SYNTAX';
    if (code === 'YAML_SYNTAX' && syntaxReported) continue;
    const colon =
      textStartsWithAsterisk(source, error.pos[0]) ??
      (error.code === 'BLOCK_AS_IMPLICIT_KEY'
        ? colonInPlainValue(source, error.pos[0])
        : error.code === 'UNEXPECTED_TOKEN'
          ? textAfterQuoteOrBracket(source, error.pos[0])
          : undefined);
    if (colon) {
      syntaxReported = true;
      diagnostics.push(colon);
      continue;
    }
    if (code === 'YAML_SYNTAX') syntaxReported = true;
    const location = locateOffset(source, error.pos[0], error.pos[1] - error.pos[0]);
    if (diagnostics.some((d) => d.code === code && d.location?.line === location.line)) continue;
    const firstLine = (error.message.split('\n')[0] ?? error.message).replace(
      / at line \d+, column \d+.*$/,
      '',
    );
    const key = /Map keys must be unique/.test(firstLine) ? keyAt(text, error.pos[0]) : '';
    diagnostics.push(
      diagnostic(
        code,
        { detailVi: YAML_DETAIL_VI[error.code] ?? firstLine, detailEn: firstLine, key },
        location,
      ),
    );
  }
  if (!diagnostics.some((d) => d.code === 'YAML_TOO_DEEP')) {
    diagnostics.push(...duplicateKeys(source));
    diagnostics.sort(
      (a, b) => a.location!.line - b.location!.line || a.location!.column - b.location!.column,
    );
  }
  dropSyntaxCausedByTabs(diagnostics);
  // Sizes first: the later walks then see a bounded tree.
  if (diagnostics.length === 0) {
    const problem = expansionProblem(document);
    if (problem) diagnostics.push(expansionDiagnostic(source, problem));
  }
  if (diagnostics.length === 0) diagnostics.push(...swallowedItems(source));
  if (diagnostics.length === 0) diagnostics.push(...sentencesAsKeys(source));
  if (diagnostics.length === 0) diagnostics.push(...tagged(source));
  if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(...cutByComment(source));
  return { source, diagnostics };
}

function expansionDiagnostic(source: YamlSource, problem: ExpansionProblem): Diagnostic {
  const at = locateNode(source, problem.at);
  if (problem.kind === 'depth') return diagnostic('YAML_TOO_DEEP', { limit: MAX_NESTING_DEPTH }, at);
  if (problem.kind === 'nodes') return diagnostic('YAML_TOO_MANY_NODES', { limit: MAX_EXPANDED_NODES }, at);
  const mib = MAX_EXPANDED_BYTES / (1024 * 1024);
  const bytes = problem.bytes > MAX_EXPANDED_BYTES;
  return diagnostic(
    'YAML_ALIAS_EXPANSION',
    {
      what: bytes ? `hơn ${mib} MB chữ` : `hơn ${MAX_EXPANDED_NODES} mục`,
      whatEn: bytes ? `more than ${mib} MiB of text` : `more than ${MAX_EXPANDED_NODES} nodes`,
      fileBytes: Buffer.byteLength(source.text),
    },
    // The alias itself, not the whole block it stands for.
    {
      ...at,
      length: Math.min(at.length ?? 1, (problem.at.range?.[1] ?? 0) - (problem.at.range?.[0] ?? 0) || 1),
    },
  );
}

/** Tags a clerk's file has no use for; "!!str" (force text), "!!map" and "!!seq" change nothing harmful. */
const HARMLESS_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);

/**
 * "!!binary", "!!timestamp", "!!set", "!foo": the value turns into bytes, a date object or something
 * vanban cannot print, and the schema would then say "must be text, found text". Named at the tag.
 */
function tagged(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(source.document, (_, node) => {
    const tag = (node as { tag?: string } | null)?.tag;
    if (typeof tag !== 'string' || HARMLESS_TAGS.has(tag)) return undefined;
    const range = (node as YamlNode).range;
    let start = range ? source.text.lastIndexOf('!', range[0]) : -1;
    // "!!binary": the first of the two.
    while (start > 0 && source.text[start - 1] === '!') start--;
    const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    const location =
      start >= 0 && range && range[0] - start < 1024
        ? locateOffset(source, start, shown.length)
        : locateNode(source, node as YamlNode);
    found.push(diagnostic('YAML_TAG', { tag: shown }, location));
    return found.length >= 20 ? visit.BREAK : undefined;
  });
  return found;
}

/**
 * A key given twice in one map, reported at the second. yaml's own check compares each key with every
 * earlier one (50 000 keys take it 15 s); a Map keyed by the scalar's value is linear, and keeps its
 * rule: 1 and "1" are different keys.
 */
function duplicateKeys(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(source.document, {
    Map(_, map) {
      const seen = new Map<unknown, true>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (!seen.has(value)) {
          seen.set(value, true);
          continue;
        }
        const key = String(value);
        const detail = `Map keys must be unique`;
        found.push(
          diagnostic(
            'YAML_DUPLICATE_KEY',
            { detailVi: detail, detailEn: detail, key },
            locateOffset(source, pair.key.range?.[0] ?? 0, key.length),
          ),
        );
      }
    },
  });
  return found;
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^\s*([^:\n]+?)\s*:/.exec(rest);
  return match?.[1] ?? '';
}

/** The text of the 1-based line `line`, without its line break. */
function lineTextAt(source: YamlSource, line: number): string {
  const start = source.lineCounter.lineStarts[line - 1] ?? 0;
  const end = source.text.indexOf('\n', start);
  return source.text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

/**
 * "closing: Lưu ý: Sở …" reads to YAML as a map inside a value, which it refuses with "nested mappings
 * are not allowed in compact mappings". When the value is plain text holding ": ", that is a sentence
 * with a colon: TEXT_HAS_COLON at the second ": ", like a list item with a colon.
 */
function colonInPlainValue(source: YamlSource, offset: number): Diagnostic | undefined {
  const { line, col } = source.lineCounter.linePos(Math.min(offset, source.text.length));
  const lineText = lineTextAt(source, line);
  const value = lineText.slice(col - 1).replace(/\s+#.*$/, '');
  // Plain text only: quotes, flow collections, block scalars, anchors and tags are something else.
  if (/^[\s'"[{|>&*!%@`-]/.test(value) || value.length === 0) return undefined;
  const colonAt = value.search(/:(\s|$)/);
  if (colonAt < 0) return undefined;
  const head = /^(\s*(?:-\s+)*)([^\s#'"][^#]*?)\s*:\s+$/.exec(lineText.slice(0, col - 1));
  if (!head) return undefined;
  const lineStart = source.lineCounter.lineStarts[line - 1] ?? 0;
  const field = keyPathAt(source, line, head[2]!);
  // "…cụ thể như sau:": the only colon ends the sentence.
  if (colonAt === value.trimEnd().length - 1)
    return diagnostic(
      'TEXT_ENDS_WITH_COLON',
      { field },
      locateOffset(source, lineStart + col - 1 + colonAt, 1),
    );
  const location = locateOffset(source, lineStart + col - 1 + colonAt, 2);
  return diagnostic('TEXT_HAS_COLON', { field }, location);
}

/**
 * "meeting.commenters", "general_tasks[2].text": the path of the key on `line`, found from the less
 * indented keys and list dashes above it (items counted from 1, as the schema's messages do).
 */
function keyPathAt(source: YamlSource, line: number, key: string): string {
  const parts = [key];
  const own = /^( *)((?:- +)*)/.exec(lineTextAt(source, line))!;
  let indent = own[1]!.length;
  let item = own[2] ? 1 : 0;
  for (let l = line - 1; l >= 1; l--) {
    const text = lineTextAt(source, l);
    if (/^\s*(#.*)?$/.test(text)) continue;
    const lead = /^( *)(- +)?/.exec(text)!;
    const at = lead[1]!.length;
    const dash = lead[2] !== undefined;
    if (at > indent) continue;
    if (item > 0) {
      if (at === indent && dash) {
        item++;
        continue;
      }
      parts.unshift(`[${item}]`);
      item = 0;
    } else if (at === indent) {
      continue;
    }
    if (dash) {
      // The key's map is inside a list item that starts on this line.
      item = 1;
      indent = at;
      continue;
    }
    const parent = /^ *([^\s#'"-][^#]*?) *: *(#.*)?$/.exec(text);
    if (!parent) break;
    parts.unshift(parent[1]!);
    indent = at;
    if (indent === 0) break;
  }
  if (item > 0) parts.unshift(`[${item}]`);
  return parts.join('.').replace(/\.\[/g, '[').replace(/^\[/, '[');
}

/**
 * A list item indented one space short ("   - A" above "    - B") makes YAML read the following "- B"
 * lines as more words of the plain text "A": one task silently holds three. A plain (unquoted, not
 * "|" or ">") scalar whose continuation line starts with "- " is reported at that line.
 */
function swallowedItems(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(source.document, {
    Scalar(_, node) {
      if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return;
      const [start, end] = node.range;
      const raw = source.text.slice(start, end);
      const firstBreak = raw.indexOf('\n');
      if (firstBreak < 0) return;
      const match = /\n([ \t]*)-(?=[ \t]|\r?$)/m.exec(raw.slice(firstBreak));
      if (!match) return;
      const dashOffset = start + firstBreak + match.index + 1 + match[1]!.length;
      const startLine = source.lineCounter.linePos(start).line;
      const location = locateOffset(source, dashOffset, 1);
      found.push(
        diagnostic('TEXT_SWALLOWED_ITEM', { startLine }, location, [
          locateOffset(source, start, end - start),
        ]),
      );
    },
  });
  return found;
}

/** At most `max` characters of `text`, for a message. */
function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The index on `line` of the quote or bracket that closes the one opened at `open`, or -1: a double
 * quote skips \" escapes, a single quote skips '' pairs, a bracket counts nesting outside quotes.
 */
function closingOf(line: string, open: number): number {
  const opener = line[open];
  if (opener === '"' || opener === "'") {
    for (let i = open + 1; i < line.length; i++) {
      if (opener === '"' && line[i] === '\\') i++;
      else if (line[i] === opener) {
        if (opener === "'" && line[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  }
  let depth = 0;
  let quote = '';
  for (let i = open; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * "- **Chủ trì cuộc họp:** đồng chí …": YAML reads a "*" at the start of a value as an alias, so a text
 * that opens with vanban's bold or italic marker is a syntax error unless the line is quoted. Reported
 * at the marker, with the single-quote fix, whatever error the parser raised on that line.
 */
function textStartsWithAsterisk(source: YamlSource, offset: number): Diagnostic | undefined {
  const { line } = source.lineCounter.linePos(Math.min(offset, source.text.length));
  const lineText = lineTextAt(source, line);
  const head = /^(\s*(?:-\s+)*(?:[^\s#'"[{*-][^#]*?:\s+)?)\*+[^\s*]/.exec(lineText);
  if (!head || !/[^\s*]\*/.test(lineText.slice(head[1]!.length))) return undefined;
  const lineStart = source.lineCounter.lineStarts[line - 1] ?? 0;
  const location = locateOffset(source, lineStart + head[1]!.length, 1);
  return diagnostic('TEXT_STARTS_WITH_ASTERISK', {}, location);
}

/**
 * "- "Tháng hành động …" năm 2020." and "- [Khẩn] Báo cáo …": a text that opens with a quote or a
 * bracket is read as a quoted text or a list that ends early, and the words after it are a syntax error
 * ("unexpected scalar"). Reported at the opening quote or bracket, with the single-quote fix.
 */
function textAfterQuoteOrBracket(source: YamlSource, offset: number): Diagnostic | undefined {
  const { line } = source.lineCounter.linePos(Math.min(offset, source.text.length));
  const lineText = lineTextAt(source, line);
  const lineStart = source.lineCounter.lineStarts[line - 1] ?? 0;
  const head = /^(\s*(?:-\s+)*(?:[^\s#'"[{-][^#]*?:\s+)?)(["'[{])/.exec(lineText);
  if (!head) return undefined;
  const open = head[1]!.length;
  const close = closingOf(lineText, open);
  if (close < 0 || offset - lineStart <= close) return undefined;
  const rest = lineText
    .slice(close + 1)
    .replace(/\s+#.*$/, '')
    .trim();
  if (rest === '' || rest.startsWith('#')) return undefined;
  const opener = head[2]!;
  const location = locateOffset(source, lineStart + open, close - open + 1);
  if (opener === '"' || opener === "'")
    return diagnostic('TEXT_STARTS_WITH_QUOTE', { quote: opener, rest: shorten(rest) }, location);
  return diagnostic('TEXT_STARTS_WITH_BRACKET', { bracket: opener, rest: shorten(rest) }, location);
}

/** A key with nothing after its ":" on its line (and no value below it). */
function hasNoValue(value: unknown): boolean {
  return value === null || value === undefined || (isScalar(value) && value.value === null && !value.source);
}

/**
 * Sentences YAML reads as keys without error, which the schema would then call "a map, not text":
 * a list item "- Triển khai cụ thể như sau:" (TEXT_ENDS_WITH_COLON, at the colon) and a comma inside a
 * value of "{ name: …, note: Giám đốc, phụ trách }" (FLOW_MAP_COMMA, at the comma).
 */
function sentencesAsKeys(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(source.document, {
    Map(_, map, path) {
      if (map.flow) {
        map.items.forEach((pair, i) => {
          const before = map.items[i - 1];
          const key = pair.key;
          if (!before || !isScalar(key) || key.type !== Scalar.PLAIN || !key.range) return;
          if (!hasNoValue(pair.value) || !isScalar(before.key) || !isScalar(before.value)) return;
          if (/^\s*:/.test(source.text.slice(key.range[1]))) return;
          const comma = source.text.lastIndexOf(',', key.range[0]);
          const valueRange = before.value.range;
          if (comma < 0 || !valueRange) return;
          found.push(
            diagnostic(
              'FLOW_MAP_COMMA',
              {
                key: String(before.key.value),
                value: source.text.slice(valueRange[0], valueRange[1]),
                part: String(key.value),
              },
              locateOffset(source, comma, 1),
            ),
          );
        });
        return;
      }
      const parent = path[path.length - 1];
      if (!isSeq(parent) || map.items.length !== 1) return;
      const pair = map.items[0]!;
      const key = pair.key;
      if (!isScalar(key) || key.type !== Scalar.PLAIN || !key.range || !hasNoValue(pair.value)) return;
      if (!/\s/.test(String(key.value))) return;
      const after = /^[ \t]*:[ \t]*(#.*)?(\r?\n|$)/.exec(source.text.slice(key.range[1]));
      if (!after) return;
      const colon = source.text.indexOf(':', key.range[1]);
      const { line } = source.lineCounter.linePos(key.range[0]);
      const field = keyPathAt(source, line, '\ue000').replace(/\.?\ue000$/, '');
      found.push(diagnostic('TEXT_ENDS_WITH_COLON', { field }, locateOffset(source, colon, 1)));
    },
  });
  return found;
}

/**
 * "- Triển khai Kế hoạch số 12 #KH-SKHCN ngày 5/3": " #" starts a comment, so the text silently ends at
 * "số 12". A note a clerk writes on purpose has a space after "#"; a "#" glued to the next word is taken
 * for content and warned about, on list items and values (never keys).
 */
function cutByComment(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(source.document, {
    Scalar(_, node, path) {
      if (node.type !== Scalar.PLAIN || !node.range) return;
      const parent = path[path.length - 1];
      if (isPair(parent) && parent.key === node) return;
      if (!isSeq(parent) && !isPair(parent) && !isMap(parent)) return;
      const end = node.range[1];
      const lineEnd = source.text.indexOf('\n', end);
      const tail = source.text.slice(end, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
      const match = /^[ \t]+#([^\s#].*)$/.exec(tail);
      if (!match) return;
      const hash = end + tail.indexOf('#');
      const kept = source.text.slice(node.range[0], end);
      found.push(
        diagnostic(
          'TEXT_CUT_BY_COMMENT',
          { comment: shorten(match[1]!.trimEnd()), kept: shorten(kept.replace(/\s+/g, ' '), 60) },
          locateOffset(source, hash, match[1]!.length + 1),
        ),
      );
    },
  });
  return found;
}
